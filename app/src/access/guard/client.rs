//! Access to one client's data: how the person stands to the client (`relation`), what the
//! policy decides, who is named as the writer, and the access-log row.

use super::{active, who, Who};
use crate::access::log::repo::{self as access_log, Entry};
use crate::access::policy::{self, Action, Relation};
use crate::caseload::repo as caseload_repo;
use crate::db::{now_ms, Db};
use crate::error::AppError;
use crate::ids::ClientId;
use crate::people::repo::{self as clients, Client};
use crate::people::PersonKind;
use crate::plan::repo::{Actor, ActorRole};
use crate::relatives::repo as consent;
use crate::session::repo as sessions;
use sqlx::AnyConnection;
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
            &mut *db.conn().await?,
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
pub async fn client(db: &Db, action: Action, client_id: ClientId) -> Result<Access, AppError> {
    let who = active(db).await?;
    check(db, who, client_id, action).await
}

async fn relation(
    conn: &mut AnyConnection,
    who: &Who,
    client_id: ClientId,
) -> Result<Relation, AppError> {
    let actor = who.session.actor;
    if let Some(own) = actor.as_client() {
        if own != client_id {
            return Ok(Relation::Stranger);
        }
        return Ok(match &who.assist {
            Some(w) if caseload_repo::has_client(conn, w.worker_id, client_id).await? => {
                Relation::Assisting
            }
            _ => Relation::Own,
        });
    }
    if let Some(relative_id) = actor.as_relative() {
        return Ok(
            match consent::current(conn, client_id, relative_id).await? {
                Some(c) if c.rights.any() => Relation::Relative {
                    consent_id: c.consent_id,
                    read_plan: c.rights.read_plan,
                    write_plan: c.rights.write_plan,
                    see_money: c.rights.see_money,
                },
                _ => Relation::Stranger,
            },
        );
    }
    Ok(match actor.as_worker() {
        // A team lead sees figures only, even with a client on their caseload.
        Some(_) if who.is_team_lead => Relation::Stranger,
        Some(worker_id) if caseload_repo::has_client(conn, worker_id, client_id).await? => {
            Relation::Caseload
        }
        _ => Relation::Stranger,
    })
}

async fn check(db: &Db, who: Who, client_id: ClientId, action: Action) -> Result<Access, AppError> {
    // One connection for the relation, the client and the log row (see `who_from`).
    let mut conn = db.conn().await?;
    let relation = relation(&mut conn, &who, client_id).await?;
    let basis = policy::decide(relation, action);
    // The session's own client was read with the session; another is read now.
    let subject = who.subject.clone().filter(|c| c.client_id == client_id);
    let client = match subject {
        Some(client) => Some(client),
        None => clients::get(&mut conn, client_id).await?,
    };
    let Some(client) = client else {
        // Nothing to log about: there is no such client.
        return Err(AppError::Forbidden);
    };
    if relation != Relation::Own {
        log(&mut conn, &who, relation, client_id, action, basis).await?;
    }
    drop(conn);
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
    conn: &mut AnyConnection,
    who: &Who,
    relation: Relation,
    client_id: ClientId,
    action: Action,
    basis: Option<policy::Basis>,
) -> Result<(), AppError> {
    let (actor_kind, actor_id, actor_name, acting_for) = match (&who.assist, relation) {
        (Some(w), Relation::Assisting) => (
            PersonKind::Worker,
            w.worker_id.0,
            w.display_name.clone(),
            Some("assisted".to_owned()),
        ),
        _ => (
            who.session.actor.kind,
            who.session.actor.stored_id(),
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
        reason: None,
    };
    access_log::append(conn, &entry).await?;
    Ok(())
}

/// Whether the person may do this to the client, without logging (to show or hide a link;
/// the action itself is checked and logged when it is done).
pub async fn allowed(
    db: &Db,
    who: &Who,
    client_id: ClientId,
    action: Action,
) -> Result<bool, AppError> {
    let relation = relation(&mut *db.conn().await?, who, client_id).await?;
    Ok(policy::decide(relation, action).is_some())
}
