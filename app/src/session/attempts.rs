//! Sign-in attempts: the card was given and the pictures are being chosen. The pictures
//! chosen so far stay here on the server, behind a short-lived cookie, so every press is a
//! plain form post.

use super::place::limits;
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

/// How long a sign-in in progress lasts at home. At a kiosk it ends after the kiosk's idle
/// time since the last press, like a signed-in session there (see `place::limits`).
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

/// The sign-in in progress with this id, unless it is too old (see `ATTEMPT_MS`).
pub async fn attempt(
    conn: &mut AnyConnection,
    id: &str,
    kiosk_idle_seconds: i64,
) -> Result<Option<Attempt>, StorageError> {
    let row = sqlx::query(
        "select card_id, picks, confirm, context, created_at, pressed_at from sign_in_attempt \
         where attempt_hash = $1",
    )
    .bind(hash_id(id))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let created: i64 = row.try_get("created_at")?;
    let pressed: Option<i64> = row.try_get("pressed_at")?;
    let place = parse_place(&row.try_get::<String, _>("context")?)?;
    let now = now_ms();
    let too_old = match place {
        Place::Kiosk => {
            now - pressed.unwrap_or(created) > limits(place, kiosk_idle_seconds).idle_ms
        }
        _ => now - created > ATTEMPT_MS,
    };
    if too_old {
        end_attempt(conn, id).await?;
        return Ok(None);
    }
    Ok(Some(Attempt {
        card_id: row.try_get("card_id")?,
        picks: row.try_get("picks")?,
        confirm: row.try_get("confirm")?,
        place,
    }))
}

/// Stores the pictures chosen so far and the first choice of a new PIN.
pub async fn update_attempt(
    conn: &mut AnyConnection,
    id: &str,
    picks: &str,
    confirm: Option<&str>,
) -> Result<(), StorageError> {
    sqlx::query(
        "update sign_in_attempt set picks = $1, confirm = $2, pressed_at = $3 \
         where attempt_hash = $4",
    )
    .bind(picks)
    .bind(confirm)
    .bind(now_ms())
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
