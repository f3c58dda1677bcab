//! Supported sessions as stored: started by the worker beside the client, ended by a press
//! or by itself when nothing happened for the assisted mode's idle time.

pub use super::{Ended, SupportedSession};
use crate::db::{now_ms, StorageError};
use crate::ids::{ClientId, WorkerId};
use crate::session::repo::ASSIST_IDLE_MS;
use sqlx::AnyConnection;
use sqlx::Row;

fn session_of(row: &sqlx::any::AnyRow) -> Result<SupportedSession, StorageError> {
    let ended: Option<String> = row.try_get("ended_by")?;
    Ok(SupportedSession {
        id: row.try_get("supported_session_id")?,
        worker_id: row.try_get("worker_id")?,
        worker_name: row.try_get("worker_name")?,
        started_at: row.try_get("started_at")?,
        ended_at: row.try_get("ended_at")?,
        ended: ended.as_deref().and_then(Ended::parse),
    })
}

const COLUMNS: &str =
    "supported_session_id, worker_id, worker_name, started_at, ended_at, ended_by";

/// Ends a session left idle: it ended when the idle time ran out after its last press.
async fn end_idle(conn: &mut AnyConnection, client_id: ClientId) -> Result<(), StorageError> {
    let now = now_ms();
    sqlx::query(
        "update supported_session set ended_at = last_at + $1, ended_by = 'idle' \
         where client_id = $2 and ended_at is null and last_at < $3",
    )
    .bind(ASSIST_IDLE_MS)
    .bind(client_id)
    .bind(now - ASSIST_IDLE_MS)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The client's session going on now with this worker, if any (an idle one is ended first).
pub async fn current(
    conn: &mut AnyConnection,
    client_id: ClientId,
    worker_id: WorkerId,
) -> Result<Option<SupportedSession>, StorageError> {
    end_idle(conn, client_id).await?;
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from supported_session \
         where client_id = $1 and worker_id = $2 and ended_at is null"
    )))
    .bind(client_id)
    .bind(worker_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(session_of).transpose()
}

/// Starts a session (or goes on with the one already going on) and returns its id.
pub async fn start(
    conn: &mut AnyConnection,
    client_id: ClientId,
    worker_id: WorkerId,
    worker_name: &str,
) -> Result<i64, StorageError> {
    if let Some(going) = current(conn, client_id, worker_id).await? {
        return Ok(going.id);
    }
    let now = now_ms();
    let row = sqlx::query(
        "insert into supported_session (client_id, worker_id, worker_name, started_at, last_at) \
         values ($1, $2, $3, $4, $4) returning supported_session_id",
    )
    .bind(client_id)
    .bind(worker_id)
    .bind(worker_name)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("supported_session_id")?)
}

/// Records that something happened in the session, so it does not end by itself.
pub async fn touch(conn: &mut AnyConnection, id: i64) -> Result<(), StorageError> {
    sqlx::query("update supported_session set last_at = $1 where supported_session_id = $2")
        .bind(now_ms())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Ends every session of the client going on now, by a press.
pub async fn end(conn: &mut AnyConnection, client_id: ClientId) -> Result<(), StorageError> {
    end_idle(conn, client_id).await?;
    sqlx::query(
        "update supported_session set ended_at = $1, ended_by = 'press' \
         where client_id = $2 and ended_at is null",
    )
    .bind(now_ms())
    .bind(client_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The client's sessions, newest first (an idle one is ended first).
pub async fn list(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<SupportedSession>, StorageError> {
    end_idle(conn, client_id).await?;
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from supported_session where client_id = $1 \
         order by started_at desc, supported_session_id desc"
    )))
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(session_of).collect()
}
