//! Sessions and the kiosk: who is signed in on this device, for how long, and the kiosk
//! mark, countdown and sign-out.

pub mod api;
#[cfg(feature = "ssr")]
pub mod context;
pub mod kiosk_timer;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
