//! The personal budget next to the earlier arrangement, per month and per period, and the
//! difference in euros. Shown to workers only; the client's money view never shows it.

use crate::money::amount::Cents;
use crate::money::pace::months;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    /// Whole months in the period (at least one).
    pub months: i64,
    pub budget_month: Cents,
    pub budget_period: Cents,
    pub earlier_month: Cents,
    pub earlier_period: Cents,
    /// Budget minus earlier: below zero the budget costs less.
    pub difference_month: Cents,
    pub difference_period: Cents,
}

/// Compares a decision's `granted` money over a period of `days` with the earlier monthly
/// costs. The budget's monthly share is rounded to the nearest cent; the period figures use
/// the whole granted sum and the earlier monthly cost times the months.
pub fn compare(granted: Cents, days: i64, earlier_monthly: &[Cents]) -> Comparison {
    let months = months(days).max(1);
    let budget_month = Cents((granted.0 * 2 + months) / (months * 2));
    let earlier_month: Cents = earlier_monthly.iter().copied().sum();
    let earlier_period = Cents(earlier_month.0 * months);
    Comparison {
        months,
        budget_month,
        budget_period: granted,
        earlier_month,
        earlier_period,
        difference_month: budget_month - earlier_month,
        difference_period: granted - earlier_period,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_months_of_budget_next_to_two_earlier_services() {
        // 1.1.–30.6. is 181 days: six months.
        let c = compare(Cents(1_200_000), 181, &[Cents(150_000), Cents(80_000)]);
        assert_eq!(c.months, 6);
        assert_eq!(c.budget_month, Cents(200_000));
        assert_eq!(c.earlier_month, Cents(230_000));
        assert_eq!(c.earlier_period, Cents(1_380_000));
        assert_eq!(c.difference_month, Cents(-30_000));
        assert_eq!(c.difference_period, Cents(-180_000));
    }

    #[test]
    fn a_short_period_counts_as_one_month_and_rounds_to_the_cent() {
        let c = compare(Cents(100_001), 10, &[]);
        assert_eq!(c.months, 1);
        assert_eq!(c.budget_month, Cents(100_001));
        let c = compare(Cents(100_000), 91, &[Cents(30_000)]);
        assert_eq!(c.months, 3);
        assert_eq!(c.budget_month, Cents(33_333));
        assert_eq!(c.difference_period, Cents(10_000));
    }
}
