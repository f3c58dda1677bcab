//! Server-side sessions. The browser holds only a random id; the database holds its hash,
//! so a leaked database does not let anyone sign in.

use super::{now_ms, Db, StorageError};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::Row;

/// The cookie that carries the session id.
pub const SESSION_COOKIE: &str = "sopiva_session";

fn hash_id(id: &str) -> String {
    hex::encode(Sha256::digest(id.as_bytes()))
}

/// Starts a session for a client and returns the id to put in the cookie.
pub async fn create(db: &Db, client_id: i64) -> Result<String, StorageError> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let id = hex::encode(bytes);
    let now = now_ms();
    sqlx::query("insert into session (session_hash, client_id, created_at, last_seen_at) values ($1, $2, $3, $3)")
        .bind(hash_id(&id))
        .bind(client_id)
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(id)
}

/// The client a session id belongs to, if the session exists.
pub async fn client_of(db: &Db, id: &str) -> Result<Option<i64>, StorageError> {
    let row = sqlx::query("select client_id from session where session_hash = $1")
        .bind(hash_id(id))
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|r| r.try_get("client_id")).transpose()?)
}

/// Ends a session on the server, so the old cookie no longer works.
pub async fn delete(db: &Db, id: &str) -> Result<(), StorageError> {
    sqlx::query("delete from session where session_hash = $1")
        .bind(hash_id(id))
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Reads one cookie's value from a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}
