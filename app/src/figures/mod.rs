//! What the service sees (issue 14): figures across all personal-budget clients for a chosen
//! period, for team leads. Only counts and sums; a group under `MIN_GROUP` people shows no
//! number at all, so no one can be recognised. The same figures are exported as CSV and JSON
//! (`export`); the README defines every figure.

/// The decisions of the period. A macro, so each query stays one literal string.
#[cfg(feature = "ssr")]
macro_rules! in_period {
    ($d:literal) => {
        concat!($d, ".period_start <= $2 and ", $d, ".period_end >= $1")
    };
}

pub mod api;
#[cfg(feature = "ssr")]
pub mod export;
pub mod pages;
pub mod period;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod satisfaction;
#[cfg(feature = "ssr")]
pub mod totals;

pub use crate::wellbeing::summary::{AreaCounts, Shown, Spread, MIN_GROUP};
pub use period::{Period, PeriodError};
use serde::{Deserialize, Serialize};

/// The stages of the path, in order (migration 0008 stores these slugs).
pub const STAGES: [&str; 7] = [
    "writing",
    "worker-reads",
    "group",
    "decided",
    "in-use",
    "follow-up",
    "ended",
];

/// How many clients are in one stage at the end of the period; `None` under `MIN_GROUP`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageCount {
    pub stage: String,
    pub people: Option<i64>,
}

/// Budget granted, used and left for the decisions of the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyFigures {
    pub people: i64,
    pub decisions: i64,
    pub granted_cents: i64,
    pub used_cents: i64,
    pub left_cents: i64,
}

/// The personal budget next to the earlier arrangement, for the decisions that have one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostFigures {
    pub people: i64,
    pub decisions: i64,
    pub budget_cents: i64,
    pub earlier_cents: i64,
    /// Budget minus earlier: below zero when the budget costs less.
    pub difference_cents: i64,
    pub budget_per_client_cents: i64,
    pub earlier_per_client_cents: i64,
}

/// One area's change between the start and the end of a period, and the sum of the changes
/// in points (the average is `points / (improved + same + declined)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaChange {
    pub counts: AreaCounts,
    pub points: i64,
}

/// Everything the service view shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceFigures {
    pub period: Period,
    pub stages: Vec<StageCount>,
    /// `None` when fewer than `MIN_GROUP` people have a decision in the period.
    pub money: Option<MoneyFigures>,
    pub cost: Option<CostFigures>,
    pub wellbeing: Shown<AreaChange>,
    pub satisfaction: Shown<Spread>,
}

/// The service view page: the figures, or the period's error with what was typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServicePageData {
    pub figures: ServiceFigures,
    pub error: Option<PeriodError>,
    pub from_text: String,
    pub to_text: String,
}

/// `Some(value)` for a group of at least `MIN_GROUP` people.
pub fn shown_if(people: i64) -> bool {
    people >= MIN_GROUP
}

/// A hundredth-precision average of a change, as an integer (`-125` is -1.25 points).
pub fn average_hundredths(points: i64, people: i64) -> i64 {
    if people == 0 {
        0
    } else {
        (points * 100) / people
    }
}
