//! Applies the policy to the person behind this request. Every server function that touches
//! a client's data calls `subject` or `client` first and uses only the client it returns.
//! Every access by anyone but the client, allowed or refused, writes one access-log row.

use super::policy::{self, Action, Relation};
use crate::access::log::repo::{self as access_log, Entry};
use crate::caseload::repo as caseload_repo;
use crate::db::{now_ms, Db};
use crate::error::AppError;
use crate::people::repo::{self as clients, Client};
use crate::people::{self, PersonKind};
use crate::plan::repo::{Actor, ActorRole};
use crate::relatives::repo as consent;
use crate::session::context;
use crate::session::repo::{self as sessions, Session};
use crate::sign_in::logins::{self as workers, Worker};

/// The person behind this request.
#[derive(Clone, Debug)]
pub struct Who {
    pub session_id: String,
    pub session: Session,
    pub name: String,
    pub is_admin: bool,
    /// The worker helping beside a client, in worker-assisted mode.
    pub assist: Option<Worker>,
}

/// The signed-in person, or `NotSignedIn`. Nothing is cached: the session is read again.
pub async fn who(db: &Db) -> Result<Who, AppError> {
    let session_id = context::session_id().ok_or(AppError::NotSignedIn)?;
    who_from(db, session_id, context::site().kiosk_idle_seconds).await
}

/// The person behind a session id (for handlers outside server functions, such as speech).
pub async fn who_from(
    db: &Db,
    session_id: String,
    kiosk_idle_seconds: i64,
) -> Result<Who, AppError> {
    let session = sessions::get(&mut *db.conn().await?, &session_id, kiosk_idle_seconds)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let name = people::repo::name_of(&mut *db.conn().await?, session.actor)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let is_admin = if session.actor.kind == PersonKind::Worker {
        workers::get(&mut *db.conn().await?, session.actor.id)
            .await?
            .is_some_and(|w| w.is_admin)
    } else {
        false
    };
    let assist = match session.assist_worker_id {
        Some(id) => workers::get(&mut *db.conn().await?, id).await?,
        None => None,
    };
    Ok(Who {
        session_id,
        session,
        name,
        is_admin,
        assist,
    })
}

/// Like `who`, for a request the person made by acting (sending a form or typing): it also
/// keeps the session alive. Background requests use `who` and let an idle session end.
pub async fn active(db: &Db) -> Result<Who, AppError> {
    let who = who(db).await?;
    sessions::touch(&mut *db.conn().await?, &who.session_id).await?;
    Ok(who)
}

/// A worker (any), or `Forbidden`.
pub async fn worker(db: &Db) -> Result<Who, AppError> {
    let who = who(db).await?;
    if who.session.actor.kind == PersonKind::Worker {
        Ok(who)
    } else {
        Err(AppError::Forbidden)
    }
}

