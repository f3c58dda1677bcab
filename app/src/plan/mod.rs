//! The good-life plan: its sections, its content, the server functions that read and write it,
//! and (on the server) the rules applied when a section or the whole plan is sent.

pub mod actor;
pub mod api;
pub mod cards;
pub mod content;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod pending;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod section;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod versions;

crate::forms::notice::notices! {
    /// What the plan pages tell.
    PlanNotice {
        /// Nothing to save yet: no answer written.
        Empty = ("error", "empty", "error-plan-empty"),
    }
}
