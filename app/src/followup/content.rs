//! What a follow-up says: an answer for each wish and goal of the plan, what works, what
//! does not, what should change, and at the meeting the worker's notes and the agreed change.
//! Each text keeps who wrote it. Form input is checked here once.

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

/// One page of the preparing journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// "Miten meni?" about the wish or goal at this index.
    Item(usize),
    Works,
    NotWorks,
    Change,
}

impl Step {
    /// The steps of a follow-up with `items` wishes and goals, in order.
    pub fn all(items: usize) -> Vec<Step> {
        let mut steps: Vec<Step> = (0..items).map(Step::Item).collect();
        steps.extend([Step::Works, Step::NotWorks, Step::Change]);
        steps
    }

    /// The step with number `no` (from 1), if there is one.
    pub fn from_no(no: i64, items: usize) -> Option<Step> {
        let index = usize::try_from(no).ok()?.checked_sub(1)?;
        Step::all(items).get(index).copied()
    }

    /// The question, for the three free-text steps.
    pub fn question_id(self) -> &'static str {
        match self {
            Step::Item(_) => "followup-question-item",
            Step::Works => "followup-question-works",
            Step::NotWorks => "followup-question-not-works",
            Step::Change => "followup-question-change",
        }
    }
}

/// What a step's form carried, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepInput {
    pub rating: String,
    pub words: String,
}

/// Why a step's input was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepError {
    TooLong {
        max: usize,
        actual: usize,
    },
    /// Someone else saved the follow-up after this page was opened.
    ChangedByOther,
}

impl StepError {
    pub fn message_id(self) -> &'static str {
        match self {
            StepError::TooLong { .. } => "followup-error-too-long",
            StepError::ChangedByOther => "followup-error-changed",
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::actor::ActorRole;

    fn helmi() -> Actor {
        Actor {
            role: ActorRole::Client,
            name: "Helmi".into(),
        }
    }

    fn with_item() -> FollowUpContent {
        FollowUpContent {
            items: vec![ItemAnswer {
                section: "goals".into(),
                wish: "Käyn uimassa".into(),
                rating: None,
                words: None,
            }],
            ..FollowUpContent::default()
        }
    }

    #[test]
    fn steps_are_the_items_then_three_questions() {
        assert_eq!(Step::from_no(1, 1), Some(Step::Item(0)));
        assert_eq!(Step::from_no(2, 1), Some(Step::Works));
        assert_eq!(Step::from_no(4, 1), Some(Step::Change));
        assert_eq!(Step::from_no(5, 1), None);
        assert_eq!(Step::from_no(0, 1), None);
        assert_eq!(Step::from_no(-1, 1), None);
    }

    #[test]
    fn an_answer_keeps_its_writer_and_round_trips_to_the_form() {
        let mut content = with_item();
        let input = StepInput {
            rating: "good".into(),
            words: "  Kävin 10 kertaa.\r\n ".into(),
        };
        assert_eq!(content.apply(Step::Item(0), &input, &helmi()), Ok(()));
        assert_eq!(content.items[0].rating, Some(Rating::Good));
        assert_eq!(
            content.items[0].words.as_ref().map(|s| &s.by),
            Some(&helmi())
        );
        assert_eq!(content.input(Step::Item(0)).words, "Kävin 10 kertaa.");
        let empty = StepInput::default();
        assert_eq!(content.apply(Step::Works, &empty, &helmi()), Ok(()));
        assert_eq!(content.works, None);
    }

    #[test]
    fn too_long_words_are_refused_and_nothing_changes() {
        let mut content = with_item();
        let input = StepInput {
            rating: String::new(),
            words: "ä".repeat(MAX_ANSWER_GRAPHEMES + 1),
        };
        assert!(matches!(
            content.apply(Step::Change, &input, &helmi()),
            Err(StepError::TooLong { .. })
        ));
        assert_eq!(content, with_item());
    }
}
