//! The three kinds of people who sign in (clients, their relatives, workers). Their names and
//! rows are in `repo`.

mod person_ref;
#[cfg(feature = "ssr")]
pub mod repo;

pub use person_ref::PersonRef;

use serde::{Deserialize, Serialize};

/// Who a signed-in person is. A relative ("läheinen") is a relative or friend the client chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PersonKind {
    Client,
    Relative,
    Worker,
}

impl PersonKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PersonKind::Client => "client",
            PersonKind::Relative => "relative",
            PersonKind::Worker => "worker",
        }
    }

    pub fn parse(text: &str) -> Option<PersonKind> {
        match text {
            "client" => Some(PersonKind::Client),
            "relative" => Some(PersonKind::Relative),
            "worker" => Some(PersonKind::Worker),
            _ => None,
        }
    }
}
