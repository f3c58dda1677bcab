//! What the follow-up pages get from their server functions.

use super::content::{FollowUpContent, Step, StepError, StepInput};
use super::NextFollowUp;
use crate::money::MoneyTotals;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The start and the check page of preparing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrepareData {
    pub client_name: String,
    pub is_client: bool,
    pub next: Option<NextFollowUp>,
    pub content: FollowUpContent,
    /// Whose words each answer is (see `said`).
    pub marks: crate::said::Marks,
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
    /// Someone other than the client alone writes: the choice of whose words these are.
    pub said: Option<crate::said::Said>,
}

/// One completed follow-up on the history page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub due_on: NaiveDate,
    pub content: FollowUpContent,
    pub marks: crate::said::Marks,
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
    pub marks: crate::said::Marks,
    pub version: i64,
    pub input: MeetingInput,
    pub errors: Vec<(String, MeetingError)>,
    /// Every date: the day and whether its follow-up was completed.
    pub dates: Vec<(NaiveDate, bool)>,
    pub idem: String,
}
