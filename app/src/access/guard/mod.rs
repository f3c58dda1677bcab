//! Applies the policy to the person behind this request. This file finds who is signed in
//! (`who`, `worker`, `admin`); `client` finds how they stand to one client and decides. Every
//! server function that touches a client's data calls `subject` or `client` first and uses
//! only the client it returns. Every access by anyone but the client, allowed or refused,
//! writes one access-log row.

mod client;

pub use client::{allowed, client, note, subject, subject_active, subject_of, Access};

use crate::db::Db;
use crate::error::AppError;
use crate::ids::{RelativeId, WorkerId};
use crate::people::PersonKind;
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
    /// A team lead: the service's figures only, never a person's data.
    pub is_team_lead: bool,
    /// The worker helping beside a client, in worker-assisted mode.
    pub assist: Option<Worker>,
    /// The client the session works on (`session.subject_client_id`), read with the session.
    pub subject: Option<crate::people::repo::Client>,
}

impl Who {
    /// The signed-in worker, or `Forbidden` for anyone else.
    pub fn worker_id(&self) -> Result<WorkerId, AppError> {
        self.session.actor.as_worker().ok_or(AppError::Forbidden)
    }

    /// The signed-in relative, or `Forbidden` for anyone else.
    pub fn relative_id(&self) -> Result<RelativeId, AppError> {
        self.session.actor.as_relative().ok_or(AppError::Forbidden)
    }
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
    // One connection and one statement for the session, the name and a worker's roles:
    // every signed-in page asks this first, and under load each statement and each new
    // connection from the pool is a hand-off to a database thread.
    let mut conn = db.conn().await?;
    let (session, actor) = sessions::get(&mut conn, &session_id, kiosk_idle_seconds)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let name = actor.name.ok_or(AppError::NotSignedIn)?;
    let is_admin = actor.is_admin;
    let is_team_lead = actor.is_team_lead;
    let assist = match session.assist_worker_id {
        Some(id) => workers::get(&mut conn, id).await?,
        None => None,
    };
    let subject =
        session
            .subject_client_id
            .zip(actor.subject_name)
            .map(|(client_id, display_name)| crate::people::repo::Client {
                client_id,
                display_name,
            });
    Ok(Who {
        subject,
        session_id,
        session,
        name,
        is_admin,
        is_team_lead,
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

/// A worker who works with clients (not a team lead), or `Forbidden`. A team lead's pages
/// show figures only, so every page with a person on it refuses them.
pub async fn worker(db: &Db) -> Result<Who, AppError> {
    let who = staff(db).await?;
    if who.is_team_lead {
        Err(AppError::Forbidden)
    } else {
        Ok(who)
    }
}

/// Anyone signed in as a worker, team leads too (their own password), or `Forbidden`.
pub async fn staff(db: &Db) -> Result<Who, AppError> {
    let who = who(db).await?;
    if who.session.actor.kind == PersonKind::Worker {
        Ok(who)
    } else {
        Err(AppError::Forbidden)
    }
}

/// A team lead, or `Forbidden`: the service's figures.
pub async fn team_lead(db: &Db) -> Result<Who, AppError> {
    let who = staff(db).await?;
    if who.is_team_lead {
        Ok(who)
    } else {
        Err(AppError::Forbidden)
    }
}

/// An admin, or `Forbidden`.
pub async fn admin(db: &Db) -> Result<Who, AppError> {
    let who = staff(db).await?;
    if who.is_admin {
        Ok(who)
    } else {
        Err(AppError::Forbidden)
    }
}
