//! Which rounds are open in a period, what to offer on the home page, and the caseload's
//! marks. Plain functions over dates and rounds, tested without a database.

use super::items::{Item, RoundKind, Step};
use super::round::Round;
use super::scale::{Change, Score};
use super::view::RoundState;
use crate::ids::DecisionId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The end wellbeing and the survey open this many days before the period ends.
pub const END_OPENS_DAYS: i64 = 30;

/// A period as the rounds need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub decision_id: DecisionId,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// Whether a round of `kind` may be answered on `today`: the start wellbeing at any time
    /// of the period, the end wellbeing and the survey from a month before its end.
    pub fn is_open(&self, kind: RoundKind, today: NaiveDate) -> bool {
        match kind {
            RoundKind::Start => true,
            RoundKind::End | RoundKind::Survey => {
                today >= self.end - chrono::Duration::days(END_OPENS_DAYS)
            }
        }
    }
}

/// What the home page offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Offer {
    /// Answer (or go on answering) this round, from this page.
    Answer {
        kind: RoundKind,
        continue_to: String,
    },
    /// Both wellbeing rounds are done: see the change.
    SeeChange,
}

fn finished(rounds: &[Round], kind: RoundKind) -> bool {
    rounds.iter().any(|r| r.kind == kind && r.is_finished())
}

/// Where to go on with a round: its first question without an answer, or its last page.
pub fn continue_to(rounds: &[Round], kind: RoundKind) -> String {
    let round = rounds.iter().find(|r| r.kind == kind);
    let step = match round.and_then(Round::first_unanswered) {
        Some(item) => Step::Question(item),
        None if round.is_some() => Step::Finish,
        None => Step::Question(kind.items()[0]),
    };
    step.path(kind)
}

/// The first open round not finished yet, else the change once both wellbeing rounds are in.
pub fn offer(period: &Period, rounds: &[Round], today: NaiveDate) -> Option<Offer> {
    let open = RoundKind::ALL
        .into_iter()
        .find(|k| period.is_open(*k, today) && !finished(rounds, *k));
    match open {
        Some(kind) => Some(Offer::Answer {
            kind,
            continue_to: continue_to(rounds, kind),
        }),
        None if finished(rounds, RoundKind::Start) && finished(rounds, RoundKind::End) => {
            Some(Offer::SeeChange)
        }
        None => None,
    }
}

/// Each round of the period and where it stands on `today`, for the overview page.
pub fn states(
    period: Option<&Period>,
    rounds: &[Round],
    today: NaiveDate,
) -> Vec<(RoundKind, RoundState)> {
    let Some(period) = period else {
        return Vec::new();
    };
    RoundKind::ALL
        .into_iter()
        .map(|kind| {
            let state = match rounds.iter().find(|r| r.kind == kind) {
                Some(r) if r.is_finished() => {
                    RoundState::Finished(r.answered_by.clone(), r.comment.clone())
                }
                _ if period.is_open(kind, today) => RoundState::Open(continue_to(rounds, kind)),
                _ => RoundState::NotOpen,
            };
            (kind, state)
        })
        .collect()
}

/// One area's change from the start to the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaChange {
    pub item: Item,
    pub start: Score,
    pub end: Score,
    pub change: Change,
}

/// The change in each area answered in both finished wellbeing rounds.
pub fn changes(rounds: &[Round]) -> Vec<AreaChange> {
    let done = |kind| rounds.iter().find(|r| r.kind == kind && r.is_finished());
    let (Some(start), Some(end)) = (done(RoundKind::Start), done(RoundKind::End)) else {
        return Vec::new();
    };
    Item::AREAS
        .into_iter()
        .filter_map(|item| {
            let (s, e) = (*start.answers.get(&item)?, *end.answers.get(&item)?);
            Some(AreaChange {
                item,
                start: s,
                end: e,
                change: Change::between(s, e),
            })
        })
        .collect()
}

/// The current one of a client's periods, by the money's rule: the one covering `today`,
/// else the one that started last.
pub fn current(periods: &[Period], today: NaiveDate) -> Option<Period> {
    let covers = |p: &&Period| p.start <= today && today <= p.end;
    periods
        .iter()
        .find(covers)
        .or_else(|| periods.iter().max_by_key(|p| (p.start, p.decision_id.0)))
        .copied()
}
