//! A checked spending file waiting for the worker to look at it, one per session: nothing is
//! written to the spending until the worker confirms it.

use crate::db::{now_ms, StorageError};
use crate::ids::{ClientId, DecisionId};
use crate::session::repo::hash_id;
use sqlx::AnyConnection;
use sqlx::Row;

/// An uploaded file waiting for confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingImport {
    pub client_id: ClientId,
    pub decision_id: DecisionId,
    pub rows_json: String,
}

/// Keeps a checked file for this session (replacing any earlier one).
pub async fn put_import(
    conn: &mut AnyConnection,
    session_id: &str,
    pending: &PendingImport,
) -> Result<(), StorageError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    drop_import(&mut tx, session_id).await?;
    sqlx::query(
        "insert into spending_import (session_hash, client_id, decision_id, rows_json, created_at) \
         values ($1, $2, $3, $4, $5)",
    )
    .bind(hash_id(session_id))
    .bind(pending.client_id)
    .bind(pending.decision_id)
    .bind(&pending.rows_json)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    Ok(tx.commit().await?)
}

pub async fn get_import(
    conn: &mut AnyConnection,
    session_id: &str,
) -> Result<Option<PendingImport>, StorageError> {
    let row = sqlx::query(
        "select client_id, decision_id, rows_json from spending_import where session_hash = $1",
    )
    .bind(hash_id(session_id))
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        Ok(PendingImport {
            client_id: r.try_get("client_id")?,
            decision_id: r.try_get("decision_id")?,
            rows_json: r.try_get("rows_json")?,
        })
    })
    .transpose()
}

pub async fn drop_import(conn: &mut AnyConnection, session_id: &str) -> Result<(), StorageError> {
    sqlx::query("delete from spending_import where session_hash = $1")
        .bind(hash_id(session_id))
        .execute(&mut *conn)
        .await?;
    Ok(())
}
