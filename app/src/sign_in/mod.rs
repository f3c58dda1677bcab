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
mod notice;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod password;
pub mod password_form;
mod pictures;
#[cfg(feature = "ssr")]
pub mod pins;
#[cfg(feature = "ssr")]
pub mod secrets;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod throttle;
#[cfg(feature = "ssr")]
pub mod turns;
pub mod worker_page;
#[cfg(feature = "ssr")]
pub mod worker_tries;

pub use notice::PictureNotice;
pub use pictures::{picture, PICTURES};
use serde::{Deserialize, Serialize};

/// Days a new card (or one whose PIN a worker reset) may be used to choose a picture PIN.
pub const CHOOSE_DAYS: i64 = 14;

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
