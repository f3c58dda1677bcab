//! A Kykyviisari result as the worker types it: the date it was filled in, the overall figure
//! and its five areas, each a whole number from 0 to 10. Parsed once, here; a refused form
//! keeps what was typed and says what is wrong next to each field.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Kykyviisari's five areas, in the order the form shows them, with the form field of each.
pub const AREAS: [(&str, &str); 5] = [
    ("mental", "kyky-area-mental"),
    ("social", "kyky-area-social"),
    ("physical", "kyky-area-physical"),
    ("skills", "kyky-area-skills"),
    ("everyday", "kyky-area-everyday"),
];

/// A Kykyviisari result as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KykyView {
    pub taken_on: NaiveDate,
    pub overall: i64,
    pub areas: [i64; 5],
    pub entered_by_name: String,
}

/// The worker's Kykyviisari form, with a refused form's text and errors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KykyPageData {
    pub client_name: String,
    pub form: KykyForm,
    pub errors: Vec<(String, KykyError)>,
    pub idem: String,
}

/// A checked result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KykyResult {
    pub taken_on: NaiveDate,
    pub overall: i64,
    /// The five areas, in the order of `AREAS`.
    pub areas: [i64; 5],
}

/// The form as typed: field name and text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KykyForm {
    pub fields: Vec<(String, String)>,
}

impl KykyForm {
    pub fn value(&self, field: &str) -> String {
        self.fields
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

/// What is wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KykyError {
    DateMissing,
    DateWrong,
    DateFuture,
    NumberMissing,
    NumberWrong,
}

impl KykyError {
    pub const ALL: [KykyError; 5] = [
        KykyError::DateMissing,
        KykyError::DateWrong,
        KykyError::DateFuture,
        KykyError::NumberMissing,
        KykyError::NumberWrong,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            KykyError::DateMissing => "kyky-error-date-missing",
            KykyError::DateWrong => "kyky-error-date-wrong",
            KykyError::DateFuture => "kyky-error-date-future",
            KykyError::NumberMissing => "kyky-error-number-missing",
            KykyError::NumberWrong => "kyky-error-number-wrong",
        }
    }
}

fn number(text: &str) -> Result<i64, KykyError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(KykyError::NumberMissing);
    }
    match text.parse::<i64>() {
        Ok(n) if (0..=10).contains(&n) => Ok(n),
        _ => Err(KykyError::NumberWrong),
    }
}

fn date(text: &str, today: NaiveDate) -> Result<NaiveDate, KykyError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(KykyError::DateMissing);
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .map_err(|_| KykyError::DateWrong)?;
    if date > today {
        return Err(KykyError::DateFuture);
    }
    Ok(date)
}

/// Checks every field; all errors at once, by field name.
pub fn parse(form: &KykyForm, today: NaiveDate) -> Result<KykyResult, Vec<(String, KykyError)>> {
    let mut errors = Vec::new();
    let taken_on = date(&form.value("taken_on"), today)
        .map_err(|e| errors.push(("taken_on".to_owned(), e)))
        .ok();
    let mut read = |field: &str| {
        number(&form.value(field))
            .map_err(|e| errors.push((field.to_owned(), e)))
            .unwrap_or(0)
    };
    let overall = read("overall");
    let areas = AREAS.map(|(field, _)| read(field));
    match (taken_on, errors.is_empty()) {
        (Some(taken_on), true) => Ok(KykyResult {
            taken_on,
            overall,
            areas,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> KykyForm {
        KykyForm {
            fields: pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default()
    }

    #[test]
    fn a_whole_result_from_zero_to_ten_is_accepted() {
        let ok = form(&[
            ("taken_on", "3.11.2026"),
            ("overall", "7"),
            ("mental", "0"),
            ("social", "10"),
            ("physical", " 5 "),
            ("skills", "6"),
            ("everyday", "8"),
        ]);
        let result = parse(&ok, today()).expect("valid");
        assert_eq!(result.overall, 7);
        assert_eq!(result.areas, [0, 10, 5, 6, 8]);
        assert_eq!(result.taken_on.to_string(), "2026-11-03");
    }

    #[test]
    fn each_wrong_field_is_named() {
        let bad = form(&[
            ("taken_on", "2027-01-01"),
            ("overall", "11"),
            ("mental", "-1"),
            ("social", "5,5"),
            ("physical", ""),
            ("skills", "kuusi"),
            ("everyday", "10"),
        ]);
        let errors = parse(&bad, today()).expect_err("invalid");
        let named = |f: &str| errors.iter().find(|(n, _)| n == f).map(|(_, e)| *e);
        assert_eq!(named("taken_on"), Some(KykyError::DateFuture));
        assert_eq!(named("overall"), Some(KykyError::NumberWrong));
        assert_eq!(named("mental"), Some(KykyError::NumberWrong));
        assert_eq!(named("social"), Some(KykyError::NumberWrong));
        assert_eq!(named("physical"), Some(KykyError::NumberMissing));
        assert_eq!(named("skills"), Some(KykyError::NumberWrong));
        assert_eq!(named("everyday"), None);
        let no_date = parse(&form(&[("taken_on", "eilen")]), today()).expect_err("date");
        assert!(no_date.contains(&("taken_on".to_owned(), KykyError::DateWrong)));
    }
}
