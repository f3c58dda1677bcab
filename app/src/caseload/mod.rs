//! A worker's screens: their caseload, and for each client the sign-in card, the picture
//! PIN, relatives, and opening the client's plan. A worker sees only clients on their
//! caseload; every action here is checked and logged by `access::guard::client`.

pub mod api;
pub mod pages;

use serde::{Deserialize, Serialize};

/// One client on the caseload, with what the worker can do for them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadClient {
    pub client_id: i64,
    pub name: String,
    pub has_card: bool,
    pub locked: bool,
    pub relatives: Vec<CaseloadRelative>,
}

/// A relative of a client on the caseload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadRelative {
    pub relative_id: i64,
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
