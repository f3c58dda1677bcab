//! Budget decisions, support lines and their links to the plan, spending, imports waiting for
//! confirmation, and refused worker forms. Money is integer cents; dates are 'YYYY-MM-DD'.

pub use super::pending::{drop_import, get_import, put_import, PendingImport};
pub use super::spending::{add_spending, imported_refs, spending, NewSpending, Spent};
use crate::db::{now_ms, StorageError};
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;

/// A budget decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub decision_id: i64,
    pub client_id: i64,
    pub period_start: String,
    pub period_end: String,
    pub granted_cents: i64,
    pub reference: String,
    pub next_follow_up: Option<String>,
    pub entered_by_name: String,
    pub version: i64,
}

/// What a worker enters for a decision, already checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionInput {
    pub period_start: String,
    pub period_end: String,
    pub granted_cents: i64,
    pub reference: String,
    pub next_follow_up: Option<String>,
}

/// Who entered something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnteredBy {
    pub kind: String,
    pub id: i64,
    pub name: String,
}

/// The result of a write that names the version it was based on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Saved(i64),
    /// Someone else changed it first; nothing was written.
    Conflict,
}

const DECISION_COLUMNS: &str = "decision_id, client_id, period_start, period_end, granted_cents, \
    reference, next_follow_up, entered_by_name, version";

fn decision_from(r: &sqlx::any::AnyRow) -> Result<Decision, StorageError> {
    Ok(Decision {
        decision_id: r.try_get("decision_id")?,
        client_id: r.try_get("client_id")?,
        period_start: r.try_get("period_start")?,
        period_end: r.try_get("period_end")?,
        granted_cents: r.try_get("granted_cents")?,
        reference: r.try_get("reference")?,
        next_follow_up: r.try_get("next_follow_up")?,
        entered_by_name: r.try_get("entered_by_name")?,
        version: r.try_get("version")?,
    })
}

/// The client's current decision: the one whose period covers `today`, else the newest.
pub async fn current_decision(
    conn: &mut AnyConnection,
    client_id: i64,
    today: &str,
) -> Result<Option<Decision>, StorageError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {DECISION_COLUMNS} from budget_decision where client_id = $1 \
         order by case when period_start <= $2 and period_end >= $2 then 0 else 1 end, \
         period_start desc, decision_id desc limit 1"
    )))
    .bind(client_id)
    .bind(today)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(decision_from).transpose()
}

/// Adds a decision (`decision_id` None) or changes one of this client's, if still at
/// `base_version`.
pub async fn save_decision(
    conn: &mut AnyConnection,
    client_id: i64,
    decision_id: Option<i64>,
    base_version: i64,
    input: &DecisionInput,
    by: &EnteredBy,
) -> Result<Saved, StorageError> {
    let now = now_ms();
    match decision_id {
        None => {
            let row = sqlx::query(
                "insert into budget_decision (client_id, period_start, period_end, granted_cents, \
                 reference, next_follow_up, entered_by_id, entered_by_name, version, created_at, \
                 updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $9) returning decision_id",
            )
            .bind(client_id)
            .bind(&input.period_start)
            .bind(&input.period_end)
            .bind(input.granted_cents)
            .bind(&input.reference)
            .bind(&input.next_follow_up)
            .bind(by.id)
            .bind(&by.name)
            .bind(now)
            .fetch_one(&mut *conn)
            .await?;
            Ok(Saved::Saved(row.try_get("decision_id")?))
        }
        Some(id) => {
            let result = sqlx::query(
                "update budget_decision set period_start = $1, period_end = $2, granted_cents = $3, \
                 reference = $4, next_follow_up = $5, entered_by_id = $6, entered_by_name = $7, \
                 version = version + 1, updated_at = $8 \
                 where decision_id = $9 and client_id = $10 and version = $11",
            )
            .bind(&input.period_start)
            .bind(&input.period_end)
            .bind(input.granted_cents)
            .bind(&input.reference)
            .bind(&input.next_follow_up)
            .bind(by.id)
            .bind(&by.name)
            .bind(now)
            .bind(id)
            .bind(client_id)
            .bind(base_version)
            .execute(&mut *conn)
            .await?;
            Ok(if result.rows_affected() == 1 {
                Saved::Saved(id)
            } else {
                Saved::Conflict
            })
        }
    }
}

/// A wish of the plan that a support line serves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wish {
    pub section: String,
    pub item_index: i64,
    pub item_text: String,
}

/// A support line with the wishes it serves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub line_id: i64,
    pub name: String,
    pub amount_cents: i64,
    pub arrangement: String,
    pub version: i64,
    pub wishes: Vec<Wish>,
}

/// What a worker enters for a support line, already checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineInput {
    pub name: String,
    pub amount_cents: i64,
    pub arrangement: String,
    pub wishes: Vec<Wish>,
}

/// The support lines of a decision, in the order they were added.
pub async fn lines(conn: &mut AnyConnection, decision_id: i64) -> Result<Vec<Line>, StorageError> {
    let rows = sqlx::query(
        "select line_id, name, amount_cents, arrangement, version from support_line \
         where decision_id = $1 order by line_id",
    )
    .bind(decision_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut list = Vec::new();
    for r in rows {
        let line_id: i64 = r.try_get("line_id")?;
        let wishes = sqlx::query(
            "select section, item_index, item_text from support_line_wish where line_id = $1 \
             order by section, item_index",
        )
        .bind(line_id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|w| {
            Ok(Wish {
                section: w.try_get("section")?,
                item_index: w.try_get("item_index")?,
                item_text: w.try_get("item_text")?,
            })
        })
        .collect::<Result<Vec<_>, StorageError>>()?;
        list.push(Line {
            line_id,
            name: r.try_get("name")?,
            amount_cents: r.try_get("amount_cents")?,
            arrangement: r.try_get("arrangement")?,
            version: r.try_get("version")?,
            wishes,
        });
    }
    Ok(list)
}

/// Adds a line (`line_id` None) or changes one of this decision's, if still at `base_version`.
pub async fn save_line(
    conn: &mut AnyConnection,
    decision_id: i64,
    line_id: Option<i64>,
    base_version: i64,
    input: &LineInput,
) -> Result<Saved, StorageError> {
    // The line and its wishes change together: never a line that serves no wish.
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let id = match line_id {
        None => {
            let row = sqlx::query(
                "insert into support_line (decision_id, name, amount_cents, arrangement, version, \
                 created_at) values ($1, $2, $3, $4, 1, $5) returning line_id",
            )
            .bind(decision_id)
            .bind(&input.name)
            .bind(input.amount_cents)
            .bind(&input.arrangement)
            .bind(now_ms())
            .fetch_one(&mut *tx)
            .await?;
            row.try_get("line_id")?
        }
        Some(id) => {
            let result = sqlx::query(
                "update support_line set name = $1, amount_cents = $2, arrangement = $3, \
                 version = version + 1 where line_id = $4 and decision_id = $5 and version = $6",
            )
            .bind(&input.name)
            .bind(input.amount_cents)
            .bind(&input.arrangement)
            .bind(id)
            .bind(decision_id)
            .bind(base_version)
            .execute(&mut *tx)
            .await?;
            if result.rows_affected() != 1 {
                return Ok(Saved::Conflict);
            }
            id
        }
    };
    sqlx::query("delete from support_line_wish where line_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    for wish in &input.wishes {
        sqlx::query(
            "insert into support_line_wish (line_id, section, item_index, item_text) \
             values ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(&wish.section)
        .bind(wish.item_index)
        .bind(&wish.item_text)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Saved::Saved(id))
}
