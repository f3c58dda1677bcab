//! The three kinds of people who sign in (clients, their relatives, workers). Their names and
//! rows are in `repo`.

#[cfg(feature = "ssr")]
pub mod repo;

use crate::ids::{ClientId, RelativeId, WorkerId};
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

/// A person by kind and id: who signed in, who acted, who owns a card. Stored as the kind and
/// the row id; the typed id comes out only for the matching kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PersonRef {
    pub kind: PersonKind,
    id: i64,
}

impl PersonRef {
    pub fn client(id: ClientId) -> PersonRef {
        PersonRef {
            kind: PersonKind::Client,
            id: id.0,
        }
    }

    pub fn relative(id: RelativeId) -> PersonRef {
        PersonRef {
            kind: PersonKind::Relative,
            id: id.0,
        }
    }

    pub fn worker(id: WorkerId) -> PersonRef {
        PersonRef {
            kind: PersonKind::Worker,
            id: id.0,
        }
    }

    /// From storage: the stored kind and row id.
    pub fn from_stored(kind: PersonKind, id: i64) -> PersonRef {
        PersonRef { kind, id }
    }

    /// The row id, for storage and logs only.
    pub fn stored_id(self) -> i64 {
        self.id
    }

    pub fn as_client(self) -> Option<ClientId> {
        (self.kind == PersonKind::Client).then_some(ClientId(self.id))
    }

    pub fn as_relative(self) -> Option<RelativeId> {
        (self.kind == PersonKind::Relative).then_some(RelativeId(self.id))
    }

    pub fn as_worker(self) -> Option<WorkerId> {
        (self.kind == PersonKind::Worker).then_some(WorkerId(self.id))
    }
}
