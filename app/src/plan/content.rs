//! What a plan says: the answers to each section, parsed once from form input into types that
//! cannot hold text that is too long. Lengths count graphemes, so "ä" is one letter.

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

#[cfg(test)]
mod tests {
    use super::*;

    fn text_input(text: &str) -> SectionInput {
        SectionInput {
            answer: text.to_owned(),
            goals: Vec::new(),
        }
    }

    #[test]
    fn text_is_trimmed_and_line_ends_are_made_plain() {
        let answer = text_input("  Kissa\r\nUinti \r\n").parse(Section::Important);
        assert_eq!(answer, Ok(Answer::Text("Kissa\nUinti".to_owned())));
    }

    #[test]
    fn length_counts_letters_not_bytes() {
        let at_limit = "ä".repeat(MAX_ANSWER_GRAPHEMES);
        assert!(text_input(&at_limit).parse(Section::Important).is_ok());
        let over = "ä".repeat(MAX_ANSWER_GRAPHEMES + 1);
        let errors = text_input(&over)
            .parse(Section::Important)
            .err()
            .unwrap_or_default();
        assert_eq!(
            errors,
            vec![FieldError {
                field: "answer".into(),
                kind: FieldErrorKind::TooLong {
                    max: MAX_ANSWER_GRAPHEMES,
                    actual: MAX_ANSWER_GRAPHEMES + 1
                }
            }]
        );
    }

    #[test]
    fn a_family_emoji_is_one_letter() {
        assert_eq!(grapheme_len("👨‍👩‍👧"), 1);
    }

    #[test]
    fn goals_skip_empty_slots_and_need_a_goal_for_a_how() {
        let input = SectionInput {
            answer: String::new(),
            goals: vec![
                Goal {
                    goal: " Uida ".into(),
                    how: "Käyn kerran viikossa".into(),
                },
                Goal::default(),
                Goal {
                    goal: String::new(),
                    how: "Olen iloinen".into(),
                },
            ],
        };
        let errors = input.parse(Section::Goals).err().unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "goal-3");
        assert_eq!(errors[0].kind, FieldErrorKind::GoalMissing);

        let fixed = SectionInput {
            goals: input.goals[..2].to_vec(),
            ..input
        };
        assert_eq!(
            fixed.parse(Section::Goals),
            Ok(Answer::Goals(vec![Goal {
                goal: "Uida".into(),
                how: "Käyn kerran viikossa".into()
            }]))
        );
    }

    #[test]
    fn empty_answer_removes_the_section_and_items_are_lines() {
        let mut plan = PlanContent::default();
        plan.set(Section::Important, Answer::Text("Kissa\n\nUinti".into()));
        assert_eq!(
            plan.answer(Section::Important).map(Answer::items),
            Some(vec!["Kissa".into(), "Uinti".into()])
        );
        plan.set(Section::Important, Answer::Text(String::new()));
        assert!(plan.is_empty());
    }
}
