//! The end of the access log's chain, as `server admin verify-log` keeps it outside the
//! database, and the check that the chain still holds it.

use super::repo::GENESIS;
use crate::db::StorageError;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;

/// The end of the chain as a verifier last saw it: how many rows, and the last row's id and
/// hash. Kept outside the database by `server admin verify-log`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    pub rows: i64,
    pub last_id: i64,
    pub last_hash: String,
}

/// The end of the chain now.
pub async fn head(conn: &mut AnyConnection) -> Result<Head, StorageError> {
    let rows: i64 = sqlx::query("select count(*) as n from access_log")
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
    let last = sqlx::query("select log_id, row_hash from access_log order by log_id desc limit 1")
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match last {
        Some(r) => Head {
            rows,
            last_id: r.try_get("log_id")?,
            last_hash: r.try_get("row_hash")?,
        },
        None => Head {
            rows,
            last_id: 0,
            last_hash: GENESIS.to_owned(),
        },
    })
}

/// Whether the chain still holds what an earlier head saw: at least as many rows, and that
/// head's last row unchanged. An emptied or rewritten log fails this even when its new chain
/// verifies on its own.
pub async fn holds(conn: &mut AnyConnection, earlier: &Head) -> Result<bool, StorageError> {
    let now = head(conn).await?;
    if now.rows < earlier.rows {
        return Ok(false);
    }
    if earlier.rows == 0 {
        return Ok(true);
    }
    let row = sqlx::query("select row_hash from access_log where log_id = $1")
        .bind(earlier.last_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match row {
        Some(r) => r.try_get::<String, _>("row_hash")? == earlier.last_hash,
        None => false,
    })
}
