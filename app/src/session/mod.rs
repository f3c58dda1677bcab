//! Sessions and the kiosk: who is signed in on this device, for how long, and the kiosk
//! mark, countdown and sign-out.

pub mod api;
#[cfg(feature = "ssr")]
pub mod attempts;
#[cfg(feature = "ssr")]
pub mod card_slot;
#[cfg(feature = "ssr")]
pub mod context;
#[cfg(feature = "ssr")]
pub mod kiosk;
pub mod kiosk_timer;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod place;
#[cfg(feature = "ssr")]
pub mod purge;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod request;

use serde::{Deserialize, Serialize};

/// Settings of this running site that pages need, provided as context by the server.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// Demo people's names, card codes and picture PINs, shown on the start page in demo
    /// mode only.
    pub demo_codes: Vec<DemoCard>,
    /// The code a worker types to mark a device as a kiosk; `None` turns kiosk setup off.
    pub kiosk_code: Option<String>,
    /// Seconds without activity before a kiosk session ends.
    pub kiosk_idle_seconds: i64,
    /// Seconds before that end when the countdown appears.
    pub kiosk_warn_seconds: i64,
}

/// A demo person's card, shown on the start page in demo mode.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DemoCard {
    pub name: String,
    pub code: String,
    /// The picture PIN, as picture names.
    pub pictures: Vec<String>,
}

crate::forms::notice::notices! {
    /// What the start page tells after a sign-in try or a sign-out.
    StartNotice {
        /// The card code was not found.
        CardUnknown = ("error", "card", "error-wrong-code"),
        /// The card has no PIN yet and the time to choose one has passed.
        CardExpired = ("error", "card-old", "error-card-expired"),
        /// The person signed out.
        SignedOut = ("bye", "1", "signed-out"),
        /// The session ended after the idle time.
        TimedOut = ("timeout", "1", "timeout-notice"),
    }
}

crate::forms::notice::notices! {
    /// What the kiosk setup page tells.
    KioskNotice {
        /// The kiosk code was wrong.
        CodeWrong = ("error", "code", "error-wrong-code"),
        /// Too many wrong kiosk codes from this address just now.
        Wait = ("error", "wait", "error-worker-wait"),
    }
}
