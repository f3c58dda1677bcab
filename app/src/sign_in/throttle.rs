//! The throttle on wrong picture PINs, counted per person and per card, never per address
//! (everyone at a kiosk shares one). A try is reserved in one SQL statement before the slow
//! check, so parallel tries are counted one by one; the waits grow with each wrong try.

use super::pins::{load, PinRow, FREE_TRIES, LOCK_AFTER};
use crate::db::StorageError;
use crate::people::PersonRef;
use sqlx::AnyConnection;
use sqlx::Row;

/// How long to wait after this many wrong PINs in a row: nothing for the first three, then
/// 30 seconds, doubling each time.
pub fn wait_after(failures: i64) -> i64 {
    if failures <= FREE_TRIES {
        0
    } else {
        let doublings = (failures - FREE_TRIES - 1).min(10);
        30_000 * (1_i64 << doublings)
    }
}

/// What reserving a try found. A try is counted as wrong *before* the PIN is checked, in one
/// statement, so that parallel tries cannot all pass the throttle: each one either gets a
/// place (and is counted) or is refused without being checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reservation {
    /// This try may be checked against the hash; it is already counted as a failure.
    Check { hash: String, failures: i64 },
    /// Too many wrong PINs just now: wait until this time (UTC ms).
    Wait(i64),
    /// Ten wrong PINs in a row: a worker must unlock.
    Locked,
    /// No PIN chosen yet.
    NotSet,
}

/// The wait that follows the next failure, as SQL over the stored failure count: one `case`
/// arm per count, made here from `wait_after` (constants, never input), so the new count and
/// its wait are written in the same statement.
pub fn next_wait_sql(column: &str) -> String {
    capped_wait_sql(column, i64::MAX)
}

/// Like `next_wait_sql`, with no wait longer than `cap_ms`.
pub fn capped_wait_sql(column: &str, cap_ms: i64) -> String {
    // `wait_after` stops doubling after ten steps, so counts above this share one wait.
    let last = FREE_TRIES + 11;
    let wait = |n: i64| wait_after(n).min(cap_ms);
    let arms: String = (0..last)
        .map(|n| format!(" when {column} = {n} then {}", wait(n + 1)))
        .collect();
    format!("(case{arms} else {} end)", wait(last + 1))
}

/// Reserves one PIN check for a person: counts it as a failure and sets the wait that follows
/// it, unless the person must wait or is locked.
pub async fn reserve_try(
    conn: &mut AnyConnection,
    owner: PersonRef,
    now: i64,
) -> Result<Reservation, StorageError> {
    let sql = format!(
        "update picture_pin set failures = failures + 1, wait_until = $1 + {} \
         where owner_kind = $2 and owner_id = $3 and pin_hash is not null \
         and failures < $4 and wait_until <= $1 returning failures, pin_hash",
        next_wait_sql("failures")
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(now)
        .bind(owner.kind.as_str())
        .bind(owner.stored_id())
        .bind(LOCK_AFTER)
        .fetch_optional(&mut *conn)
        .await?;
    if let Some(row) = row {
        return Ok(Reservation::Check {
            hash: row.try_get("pin_hash")?,
            failures: row.try_get("failures")?,
        });
    }
    // Refused: say why, from the row as it is now.
    Ok(match load(conn, owner).await? {
        Some(PinRow {
            hash: Some(_),
            failures,
            wait_until,
        }) => {
            if failures >= LOCK_AFTER {
                Reservation::Locked
            } else {
                Reservation::Wait(wait_until)
            }
        }
        _ => Reservation::NotSet,
    })
}

/// A right PIN: the person's failures go back to 0 and any wait ends.
pub async fn clear_failures(
    conn: &mut AnyConnection,
    owner: PersonRef,
) -> Result<(), StorageError> {
    sqlx::query(
        "update picture_pin set failures = 0, wait_until = 0 where owner_kind = $1 and owner_id = $2",
    )
    .bind(owner.kind.as_str())
    .bind(owner.stored_id())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The person's wrong PINs in a row, as stored (for tests and the worker's page).
pub async fn failures(conn: &mut AnyConnection, owner: PersonRef) -> Result<i64, StorageError> {
    Ok(load(conn, owner).await?.map_or(0, |row| row.failures))
}
