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

/// Where a session was started. A kiosk is shared, so its sessions end much sooner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Home,
    Kiosk,
}

impl Place {
    fn as_str(self) -> &'static str {
        match self {
            Place::Home => "home",
            Place::Kiosk => "kiosk",
        }
    }
}

/// How long a session may last: without activity, and in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub idle_ms: i64,
    pub absolute_ms: i64,
}

/// Time limits per place. The kiosk limit is a little longer than the kiosk screen's own
/// countdown, so the screen always ends the session first and saves the draft.
pub fn limits(place: Place, kiosk_idle_seconds: i64) -> Limits {
    match place {
        Place::Home => Limits {
            idle_ms: 8 * 3600 * 1000,
            absolute_ms: 24 * 3600 * 1000,
        },
        Place::Kiosk => Limits {
            idle_ms: (kiosk_idle_seconds + 30) * 1000,
            absolute_ms: 50 * 60 * 1000,
        },
    }
}

/// Starts a session for a client and returns the id to put in the cookie.
pub async fn create(db: &Db, client_id: i64, place: Place) -> Result<String, StorageError> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let id = hex::encode(bytes);
    let now = now_ms();
    sqlx::query(
        "insert into session (session_hash, client_id, created_at, last_seen_at, context) values ($1, $2, $3, $3, $4)",
    )
    .bind(hash_id(&id))
    .bind(client_id)
    .bind(now)
    .bind(place.as_str())
    .execute(&db.pool)
    .await?;
    Ok(id)
}

/// The client a live session belongs to. A session past its limits is deleted and gives `None`.
pub async fn client_of(
    db: &Db,
    id: &str,
    kiosk_idle_seconds: i64,
) -> Result<Option<i64>, StorageError> {
    let row = sqlx::query(
        "select client_id, created_at, last_seen_at, context from session where session_hash = $1",
    )
    .bind(hash_id(id))
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let context: String = row.try_get("context")?;
    let place = if context == "kiosk" {
        Place::Kiosk
    } else {
        Place::Home
    };
    let limits = limits(place, kiosk_idle_seconds);
    let now = now_ms();
    let created: i64 = row.try_get("created_at")?;
    let seen: i64 = row.try_get("last_seen_at")?;
    if now - seen > limits.idle_ms || now - created > limits.absolute_ms {
        delete(db, id).await?;
        return Ok(None);
    }
    Ok(Some(row.try_get("client_id")?))
}

/// Records that the person did something (sent a form). Page loads and background requests
/// do not count, so an idle kiosk session ends even if a page keeps polling.
pub async fn touch(db: &Db, id: &str) -> Result<(), StorageError> {
    sqlx::query("update session set last_seen_at = $1 where session_hash = $2")
        .bind(now_ms())
        .bind(hash_id(id))
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Ends a session on the server, so the old cookie no longer works.
pub async fn delete(db: &Db, id: &str) -> Result<(), StorageError> {
    sqlx::query("delete from session where session_hash = $1")
        .bind(hash_id(id))
        .execute(&db.pool)
        .await?;
    Ok(())
}
