//! Dates and times as people say them ("tiistaina 3. maaliskuuta 2026 kello 14.05"), in
//! Finnish time. Names of days and months come from the message catalogue.

use crate::i18n::{tr, tr_args, Lang};
use chrono::{Datelike, NaiveDate, TimeZone, Timelike};
use chrono_tz::Europe::Helsinki;
use fluent_bundle::FluentValue;

/// The weekday, day, month and year of a date, as the catalogue's date messages take them.
fn day_words(lang: Lang, date: &impl Datelike) -> Vec<(&'static str, FluentValue<'static>)> {
    let weekday = date.weekday().number_from_monday();
    vec![
        ("weekday", tr(lang, &format!("weekday-{weekday}")).into()),
        ("day", i64::from(date.day()).into()),
        ("month", tr(lang, &format!("month-{}", date.month())).into()),
        ("year", i64::from(date.year()).into()),
    ]
}

/// Formats a calendar date as people say it ("maanantaina 3. maaliskuuta 2026").
pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    tr_args(lang, "date-words", &day_words(lang, &date))
}

/// Today's date in Finland.
pub fn today() -> NaiveDate {
    chrono::Utc::now().with_timezone(&Helsinki).date_naive()
}

/// Formats UTC milliseconds as a spoken-style date and time in the user's language.
pub fn format_datetime(lang: Lang, utc_ms: i64) -> String {
    let Some(utc) = chrono::Utc.timestamp_millis_opt(utc_ms).single() else {
        return String::new();
    };
    let local = utc.with_timezone(&Helsinki);
    let mut args = day_words(lang, &local);
    args.push(("hour", local.hour().to_string().into()));
    args.push(("minute", format!("{:02}", local.minute()).into()));
    tr_args(lang, "datetime", &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_date_is_written_as_spoken_in_finnish_time() {
        // 2026-03-03 12:05 UTC is 14.05 in Helsinki (winter time, UTC+2).
        let ms = chrono::Utc
            .with_ymd_and_hms(2026, 3, 3, 12, 5, 0)
            .single()
            .map(|d| d.timestamp_millis());
        let ms = ms.unwrap_or_default();
        assert_eq!(
            format_datetime(Lang::Fi, ms),
            "tiistaina 3. maaliskuuta 2026 kello 14.05"
        );
        assert_eq!(
            format_datetime(Lang::En, ms),
            "Tuesday 3 March 2026 at 14:05"
        );
        assert_eq!(
            format_datetime(Lang::Sv, ms),
            "tisdag 3 mars 2026 klockan 14.05"
        );
    }
}
