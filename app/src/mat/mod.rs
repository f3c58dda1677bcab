//! Talking-mat sorts: a topic's picture cards shown one at a time, each put on a three-point
//! mat (I like it, I am not sure, I do not like it) with one press; then the whole mat, where
//! a card can be moved; then "Valmis", which makes the mat the client's own view in the plan,
//! with the date and who was there. Topics and cards are data (`catalogue`); storage is
//! `repo`, the rules `service`, the thin server functions `api`, and the pages `pages`.

pub mod api;
#[cfg(feature = "ssr")]
pub mod catalogue;
pub mod pages;
pub mod place;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;
pub mod sort;

crate::forms::notice::notices! {
    /// What the mat pages tell.
    MatNotice {
        /// Someone else moved a card first; the person's choice is shown again.
        Changed = ("error", "changed", "mat-error-changed"),
        /// The last page needs to know whether the client had help.
        SupportMissing = ("error", "support", "mat-error-support"),
        /// "Valmis" before every card has a place.
        Missing = ("error", "missing", "mat-error-missing"),
        /// The mat was saved into the plan.
        Saved = ("saved", "mat", "mat-saved"),
    }
}

/// The address of a topic's pages.
pub fn card_path(topic: &str) -> String {
    format!("/mat/{topic}")
}

pub fn whole_path(topic: &str) -> String {
    format!("/mat/{topic}/whole")
}

pub fn finish_path(topic: &str) -> String {
    format!("/mat/{topic}/finish")
}
