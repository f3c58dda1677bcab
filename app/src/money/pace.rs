//! The pace: whether the money is used at a rate that lasts the period, and the months gone,
//! never as a percentage. Whole numbers only: shares are compared in
//! ten-thousandths.

use crate::money::amount::Cents;
use serde::{Deserialize, Serialize};

/// Is the money going at a pace that lasts the period?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pace {
    OnTrack,
    /// More of the money is used than of the time: it may run out early.
    Fast,
    /// Much less of the money is used than of the time: support may be missing.
    Slow,
}

/// Spending this much ahead of time (in ten-thousandths of the whole) is "fast".
pub const FAST_MARGIN: i64 = 1_500;
/// Spending this much behind time is "slow".
pub const SLOW_MARGIN: i64 = 2_500;

/// `part` of `whole` in ten-thousandths, 0 when the whole is 0.
pub fn share(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        0
    } else {
        (i128::from(part.max(0)) * 10_000 / i128::from(whole)).min(20_000) as i64
    }
}

/// The pace from the money used and the days gone, out of the granted money and the days of
/// the period.
pub fn pace(used: Cents, granted: Cents, days_gone: i64, days_total: i64) -> Pace {
    let money = share(used.0, granted.0);
    let time = share(days_gone.clamp(0, days_total.max(0)), days_total);
    if money > time + FAST_MARGIN {
        Pace::Fast
    } else if money + SLOW_MARGIN < time {
        Pace::Slow
    } else {
        Pace::OnTrack
    }
}

/// Whole months in a number of days, rounded (a month is 30.44 days).
pub fn months(days: i64) -> i64 {
    (days.max(0) * 100 + 1_522) / 3_044
}

#[cfg(test)]
mod tests {
    use super::*;

    // A 100-day period and 10 000 cents make the margins easy to see.
    #[test]
    fn on_track_up_to_the_fast_margin_and_fast_just_after() {
        assert_eq!(pace(Cents(5_000), Cents(10_000), 50, 100), Pace::OnTrack);
        assert_eq!(
            pace(Cents(6_500), Cents(10_000), 50, 100),
            Pace::OnTrack,
            "exactly at the margin"
        );
        assert_eq!(
            pace(Cents(6_501), Cents(10_000), 50, 100),
            Pace::Fast,
            "just over it"
        );
        assert_eq!(
            pace(Cents(1_501), Cents(10_000), 0, 100),
            Pace::Fast,
            "much spent on day one"
        );
    }

    #[test]
    fn on_track_down_to_the_slow_margin_and_slow_just_after() {
        assert_eq!(
            pace(Cents(2_500), Cents(10_000), 50, 100),
            Pace::OnTrack,
            "exactly at the margin"
        );
        assert_eq!(
            pace(Cents(2_499), Cents(10_000), 50, 100),
            Pace::Slow,
            "just under it"
        );
        assert_eq!(
            pace(Cents(0), Cents(10_000), 20, 100),
            Pace::OnTrack,
            "early in the period"
        );
        assert_eq!(
            pace(Cents(0), Cents(10_000), 100, 100),
            Pace::Slow,
            "nothing used by the end"
        );
    }

    #[test]
    fn odd_inputs_do_not_break_the_pace() {
        assert_eq!(pace(Cents(0), Cents(0), 10, 100), Pace::OnTrack);
        assert_eq!(
            pace(Cents(500), Cents(10_000), 200, 100),
            Pace::Slow,
            "past the end counts as the end"
        );
        assert_eq!(
            pace(Cents(500), Cents(10_000), -5, 100),
            Pace::OnTrack,
            "before the start"
        );
        assert_eq!(share(i64::MAX, 1), 20_000);
    }

    #[test]
    fn months_are_rounded() {
        assert_eq!(months(61), 2);
        assert_eq!(months(183), 6);
        assert_eq!(months(0), 0);
    }
}
