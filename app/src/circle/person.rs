//! A person or thing in the circle of support, and the form that adds or changes one, parsed
//! once into a name that is not too long and a ring.

use super::closeness::Closeness;
use serde::{Deserialize, Serialize};

/// Most letters in a name or role.
pub const MAX_NAME: usize = 60;

/// A person or thing in the circle, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CirclePerson {
    pub person_id: i64,
    /// A name ("Liisa") or just a role ("Äiti", "Puhelimen muistutus").
    pub name: String,
    pub closeness: Closeness,
    /// Help card ids, in the order chosen.
    pub helps_with: Vec<String>,
    pub version: i64,
}

/// The person form as sent (also kept when refused, so the page shows it again).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonForm {
    pub name: String,
    pub closeness: Option<String>,
}

/// What is wrong with a person form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PersonError {
    NameMissing,
    NameTooLong,
    ClosenessMissing,
    /// Someone else changed this person first.
    Changed,
}

impl PersonError {
    pub fn message_id(self) -> &'static str {
        match self {
            PersonError::NameMissing => "circle-error-name",
            PersonError::NameTooLong => "circle-error-long",
            PersonError::ClosenessMissing => "circle-error-closeness",
            PersonError::Changed => "circle-error-changed",
        }
    }

    /// The field the message belongs to.
    pub fn field(self) -> &'static str {
        match self {
            PersonError::ClosenessMissing => "closeness_family",
            _ => "name",
        }
    }
}

/// A checked person form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonInput {
    pub name: String,
    pub closeness: Closeness,
}

impl PersonForm {
    pub fn parse(&self) -> Result<PersonInput, PersonError> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(PersonError::NameMissing);
        }
        if crate::plan::content::grapheme_len(name) > MAX_NAME {
            return Err(PersonError::NameTooLong);
        }
        let closeness = self
            .closeness
            .as_deref()
            .and_then(Closeness::parse)
            .ok_or(PersonError::ClosenessMissing)?;
        Ok(PersonInput {
            name: name.to_owned(),
            closeness,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name: &str, closeness: Option<&str>) -> PersonForm {
        PersonForm {
            name: name.into(),
            closeness: closeness.map(str::to_owned),
        }
    }

    #[test]
    fn a_name_and_a_ring_are_needed() {
        assert_eq!(
            form("  ", Some("family")).parse(),
            Err(PersonError::NameMissing)
        );
        assert_eq!(
            form("Äiti", None).parse(),
            Err(PersonError::ClosenessMissing)
        );
        assert_eq!(
            form("Äiti", Some("x")).parse(),
            Err(PersonError::ClosenessMissing)
        );
        let ok = form(" Äiti ", Some("family")).parse().expect("valid");
        assert_eq!(ok.name, "Äiti");
        assert_eq!(ok.closeness, Closeness::Family);
    }

    #[test]
    fn names_count_letters_not_bytes() {
        assert!(form(&"ä".repeat(MAX_NAME), Some("friends")).parse().is_ok());
        assert_eq!(
            form(&"ä".repeat(MAX_NAME + 1), Some("friends")).parse(),
            Err(PersonError::NameTooLong)
        );
    }
}
