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
mod rights;
#[cfg(feature = "ssr")]
pub mod service;

pub use rights::Rights;
use serde::{Deserialize, Serialize};

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

crate::forms::notice::notices! {
    /// What the client's relatives page tells.
    RelativesNotice {
        /// The rights were saved.
        Saved = ("saved", "1", "relatives-saved"),
    }
}
