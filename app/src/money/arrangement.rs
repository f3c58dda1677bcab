//! How a support line is arranged: the worker chooses it, the client reads it in words.

use serde::{Deserialize, Serialize};

/// How a support line is arranged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arrangement {
    /// The client arranges the support with this money (hires or buys it).
    OwnChoice,
    /// A service voucher.
    Voucher,
    /// The municipality arranges the service.
    Municipal,
    /// Some other way.
    Other,
}

impl Arrangement {
    /// In the order of the worker's choice list.
    pub const ALL: [Arrangement; 4] = [
        Arrangement::OwnChoice,
        Arrangement::Voucher,
        Arrangement::Municipal,
        Arrangement::Other,
    ];

    /// The stored and form value.
    pub fn as_str(self) -> &'static str {
        match self {
            Arrangement::OwnChoice => "self",
            Arrangement::Voucher => "voucher",
            Arrangement::Municipal => "municipal",
            Arrangement::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Arrangement> {
        Arrangement::ALL.into_iter().find(|a| a.as_str() == text)
    }

    /// The sentence that tells the client how the support is arranged.
    pub fn message_id(self) -> &'static str {
        match self {
            Arrangement::OwnChoice => "arrangement-self",
            Arrangement::Voucher => "arrangement-voucher",
            Arrangement::Municipal => "arrangement-municipal",
            Arrangement::Other => "arrangement-other",
        }
    }

    /// The process word in that sentence, which the money page explains beside it.
    pub fn term(self) -> Option<crate::glossary::Term> {
        match self {
            Arrangement::Voucher => Some(crate::glossary::Term::Voucher),
            Arrangement::Municipal => Some(crate::glossary::Term::County),
            Arrangement::OwnChoice | Arrangement::Other => None,
        }
    }
}
