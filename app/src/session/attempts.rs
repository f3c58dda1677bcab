//! Sign-in attempts: the card was given and the pictures are being chosen. The pictures
//! chosen so far stay here on the server, behind a short-lived cookie, so every press is a
//! plain form post.

use super::repo::{hash_id, new_id, parse_place, Place};
use crate::db::{now_ms, StorageError};
use sqlx::AnyConnection;
use sqlx::Row;

/// A sign-in in progress: the card was given, pictures are being chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub card_id: i64,
    pub picks: String,
    /// When choosing a new PIN: the first choice, to be repeated.
    pub confirm: Option<String>,
    pub place: Place,
}

/// How long a sign-in in progress lasts.
pub const ATTEMPT_MS: i64 = 10 * 60 * 1000;

/// Starts a sign-in with a card and returns the id for its cookie.
pub async fn start_attempt(
    conn: &mut AnyConnection,
    card_id: i64,
    place: Place,
) -> Result<String, StorageError> {
    let id = new_id();
    sqlx::query(
        "insert into sign_in_attempt (attempt_hash, card_id, picks, context, created_at) \
         values ($1, $2, '', $3, $4)",
    )
    .bind(hash_id(&id))
    .bind(card_id)
    .bind(place.as_str())
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(id)
}

/// The sign-in in progress with this id, unless it is too old.
pub async fn attempt(conn: &mut AnyConnection, id: &str) -> Result<Option<Attempt>, StorageError> {
    let row = sqlx::query(
        "select card_id, picks, confirm, context, created_at from sign_in_attempt \
         where attempt_hash = $1",
    )
    .bind(hash_id(id))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let created: i64 = row.try_get("created_at")?;
    if now_ms() - created > ATTEMPT_MS {
        end_attempt(conn, id).await?;
        return Ok(None);
    }
    let context: String = row.try_get("context")?;
    Ok(Some(Attempt {
        card_id: row.try_get("card_id")?,
        picks: row.try_get("picks")?,
        confirm: row.try_get("confirm")?,
        place: parse_place(&context)?,
    }))
}

/// Stores the pictures chosen so far and the first choice of a new PIN.
pub async fn update_attempt(
    conn: &mut AnyConnection,
    id: &str,
    picks: &str,
    confirm: Option<&str>,
) -> Result<(), StorageError> {
    sqlx::query("update sign_in_attempt set picks = $1, confirm = $2 where attempt_hash = $3")
        .bind(picks)
        .bind(confirm)
        .bind(hash_id(id))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn end_attempt(conn: &mut AnyConnection, id: &str) -> Result<(), StorageError> {
    sqlx::query("delete from sign_in_attempt where attempt_hash = $1")
        .bind(hash_id(id))
        .execute(&mut *conn)
        .await?;
    Ok(())
}
