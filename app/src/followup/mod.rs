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

use crate::money::MoneyTotals;
use chrono::NaiveDate;
use content::{FollowUpContent, Step, StepError, StepInput};
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

/// The start and the check page of preparing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrepareData {
    pub client_name: String,
    pub is_client: bool,
    pub next: Option<NextFollowUp>,
    pub content: FollowUpContent,
    pub may_write: bool,
    /// The money of the period, for those who may see it.
    pub money: Option<MoneyTotals>,
}

/// One question of preparing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepData {
    pub no: i64,
    pub total: usize,
    pub step: Step,
    /// The wish or goal asked about: its section slug and its words.
    pub wish: Option<(String, String)>,
    pub input: StepInput,
    pub error: Option<StepError>,
    /// When someone else saved first: what is saved now, beside the person's own text.
    pub saved_now: Option<String>,
    pub version: i64,
    pub idem: String,
}

/// One completed follow-up on the history page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub due_on: NaiveDate,
    pub content: FollowUpContent,
    pub completed_by_name: String,
    pub new_plan_version: Option<i64>,
}

/// Every completed follow-up, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryData {
    pub client_name: String,
    pub entries: Vec<HistoryEntry>,
}

/// A field of the meeting form that was refused, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MeetingError {
    TooLong,
    /// An agreed change needs the part of the plan it goes to.
    SectionMissing,
    ChangedByOther,
}

impl MeetingError {
    pub fn message_id(self) -> &'static str {
        match self {
            MeetingError::TooLong => "followup-error-meeting-long",
            MeetingError::SectionMissing => "followup-error-section",
            MeetingError::ChangedByOther => "followup-error-changed",
        }
    }
}

/// The meeting form as typed, kept when refused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingInput {
    pub notes: String,
    pub change_section: String,
    pub change_text: String,
}

/// The worker's follow-up page: the client's answers, the meeting form and the dates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingData {
    pub client_name: String,
    pub next: Option<NextFollowUp>,
    pub content: FollowUpContent,
    pub version: i64,
    pub input: MeetingInput,
    pub errors: Vec<(String, MeetingError)>,
    /// Every date: the day and whether its follow-up was completed.
    pub dates: Vec<(NaiveDate, bool)>,
    pub idem: String,
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
