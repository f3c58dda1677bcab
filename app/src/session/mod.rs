//! Sessions and the kiosk: who is signed in on this device, for how long, and the kiosk
//! mark, countdown and sign-out.

pub mod api;
#[cfg(feature = "ssr")]
pub mod context;
pub mod kiosk_timer;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

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

/// What the start page tells after a sign-in try or a sign-out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartNotice {
    /// The card code was not found.
    CardUnknown,
    /// The person signed out.
    SignedOut,
    /// The session ended after the idle time.
    TimedOut,
}

impl crate::forms::notice::Notice for StartNotice {
    fn every() -> Vec<Self> {
        vec![
            StartNotice::CardUnknown,
            StartNotice::SignedOut,
            StartNotice::TimedOut,
        ]
    }

    fn query(&self) -> (&'static str, String) {
        let (key, value) = match self {
            StartNotice::CardUnknown => ("error", "card"),
            StartNotice::SignedOut => ("bye", "1"),
            StartNotice::TimedOut => ("timeout", "1"),
        };
        (key, value.to_owned())
    }

    fn message_id(&self) -> &'static str {
        match self {
            StartNotice::CardUnknown => "error-wrong-code",
            StartNotice::SignedOut => "signed-out",
            StartNotice::TimedOut => "timeout-notice",
        }
    }
}

/// What the kiosk setup page tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskNotice {
    /// The kiosk code was wrong.
    CodeWrong,
}

impl crate::forms::notice::Notice for KioskNotice {
    fn every() -> Vec<Self> {
        vec![KioskNotice::CodeWrong]
    }

    fn query(&self) -> (&'static str, String) {
        let (key, value) = match self {
            KioskNotice::CodeWrong => ("error", "code"),
        };
        (key, value.to_owned())
    }

    fn message_id(&self) -> &'static str {
        match self {
            KioskNotice::CodeWrong => "error-wrong-code",
        }
    }
}
