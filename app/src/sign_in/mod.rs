//! Signing in: a client or a relative with their card and picture PIN, a worker with a
//! password or a one-time code. `service` holds the steps as plain functions; `api` the thin
//! server functions the forms post to.

pub mod api;
#[cfg(feature = "ssr")]
pub mod cards;
#[cfg(feature = "ssr")]
pub mod logins;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod pins;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

/// The pictures of the PIN grid, in grid order: the name the form sends (and the PIN is made
/// of) and the symbol concept drawn for it.
pub const PICTURES: [(&str, &str); 12] = [
    ("dog", "pin-dog"),
    ("cat", "pin-cat"),
    ("sun", "pin-sun"),
    ("house", "pin-house"),
    ("car", "pin-car"),
    ("tree", "pin-tree"),
    ("apple", "pin-apple"),
    ("fish", "pin-fish"),
    ("flower", "pin-flower"),
    ("ball", "pin-ball"),
    ("star", "pin-star"),
    ("bicycle", "pin-bicycle"),
];

/// The grid's picture with this name, if there is one.
pub fn picture(name: &str) -> Option<&'static str> {
    PICTURES
        .iter()
        .map(|(known, _)| *known)
        .find(|known| *known == name)
}

/// What the picture page asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PictureMode {
    /// The PIN of a card, to sign in.
    SignIn,
    /// A new PIN for a card that has none.
    Choose,
    /// The new PIN again, to be sure.
    Confirm,
}
