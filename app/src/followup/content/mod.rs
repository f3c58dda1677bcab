//! What a follow-up says: an answer for each wish and goal of the plan, what works, what
//! does not, what should change, and at the meeting the worker's notes and the agreed change.
//! Each text keeps who wrote it. Form input is checked here once.

mod step;
#[cfg(test)]
mod tests;

pub use step::{Step, StepError, StepInput};

use super::rating::Rating;
use crate::plan::actor::Actor;
use crate::plan::content::{grapheme_len, MAX_ANSWER_GRAPHEMES};
use serde::{Deserialize, Serialize};

/// A text and who wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Said {
    pub text: String,
    pub by: Actor,
}

/// The answer about one wish or goal of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemAnswer {
    /// The plan section slug and the wish's words, kept as they were then.
    pub section: String,
    pub wish: String,
    pub rating: Option<Rating>,
    pub words: Option<Said>,
}

/// The change to the plan agreed at the meeting: a new wish or goal in a section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreedChange {
    pub section: String,
    pub text: String,
}

/// The whole follow-up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpContent {
    pub items: Vec<ItemAnswer>,
    pub works: Option<Said>,
    pub not_works: Option<Said>,
    pub change: Option<Said>,
    pub notes: Option<Said>,
    pub agreed: Option<AgreedChange>,
}

fn clean(raw: &str) -> String {
    raw.replace("\r\n", "\n").trim().to_owned()
}

impl FollowUpContent {
    /// Applies a step's input, written by `by`. Empty words remove the answer, so "skipped"
    /// has one meaning. A step beyond the items is ignored.
    pub fn apply(&mut self, step: Step, input: &StepInput, by: &Actor) -> Result<(), StepError> {
        let text = clean(&input.words);
        let actual = grapheme_len(&text);
        if actual > MAX_ANSWER_GRAPHEMES {
            return Err(StepError::TooLong {
                max: MAX_ANSWER_GRAPHEMES,
                actual,
            });
        }
        let said = (!text.is_empty()).then(|| Said {
            text,
            by: by.clone(),
        });
        match step {
            Step::Item(i) => {
                if let Some(item) = self.items.get_mut(i) {
                    item.rating = Rating::parse(&input.rating);
                    item.words = said;
                }
            }
            Step::Works => self.works = said,
            Step::NotWorks => self.not_works = said,
            Step::Change => self.change = said,
        }
        Ok(())
    }

    /// The saved answer of a step, as the form shows it.
    pub fn input(&self, step: Step) -> StepInput {
        let text = |s: &Option<Said>| s.as_ref().map(|s| s.text.clone()).unwrap_or_default();
        match step {
            Step::Item(i) => self
                .items
                .get(i)
                .map(|item| StepInput {
                    rating: item.rating.map(|r| r.slug().to_owned()).unwrap_or_default(),
                    words: text(&item.words),
                })
                .unwrap_or_default(),
            Step::Works => StepInput {
                rating: String::new(),
                words: text(&self.works),
            },
            Step::NotWorks => StepInput {
                rating: String::new(),
                words: text(&self.not_works),
            },
            Step::Change => StepInput {
                rating: String::new(),
                words: text(&self.change),
            },
        }
    }
}
