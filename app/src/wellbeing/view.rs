//! What the wellbeing pages show, as the server functions send it.

use super::items::{Item, RoundKind, Step};
use super::kykyviisari::KykyView;
use super::period::{AreaChange, Period};
use super::round::{Answerer, Support};
use super::scale::Score;
use crate::people::PersonKind;
use serde::{Deserialize, Serialize};

/// The longest survey comment, in letters.
pub const MAX_COMMENT: usize = 1000;

/// One page of a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepPageData {
    pub kind: RoundKind,
    pub step: Step,
    /// The round's version the form was made from (0: not started).
    pub version: i64,
    pub idem: String,
    /// The chosen point: the person's refused choice, else the saved answer.
    pub chosen: Option<Score>,
    pub comment: String,
    pub support: Option<Support>,
    /// The round is finished: the page says so and shows no form.
    pub locked: bool,
    /// The round cannot be answered now (no period, or the end is not near).
    pub closed: bool,
    /// On the last page: every answer so far.
    pub answers: Vec<(Item, Score)>,
    pub is_client: bool,
    /// On the comment page, for someone other than the client alone: the choice of whose
    /// words these are (a refused form's choice first; see `said`).
    pub said: Option<crate::said::Said>,
}

/// A round's state on the overview page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RoundState {
    /// Opens later in the period.
    NotOpen,
    /// Can be answered; where to go on.
    Open(String),
    /// Answered: who answered, and the survey's comment.
    Finished(Option<Answerer>, Option<String>),
}

/// The wellbeing overview of one client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverviewData {
    pub client_name: String,
    pub viewer: PersonKind,
    pub period: Option<Period>,
    pub rounds: Vec<(RoundKind, RoundState)>,
    pub may_answer: bool,
    pub may_record_kyky: bool,
    pub has_change: bool,
    pub kyky: Vec<KykyView>,
    /// Whose words the survey's comment is (see `said`).
    pub marks: crate::said::Marks,
}

/// The change page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeData {
    pub client_name: String,
    pub is_client: bool,
    pub changes: Vec<AreaChange>,
}
