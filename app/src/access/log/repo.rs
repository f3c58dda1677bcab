//! The access log: one row for every read or write of a client's data by anyone but the
//! client, and for every refused try. The client reads it in plain words.
//!
//! Rows are only ever added (the database refuses changes and deletes with triggers). Each
//! row's hash covers its fields and the previous row's hash, so `verify` finds a changed row.
//! `prev_hash` is unique: two writers who read the same last row cannot both add after it,
//! and the one who loses reads again and retries. No plan content is ever logged.

pub use super::head::{head, holds, Head};
use super::key;
use super::{Basis, LogEvent};
use crate::db::{now_ms, StorageError};
use crate::ids::ClientId;
use crate::people::PersonKind;
use crate::session::repo::Place;
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
    /// An admin is a worker.
    pub actor_kind: PersonKind,
    pub actor_id: i64,
    pub actor_name: String,
    /// In worker-assisted mode: the worker's name, acting with the client.
    pub acting_for: Option<String>,
    pub subject_client_id: ClientId,
    pub event: LogEvent,
    /// Why it was allowed; `None`: it was refused.
    pub basis: Option<Basis>,
    pub channel: Place,
    /// The written reason for reaching a client outside one's own caseload (break-glass).
    pub reason: Option<String>,
}

impl Entry {
    /// The stored outcome: success or denied.
    pub fn outcome(&self) -> &'static str {
        if self.basis.is_some() {
            "success"
        } else {
            "denied"
        }
    }

    /// Every stored column, as text, in the order the hash covers them. The reason is
    /// covered only when there is one, so rows written before it existed keep their hash.
    fn stored_fields(&self) -> Vec<String> {
        let (object_type, action) = self.event.stored();
        let mut fields = vec![
            self.at_utc.to_string(),
            self.actor_kind.as_str().to_owned(),
            self.actor_id.to_string(),
            self.actor_name.clone(),
            self.acting_for.clone().unwrap_or_default(),
            self.subject_client_id.to_string(),
            object_type.to_owned(),
            action.to_owned(),
            Basis::stored(self.basis),
            self.outcome().to_owned(),
            self.channel.as_str().to_owned(),
        ];
        fields.extend(self.reason.clone());
        fields
    }
}

/// A stored row: the entry and its place in the chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogRow {
    pub log_id: i64,
    pub entry: Entry,
    /// The hash is keyed (see `key`).
    pub keyed: bool,
    pub prev_hash: String,
    pub row_hash: String,
}

/// The hash of a row: its fields, each with its length so that no two rows hash the same
/// text, and the previous row's hash.
pub fn row_hash(prev_hash: &str, e: &Entry) -> String {
    hex::encode(Sha256::digest(chained_bytes(prev_hash, e)))
}

/// What a row's hash covers, as bytes.
fn chained_bytes(prev_hash: &str, e: &Entry) -> Vec<u8> {
    let mut bytes = prev_hash.as_bytes().to_vec();
    for field in e.stored_fields() {
        bytes.extend_from_slice(field.len().to_string().as_bytes());
        bytes.push(b':');
        bytes.extend_from_slice(field.as_bytes());
    }
    bytes
}

