//! Server-side sessions. The browser holds only a random id; the database holds its hash,
//! so a leaked database does not let anyone sign in. Each session knows who signed in, the
//! client whose data it works on, where it was started, and whether a worker is helping.

use crate::ids::{ClientId, WorkerId};

pub use super::attempts::{
    attempt, end_attempt, start_attempt, update_attempt, Attempt, ATTEMPT_MS,
};
pub use super::card_slot::{set_card_to_show, take_card_to_show};
pub(crate) use super::place::parse_place;
pub use super::place::{limits, Limits, Place};
use crate::db::{now_ms, StorageError};
use crate::people::{PersonKind, PersonRef};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use sqlx::Row;

/// The cookie that carries the session id. `__Host-` makes the browser accept it only with
/// `Secure`, `Path=/` and no domain, so no other site or sub-domain can set or read it.
pub const SESSION_COOKIE: &str = "__Host-sid";

/// How long worker-assisted mode lasts without the worker doing anything.
pub const ASSIST_IDLE_MS: i64 = 15 * 60 * 1000;

pub fn hash_id(id: &str) -> String {
    hex::encode(Sha256::digest(id.as_bytes()))
}

pub(crate) fn new_id() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// A session to start.
#[derive(Clone, Copy, Debug)]
pub struct NewSession {
    pub actor: PersonRef,
    pub subject_client_id: Option<ClientId>,
    pub place: Place,
    pub card_id: Option<i64>,
}

/// A live session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub actor: PersonRef,
    pub subject_client_id: Option<ClientId>,
    pub place: Place,
    /// The worker signed in on top of a client's session, while that mode lasts.
    pub assist_worker_id: Option<WorkerId>,
}

/// Starts a session and returns the id to put in the cookie.
pub async fn create(conn: &mut AnyConnection, new: &NewSession) -> Result<String, StorageError> {
    let id = new_id();
    let now = now_ms();
    sqlx::query(
        "insert into session (session_hash, actor_kind, actor_id, subject_client_id, context, \
         card_id, created_at, last_seen_at) values ($1, $2, $3, $4, $5, $6, $7, $7)",
    )
    .bind(hash_id(&id))
    .bind(new.actor.kind.as_str())
    .bind(new.actor.stored_id())
    .bind(new.subject_client_id)
    .bind(new.place.as_str())
    .bind(new.card_id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(id)
}

/// The signed-in person's name and, for a worker, their roles: read with the session in one
/// statement, since every signed-in page asks for them first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActorInfo {
    /// `None` when the person's row is gone.
    pub name: Option<String>,
    pub is_admin: bool,
    pub is_team_lead: bool,
    /// The name of the client the session works on, when there is one.
    pub subject_name: Option<String>,
}

/// The live session with this id and who it belongs to. A session past its limits is
/// deleted and gives `None`; worker-assisted mode past its own limit ends, and the client's
/// session goes on.
pub async fn get(
    conn: &mut AnyConnection,
    id: &str,
    kiosk_idle_seconds: i64,
) -> Result<Option<(Session, ActorInfo)>, StorageError> {
    let row = sqlx::query(
        "select s.actor_kind, s.actor_id, s.subject_client_id, s.context, s.assist_worker_id, \
         s.assist_seen_at, s.created_at, s.last_seen_at, \
         coalesce(c.display_name, r.display_name, w.display_name) as actor_name, \
         coalesce(w.is_admin, 0) as is_admin, coalesce(w.is_team_lead, 0) as is_team_lead, \
         sc.display_name as subject_name \
         from session s \
         left join client c on s.actor_kind = 'client' and c.client_id = s.actor_id \
         left join relative r on s.actor_kind = 'relative' and r.relative_id = s.actor_id \
         left join worker w on s.actor_kind = 'worker' and w.worker_id = s.actor_id \
         left join client sc on sc.client_id = s.subject_client_id \
         where s.session_hash = $1",
    )
    .bind(hash_id(id))
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let kind: String = row.try_get("actor_kind")?;
    let kind = PersonKind::parse(&kind)
        .ok_or_else(|| StorageError::Unknown(format!("session.actor_kind: {kind}")))?;
    let context: String = row.try_get("context")?;
    let place = parse_place(&context)?;
    let limits = limits(place, kiosk_idle_seconds);
    let now = now_ms();
    let created: i64 = row.try_get("created_at")?;
    let seen: i64 = row.try_get("last_seen_at")?;
    if now - seen > limits.idle_ms || now - created > limits.absolute_ms {
        delete(conn, id).await?;
        return Ok(None);
    }
    let mut assist_worker_id: Option<WorkerId> = row.try_get("assist_worker_id")?;
    let assist_seen: Option<i64> = row.try_get("assist_seen_at")?;
    if assist_worker_id.is_some() && now - assist_seen.unwrap_or(0) > ASSIST_IDLE_MS {
        set_assist(conn, id, None).await?;
        assist_worker_id = None;
    }
    let session = Session {
        actor: PersonRef::from_stored(kind, row.try_get("actor_id")?),
        subject_client_id: row.try_get("subject_client_id")?,
        place,
        assist_worker_id,
    };
    let actor = ActorInfo {
        name: row.try_get("actor_name")?,
        is_admin: row.try_get::<i64, _>("is_admin")? != 0,
        is_team_lead: row.try_get::<i64, _>("is_team_lead")? != 0,
        subject_name: row.try_get("subject_name")?,
    };
    Ok(Some((session, actor)))
}

