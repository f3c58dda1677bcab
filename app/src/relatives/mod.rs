//! Relatives and their rights: who may read the client's plan, write it, or see the money.
//! Everything about them is here: the rule of when a change starts (`service`), the consent
//! rows (`repo`), the server functions (`api`) and the client's and relative's pages
//! (`pages`). Taking rights away works at once; giving more starts a day later unless the
//! client's worker confirms it, so that a client pressed into it at the kiosk can undo it.

use crate::ids::RelativeId;

pub mod api;
#[cfg(feature = "ssr")]
pub mod lists;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

/// What a relative may do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rights {
    pub read_plan: bool,
    pub write_plan: bool,
    pub see_money: bool,
}

impl Rights {
    /// Writing a plan includes reading it.
    pub fn normalised(self) -> Rights {
        Rights {
            read_plan: self.read_plan || self.write_plan,
            ..self
        }
    }

    /// Whether `self` allows something `than` does not.
    pub fn wider_than(self, than: Rights) -> bool {
        (self.read_plan && !than.read_plan)
            || (self.write_plan && !than.write_plan)
            || (self.see_money && !than.see_money)
    }

    pub fn any(self) -> bool {
        self.read_plan || self.write_plan || self.see_money
    }
}

/// One relative as the client's page shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelativeView {
    pub relative_id: RelativeId,
    pub name: String,
    pub read_plan: bool,
    pub write_plan: bool,
    pub see_money: bool,
    /// A wider change waiting to start: when it starts (UTC ms).
    pub waiting_from: Option<i64>,
}

#[cfg(feature = "ssr")]
impl From<crate::relatives::repo::RelativeRights> for RelativeView {
    fn from(r: crate::relatives::repo::RelativeRights) -> Self {
        RelativeView {
            relative_id: r.relative_id,
            name: r.name,
            read_plan: r.rights.read_plan,
            write_plan: r.rights.write_plan,
            see_money: r.rights.see_money,
            waiting_from: r.waiting.map(|w| w.effective_at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Rights;

    #[test]
    fn writing_includes_reading_and_widening_is_seen() {
        let write = Rights {
            write_plan: true,
            ..Rights::default()
        }
        .normalised();
        assert!(write.read_plan);
        let read = Rights {
            read_plan: true,
            ..Rights::default()
        };
        assert!(write.wider_than(read));
        assert!(!read.wider_than(write));
        assert!(!read.wider_than(read));
        assert!(!Rights::default().any());
    }
}

crate::forms::notice::notices! {
    /// What the client's relatives page tells.
    RelativesNotice {
        /// The rights were saved.
        Saved = ("saved", "1", "relatives-saved"),
    }
}