/// The row's hash with this process's key, or plain when no key is installed.
fn hash_now(prev_hash: &str, e: &Entry) -> (String, bool) {
    match key::current() {
        Some(k) => (key::hmac(k, &chained_bytes(prev_hash, e)), true),
        None => (row_hash(prev_hash, e), false),
    }
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
        let (hash, keyed) = hash_now(&prev, entry);
        let (object_type, action) = entry.event.stored();
        let result = sqlx::query(
            "insert into access_log (at_utc, actor_kind, actor_id, actor_name, acting_for, \
             subject_client_id, object_type, action, basis, outcome, channel, prev_hash, row_hash, \
             reason, keyed) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
        )
        .bind(entry.at_utc)
        .bind(entry.actor_kind.as_str())
        .bind(entry.actor_id)
        .bind(&entry.actor_name)
        .bind(&entry.acting_for)
        .bind(entry.subject_client_id)
        .bind(object_type)
        .bind(action)
        .bind(Basis::stored(entry.basis))
        .bind(entry.outcome())
        .bind(entry.channel.as_str())
        .bind(&prev)
        .bind(&hash)
        .bind(&entry.reason)
        .bind(i64::from(keyed))
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
    let unknown =
        |what: &str, value: &str| StorageError::Unknown(format!("access_log.{what}: {value}"));
    let actor_kind: String = r.try_get("actor_kind")?;
    let object_type: String = r.try_get("object_type")?;
    let action: String = r.try_get("action")?;
    let basis: String = r.try_get("basis")?;
    let outcome: String = r.try_get("outcome")?;
    let channel: String = r.try_get("channel")?;
    let basis = Basis::from_stored(&basis).map_err(|e| unknown("basis", &e.0))?;
    // The outcome is stored for readers of the table; it must agree with the basis.
    if outcome != if basis.is_some() { "success" } else { "denied" } {
        return Err(unknown("outcome", &outcome));
    }
    Ok(LogRow {
        log_id: r.try_get("log_id")?,
        entry: Entry {
            at_utc: r.try_get("at_utc")?,
            actor_kind: PersonKind::parse(&actor_kind)
                .ok_or_else(|| unknown("actor_kind", &actor_kind))?,
            actor_id: r.try_get("actor_id")?,
            actor_name: r.try_get("actor_name")?,
            acting_for: r.try_get("acting_for")?,
            subject_client_id: r.try_get("subject_client_id")?,
            event: LogEvent::from_stored(&object_type, &action)
                .ok_or_else(|| unknown("action", &format!("{object_type} {action}")))?,
            basis,
            channel: Place::parse(&channel).ok_or_else(|| unknown("channel", &channel))?,
            reason: r.try_get("reason")?,
        },
        keyed: r.try_get::<i64, _>("keyed")? != 0,
        prev_hash: r.try_get("prev_hash")?,
        row_hash: r.try_get("row_hash")?,
    })
}

const COLUMNS: &str = "log_id, at_utc, actor_kind, actor_id, actor_name, acting_for, \
    subject_client_id, object_type, action, basis, outcome, channel, prev_hash, row_hash, reason, keyed";

/// Rows about one client, newest first, from the last two years (the log page): `limit`
/// rows after skipping the `offset` newest.
pub async fn for_client(
    conn: &mut AnyConnection,
    client_id: ClientId,
    limit: i64,
    offset: i64,
) -> Result<Vec<LogRow>, StorageError> {
    let since = now_ms() - 2 * 366 * 24 * 3600 * 1000;
    about_client(conn, client_id, since, limit, offset).await
}

/// Every row about one client however old, newest first (the client's own data export).
pub async fn all_for_client(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<LogRow>, StorageError> {
    about_client(conn, client_id, i64::MIN, i64::MAX, 0).await
}

async fn about_client(
    conn: &mut AnyConnection,
    client_id: ClientId,
    since: i64,
    limit: i64,
    offset: i64,
) -> Result<Vec<LogRow>, StorageError> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from access_log where subject_client_id = $1 and at_utc >= $2 \
         order by log_id desc limit $3 offset $4"
    )))
    .bind(client_id)
    .bind(since)
    .bind(limit)
    .bind(offset)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(row_from).collect()
}

/// Checks the whole chain. Returns the id of the first row whose hash or link is wrong, or
/// `None` when every row is as it was written.
pub async fn verify(conn: &mut AnyConnection) -> Result<Option<i64>, StorageError> {
    let mut prev = GENESIS.to_owned();
    let mut after = i64::MIN;
    let mut seen_keyed = false;
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
            // Once rows are keyed, a plain row after them was written without the key.
            let expected = match (row.keyed, key::current()) {
                (true, Some(k)) => Some(key::hmac(k, &chained_bytes(&prev, &row.entry))),
                (false, _) if !seen_keyed => Some(row_hash(&prev, &row.entry)),
                _ => None,
            };
            if row.prev_hash != prev || expected.as_deref() != Some(row.row_hash.as_str()) {
                return Ok(Some(row.log_id));
            }
            seen_keyed |= row.keyed;
            prev = row.row_hash;
            after = row.log_id;
        }
    }
}
