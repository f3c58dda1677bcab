//! The spending table: entries typed by a worker, corrections (a new opposite entry, never an
//! edit) and rows brought from the finance system's file, each imported once.

use super::repo::EnteredBy;
use crate::db::{date_of, now_ms, stored_date, StorageError};
use crate::ids::{ClientId, DecisionId, LineId, SpendingId};
use crate::money::amount::Cents;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;
use std::collections::HashSet;

/// One spending entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spent {
    pub spending_id: SpendingId,
    pub line_id: LineId,
    pub spent_on: NaiveDate,
    pub amount_cents: Cents,
    pub description: String,
    pub entered_by_name: String,
    pub source: String,
    pub reverses: Option<SpendingId>,
}

/// A spending entry to add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSpending {
    pub client_id: ClientId,
    pub decision_id: DecisionId,
    pub line_id: LineId,
    pub spent_on: NaiveDate,
    pub amount_cents: Cents,
    pub description: String,
    pub source: &'static str,
    pub import_ref: Option<String>,
    pub reverses: Option<SpendingId>,
    pub idem: Option<String>,
}

/// The spending of a decision, newest first.
pub async fn spending(
    conn: &mut AnyConnection,
    decision_id: DecisionId,
) -> Result<Vec<Spent>, StorageError> {
    let rows = sqlx::query(
        "select spending_id, line_id, spent_on, amount_cents, description, entered_by_name, \
         source, reverses from spending where decision_id = $1 \
         order by spent_on desc, spending_id desc",
    )
    .bind(decision_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Spent {
                spending_id: r.try_get("spending_id")?,
                line_id: r.try_get("line_id")?,
                spent_on: date_of(r, "spent_on")?,
                amount_cents: r.try_get("amount_cents")?,
                description: r.try_get("description")?,
                entered_by_name: r.try_get("entered_by_name")?,
                source: r.try_get("source")?,
                reverses: r.try_get("reverses")?,
            })
        })
        .collect()
}

/// Adds an entry and raises its decision's used total, both or neither (a savepoint inside
/// the caller's transaction). Returns false when it was there already (the same form sent
/// twice, the same imported id, or an entry already reversed), and then nothing is written.
pub async fn add_spending(
    conn: &mut AnyConnection,
    entry: &NewSpending,
    by: &EnteredBy,
) -> Result<bool, StorageError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let result = sqlx::query(
        "insert into spending (client_id, decision_id, line_id, spent_on, amount_cents, description, \
         entered_by_kind, entered_by_id, entered_by_name, source, import_ref, reverses, idem_key, \
         created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
         on conflict do nothing",
    )
    .bind(entry.client_id)
    .bind(entry.decision_id)
    .bind(entry.line_id)
    .bind(stored_date(entry.spent_on))
    .bind(entry.amount_cents)
    .bind(&entry.description)
    .bind(by.kind.as_str())
    .bind(by.id)
    .bind(&by.name)
    .bind(entry.source)
    .bind(&entry.import_ref)
    .bind(entry.reverses)
    .bind(&entry.idem)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    let written = result.rows_affected() == 1;
    if written {
        crate::figures::totals::add_used(&mut tx, entry.decision_id, entry.amount_cents).await?;
    }
    tx.commit().await?;
    Ok(written)
}

/// The finance-system ids already imported for a client.
pub async fn imported_refs(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<HashSet<String>, StorageError> {
    let rows = sqlx::query(
        "select import_ref from spending where client_id = $1 and import_ref is not null",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| Ok(r.try_get::<String, _>("import_ref")?))
        .collect()
}
