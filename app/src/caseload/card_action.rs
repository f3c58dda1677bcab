//! What a worker does to a client's or relative's sign-in card or picture PIN.

use serde::{Deserialize, Serialize};

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
