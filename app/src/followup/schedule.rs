//! When follow-ups happen: at least every three months through a decision's period. Plain
//! date rules, so the three-month promise is tested without a database.

use chrono::{Months, NaiveDate};

/// The longest time between two follow-ups (and from the period's start to the first).
pub const MAX_GAP_MONTHS: u32 = 3;

/// Days before a follow-up when the client is invited to prepare.
pub const PREPARE_DAYS: i64 = 14;

fn plus_gap(date: NaiveDate) -> NaiveDate {
    date.checked_add_months(Months::new(MAX_GAP_MONTHS))
        .unwrap_or(NaiveDate::MAX)
}

/// The dates to add so that, with the dates already set (`kept`), no two follow-ups in the
/// period from `start` to `end` are more than three months apart, and the last one is at most
/// three months before the end. A period with no date at all gets one on its last day.
pub fn dates_to_add(start: NaiveDate, end: NaiveDate, kept: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut inside: Vec<NaiveDate> = kept
        .iter()
        .copied()
        .filter(|d| *d > start && *d <= end)
        .collect();
    inside.sort();
    let mut added = Vec::new();
    let mut cursor = start;
    loop {
        let limit = plus_gap(cursor);
        if limit >= end {
            break;
        }
        // The latest date already set within three months of the last one, else a new one.
        match inside.iter().rev().find(|d| **d > cursor && **d <= limit) {
            Some(next) => cursor = *next,
            None => {
                added.push(limit);
                cursor = limit;
            }
        }
    }
    if inside.is_empty() && added.is_empty() && end > start {
        added.push(end);
    }
    added
}

/// Whether the client is invited to prepare for a follow-up on `due` today: in the two weeks
/// before it, and after it until the worker completes it.
pub fn invite_to_prepare(due: NaiveDate, today: NaiveDate) -> bool {
    (due - today).num_days() <= PREPARE_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn gaps_ok(start: NaiveDate, end: NaiveDate, dates: &[NaiveDate]) -> bool {
        let mut all = vec![start];
        all.extend_from_slice(dates);
        all.sort();
        all.push(end);
        all.windows(2).all(|w| plus_gap(w[0]) >= w[1])
    }

    #[test]
    fn a_six_month_period_gets_a_date_every_three_months() {
        let added = dates_to_add(d(2026, 1, 1), d(2026, 6, 30), &[]);
        assert_eq!(added, vec![d(2026, 4, 1)]);
        assert!(gaps_ok(d(2026, 1, 1), d(2026, 6, 30), &added));
        let long = dates_to_add(d(2026, 1, 1), d(2026, 12, 31), &[]);
        assert_eq!(long, vec![d(2026, 4, 1), d(2026, 7, 1), d(2026, 10, 1)]);
    }

    #[test]
    fn a_workers_date_counts_and_the_rest_fill_around_it() {
        let worker = [d(2026, 2, 15)];
        let added = dates_to_add(d(2026, 1, 1), d(2026, 6, 30), &worker);
        assert_eq!(added, vec![d(2026, 5, 15)]);
        let mut all = added.clone();
        all.extend_from_slice(&worker);
        assert!(gaps_ok(d(2026, 1, 1), d(2026, 6, 30), &all));
    }

    #[test]
    fn a_short_period_gets_its_last_day_and_dates_outside_do_not_count() {
        assert_eq!(
            dates_to_add(d(2026, 1, 1), d(2026, 3, 15), &[d(2025, 12, 1)]),
            vec![d(2026, 3, 15)]
        );
        assert!(dates_to_add(d(2026, 1, 1), d(2026, 3, 15), &[d(2026, 2, 1)]).is_empty());
    }

    #[test]
    fn the_invitation_opens_two_weeks_before() {
        let due = d(2026, 3, 20);
        assert!(!invite_to_prepare(due, d(2026, 3, 5)));
        assert!(invite_to_prepare(due, d(2026, 3, 6)));
        assert!(invite_to_prepare(due, d(2026, 3, 25)), "late: still open");
    }
}
