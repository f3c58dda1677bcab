//! The good-life plan: its sections, its content, the server functions that read and write it,
//! and (on the server) the rules applied when a section or the whole plan is sent.

pub mod api;
pub mod content;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod section;
#[cfg(feature = "ssr")]
pub mod service;

/// What the plan pages tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanNotice {
    /// Nothing to save yet: no answer written.
    Empty,
}

impl crate::forms::notice::Notice for PlanNotice {
    fn every() -> Vec<Self> {
        vec![PlanNotice::Empty]
    }

    fn query(&self) -> (&'static str, String) {
        let (key, value) = match self {
            PlanNotice::Empty => ("error", "empty"),
        };
        (key, value.to_owned())
    }

    fn message_id(&self) -> &'static str {
        match self {
            PlanNotice::Empty => "error-plan-empty",
        }
    }
}
