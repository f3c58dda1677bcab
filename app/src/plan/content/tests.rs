//! Parsing and checking plan answers.

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
