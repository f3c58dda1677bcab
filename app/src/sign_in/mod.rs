//! Signing in: a client or a relative with their card and picture PIN, a worker with a
//! password or a one-time code. `service` holds the steps as plain functions; `api` the thin
//! server functions the forms post to.

pub mod api;
#[cfg(feature = "ssr")]
pub mod cards;
#[cfg(feature = "ssr")]
pub mod codes;
#[cfg(feature = "ssr")]
pub mod flood;
#[cfg(feature = "ssr")]
pub mod logins;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod pins;
#[cfg(feature = "ssr")]
pub mod secrets;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod throttle;
pub mod worker_page;
#[cfg(feature = "ssr")]
pub mod worker_tries;

use serde::{Deserialize, Serialize};

/// Days a new card (or one whose PIN a worker reset) may be used to choose a picture PIN.
pub const CHOOSE_DAYS: i64 = 14;

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

crate::forms::notice::notices! {
    /// What the worker's sign-in page tells.
    WorkerSignInNotice {
        /// Wrong user name or secret (the same answer for both).
        Wrong = ("error", "wrong", "error-worker-wrong"),
        /// Too many wrong tries just now.
        Wait = ("error", "wait", "error-worker-wait"),
    }
}

/// What the picture page tells after a press.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureNotice {
    /// The pictures were wrong.
    Wrong,
    /// Too many wrong tries: wait this many seconds. The PIN was not checked.
    Wait(i64),
    /// Ten wrong tries in a row: a worker must unlock.
    Locked,
    /// A new PIN was chosen once: choose it again.
    Again,
    /// The second choice of a new PIN differed from the first.
    Mismatch,
}

impl crate::forms::notice::Notice for PictureNotice {
    fn every() -> Vec<Self> {
        vec![
            PictureNotice::Wrong,
            PictureNotice::Wait(30),
            PictureNotice::Locked,
            PictureNotice::Again,
            PictureNotice::Mismatch,
        ]
    }

    fn query(&self) -> (&'static str, String) {
        let value = match self {
            PictureNotice::Wrong => "wrong".to_owned(),
            PictureNotice::Wait(seconds) => format!("wait-{seconds}"),
            PictureNotice::Locked => "locked".to_owned(),
            PictureNotice::Again => "again".to_owned(),
            PictureNotice::Mismatch => "mismatch".to_owned(),
        };
        ("error", value)
    }

    fn message_id(&self) -> &'static str {
        match self {
            PictureNotice::Wrong => "error-pictures-wrong",
            PictureNotice::Wait(_) => "error-pictures-wait",
            PictureNotice::Locked => "error-pictures-locked",
            PictureNotice::Again => "pictures-again",
            PictureNotice::Mismatch => "error-pictures-mismatch",
        }
    }

    fn parse(key: &str, value: &str) -> Option<Self> {
        if key != "error" {
            return None;
        }
        if let Some(seconds) = value.strip_prefix("wait-") {
            return seconds.parse().ok().map(PictureNotice::Wait);
        }
        Self::every().into_iter().find(|n| n.query().1 == value)
    }
}
