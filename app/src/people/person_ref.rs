//! A person by kind and id: the one place where a stored (kind, id) pair becomes a typed id.

use super::PersonKind;
use crate::ids::{ClientId, RelativeId, WorkerId};
use serde::{Deserialize, Serialize};

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
