//! Follow-up ("seuranta"): the follow-up dates of a budget decision (at least every three
//! months), the client's preparing journey (one question per page, every answer saved on the
//! server), the meeting where the worker completes it with notes and an agreed change that
//! starts a new plan version, the history of earlier follow-ups, and the late ones on the
//! worker's caseload. `schedule`, `content` and `rating` are plain and tested; `dates` and
//! `repo` hold the SQL; `service` and `meeting` do the work; `api` holds thin server functions.

pub mod api;
pub mod content;
#[cfg(feature = "ssr")]
pub mod dates;
#[cfg(feature = "ssr")]
pub mod meeting;
pub mod pages;
pub mod rating;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod schedule;
#[cfg(feature = "ssr")]
pub mod service;

mod views;

pub use views::{
    HistoryData, HistoryEntry, MeetingData, MeetingError, MeetingInput, PrepareData, StepData,
};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The address of a step's page of preparing (from 1).
pub fn step_path(no: i64) -> String {
    format!("/followup/step/{no}")
}

/// The next follow-up as the home page, "Minun rahani" and the caseload show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextFollowUp {
    pub due_on: NaiveDate,
    /// The date has passed and the follow-up was not completed.
    pub late: bool,
    /// The client is invited to prepare (two weeks before, or late).
    pub invited: bool,
}

impl NextFollowUp {
    /// The follow-up on `due_on` as seen on `today`.
    pub fn on(due_on: NaiveDate, today: NaiveDate) -> NextFollowUp {
        NextFollowUp {
            due_on,
            late: due_on < today,
            invited: schedule::invite_to_prepare(due_on, today),
        }
    }
}

crate::forms::notice::notices! {
    /// What the follow-up pages tell.
    FollowUpNotice {
        /// The worker completed the follow-up.
        Completed = ("saved", "followup", "followup-completed"),
        /// The worker added a follow-up date.
        DateAdded = ("saved", "followup-date", "followup-date-added"),
        /// The date could not be read.
        DateWrong = ("error", "followup-date", "followup-error-date"),
        /// The client has a follow-up on that day already.
        DateTaken = ("error", "followup-date-taken", "followup-error-date-taken"),
    }
}
