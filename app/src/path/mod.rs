//! The personal-budget path (issue 14): where a client's plan is in the process, every change
//! of stage with who made it and when, the earlier decision periods the client can read, and
//! the earlier arrangement a decision is compared with (for the worker only). `stage` and
//! `cost` are plain and tested; `repo` and `service` work over the database; `api` holds the
//! thin server functions; `pages` draws them.

pub mod api;
#[cfg(feature = "ssr")]
pub mod arrangements;
pub mod cost;
#[cfg(feature = "ssr")]
pub mod follow_up_done;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod periods;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;
pub mod stage;
#[cfg(feature = "ssr")]
pub mod view;

use crate::ids::DecisionId;
use crate::money::amount::Cents;
use crate::money::FormState;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
pub use stage::Stage;

/// The form's name for an arrangement row: `arrangement-{id}`, or `arrangement-new-{decision}`.
pub fn arrangement_key(decision_id: DecisionId, id: Option<i64>) -> String {
    match id {
        Some(id) => format!("arrangement-{id}"),
        None => format!("arrangement-new-{decision_id}"),
    }
}

/// Where the plan is now and what comes next, for the home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathNow {
    pub stage: Stage,
    pub next: Stage,
    /// When the next step is expected, when known.
    pub next_on: Option<NaiveDate>,
}

/// One recorded change of stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageEvent {
    pub id: i64,
    pub stage: Stage,
    pub next_on: Option<NaiveDate>,
    pub note: String,
    /// client, relative, worker or rule.
    pub by_kind: String,
    pub by_name: String,
    pub at_ms: i64,
}

/// One row of an earlier arrangement, with its form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArrangementForm {
    pub arrangement_id: Option<i64>,
    pub version: i64,
    pub form: FormState,
}

/// A decision on the worker's path page: its numbers, its earlier arrangement and the
/// comparison.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionCost {
    pub decision_id: DecisionId,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub granted: Cents,
    pub rows: Vec<ArrangementForm>,
    pub new_row: ArrangementForm,
    pub comparison: Option<cost::Comparison>,
}

/// The worker's path page for one client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathAdminData {
    pub client_name: String,
    pub now: Option<PathNow>,
    /// Newest first.
    pub history: Vec<StageEvent>,
    /// The stage form: the stage event it is based on (0 when none) and the fields.
    pub version: i64,
    pub form: FormState,
    pub decisions: Vec<DecisionCost>,
    pub idem: String,
}

/// An earlier (or the current) decision period as the client reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodView {
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub granted: Cents,
    pub used: Cents,
    /// Follow-up dates of the period, and whether each was held.
    pub follow_ups: Vec<(NaiveDate, bool)>,
    /// Wellbeing answers that went better, the same and worse between the period's rounds,
    /// when there were two.
    pub wellbeing: Option<(i64, i64, i64)>,
    pub current: bool,
}

/// The client's "Aiemmat päätökset" page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodsView {
    pub client_name: String,
    pub is_client: bool,
    /// Newest first.
    pub periods: Vec<PeriodView>,
}
