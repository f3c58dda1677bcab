//! A section form as typed, and the checks that turn it into an `Answer` or refuse it with
//! an error at each field that is wrong.

use super::arrange::{arrange_goals, arrange_items, Chosen, Shift};
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
    /// The picture cards ticked, as sent.
    #[serde(default)]
    pub cards: Vec<String>,
    /// "Ylös" or "Alas" pressed on an item (`up:<id>`), or empty.
    #[serde(default)]
    pub shift: String,
}

impl SectionInput {
    /// The form fields that show an existing answer.
    pub fn from_answer(answer: Option<&Answer>) -> SectionInput {
        let entries = answer.map(Answer::entries).unwrap_or_default();
        let cards = entries.iter().filter_map(|e| e.card.clone()).collect();
        let own = entries.into_iter().filter(|e| e.card.is_none());
        match answer {
            Some(Answer::Goals(_)) => SectionInput {
                goals: own.map(|e| Goal::words(e.text, e.how)).collect(),
                cards,
                ..SectionInput::default()
            },
            _ => SectionInput {
                answer: own.map(|e| e.text).collect::<Vec<_>>().join("\n"),
                cards,
                ..SectionInput::default()
            },
        }
    }

    /// Whether a card is ticked.
    pub fn has_card(&self, card: &str) -> bool {
        self.cards.iter().any(|c| c == card)
    }

    /// The goal slot `index` (from 0), empty when not filled.
    pub fn goal(&self, index: usize) -> Goal {
        self.goals.get(index).cloned().unwrap_or_default()
    }

    /// Parses the input for a section over its answer so far (`previous`), so that items
    /// keep their ids; `new_id` names new items. Cards the section does not offer are
    /// dropped. All problems are reported at once, in page order.
    pub fn parse(
        &self,
        section: Section,
        previous: Option<&Answer>,
        new_id: &mut dyn FnMut() -> String,
    ) -> Result<Answer, Vec<FieldError>> {
        let catalogue = crate::plan::cards::catalogue();
        let mut cards: Vec<String> = Vec::new();
        for card in &self.cards {
            if catalogue.offers(section, card) && !cards.contains(card) {
                cards.push(card.clone());
            }
        }
        let chosen = Chosen {
            cards: &cards,
            shift: Shift::parse(&self.shift),
        };
        if section != Section::Goals {
            let text = clean(&self.answer);
            check_length("answer", &text, MAX_ANSWER_GRAPHEMES).map_err(|e| vec![e])?;
            if section == Section::Helpers {
                // The helpers section stays one text (it becomes the circle of support).
                return Ok(Answer::Text(text));
            }
            let lines = super::answer::lines(&text);
            return Ok(Answer::Items(arrange_items(
                previous, &chosen, lines, new_id,
            )));
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
            goals.push(Goal::words(goal, how));
        }
        if errors.is_empty() {
            Ok(Answer::Goals(arrange_goals(
                previous, &chosen, &goals, new_id,
            )))
        } else {
            Err(errors)
        }
    }
}
