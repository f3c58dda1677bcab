//! Wellbeing at the start and the end of a plan period, the satisfaction survey at its end,
//! and the Kykyviisari results a worker records: the questions (`items`, `scale`), the rounds
//! and what is open when (`round`, `period`), storage (`repo`, `summary_repo`), the rules on
//! the server (`service`), the thin server functions (`api`) and the pages. A period is a
//! budget decision's period (see `money`). The summaries show only counts, never a group
//! under `summary::MIN_GROUP` people.

pub mod api;
pub mod items;
#[cfg(feature = "ssr")]
pub mod kyky_repo;
pub mod kykyviisari;
#[cfg(feature = "ssr")]
pub mod marks;
pub mod pages;
pub mod period;
#[cfg(test)]
mod period_tests;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod round;
#[cfg(feature = "ssr")]
pub mod satisfaction_repo;
pub mod scale;
#[cfg(test)]
mod scale_tests;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod service_kyky;
pub mod summary;
#[cfg(feature = "ssr")]
pub mod summary_repo;
pub mod view;

pub use period::Offer;
use serde::{Deserialize, Serialize};

/// Whether a client's current period has its start and end wellbeing, for the caseload.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadMark {
    pub has_period: bool,
    pub start_done: bool,
    pub end_done: bool,
}

crate::forms::notice::notices! {
    /// What the wellbeing pages tell.
    WellbeingNotice {
        /// No point of the scale was chosen.
        Empty = ("error", "empty", "wellbeing-error-empty"),
        /// The last page needs to know whether the client had help.
        SupportMissing = ("error", "support", "wellbeing-error-support"),
        /// Someone else saved an answer first; the person's own choice is kept.
        Changed = ("error", "changed", "wellbeing-error-changed"),
        /// The round is finished and cannot be changed.
        Locked = ("error", "locked", "wellbeing-error-locked"),
        /// The comment is too long.
        TooLong = ("error", "long", "wellbeing-error-long"),
        /// A question is still without an answer.
        Missing = ("error", "missing", "wellbeing-error-missing"),
        /// There is no budget decision, so no period.
        NoPeriod = ("error", "period", "wellbeing-error-no-period"),
        /// The end questions open in the last month of the period.
        NotYet = ("error", "not-yet", "wellbeing-error-not-yet"),
        /// A round was finished and saved.
        Saved = ("saved", "round", "wellbeing-saved"),
        /// A Kykyviisari result was saved.
        KykySaved = ("saved", "kyky", "kyky-saved"),
        /// The Kykyviisari form was sent before with other numbers, or without its key.
        Resent = ("error", "resent", "wellbeing-error-resent"),
    }
}
