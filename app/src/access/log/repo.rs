//! The access log: one row for every read or write of a client's data by anyone but the
//! client, and for every refused try. The client reads it in plain words.
//!
//! Rows are only ever added (the database refuses changes and deletes with triggers). Each
//! row's hash covers its fields and the previous row's hash, so `verify` finds a changed row.
//! `prev_hash` is unique: two writers who read the same last row cannot both add after it,
//! and the one who loses reads again and retries. No plan content is ever logged.

use crate::db::{now_ms, StorageError};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use sqlx::Row;

/// The `prev_hash` of the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One access, as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub at_utc: i64,
    /// client, relative, worker (an admin is a worker).
    pub actor_kind: String,
    pub actor_id: i64,
    pub actor_name: String,
    /// In worker-assisted mode: the worker's name, acting with the client.
    pub acting_for: Option<String>,
    pub subject_client_id: i64,
    /// plan, relatives, log, card, pin, client.
    pub object_type: String,
    /// read, create, update, delete.
    pub action: String,
    /// own, consent:<id>, caseload, admin.
    pub basis: String,
    /// success or denied.
    pub outcome: String,
    /// home, kiosk or worker.
    pub channel: String,
}

/// A stored row: the entry and its place in the chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogRow {
    pub log_id: i64,
    pub entry: Entry,
    pub prev_hash: String,
    pub row_hash: String,
}

/// The hash of a row: its fields, each with its length so that no two rows hash the same
/// text, and the previous row's hash.
pub fn row_hash(prev_hash: &str, e: &Entry) -> String {
    let fields = [
        e.at_utc.to_string(),
        e.actor_kind.clone(),
        e.actor_id.to_string(),
        e.actor_name.clone(),
        e.acting_for.clone().unwrap_or_default(),
        e.subject_client_id.to_string(),
        e.object_type.clone(),
        e.action.clone(),
        e.basis.clone(),
        e.outcome.clone(),
        e.channel.clone(),
    ];
    let mut hasher = Sha256::new();
    hasher.update(prev_hash.as_bytes());
    for field in fields {
        hasher.update(field.len().to_string().as_bytes());
        hasher.update(b":");
        hasher.update(field.as_bytes());
    }
    hex::encode(hasher.finalize())
}

async fn last_hash(conn: &mut AnyConnection) -> Result<String, StorageError> {
    let row = sqlx::query("select row_hash from access_log order by log_id desc limit 1")
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match row {
        Some(r) => r.try_get("row_hash")?,
        None => GENESIS.to_owned(),
    })
}

/// Adds a row at the end of the chain.
pub async fn append(conn: &mut AnyConnection, entry: &Entry) -> Result<(), StorageError> {
    let mut tries = 0;
    loop {
        let prev = last_hash(conn).await?;
        let hash = row_hash(&prev, entry);
        let result = sqlx::query(
            "insert into access_log (at_utc, actor_kind, actor_id, actor_name, acting_for, \
             subject_client_id, object_type, action, basis, outcome, channel, prev_hash, row_hash) \
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(entry.at_utc)
        .bind(&entry.actor_kind)
        .bind(entry.actor_id)
        .bind(&entry.actor_name)
        .bind(&entry.acting_for)
        .bind(entry.subject_client_id)
        .bind(&entry.object_type)
        .bind(&entry.action)
        .bind(&entry.basis)
        .bind(&entry.outcome)
        .bind(&entry.channel)
        .bind(&prev)
        .bind(&hash)
        .execute(&mut *conn)
        .await;
        match result {
            Ok(_) => return Ok(()),
            // Someone else added a row after `prev` first: read the new end and try again.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() && tries < 20 => {
                tries += 1;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

fn row_from(r: &sqlx::any::AnyRow) -> Result<LogRow, StorageError> {
    Ok(LogRow {
        log_id: r.try_get("log_id")?,
        entry: Entry {
            at_utc: r.try_get("at_utc")?,
            actor_kind: r.try_get("actor_kind")?,
            actor_id: r.try_get("actor_id")?,
            actor_name: r.try_get("actor_name")?,
            acting_for: r.try_get("acting_for")?,
            subject_client_id: r.try_get("subject_client_id")?,
            object_type: r.try_get("object_type")?,
            action: r.try_get("action")?,
            basis: r.try_get("basis")?,
            outcome: r.try_get("outcome")?,
            channel: r.try_get("channel")?,
        },
        prev_hash: r.try_get("prev_hash")?,
        row_hash: r.try_get("row_hash")?,
    })
}

const COLUMNS: &str = "log_id, at_utc, actor_kind, actor_id, actor_name, acting_for, \
    subject_client_id, object_type, action, basis, outcome, channel, prev_hash, row_hash";

/// The newest rows about one client, newest first, from the last two years.
pub async fn for_client(
    conn: &mut AnyConnection,
    client_id: i64,
    limit: i64,
) -> Result<Vec<LogRow>, StorageError> {
    let since = now_ms() - 2 * 366 * 24 * 3600 * 1000;
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from access_log where subject_client_id = $1 and at_utc >= $2 \
         order by log_id desc limit $3"
    )))
    .bind(client_id)
    .bind(since)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(row_from).collect()
}

/// Checks the whole chain. Returns the id of the first row whose hash or link is wrong, or
/// `None` when every row is as it was written.
pub async fn verify(conn: &mut AnyConnection) -> Result<Option<i64>, StorageError> {
    let mut prev = GENESIS.to_owned();
    let mut after = i64::MIN;
    loop {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "select {COLUMNS} from access_log where log_id > $1 order by log_id limit 1000"
        )))
        .bind(after)
        .fetch_all(&mut *conn)
        .await?;
        if rows.is_empty() {
            return Ok(None);
        }
        for r in &rows {
            let row = row_from(r)?;
            if row.prev_hash != prev || row_hash(&prev, &row.entry) != row.row_hash {
                return Ok(Some(row.log_id));
            }
            prev = row.row_hash;
            after = row.log_id;
        }
    }
}
