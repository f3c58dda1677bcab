//! What a plan says: the answers to each section, parsed once from form input (`input`) into
//! types that cannot hold text that is too long. Lengths count graphemes, so "ä" is one letter.

mod input;
#[cfg(test)]
mod tests;

pub use input::{FieldError, FieldErrorKind, SectionInput};

use super::section::Section;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use unicode_segmentation::UnicodeSegmentation;

/// Most letters one text answer may have. About two pages of handwriting.
pub const MAX_ANSWER_GRAPHEMES: usize = 2000;
/// Most letters in one goal or in its "how will I know" text.
pub const MAX_GOAL_GRAPHEMES: usize = 300;
/// How many goals the goals page offers.
pub const GOAL_SLOTS: usize = 3;

/// Counts user-perceived characters.
pub fn grapheme_len(text: &str) -> usize {
    text.graphemes(true).count()
}

/// One goal and how the client will know it went well.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub goal: String,
    pub how: String,
}

/// The answer to one section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Text(String),
    Goals(Vec<Goal>),
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(text) => text.is_empty(),
            Answer::Goals(goals) => goals.is_empty(),
        }
    }

    /// The separate things the client wrote: one per line of a text answer, or one per goal.
    /// Later features (money) link to these items.
    pub fn items(&self) -> Vec<String> {
        match self {
            Answer::Text(text) => text
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect(),
            Answer::Goals(goals) => goals.iter().map(|g| g.goal.clone()).collect(),
        }
    }
}

/// The whole plan: an answer per section. Sections the client skipped are absent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanContent {
    pub answers: BTreeMap<Section, Answer>,
}

impl PlanContent {
    pub fn answer(&self, section: Section) -> Option<&Answer> {
        self.answers.get(&section)
    }

    /// Stores an answer; an empty answer removes the section, so "skipped" has one meaning.
    pub fn set(&mut self, section: Section, answer: Answer) {
        if answer.is_empty() {
            self.answers.remove(&section);
        } else {
            self.answers.insert(section, answer);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }
}
