//! A worker's money form as sent, kept with its errors when refused.

use super::FieldError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A worker's form as sent (field name → text) with the errors found at each field.
/// Kept on the server when refused, so the page shows the worker's own input again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormState {
    pub fields: BTreeMap<String, String>,
    pub errors: Vec<(String, FieldError)>,
}

impl FormState {
    /// A form with these fields and no errors.
    pub fn from_pairs<V: AsRef<str>>(pairs: &[(&str, V)]) -> FormState {
        FormState {
            fields: pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.as_ref().to_owned()))
                .collect(),
            errors: Vec::new(),
        }
    }

    /// The fields as sent, but for the form's key, as one text: what a repeated sending is
    /// compared by.
    pub fn contents(&self) -> String {
        let fields: Vec<String> = self
            .fields
            .iter()
            .filter(|(name, _)| name.as_str() != "idem")
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        fields.join("\n")
    }

    pub fn get(&self, field: &str) -> String {
        self.fields.get(field).cloned().unwrap_or_default()
    }

    pub fn error(&self, field: &str) -> Option<FieldError> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| *e)
    }
}
