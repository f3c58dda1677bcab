//! A section form as typed, and the checks that turn it into an `Answer` or refuse it with
//! an error at each field that is wrong.

use super::{grapheme_len, Answer, Goal, GOAL_SLOTS, MAX_ANSWER_GRAPHEMES, MAX_GOAL_GRAPHEMES};
use crate::plan::section::Section;
use serde::{Deserialize, Serialize};

/// A problem with one field, with the field's id so the error summary can link to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub kind: FieldErrorKind,
}

/// What is wrong with a field. Each kind maps to one message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldErrorKind {
    /// The text has more letters than allowed.
    TooLong { max: usize, actual: usize },
    /// "How will I know" was written, but the goal itself is empty.
    GoalMissing,
    /// Someone else saved this section after the page was opened.
    ChangedByOther,
}

impl FieldErrorKind {
    pub fn message_id(self) -> &'static str {
        match self {
            FieldErrorKind::TooLong { .. } => "error-too-long",
            FieldErrorKind::GoalMissing => "error-goal-missing",
            FieldErrorKind::ChangedByOther => "error-changed-by-other",
        }
    }
}

/// Free text cleaned of surrounding space, with Windows line ends made plain.
fn clean(raw: &str) -> String {
    raw.replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_owned()
}

fn check_length(field: &str, text: &str, max: usize) -> Result<(), FieldError> {
    let actual = grapheme_len(text);
    if actual > max {
        return Err(FieldError {
            field: field.to_owned(),
            kind: FieldErrorKind::TooLong { max, actual },
        });
    }
    Ok(())
}

/// The raw fields of a section form, exactly as typed. Kept as is when the input is refused,
/// so the user never loses what they wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionInput {
    pub answer: String,
    pub goals: Vec<Goal>,
}

impl SectionInput {
    /// The form fields that show an existing answer.
    pub fn from_answer(answer: Option<&Answer>) -> SectionInput {
        match answer {
            Some(Answer::Text(text)) => SectionInput {
                answer: text.clone(),
                goals: Vec::new(),
            },
            Some(Answer::Goals(goals)) => SectionInput {
                answer: String::new(),
                goals: goals.clone(),
            },
            None => SectionInput::default(),
        }
    }

    /// The goal slot `index` (from 0), empty when not filled.
    pub fn goal(&self, index: usize) -> Goal {
        self.goals.get(index).cloned().unwrap_or_default()
    }

    /// Parses the input for a section. All problems are reported at once, in page order.
    pub fn parse(&self, section: Section) -> Result<Answer, Vec<FieldError>> {
        if section != Section::Goals {
            let text = clean(&self.answer);
            check_length("answer", &text, MAX_ANSWER_GRAPHEMES).map_err(|e| vec![e])?;
            return Ok(Answer::Text(text));
        }
        let mut errors = Vec::new();
        let mut goals = Vec::new();
        for (index, raw) in self.goals.iter().take(GOAL_SLOTS).enumerate() {
            let goal = clean(&raw.goal);
            let how = clean(&raw.how);
            let goal_field = format!("goal-{}", index + 1);
            let how_field = format!("how-{}", index + 1);
            if let Err(e) = check_length(&goal_field, &goal, MAX_GOAL_GRAPHEMES) {
                errors.push(e);
            }
            if let Err(e) = check_length(&how_field, &how, MAX_GOAL_GRAPHEMES) {
                errors.push(e);
            }
            if goal.is_empty() && !how.is_empty() {
                errors.push(FieldError {
                    field: goal_field,
                    kind: FieldErrorKind::GoalMissing,
                });
            }
            if !goal.is_empty() {
                goals.push(Goal { goal, how });
            }
        }
        if errors.is_empty() {
            Ok(Answer::Goals(goals))
        } else {
            Err(errors)
        }
    }
}
