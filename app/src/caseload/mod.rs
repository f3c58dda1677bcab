//! A worker's screens: their caseload, and for each client the sign-in card, the picture
//! PIN, relatives, and opening the client's plan. A worker sees only clients on their
//! caseload; every action here is checked and logged by `access::guard::client`.

use crate::ids::{ClientId, RelativeId};

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

/// One client on the caseload, with what the worker can do for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadClient {
    pub client_id: ClientId,
    pub name: String,
    pub has_card: bool,
    pub locked: bool,
    pub relatives: Vec<CaseloadRelative>,
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
    pub clients: Vec<CaseloadClient>,
    /// A card code issued just now, shown once (with its QR code as SVG).
    pub new_card: Option<(String, String)>,
}

/// What a worker does to a client's or relative's sign-in, as the form names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CardAction {
    /// A new card; the old one stops working and its sessions end.
    Issue,
    /// The card stops working and its sessions end.
    Revoke,
    /// The PIN is unlocked after ten wrong tries.
    Unlock,
    /// The PIN is forgotten: a new one is chosen at the next sign-in.
    Reset,
}

impl CardAction {
    pub const ALL: [CardAction; 4] = [
        CardAction::Issue,
        CardAction::Revoke,
        CardAction::Unlock,
        CardAction::Reset,
    ];

    /// The form value.
    pub fn as_str(self) -> &'static str {
        match self {
            CardAction::Issue => "issue",
            CardAction::Revoke => "revoke",
            CardAction::Unlock => "unlock",
            CardAction::Reset => "reset",
        }
    }

    pub fn parse(text: &str) -> Option<CardAction> {
        CardAction::ALL.into_iter().find(|a| a.as_str() == text)
    }
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
    }
}
