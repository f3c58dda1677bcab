//! Tests of `period`: open rounds, the home page's offer and the change per area.

use super::items::{Item, RoundKind};
use super::period::*;
use super::round::Round;
use super::scale::{Change, Score};
use crate::ids::DecisionId;
use chrono::NaiveDate;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, d).unwrap_or_default()
}

fn period() -> Period {
    Period {
        decision_id: DecisionId(1),
        start: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        end: day(30),
    }
}

fn round(kind: RoundKind, scores: &[i64], finished: bool) -> Round {
    Round {
        round_id: 1,
        decision_id: DecisionId(1),
        kind,
        version: 1,
        answers: kind
            .items()
            .iter()
            .zip(scores)
            .filter_map(|(i, s)| Some((*i, Score::from_i64(*s)?)))
            .collect(),
        comment: None,
        answered_by: None,
        finished_at: finished.then_some(1),
    }
}

#[test]
fn the_start_is_offered_first_and_the_end_in_the_last_month() {
    let p = period();
    let early = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap_or_default();
    assert_eq!(
        offer(&p, &[], early),
        Some(Offer::Answer {
            kind: RoundKind::Start,
            continue_to: "/wellbeing/start/feel".into()
        })
    );
    let half = [round(RoundKind::Start, &[3, 4], false)];
    assert_eq!(
        offer(&p, &half, early),
        Some(Offer::Answer {
            kind: RoundKind::Start,
            continue_to: "/wellbeing/start/health".into()
        })
    );
    let started = [round(RoundKind::Start, &[3; 6], true)];
    assert_eq!(
        offer(&p, &started, early),
        None,
        "nothing until the end nears"
    );
    assert_eq!(
        offer(&p, &started, day(10)),
        Some(Offer::Answer {
            kind: RoundKind::End,
            continue_to: "/wellbeing/end/feel".into()
        })
    );
    let both = [
        round(RoundKind::Start, &[3; 6], true),
        round(RoundKind::End, &[4; 6], true),
    ];
    assert!(matches!(
        offer(&p, &both, day(10)),
        Some(Offer::Answer {
            kind: RoundKind::Survey,
            ..
        })
    ));
    let all = [
        round(RoundKind::Start, &[3; 6], true),
        round(RoundKind::End, &[4; 6], true),
        round(RoundKind::Survey, &[5; 4], true),
    ];
    assert_eq!(offer(&p, &all, day(10)), Some(Offer::SeeChange));
}

#[test]
fn change_is_computed_per_area_from_finished_rounds_only() {
    let start = round(RoundKind::Start, &[2, 3, 4, 3, 1, 5], true);
    let end = round(RoundKind::End, &[4, 3, 2, 3, 2, 5], true);
    let found = changes(&[start.clone(), end.clone()]);
    let kinds: Vec<Change> = found.iter().map(|c| c.change).collect();
    assert_eq!(
        kinds,
        [
            Change::Better,
            Change::Same,
            Change::Worse,
            Change::Same,
            Change::Better,
            Change::Same
        ]
    );
    assert_eq!(found[0].item, Item::Feel);
    let open_end = round(RoundKind::End, &[4; 6], false);
    assert!(changes(&[start, open_end]).is_empty());
}

#[test]
fn the_current_period_covers_today_else_started_last() {
    let a = period();
    let b = Period {
        decision_id: DecisionId(2),
        start: NaiveDate::from_ymd_opt(2026, 7, 1).unwrap_or_default(),
        end: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or_default(),
    };
    assert_eq!(current(&[a, b], day(10)), Some(a));
    let later = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default();
    assert_eq!(current(&[a, b], later), Some(b));
    assert_eq!(current(&[], later), None);
}
