//! Parsing and checking plan answers.

use super::*;

fn text_input(text: &str) -> SectionInput {
    SectionInput {
        answer: text.to_owned(),
        ..SectionInput::default()
    }
}

/// Item ids "n1", "n2", … in the order asked for.
fn counter() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("n{n}")
    }
}

fn own(id: &str, text: &str) -> Item {
    Item {
        id: id.into(),
        card: None,
        text: text.into(),
    }
}

#[test]
fn text_is_trimmed_and_line_ends_are_made_plain() {
    let answer =
        text_input("  Kissa\r\nUinti \r\n").parse(Section::Important, None, &mut counter());
    assert_eq!(
        answer,
        Ok(Answer::Items(vec![own("n1", "Kissa"), own("n2", "Uinti")]))
    );
}

#[test]
fn length_counts_letters_not_bytes() {
    let at_limit = "ä".repeat(MAX_ANSWER_GRAPHEMES);
    assert!(text_input(&at_limit)
        .parse(Section::Important, None, &mut counter())
        .is_ok());
    let over = "ä".repeat(MAX_ANSWER_GRAPHEMES + 1);
    let errors = text_input(&over)
        .parse(Section::Important, None, &mut counter())
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
        goals: vec![
            Goal::words(" Uida ", "Käyn kerran viikossa"),
            Goal::default(),
            Goal::words("", "Olen iloinen"),
        ],
        ..SectionInput::default()
    };
    let errors = input
        .parse(Section::Goals, None, &mut counter())
        .err()
        .unwrap_or_default();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "goal-3");
    assert_eq!(errors[0].kind, FieldErrorKind::GoalMissing);

    let fixed = SectionInput {
        goals: input.goals[..2].to_vec(),
        ..input
    };
    assert_eq!(
        fixed.parse(Section::Goals, None, &mut counter()),
        Ok(Answer::Goals(vec![Goal {
            id: "n1".into(),
            ..Goal::words("Uida", "Käyn kerran viikossa")
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

fn chosen(cards: &[&str], shift: &str, text: &str) -> SectionInput {
    SectionInput {
        answer: text.to_owned(),
        cards: cards.iter().map(|c| (*c).to_owned()).collect(),
        shift: shift.to_owned(),
        ..SectionInput::default()
    }
}

fn install_shipped_cards() {
    crate::plan::cards::install(
        crate::plan::cards::CardCatalogue::parse(include_str!(
            "../../../../public/symbols/plan-cards.json"
        ))
        .expect("shipped cards"),
    );
}

#[test]
fn cards_and_own_words_mix_and_keep_their_ids_when_moved() {
    install_shipped_cards();
    let mut ids = counter();
    let first = chosen(&["music", "family", "shopping"], "", "Mummola")
        .parse(Section::Important, None, &mut ids)
        .expect("valid");
    let entries = first.entries();
    assert_eq!(
        entries.iter().map(|e| e.card.clone()).collect::<Vec<_>>(),
        vec![Some("music".into()), Some("family".into()), None],
        "a card this question does not offer is dropped; own words come after the cards"
    );
    assert_eq!(entries[2].text, "Mummola");
    // "Alas" on music: family first. Every id stays.
    let moved = chosen(&["music", "family"], "down:n1", "Mummola")
        .parse(Section::Important, Some(&first), &mut ids)
        .expect("valid");
    let order: Vec<String> = moved.entries().into_iter().map(|e| e.id).collect();
    assert_eq!(order, vec!["n2", "n1", "n3"]);
    // Taking a card away keeps the others' ids; a new line gets a new id at the end.
    let less = chosen(&["music"], "", "Mummola\nMetsä")
        .parse(Section::Important, Some(&moved), &mut ids)
        .expect("valid");
    let pairs: Vec<(String, String)> = less
        .entries()
        .into_iter()
        .map(|e| (e.id, e.card.unwrap_or(e.text)))
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("n1".into(), "music".into()),
            ("n3".into(), "Mummola".into()),
            ("n4".into(), "Metsä".into())
        ]
    );
}

#[test]
fn a_line_changed_in_place_keeps_its_id_and_old_plans_get_their_place_as_id() {
    install_shipped_cards();
    let old = Answer::Text("Kissa\nUinti".into());
    assert_eq!(
        old.entries().into_iter().map(|e| e.id).collect::<Vec<_>>(),
        vec!["0", "1"],
        "links made by place still find their item"
    );
    let edited = chosen(&[], "up:1", "Kissa\nUinti kerran viikossa")
        .parse(Section::Important, Some(&old), &mut counter())
        .expect("valid");
    let pairs: Vec<(String, String)> = edited
        .entries()
        .into_iter()
        .map(|e| (e.id, e.text))
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("1".into(), "Uinti kerran viikossa".into()),
            ("0".into(), "Kissa".into())
        ]
    );
}

#[test]
fn goal_cards_and_written_goals_keep_ids_and_order() {
    install_shipped_cards();
    let mut ids = counter();
    let old = Answer::Goals(vec![Goal::words("Uida", "Joka viikko")]);
    let input = SectionInput {
        goals: vec![
            Goal::words("Uida", "Joka viikko"),
            Goal::default(),
            Goal::default(),
        ],
        cards: vec!["home".into(), "travel".into()],
        shift: "up:n1".into(),
        ..SectionInput::default()
    };
    let goals = input
        .parse(Section::Goals, Some(&old), &mut ids)
        .expect("valid")
        .entries();
    let pairs: Vec<(String, String)> = goals
        .into_iter()
        .map(|e| (e.id, e.card.unwrap_or(e.text)))
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("n1".into(), "home".into()),
            ("0".into(), "Uida".into()),
            ("n2".into(), "travel".into())
        ]
    );
}

#[test]
fn the_helpers_answer_stays_one_text() {
    let answer = chosen(&["family"], "", "Äiti")
        .parse(Section::Helpers, None, &mut counter())
        .expect("valid");
    assert_eq!(answer, Answer::Text("Äiti".into()));
}
