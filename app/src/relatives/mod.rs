//! The client's choices about their relatives: who may read the plan, write it, or see the
//! money. The rules of when a change starts are in `crate::relatives::repo`.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;

use serde::{Deserialize, Serialize};

/// One relative as the client's page shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelativeView {
    pub relative_id: i64,
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
