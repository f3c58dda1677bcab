//! The summaries across a worker's caseload and across the whole service: per area how many
//! improved, stayed or declined, and the spread of satisfaction. Only counts, and a group
//! under `MIN_GROUP` people shows nothing at all, not even its size, so no one can be
//! recognised.

use super::items::Item;
use serde::{Deserialize, Serialize};

/// The smallest group whose counts are shown.
pub const MIN_GROUP: i64 = 5;

/// How many improved, stayed the same or declined in one area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaCounts {
    pub item: Item,
    pub improved: i64,
    pub same: i64,
    pub declined: i64,
}

/// How many chose each point (1 to 5) for one survey item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spread {
    pub item: Item,
    pub by_score: [i64; 5],
}

/// A group's counts, or `Hidden` when fewer than `MIN_GROUP` people are in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shown<T> {
    Counts { people: i64, rows: Vec<T> },
    Hidden,
}

impl<T> Shown<T> {
    /// Keeps the rows only for a group big enough to show.
    pub fn of(people: i64, rows: Vec<T>) -> Shown<T> {
        if people >= MIN_GROUP {
            Shown::Counts { people, rows }
        } else {
            Shown::Hidden
        }
    }
}

/// One group: a caseload or the whole service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSummary {
    pub wellbeing: Shown<AreaCounts>,
    pub satisfaction: Shown<Spread>,
}

/// The summary page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryData {
    pub worker_name: String,
    pub caseload: GroupSummary,
    pub service: GroupSummary,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_under_five_shows_nothing() {
        let rows = vec![AreaCounts {
            item: Item::Feel,
            improved: 3,
            same: 1,
            declined: 0,
        }];
        assert_eq!(Shown::of(4, rows.clone()), Shown::Hidden);
        assert_eq!(Shown::of(0, Vec::<AreaCounts>::new()), Shown::Hidden);
        assert_eq!(
            Shown::of(5, rows.clone()),
            Shown::Counts { people: 5, rows }
        );
    }
}
