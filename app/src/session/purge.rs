//! Deletes what has run out, so personal data and secrets do not stay in the database after
//! they stop working (security review F16): ended sessions with what they kept (refused
//! worker forms, imports waiting), sign-ins in progress, one-time codes, and form keys older
//! than a day. The server runs it every few minutes; each delete is one statement, so it is
//! safe beside the app's own writes and on several instances at once.

use super::place::{limits, Place};
use crate::db::{Db, StorageError};
use crate::session::attempts::ATTEMPT_MS;

/// How long a form's key is kept to answer a repeated sending: a day.
pub const FORM_KEY_MS: i64 = 24 * 3600 * 1000;

/// Rows deleted by one purge, table by table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub kept_by_sessions: u64,
    pub attempts: u64,
    pub codes: u64,
    pub form_keys: u64,
}

/// Deletes everything that ran out before `now` (UTC ms).
pub async fn purge(db: &Db, now: i64, kiosk_idle_seconds: i64) -> Result<Purged, StorageError> {
    let mut conn = db.conn().await?;
    let mut purged = Purged::default();
    for place in [Place::Home, Place::Kiosk, Place::Worker] {
        let limit = limits(place, kiosk_idle_seconds);
        purged.sessions += sqlx::query(
            "delete from session where context = $1 and (last_seen_at < $2 or created_at < $3)",
        )
        .bind(place.as_str())
        .bind(now - limit.idle_ms)
        .bind(now - limit.absolute_ms)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    // What sessions kept, once the session is gone (ended here, signed out, or revoked).
    for table in ["refused_form", "spending_import"] {
        purged.kept_by_sessions += sqlx::query(sqlx::AssertSqlSafe(format!(
            "delete from {table} where session_hash not in (select session_hash from session)"
        )))
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    purged.attempts += sqlx::query("delete from sign_in_attempt where created_at < $1")
        .bind(now - ATTEMPT_MS)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    purged.codes +=
        sqlx::query("delete from worker_code where expires_at < $1 or used_at is not null")
            .bind(now)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    purged.form_keys += sqlx::query("delete from form_submission where created_at < $1")
        .bind(now - FORM_KEY_MS)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    Ok(purged)
}
