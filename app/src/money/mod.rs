//! My money: the budget decision, support lines linked to the plan's wishes, spending, the
//! import of a finance system's export, and the view anyone can understand. `amount`, `pace`
//! and `import` are plain and tested; `service` does the work over the database; `api` holds
//! the thin server functions. Money is integer cents everywhere (a test fails on any float
//! type in this module).

use crate::ids::{DecisionId, LineId, SpendingId};
use crate::money::amount::Cents;

#[cfg(feature = "ssr")]
pub mod admin_view;
pub mod amount;
pub mod api;
mod arrangement;
pub mod field_error;
#[cfg(feature = "ssr")]
pub mod file;
#[cfg(feature = "ssr")]
pub mod form;
mod form_state;
pub mod import;
#[cfg(feature = "ssr")]
pub mod lines;
pub mod pace;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod pending;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
mod resend;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod spending;
#[cfg(feature = "ssr")]
pub mod view;

pub use arrangement::Arrangement;
use chrono::NaiveDate;
pub use field_error::FieldError;
pub use form_state::FormState;
use serde::{Deserialize, Serialize};

/// A wish's words in the reader's language: a card's word for a card, else as written.
pub fn wish_text(lang: crate::i18n::Lang, text: &str) -> String {
    match text.strip_prefix("card-") {
        Some(card) if crate::plan::cards::catalogue().card(card).is_some() => {
            crate::i18n::tr(lang, text)
        }
        _ => text.to_owned(),
    }
}

/// A support line as the client's page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineView {
    pub name: String,
    pub amount: Cents,
    pub used: Cents,
    pub left: Cents,
    pub arrangement: Arrangement,
    /// The wishes it serves: section slug and the wish's words.
    pub wishes: Vec<(String, String)>,
}

/// A spending entry as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpentView {
    pub spending_id: SpendingId,
    pub spent_on: NaiveDate,
    pub amount: Cents,
    pub line_name: String,
    pub description: String,
    /// This entry corrects an earlier one.
    pub correction: bool,
    /// This entry has been corrected already.
    pub corrected: bool,
}

/// The client's "Minun rahani" page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyView {
    pub client_name: String,
    pub is_client: bool,
    pub decision: Option<MoneyTotals>,
    pub lines: Vec<LineView>,
    pub spending: Vec<SpentView>,
}

/// The three numbers, the dates and the pace of the current decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyTotals {
    pub granted: Cents,
    pub used: Cents,
    pub left: Cents,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub next_follow_up: Option<NaiveDate>,
    pub pace: pace::Pace,
    pub months_gone: i64,
    pub months_total: i64,
}

/// A support line on the worker's page: its form, and whether it is new.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineForm {
    pub line_id: Option<LineId>,
    pub version: i64,
    pub form: FormState,
    /// Keys "section:item id" of the wishes it serves.
    pub wishes: Vec<String>,
}

/// The worker's money page for one client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyAdminData {
    pub client_name: String,
    pub decision_id: Option<DecisionId>,
    pub decision_version: i64,
    pub decision: FormState,
    pub lines: Vec<LineForm>,
    pub new_line: LineForm,
    /// Every wish of the plan a line can serve: key "section:index" and its words.
    pub wishes: Vec<(String, String, String)>,
    pub spending_form: FormState,
    pub spending: Vec<SpentView>,
    /// Support lines to choose from: id and name.
    pub line_choices: Vec<(LineId, String)>,
    pub import_rows: Option<Vec<import::Row>>,
    pub import_error: Option<FieldError>,
    pub idem: String,
}

/// A wish with money for it, for the plan summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FundedWish {
    pub section: String,
    /// The plan item's stable id.
    pub item_id: String,
    pub line_name: String,
    pub amount: Cents,
}
