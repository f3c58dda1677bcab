//! Managing workers and caseloads: the admin's web page, and the same operations for the
//! `server admin …` command line in `service`.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

/// A worker as the admin page lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminWorker {
    pub worker_id: i64,
    pub name: String,
    pub is_admin: bool,
    pub clients: Vec<String>,
}

/// The admin page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminPageData {
    pub workers: Vec<AdminWorker>,
    pub clients: Vec<(i64, String)>,
    /// A one-time code made just now, shown once.
    pub new_code: Option<String>,
}

/// What the admin page tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdminNotice {
    /// A name or user name is missing.
    NameMissing,
    /// Another worker has that user name.
    UserNameTaken,
}

impl crate::forms::notice::Notice for AdminNotice {
    fn every() -> Vec<Self> {
        vec![AdminNotice::NameMissing, AdminNotice::UserNameTaken]
    }

    fn query(&self) -> (&'static str, String) {
        let (key, value) = match self {
            AdminNotice::NameMissing => ("error", "name"),
            AdminNotice::UserNameTaken => ("error", "taken"),
        };
        (key, value.to_owned())
    }

    fn message_id(&self) -> &'static str {
        match self {
            AdminNotice::NameMissing => "error-name-missing",
            AdminNotice::UserNameTaken => "error-user-name-taken",
        }
    }
}
