//! Calendar dates in storage: one conversion each way, the same on both engines.

use super::StorageError;

/// A calendar date as both engines store it: 'YYYY-MM-DD' text, which sorts and compares in
/// SQL like the date. The one way a date goes into storage.
pub fn stored_date(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The date in `column`; a value that is not a date is an error, not a default.
pub fn date_of(row: &sqlx::any::AnyRow, column: &str) -> Result<chrono::NaiveDate, StorageError> {
    let text: String = sqlx::Row::try_get(row, column)?;
    parse_stored_date(&text)
}

/// Like `date_of`, for a column that may be empty.
pub fn opt_date_of(
    row: &sqlx::any::AnyRow,
    column: &str,
) -> Result<Option<chrono::NaiveDate>, StorageError> {
    let text: Option<String> = sqlx::Row::try_get(row, column)?;
    text.as_deref().map(parse_stored_date).transpose()
}

fn parse_stored_date(text: &str) -> Result<chrono::NaiveDate, StorageError> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| StorageError::Unknown(format!("date {text}")))
}
