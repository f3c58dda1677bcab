//! Typed ids: a client's id cannot be passed where a worker's or a relative's is meant, and
//! the compiler says so. Each is the row id of its table. It is stored and sent as a plain
//! integer (`sqlx(transparent)`, `serde(transparent)`), so the database and the forms do not
//! change; `FromStr` reads one from a path or a form field.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident;)+) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = ParseIntError;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                text.trim().parse().map($name)
            }
        }
    )+};
}

id_type! {
    /// A client: the person the plan and the budget are for.
    ClientId;
    /// A worker (social-care staff, admins too).
    WorkerId;
    /// A relative or friend the client chose.
    RelativeId;
    /// A budget decision.
    DecisionId;
    /// A support line of a decision.
    LineId;
    /// A spending entry.
    SpendingId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_reads_from_text_and_writes_back_the_same() {
        assert_eq!("42".parse::<ClientId>(), Ok(ClientId(42)));
        assert_eq!(" 7 ".parse::<WorkerId>(), Ok(WorkerId(7)));
        assert!("7a".parse::<RelativeId>().is_err());
        assert_eq!(ClientId(42).to_string(), "42");
    }

    #[test]
    fn an_id_is_sent_as_a_plain_number() {
        assert_eq!(
            serde_json::to_string(&ClientId(5)).ok().as_deref(),
            Some("5")
        );
        let back: Result<WorkerId, _> = serde_json::from_str("5");
        assert_eq!(back.ok(), Some(WorkerId(5)));
    }
}
