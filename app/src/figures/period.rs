//! The period the service view counts: two calendar dates, both included. A decision counts
//! when its own period overlaps this one. Typed as `YYYY-MM-DD` (the date field) or
//! `D.M.YYYY`; without a choice, from the 1st of January of this year to today.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why the typed period was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PeriodError {
    BadFrom,
    BadTo,
    /// The end is before the start.
    Backwards,
}

impl PeriodError {
    pub fn message_id(self) -> &'static str {
        match self {
            PeriodError::BadFrom => "service-error-from",
            PeriodError::BadTo => "service-error-to",
            PeriodError::Backwards => "service-error-backwards",
        }
    }

    /// The field the error summary links to.
    pub fn field(self) -> &'static str {
        match self {
            PeriodError::BadFrom | PeriodError::Backwards => "from",
            PeriodError::BadTo => "to",
        }
    }
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .ok()
}

impl Period {
    /// This year until `today`.
    pub fn default_for(today: NaiveDate) -> Period {
        let from = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
        Period { from, to: today }
    }

    /// The period typed in the form; an empty field takes the default.
    pub fn parse(from: &str, to: &str, today: NaiveDate) -> Result<Period, PeriodError> {
        let default = Period::default_for(today);
        let from = match from.trim() {
            "" => default.from,
            text => parse_date(text).ok_or(PeriodError::BadFrom)?,
        };
        let to = match to.trim() {
            "" => default.to,
            text => parse_date(text).ok_or(PeriodError::BadTo)?,
        };
        if to < from {
            return Err(PeriodError::Backwards);
        }
        Ok(Period { from, to })
    }

    pub fn from_text(&self) -> String {
        self.from.format("%Y-%m-%d").to_string()
    }

    pub fn to_text(&self) -> String {
        self.to.format("%Y-%m-%d").to_string()
    }

    /// The first moment after the period, in UTC milliseconds (for stage events).
    pub fn end_ms(&self) -> i64 {
        self.to
            .succ_opt()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc().timestamp_millis())
            .unwrap_or(i64::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn a_period_is_parsed_in_both_forms_and_never_backwards() {
        let today = day(2026, 12, 6);
        assert_eq!(
            Period::parse("", "", today),
            Ok(Period {
                from: day(2026, 1, 1),
                to: today
            })
        );
        assert_eq!(
            Period::parse("1.3.2026", "2026-05-31", today),
            Ok(Period {
                from: day(2026, 3, 1),
                to: day(2026, 5, 31)
            })
        );
        assert_eq!(Period::parse("x", "", today), Err(PeriodError::BadFrom));
        assert_eq!(
            Period::parse("", "31.2.2026", today),
            Err(PeriodError::BadTo)
        );
        assert_eq!(
            Period::parse("2026-06-01", "2026-05-31", today),
            Err(PeriodError::Backwards)
        );
    }
}
