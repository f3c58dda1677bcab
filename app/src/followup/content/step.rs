//! The pages of preparing, what a step's form carries, and why a step is refused.

use serde::{Deserialize, Serialize};

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
