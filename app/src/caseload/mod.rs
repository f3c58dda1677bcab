//! A worker's screens: their caseload, and for each client the sign-in card, the picture
//! PIN, relatives, and opening the client's plan. A worker sees only clients on their
//! caseload; every action here is checked and logged by `access::guard::client`.

use crate::ids::{ClientId, RelativeId};

pub mod api;
mod card_action;
#[cfg(feature = "ssr")]
pub mod listing;
pub mod pages;
mod pages_nav;
pub mod paging;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;

pub use card_action::CardAction;
use serde::{Deserialize, Serialize};

/// One client on the caseload, with what the worker can do for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadClient {
    pub client_id: ClientId,
    pub name: String,
    pub has_card: bool,
    pub locked: bool,
    pub relatives: Vec<CaseloadRelative>,
    /// Follow-up (issue 12): the next follow-up not completed, and whether it is late.
    pub next_follow_up: Option<crate::followup::NextFollowUp>,
    /// Wellbeing (issue 12): whether the start and end wellbeing are there.
    pub wellbeing: crate::wellbeing::CaseloadMark,
}

/// A relative of a client on the caseload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadRelative {
    pub relative_id: RelativeId,
    pub name: String,
    pub has_card: bool,
    pub locked: bool,
    /// A change of rights waiting to start that the worker can confirm.
    pub waiting_consent: Option<i64>,
}

/// The worker's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadPageData {
    pub worker_name: String,
    pub is_admin: bool,
    /// The shown page of the caseload, those needing action first.
    pub clients: Vec<CaseloadClient>,
    /// The page and search shown (a page past the end is the last page).
    pub view: paging::CaseloadView,
    /// Clients on the whole caseload, or found by the search.
    pub total: i64,
    /// A card code issued just now, shown once (with its QR code as SVG).
    pub new_card: Option<(String, String)>,
    /// This page's form key: each client's add-relative form carries it with the client's id.
    pub idem: String,
}

crate::forms::notice::notices! {
    /// What the worker's caseload page tells.
    CaseloadNotice {
        /// A new relative needs a name.
        NameMissing = ("error", "name", "error-name-missing"),
        /// A new password needs at least 15 characters.
        PasswordShort = ("error", "password", "error-password-short"),
        /// The new password is in use.
        PasswordSaved = ("saved", "password", "password-saved"),
        /// The add-relative form was sent before with another name, or without its key.
        Resent = ("error", "resent", "error-form-resent"),
        /// The current password was wrong.
        CurrentWrong = ("error", "current", "error-password-current"),
        /// Too many wrong tries just now.
        PasswordWait = ("error", "password-wait", "error-worker-wait"),
    }
}
