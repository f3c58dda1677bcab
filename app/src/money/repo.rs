//! Budget decisions, support lines and their links to the plan, spending, imports waiting for
//! confirmation, and refused worker forms. Money is `Cents`; dates are `NaiveDate`, stored by `db::stored_date`.

use crate::ids::{ClientId, DecisionId};
use crate::money::amount::Cents;

pub use super::lines::{lines, save_line, Line, LineInput, Wish};
pub use super::pending::{drop_import, get_import, put_import, PendingImport};
pub use super::spending::{add_spending, imported_refs, spending, NewSpending, Spent};
use crate::db::{date_of, now_ms, opt_date_of, stored_date, StorageError};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;

/// A budget decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub decision_id: DecisionId,
    pub client_id: ClientId,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub granted_cents: Cents,
    pub reference: String,
    pub next_follow_up: Option<NaiveDate>,
    pub entered_by_name: String,
    pub version: i64,
}

/// What a worker enters for a decision, already checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionInput {
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub granted_cents: Cents,
    pub reference: String,
    pub next_follow_up: Option<NaiveDate>,
}

/// Who entered something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnteredBy {
    pub kind: crate::people::PersonKind,
    pub id: i64,
    pub name: String,
}

/// The result of a write that names the version it was based on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved<Id> {
    /// Written; the item's id.
    Saved(Id),
    /// Someone else changed it first; nothing was written.
    Conflict,
}

const DECISION_COLUMNS: &str = "decision_id, client_id, period_start, period_end, granted_cents, \
    reference, next_follow_up, entered_by_name, version";

fn decision_from(r: &sqlx::any::AnyRow) -> Result<Decision, StorageError> {
    Ok(Decision {
        decision_id: r.try_get("decision_id")?,
        client_id: r.try_get("client_id")?,
        period_start: date_of(r, "period_start")?,
        period_end: date_of(r, "period_end")?,
        granted_cents: r.try_get("granted_cents")?,
        reference: r.try_get("reference")?,
        next_follow_up: opt_date_of(r, "next_follow_up")?,
        entered_by_name: r.try_get("entered_by_name")?,
        version: r.try_get("version")?,
    })
}

/// The client's current decision: the one whose period covers `today`, else the newest.
pub async fn current_decision(
    conn: &mut AnyConnection,
    client_id: ClientId,
    today: NaiveDate,
) -> Result<Option<Decision>, StorageError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {DECISION_COLUMNS} from budget_decision where client_id = $1 \
         order by case when period_start <= $2 and period_end >= $2 then 0 else 1 end, \
         period_start desc, decision_id desc limit 1"
    )))
    .bind(client_id)
    .bind(stored_date(today))
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(decision_from).transpose()
}

/// Adds a decision (`decision_id` None) or changes one of this client's, if still at
/// `base_version`.
pub async fn save_decision(
    conn: &mut AnyConnection,
    client_id: ClientId,
    decision_id: Option<DecisionId>,
    base_version: i64,
    input: &DecisionInput,
    by: &EnteredBy,
) -> Result<Saved<DecisionId>, StorageError> {
    let now = now_ms();
    let saved = match decision_id {
        None => {
            let row = sqlx::query(
                "insert into budget_decision (client_id, period_start, period_end, granted_cents, \
                 reference, next_follow_up, entered_by_id, entered_by_name, version, created_at, \
                 updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $9) returning decision_id",
            )
            .bind(client_id)
            .bind(stored_date(input.period_start))
            .bind(stored_date(input.period_end))
            .bind(input.granted_cents)
            .bind(&input.reference)
            .bind(input.next_follow_up.map(stored_date))
            .bind(by.id)
            .bind(&by.name)
            .bind(now)
            .fetch_one(&mut *conn)
            .await?;
            Saved::Saved(row.try_get("decision_id")?)
        }
        Some(id) => {
            let result = sqlx::query(
                "update budget_decision set period_start = $1, period_end = $2, granted_cents = $3, \
                 reference = $4, next_follow_up = $5, entered_by_id = $6, entered_by_name = $7, \
                 version = version + 1, updated_at = $8 \
                 where decision_id = $9 and client_id = $10 and version = $11",
            )
            .bind(stored_date(input.period_start))
            .bind(stored_date(input.period_end))
            .bind(input.granted_cents)
            .bind(&input.reference)
            .bind(input.next_follow_up.map(stored_date))
            .bind(by.id)
            .bind(&by.name)
            .bind(now)
            .bind(id)
            .bind(client_id)
            .bind(base_version)
            .execute(&mut *conn)
            .await?;
            if result.rows_affected() == 1 {
                Saved::Saved(id)
            } else {
                Saved::Conflict
            }
        }
    };
    // Follow-up (issue 12): a saved decision gets its follow-up dates, at most three months
    // apart, with the worker's date among them.
    if let Saved::Saved(id) = saved {
        let period = (input.period_start, input.period_end);
        let today = crate::dates::today();
        crate::followup::dates::make_for_decision(
            conn,
            client_id,
            id,
            period,
            input.next_follow_up,
            today,
        )
        .await?;
    }
    Ok(saved)
}
