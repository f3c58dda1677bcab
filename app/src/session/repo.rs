//! Server-side sessions. The browser holds only a random id; the database holds its hash,
//! so a leaked database does not let anyone sign in. Each session knows who signed in, the
//! client whose data it works on, where it was started, and whether a worker is helping.

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

pub(crate) fn hash_id(id: &str) -> String {
    hex::encode(Sha256::digest(id.as_bytes()))
}

pub(crate) fn new_id() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Where a session was started. A kiosk is shared, so its sessions end much sooner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Place {
    Home,
    Kiosk,
    /// A worker's own sign-in.
    Worker,
}

impl Place {
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Home => "home",
            Place::Kiosk => "kiosk",
            Place::Worker => "worker",
        }
    }

    pub fn parse(text: &str) -> Option<Place> {
        match text {
            "home" => Some(Place::Home),
            "kiosk" => Some(Place::Kiosk),
            "worker" => Some(Place::Worker),
            _ => None,
        }
    }
}

fn parse_place(context: &str) -> Result<Place, StorageError> {
    Place::parse(context)
        .ok_or_else(|| StorageError::Unknown(format!("session.context: {context}")))
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
            idle_ms: 30 * 60 * 1000,
            absolute_ms: 8 * 3600 * 1000,
        },
        Place::Kiosk => Limits {
            idle_ms: (kiosk_idle_seconds + 30) * 1000,
            absolute_ms: 50 * 60 * 1000,
        },
        Place::Worker => Limits {
            idle_ms: 30 * 60 * 1000,
            absolute_ms: 12 * 3600 * 1000,
        },
    }
}

/// A session to start.
#[derive(Clone, Copy, Debug)]
pub struct NewSession {
    pub actor: PersonRef,
    pub subject_client_id: Option<i64>,
    pub place: Place,
    pub card_id: Option<i64>,
}

/// A live session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub actor: PersonRef,
    pub subject_client_id: Option<i64>,
    pub place: Place,
    /// The worker signed in on top of a client's session, while that mode lasts.
    pub assist_worker_id: Option<i64>,
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
    .bind(new.actor.id)
    .bind(new.subject_client_id)
    .bind(new.place.as_str())
    .bind(new.card_id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(id)
}

/// The live session with this id. A session past its limits is deleted and gives `None`;
/// worker-assisted mode past its own limit ends, and the client's session goes on.
pub async fn get(
    conn: &mut AnyConnection,
    id: &str,
    kiosk_idle_seconds: i64,
) -> Result<Option<Session>, StorageError> {
    let row = sqlx::query(
        "select actor_kind, actor_id, subject_client_id, context, assist_worker_id, \
         assist_seen_at, created_at, last_seen_at from session where session_hash = $1",
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
    let mut assist_worker_id: Option<i64> = row.try_get("assist_worker_id")?;
    let assist_seen: Option<i64> = row.try_get("assist_seen_at")?;
    if assist_worker_id.is_some() && now - assist_seen.unwrap_or(0) > ASSIST_IDLE_MS {
        set_assist(conn, id, None).await?;
        assist_worker_id = None;
    }
    Ok(Some(Session {
        actor: PersonRef {
            kind,
            id: row.try_get("actor_id")?,
        },
        subject_client_id: row.try_get("subject_client_id")?,
        place,
        assist_worker_id,
    }))
}

/// Chooses the client whose data the session works on (a relative's or a worker's choice).
pub async fn set_subject(
    conn: &mut AnyConnection,
    id: &str,
    client_id: Option<i64>,
) -> Result<(), StorageError> {
    sqlx::query("update session set subject_client_id = $1 where session_hash = $2")
        .bind(client_id)
        .bind(hash_id(id))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Starts (with a worker id) or ends (with `None`) worker-assisted mode.
pub async fn set_assist(
    conn: &mut AnyConnection,
    id: &str,
    worker_id: Option<i64>,
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

/// Ends every session of a person (their card was revoked or their PIN reset).
pub async fn delete_for(conn: &mut AnyConnection, person: PersonRef) -> Result<(), StorageError> {
    sqlx::query("delete from session where actor_kind = $1 and actor_id = $2")
        .bind(person.kind.as_str())
        .bind(person.id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

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

/// Keeps a just-issued card code for the worker's next page (shown once).
pub async fn set_card_to_show(
    conn: &mut AnyConnection,
    id: &str,
    code: Option<&str>,
) -> Result<(), StorageError> {
    sqlx::query("update session set card_to_show = $1 where session_hash = $2")
        .bind(code)
        .bind(hash_id(id))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Takes the just-issued card code: it is removed as it is read.
pub async fn take_card_to_show(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<String>, StorageError> {
    let row = sqlx::query("select card_to_show from session where session_hash = $1")
        .bind(hash_id(id))
        .fetch_optional(&mut *conn)
        .await?;
    let code: Option<String> = match row {
        Some(r) => r.try_get("card_to_show")?,
        None => None,
    };
    if code.is_some() {
        set_card_to_show(conn, id, None).await?;
    }
    Ok(code)
}
