//! Supported sessions as stored: started by the worker beside the client, ended by a press
//! or by itself when nothing happened for the assisted mode's idle time. The start and the
//! end by a press are logged by the access guard; the end by itself is logged here, once,
//! by whoever notices it first (there is no request to log it then).

pub use super::{Ended, SupportedSession};
use crate::access::log::{repo as access_log, Basis, LogEvent};
use crate::db::{now_ms, StorageError};
use crate::ids::{ClientId, WorkerId};
use crate::people::PersonKind;
use crate::session::repo::{Place, ASSIST_IDLE_MS};
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

/// Ends the client's sessions left idle: each ended when the idle time ran out after its
/// last press, and the client's log gets a row for it at that time. The end and its row are
/// written together; of two requests noticing it at once, only the one that ends it logs it.
async fn end_idle(conn: &mut AnyConnection, client_id: ClientId) -> Result<(), StorageError> {
    let idle = sqlx::query(
        "select supported_session_id, worker_id, worker_name, last_at, place \
         from supported_session where client_id = $1 and ended_at is null and last_at < $2",
    )
    .bind(client_id)
    .bind(now_ms() - ASSIST_IDLE_MS)
    .fetch_all(&mut *conn)
    .await?;
    for row in idle {
        let id: i64 = row.try_get("supported_session_id")?;
        let worker: WorkerId = row.try_get("worker_id")?;
        let place: Option<String> = row.try_get("place")?;
        let ended_at = row.try_get::<i64, _>("last_at")? + ASSIST_IDLE_MS;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        let ended = sqlx::query(
            "update supported_session set ended_at = $1, ended_by = 'idle' \
             where supported_session_id = $2 and ended_at is null",
        )
        .bind(ended_at)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if ended == 1 {
            let entry = access_log::Entry {
                at_utc: ended_at,
                actor_kind: PersonKind::Worker,
                actor_id: worker.0,
                actor_name: row.try_get("worker_name")?,
                // Nobody did it, so not "done together" as the start was.
                acting_for: None,
                subject_client_id: client_id,
                event: LogEvent::SupportedIdleEnd,
                basis: Some(Basis::Assisting),
                channel: place
                    .as_deref()
                    .and_then(Place::parse)
                    .unwrap_or(Place::Kiosk),
                reason: None,
            };
            access_log::append(&mut tx, &entry).await?;
        }
        tx.commit().await?;
    }
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

/// Starts a session (or goes on with the one already going on) and returns its id; where it
/// is held is not known (see `start_at`).
pub async fn start(
    conn: &mut AnyConnection,
    client_id: ClientId,
    worker_id: WorkerId,
    worker_name: &str,
) -> Result<i64, StorageError> {
    start_at(conn, client_id, worker_id, worker_name, None).await
}

/// Starts a session held at `place` (the client's sign-in: at home or at the kiosk), or goes
/// on with the one already going on, and returns its id.
pub async fn start_at(
    conn: &mut AnyConnection,
    client_id: ClientId,
    worker_id: WorkerId,
    worker_name: &str,
    place: Option<Place>,
) -> Result<i64, StorageError> {
    if let Some(going) = current(conn, client_id, worker_id).await? {
        return Ok(going.id);
    }
    let now = now_ms();
    let row = sqlx::query(
        "insert into supported_session (client_id, worker_id, worker_name, started_at, last_at, \
         place) values ($1, $2, $3, $4, $4, $5) returning supported_session_id",
    )
    .bind(client_id)
    .bind(worker_id)
    .bind(worker_name)
    .bind(now)
    .bind(place.map(Place::as_str))
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
