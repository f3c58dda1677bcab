//! A worker's wrong sign-ins in a row and the wait that follows, changed in SQL so that
//! parallel tries each count. The wait never passes `MAX_WAIT_MS`: anyone who knows a
//! worker's user name could otherwise keep the worker out for hours; an admin can also end
//! the wait at once (`clear_failures`).

use crate::db::StorageError;
use crate::ids::WorkerId;
use crate::sign_in::pins;
use sqlx::AnyConnection;
use sqlx::Row;

/// The longest wait after wrong sign-ins: fifteen minutes.
pub const MAX_WAIT_MS: i64 = 15 * 60 * 1000;

/// The worker's wrong sign-ins in a row and until when they must wait.
pub async fn throttle(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<(i64, i64), StorageError> {
    let row = sqlx::query("select failures, wait_until from worker where worker_id = $1")
        .bind(worker_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok((row.try_get("failures")?, row.try_get("wait_until")?))
}

/// Reserves one sign-in check for a worker: counts it as wrong and sets the wait that would
/// follow, in one statement, unless the worker must wait now. `None`: refused, not counted.
/// Parallel tries each get a place or are refused; none passes the throttle unseen.
pub async fn reserve_try(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    now: i64,
) -> Result<Option<i64>, StorageError> {
    let sql = format!(
        "update worker set failures = failures + 1, wait_until = $1 + {} \
         where worker_id = $2 and wait_until <= $1 returning failures",
        pins::capped_wait_sql("failures", MAX_WAIT_MS)
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(now)
        .bind(worker_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| r.try_get("failures")).transpose()?)
}

/// A right sign-in, or an admin's unlock: the count goes back to 0 and any wait ends.
pub async fn clear_failures(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<(), StorageError> {
    sqlx::query("update worker set failures = 0, wait_until = 0 where worker_id = $1")
        .bind(worker_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
