//! Steps, answers with their writers, and refused input.

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