/// Chooses the client whose data the session works on (a relative's or a worker's choice).
pub async fn set_subject(
    conn: &mut AnyConnection,
    id: &str,
    client_id: Option<ClientId>,
) -> Result<(), StorageError> {
    sqlx::query("update session set subject_client_id = $1 where session_hash = $2")
        .bind(client_id)
        .bind(hash_id(id))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Starts (with a worker id) or ends (with `None`) worker-assisted mode.
/// Gives the session a new id (its rights grew: a worker signed in beside the client) and
/// returns it; the old id stops working at once.
pub async fn rotate(conn: &mut AnyConnection, id: &str) -> Result<String, StorageError> {
    let new = new_id();
    sqlx::query("update session set session_hash = $1 where session_hash = $2")
        .bind(hash_id(&new))
        .bind(hash_id(id))
        .execute(&mut *conn)
        .await?;
    Ok(new)
}

pub async fn set_assist(
    conn: &mut AnyConnection,
    id: &str,
    worker_id: Option<WorkerId>,
) -> Result<(), StorageError> {
    sqlx::query(
        "update session set assist_worker_id = $1, assist_seen_at = $2 where session_hash = $3",
    )
    .bind(worker_id)
    .bind(worker_id.map(|_| now_ms()))
    .bind(hash_id(id))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Records that the person did something (sent a form or typed). Page loads and background
/// requests do not count, so an idle kiosk session ends even if a page keeps polling.
pub async fn touch(conn: &mut AnyConnection, id: &str) -> Result<(), StorageError> {
    let now = now_ms();
    sqlx::query(
        "update session set last_seen_at = $1, \
         assist_seen_at = case when assist_worker_id is null then null else $1 end \
         where session_hash = $2",
    )
    .bind(now)
    .bind(hash_id(id))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Ends a session on the server, so the old cookie no longer works, with what the session
/// kept: refused worker forms and an import waiting for confirmation.
pub async fn delete(conn: &mut AnyConnection, id: &str) -> Result<(), StorageError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    for table in ["refused_form", "spending_import", "session"] {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "delete from {table} where session_hash = $1"
        )))
        .bind(hash_id(id))
        .execute(&mut *tx)
        .await?;
    }
    Ok(tx.commit().await?)
}

/// Ends every session of a person but `keep` (a worker changed their password in it).
pub async fn delete_others(
    conn: &mut AnyConnection,
    person: PersonRef,
    keep: &str,
) -> Result<(), StorageError> {
    sqlx::query(
        "delete from session where actor_kind = $1 and actor_id = $2 and session_hash <> $3",
    )
    .bind(person.kind.as_str())
    .bind(person.stored_id())
    .bind(hash_id(keep))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Ends every session of a person (their card was revoked or their PIN reset).
pub async fn delete_for(conn: &mut AnyConnection, person: PersonRef) -> Result<(), StorageError> {
    sqlx::query("delete from session where actor_kind = $1 and actor_id = $2")
        .bind(person.kind.as_str())
        .bind(person.stored_id())
        .execute(&mut *conn)
        .await?;
    Ok(())
}
