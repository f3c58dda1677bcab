//! What a plan says: the answers to each section, parsed once from form input (`input`) into
//! types that cannot hold text that is too long. Lengths count graphemes, so "ä" is one letter.

mod answer;
mod arrange;
mod input;
#[cfg(test)]
mod tests;

pub use answer::{Answer, Goal, Item, PlanItem};
pub use arrange::Shift;
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

    /// A new item id: never only digits, so it never meets the place ids of older plans.
    #[cfg(feature = "ssr")]
    pub fn new_item_id() -> String {
        format!("i{}", &crate::forms::idempotency::new_key()[..10])
    }
}
