//! Form idempotency keys. Each form carries a key made by the server; a second submission
//! with the same key (a double tap, a resent form) does nothing and leads to the same page.

use crate::ids::ClientId;
use rand::RngCore;
use sqlx::{AnyConnection, Row};

/// A fresh key for a form.
pub fn new_key() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Claims a key inside a transaction. Returns `Some(previous destination)` when the key
/// was already used, so the caller repeats that answer instead of writing again.
pub async fn claim(
    conn: &mut AnyConnection,
    key: &str,
    client_id: ClientId,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    let inserted = sqlx::query(
        "insert into form_submission (idem_key, client_id, outcome, created_at) values ($1, $2, '', $3)
         on conflict (idem_key) do nothing",
    )
    .bind(key)
    .bind(client_id)
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if inserted == 1 {
        return Ok(None);
    }
    let row =
        sqlx::query("select outcome from form_submission where idem_key = $1 and client_id = $2")
            .bind(key)
            .bind(client_id)
            .fetch_optional(&mut *conn)
            .await?;
    // A key used by another client is treated as used: nothing is written, nothing is told.
    Ok(Some(
        row.map(|r| r.try_get("outcome"))
            .transpose()?
            .unwrap_or_default(),
    ))
}

/// What claiming a key with its contents found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claim {
    /// The first sending: go on and write.
    New,
    /// The same form again (a double tap): answer where the first one led.
    Repeat(String),
    /// The same key with other contents: refuse, nothing is written.
    Different,
}

/// Like `claim`, and also remembers a hash of the form's contents: the same key with other
/// contents is `Different`, never quietly taken as a repeat. A form without its key is
/// `Different` too: every form the pages render carries one.
pub async fn claim_contents(
    conn: &mut AnyConnection,
    key: &str,
    client_id: ClientId,
    now: i64,
    contents: &str,
) -> Result<Claim, sqlx::Error> {
    use sha2::{Digest, Sha256};
    if key.trim().is_empty() {
        return Ok(Claim::Different);
    }
    let hash = hex::encode(Sha256::digest(contents.as_bytes()));
    let inserted = sqlx::query(
        "insert into form_submission (idem_key, client_id, outcome, created_at, payload_hash) \
         values ($1, $2, '', $3, $4) on conflict (idem_key) do nothing",
    )
    .bind(key)
    .bind(client_id)
    .bind(now)
    .bind(&hash)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if inserted == 1 {
        return Ok(Claim::New);
    }
    let row = sqlx::query(
        "select outcome, payload_hash from form_submission where idem_key = $1 and client_id = $2",
    )
    .bind(key)
    .bind(client_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        // A key used by another client: nothing is written, nothing is told.
        return Ok(Claim::Different);
    };
    let stored: Option<String> = row.try_get("payload_hash")?;
    if stored.is_some_and(|stored| stored != hash) {
        return Ok(Claim::Different);
    }
    Ok(Claim::Repeat(row.try_get("outcome")?))
}

/// Records where the first submission led.
pub async fn finish(conn: &mut AnyConnection, key: &str, outcome: &str) -> Result<(), sqlx::Error> {
    sqlx::query("update form_submission set outcome = $1 where idem_key = $2")
        .bind(outcome)
        .bind(key)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
