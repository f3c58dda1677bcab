//! Signing in: a client or a relative with their card and picture PIN, a worker with a
//! password or a one-time code. `service` holds the steps as plain functions; `api` the thin
//! server functions the forms post to.

pub mod api;
#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

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
