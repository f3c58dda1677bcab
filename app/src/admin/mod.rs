//! Managing workers and caseloads: the admin's web page, and the same operations for the
//! `server admin …` command line in `service`.

use crate::ids::{ClientId, WorkerId};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

/// A worker as the admin page lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminWorker {
    pub worker_id: WorkerId,
    pub name: String,
    pub is_admin: bool,
    /// Sees the service's figures only (issue 14).
    pub is_team_lead: bool,
    pub clients: Vec<String>,
    /// The worker must wait after wrong sign-ins: the admin can end the wait.
    pub waiting: bool,
}

/// The admin page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminPageData {
    pub workers: Vec<AdminWorker>,
    pub clients: Vec<(ClientId, String)>,
    /// A one-time code made just now, shown once.
    pub new_code: Option<String>,
    /// The admin looking at the page: putting a client on their own caseload needs a reason.
    pub me: WorkerId,
    /// The key of this page's add-client form: a double tap adds one client.
    pub idem: String,
}

crate::forms::notice::notices! {
    /// What the admin page tells.
    AdminNotice {
        /// A name or user name is missing.
        NameMissing = ("error", "name", "error-name-missing"),
        /// The add-client form was sent before with another name (its key was used).
        ClientResent = ("error", "resent", "error-form-resent"),
        /// Another worker has that user name.
        UserNameTaken = ("error", "taken", "error-user-name-taken"),
        /// Putting a client on one's own caseload needs a written reason.
        ReasonMissing = ("error", "reason", "error-reason-missing"),
        /// The reason is longer than `api::MAX_REASON` letters.
        ReasonLong = ("error", "reason-long", "error-reason-long"),
        /// A worker was taken out of use.
        Deactivated = ("saved", "deactivated", "admin-deactivated"),
        /// A worker was made a team lead, or is one no more.
        TeamLead = ("saved", "team-lead", "admin-team-lead-saved"),
        /// A worker's wait after wrong sign-ins was ended.
        Unlocked = ("saved", "unlocked", "admin-unlocked"),
    }
}
