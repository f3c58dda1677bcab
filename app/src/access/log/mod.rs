//! The access log: every read or change of a client's data by anyone but the client, and
//! every refused try. `guard` writes it, `repo` keeps it (append-only, hash-chained), and the
//! client reads it in plain words on the log page. The values here are the only way a row is
//! read or written: an unknown stored value is an error, never a silent default.

#[cfg(feature = "ssr")]
pub mod head;
#[cfg(feature = "ssr")]
pub mod key;
#[cfg(feature = "ssr")]
pub mod repo;

use serde::{Deserialize, Serialize};

/// What was done, as the log records it and the client reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogEvent {
    ReadPlan,
    WritePlan,
    ReadLog,
    ChangeRelatives,
    OpenClient,
    ChangeSignIn,
    ReadMoney,
    /// The decision or support lines, or the worker's money page.
    WriteMoney,
    /// Spending written down by hand, corrected, or brought from a file.
    RecordSpending,
    /// A new sign-in card for the client.
    IssueCard,
    /// The client's picture PIN was reset: new pictures are chosen at the next sign-in.
    ResetPin,
    /// An admin put the client on a worker's caseload or took them off.
    ChangeCaseload,
    /// A supported session started (the worker beside the client).
    SupportedStart,
    /// A supported session ended by a press.
    SupportedEnd,
    /// A supported session ended by itself: nothing happened for the idle time.
    SupportedIdleEnd,
    /// The client downloaded all of their data (issue 14).
    DownloadData,
}

impl LogEvent {
    pub const ALL: [LogEvent; 16] = [
        LogEvent::ReadPlan,
        LogEvent::WritePlan,
        LogEvent::ReadLog,
        LogEvent::ChangeRelatives,
        LogEvent::OpenClient,
        LogEvent::ChangeSignIn,
        LogEvent::ReadMoney,
        LogEvent::WriteMoney,
        LogEvent::RecordSpending,
        LogEvent::IssueCard,
        LogEvent::ResetPin,
        LogEvent::ChangeCaseload,
        LogEvent::SupportedStart,
        LogEvent::SupportedEnd,
        LogEvent::SupportedIdleEnd,
        LogEvent::DownloadData,
    ];

    /// The stored `(object_type, action)` columns.
    pub fn stored(self) -> (&'static str, &'static str) {
        match self {
            LogEvent::ReadPlan => ("plan", "read"),
            LogEvent::WritePlan => ("plan", "update"),
            LogEvent::ReadLog => ("log", "read"),
            LogEvent::ChangeRelatives => ("relatives", "update"),
            LogEvent::OpenClient => ("client", "open"),
            LogEvent::ChangeSignIn => ("sign-in", "update"),
            LogEvent::ReadMoney => ("money", "read"),
            LogEvent::WriteMoney => ("money", "update"),
            LogEvent::RecordSpending => ("spending", "create"),
            LogEvent::IssueCard => ("card", "create"),
            LogEvent::ResetPin => ("pin", "reset"),
            LogEvent::ChangeCaseload => ("caseload", "update"),
            LogEvent::SupportedStart => ("supported-session", "start"),
            LogEvent::SupportedEnd => ("supported-session", "end"),
            LogEvent::SupportedIdleEnd => ("supported-session", "idle-end"),
            LogEvent::DownloadData => ("all-data", "export"),
        }
    }

    /// Reads the stored columns back; `None` for a pair this version does not know.
    pub fn from_stored(object_type: &str, action: &str) -> Option<LogEvent> {
        LogEvent::ALL
            .into_iter()
            .find(|e| e.stored() == (object_type, action))
    }

    /// The variant of `log-line`'s `$what` that words this event for the client. Exhaustive:
    /// a new event does not compile until it has its words.
    pub fn words(self) -> &'static str {
        match self {
            LogEvent::ReadPlan => "read_plan",
            LogEvent::WritePlan => "write_plan",
            LogEvent::ReadLog => "read_log",
            LogEvent::ChangeRelatives => "relatives",
            LogEvent::OpenClient => "open",
            LogEvent::ChangeSignIn => "sign_in",
            LogEvent::ReadMoney => "read_money",
            LogEvent::WriteMoney => "write_money",
            LogEvent::RecordSpending => "record_spending",
            LogEvent::IssueCard => "issue_card",
            LogEvent::ResetPin => "reset_pin",
            LogEvent::ChangeCaseload => "caseload",
            LogEvent::SupportedStart => "supported_start",
            LogEvent::SupportedEnd => "supported_end",
            LogEvent::SupportedIdleEnd => "supported_idle",
            LogEvent::DownloadData => "download",
        }
    }
}

/// Why access was allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Basis {
    /// The client's own data.
    Own,
    /// A worker beside the client, with the client on their caseload.
    Assisting,
    /// A relative, by the client's consent row with this id.
    Consent(i64),
    /// A worker with the client on their caseload.
    Caseload,
    /// An admin managing caseloads (never reading the client's data).
    Admin,
    /// An admin who put the client on their own caseload, with a written reason.
    BreakGlass,
}

impl Basis {
    /// The stored text; `None` is stored as "none" (a refused try).
    pub fn stored(basis: Option<Basis>) -> String {
        match basis {
            None => "none".to_owned(),
            Some(Basis::Own) => "own".to_owned(),
            Some(Basis::Assisting) => "caseload, with the client".to_owned(),
            Some(Basis::Consent(id)) => format!("consent:{id}"),
            Some(Basis::Caseload) => "caseload".to_owned(),
            Some(Basis::Admin) => "admin".to_owned(),
            Some(Basis::BreakGlass) => "break-glass".to_owned(),
        }
    }

    /// Reads the stored text back; `Err` for text this version does not know.
    pub fn from_stored(text: &str) -> Result<Option<Basis>, UnknownValue> {
        Ok(match text {
            "none" => None,
            "own" => Some(Basis::Own),
            "caseload, with the client" => Some(Basis::Assisting),
            "caseload" => Some(Basis::Caseload),
            "admin" => Some(Basis::Admin),
            "break-glass" => Some(Basis::BreakGlass),
            other => {
                let id = other
                    .strip_prefix("consent:")
                    .and_then(|id| id.parse().ok())
                    .ok_or_else(|| UnknownValue(other.to_owned()))?;
                Some(Basis::Consent(id))
            }
        })
    }
}

/// A stored value that this version of Sopiva does not know.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown stored value: {0}")]
pub struct UnknownValue(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_reads_back_as_itself() {
        for event in LogEvent::ALL {
            let (object, action) = event.stored();
            assert_eq!(LogEvent::from_stored(object, action), Some(event));
        }
        assert_eq!(LogEvent::from_stored("plan", "delete"), None);
    }

    #[test]
    fn every_basis_reads_back_as_itself() {
        for basis in [
            None,
            Some(Basis::Own),
            Some(Basis::Assisting),
            Some(Basis::Consent(12)),
            Some(Basis::Caseload),
            Some(Basis::Admin),
            Some(Basis::BreakGlass),
        ] {
            assert_eq!(Basis::from_stored(&Basis::stored(basis)), Ok(basis));
        }
        assert!(Basis::from_stored("consent:x").is_err());
        assert!(Basis::from_stored("friend").is_err());
    }
}