/// An admin, or `Forbidden`.
pub async fn admin(db: &Db) -> Result<Who, AppError> {
    let who = worker(db).await?;
    if who.is_admin {
        Ok(who)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Allowed access to one client's data.
#[derive(Clone, Debug)]
pub struct Access {
    pub client: Client,
    /// Who to name as the writer of anything written.
    pub author: Actor,
    pub who: Who,
    /// How the person stands to the client, as found for this request.
    pub relation: Relation,
}

impl Access {
    /// Whether the person may also do `action` to this client (to show or hide a link). Uses
    /// the relation already found; nothing is read or logged.
    pub fn may(&self, action: Action) -> bool {
        policy::decide(self.relation, action).is_some()
    }
}

/// Records a further access to the same client within this request (the summary also shows
/// the money), as `subject` would have: one log row unless it is the client's own data.
/// Only call it after `may(action)` said yes.
pub async fn note(db: &Db, access: &Access, action: Action) -> Result<(), AppError> {
    let basis = policy::decide(access.relation, action);
    if access.relation != Relation::Own {
        log(
            db,
            &access.who,
            access.relation,
            access.client.client_id,
            action,
            basis,
        )
        .await?;
    }
    Ok(())
}

/// Access to the client this session works on (the client's own, or the one a relative or
/// worker chose). `NoClientChosen` if none was chosen yet.
pub async fn subject(db: &Db, action: Action) -> Result<Access, AppError> {
    subject_of(db, who(db).await?, action).await
}

/// Access to the client this person's session works on.
pub async fn subject_of(db: &Db, who: Who, action: Action) -> Result<Access, AppError> {
    let client_id = who
        .session
        .subject_client_id
        .ok_or(AppError::NoClientChosen)?;
    check(db, who, client_id, action).await
}

/// Like `subject`, for a form the person sent: it also keeps the session alive.
pub async fn subject_active(db: &Db, action: Action) -> Result<Access, AppError> {
    let access = subject(db, action).await?;
    sessions::touch(&mut *db.conn().await?, &access.who.session_id).await?;
    Ok(access)
}

/// Access to a client named in the request (a worker's caseload forms).
pub async fn client(db: &Db, action: Action, client_id: i64) -> Result<Access, AppError> {
    let who = active(db).await?;
    check(db, who, client_id, action).await
}

async fn relation(db: &Db, who: &Who, client_id: i64) -> Result<Relation, AppError> {
    let actor = who.session.actor;
    Ok(match actor.kind {
        PersonKind::Client if actor.id != client_id => Relation::Stranger,
        PersonKind::Client => match &who.assist {
            Some(w)
                if caseload_repo::has_client(&mut *db.conn().await?, w.worker_id, client_id)
                    .await? =>
            {
                Relation::Assisting
            }
            _ => Relation::Own,
        },
        PersonKind::Relative => {
            match consent::current(&mut *db.conn().await?, client_id, actor.id).await? {
                Some(c) if c.rights.any() => Relation::Relative {
                    consent_id: c.consent_id,
                    read_plan: c.rights.read_plan,
                    write_plan: c.rights.write_plan,
                    see_money: c.rights.see_money,
                },
                _ => Relation::Stranger,
            }
        }
        PersonKind::Worker => {
            if caseload_repo::has_client(&mut *db.conn().await?, actor.id, client_id).await? {
                Relation::Caseload
            } else {
                Relation::Stranger
            }
        }
    })
}

async fn check(db: &Db, who: Who, client_id: i64, action: Action) -> Result<Access, AppError> {
    let relation = relation(db, &who, client_id).await?;
    let basis = policy::decide(relation, action);
    let Some(client) = clients::get(&mut *db.conn().await?, client_id).await? else {
        // Nothing to log about: there is no such client.
        return Err(AppError::Forbidden);
    };
    if relation != Relation::Own {
        log(db, &who, relation, client_id, action, basis).await?;
    }
    if basis.is_none() {
        tracing::warn!(actor = who.session.actor.kind.as_str(), "authz_fail");
        return Err(AppError::Forbidden);
    }
    let author = match (who.session.actor.kind, &who.assist, relation) {
        (_, Some(w), Relation::Assisting) => Actor {
            role: ActorRole::Worker,
            name: w.display_name.clone(),
        },
        (PersonKind::Client, _, _) => Actor {
            role: ActorRole::Client,
            name: who.name.clone(),
        },
        (PersonKind::Relative, _, _) => Actor {
            role: ActorRole::Helper,
            name: who.name.clone(),
        },
        (PersonKind::Worker, _, _) => Actor {
            role: ActorRole::Worker,
            name: who.name.clone(),
        },
    };
    Ok(Access {
        client,
        author,
        who,
        relation,
    })
}

async fn log(
    db: &Db,
    who: &Who,
    relation: Relation,
    client_id: i64,
    action: Action,
    basis: Option<policy::Basis>,
) -> Result<(), AppError> {
    let (actor_kind, actor_id, actor_name, acting_for) = match (&who.assist, relation) {
        (Some(w), Relation::Assisting) => (
            PersonKind::Worker,
            w.worker_id,
            w.display_name.clone(),
            Some("assisted".to_owned()),
        ),
        _ => (
            who.session.actor.kind,
            who.session.actor.id,
            who.name.clone(),
            None,
        ),
    };
    let entry = Entry {
        at_utc: now_ms(),
        actor_kind,
        actor_id,
        actor_name,
        acting_for,
        subject_client_id: client_id,
        event: action.log_event(),
        basis,
        channel: who.session.place,
    };
    access_log::append(&mut *db.conn().await?, &entry).await?;
    Ok(())
}

/// Whether the person may do this to the client, without logging (to show or hide a link;
/// the action itself is checked and logged when it is done).
pub async fn allowed(db: &Db, who: &Who, client_id: i64, action: Action) -> Result<bool, AppError> {
    let relation = relation(db, who, client_id).await?;
    Ok(policy::decide(relation, action).is_some())
}
