//! The worker's money forms as pure functions: each field is checked and parsed once into
//! the values the repository stores, or refused with a `FieldError` next to the field.
//! Each field is checked here; `decision` and `line` check whole forms.

mod decision;
mod line;
#[cfg(test)]
mod tests;

pub use decision::parse_decision;
pub use line::{parse_line, split_wishes};

use super::amount::{parse_euros, AmountError, Cents};
use super::import;
use super::{FieldError, FormState};
use crate::plan::content::grapheme_len;
use chrono::NaiveDate;

/// Where the worker's money page is.
pub const PAGE: &str = "/worker/money";

/// A date as people write it (`3.9.2026`) or as it is stored (`2026-09-03`).
pub fn date(text: &str) -> Option<NaiveDate> {
    import::parse_date(text)
}

pub fn check_date(
    form: &FormState,
    field: &str,
    errors: &mut Vec<(String, FieldError)>,
) -> Option<NaiveDate> {
    let text = form.get(field);
    match date(&text) {
        Some(d) => Some(d),
        None => {
            let error = if text.trim().is_empty() {
                FieldError::DateEmpty
            } else {
                FieldError::Date
            };
            errors.push((field.to_owned(), error));
            None
        }
    }
}

pub fn check_amount(
    form: &FormState,
    field: &str,
    errors: &mut Vec<(String, FieldError)>,
) -> Option<Cents> {
    match parse_euros(&form.get(field)) {
        Ok(Cents::ZERO) => {
            errors.push((field.to_owned(), FieldError::Amount(AmountError::Empty)));
            None
        }
        Ok(cents) => Some(cents),
        Err(e) => {
            errors.push((field.to_owned(), FieldError::Amount(e)));
            None
        }
    }
}

pub fn check_text(
    form: &FormState,
    field: &str,
    max: usize,
    errors: &mut Vec<(String, FieldError)>,
) -> String {
    let text = form.get(field).trim().to_owned();
    if text.is_empty() {
        errors.push((field.to_owned(), FieldError::TextEmpty));
    } else if grapheme_len(&text) > max {
        errors.push((field.to_owned(), FieldError::TextLong));
    }
    text
}
