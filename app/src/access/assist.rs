//! Server functions of worker-assisted mode: a worker signs in beside the client, in the
//! client's own session.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{guard, AssistNotice},
    crate::forms::{self, notice::Notice},
    crate::session::context,
};

/// A worker signs in beside the client, in the client's session: from now on every action
/// is recorded as the worker's, done with the client, until the worker ends it, the client
/// presses "Olen valmis", or 15 minutes pass without the worker doing anything.
#[server]
pub async fn start_assist(user_name: String, secret: String) -> Result<(), AppError> {
    use super::identity::{self, Proof, WorkerSignIn};
    let result = async move {
        let db = context::db()?;
        let who = guard::active(&db).await?;
        let Some(client_id) = who.session.actor.as_client() else {
            return Err(AppError::Forbidden);
        };
        let proof = Proof {
            user_name: &user_name,
            secret: &secret,
        };
        let WorkerSignIn::Worker(worker_id) = identity::sign_in(&db, proof).await? else {
            return Ok(AssistNotice::Wrong.at("/assist"));
        };
        if !crate::caseload::repo::has_client(&mut *db.conn().await?, worker_id, client_id).await? {
            return Ok(AssistNotice::NotOnCaseload.at("/assist"));
        }
        // The session's rights grow, so it gets a new id (one seen before cannot be used).
        let mut tx = db.write().await?;
        crate::session::repo::set_assist(&mut tx, &who.session_id, Some(worker_id)).await?;
        let id = crate::session::repo::rotate(&mut tx, &who.session_id).await?;
        tx.commit().await.map_err(crate::db::StorageError::from)?;
        context::set_cookie(&context::session_cookie(&id, 12 * 3600));
        Ok("/home".to_owned())
    }
    .await;
    forms::finish(result)
}

/// Ends worker-assisted mode; the client's session goes on.
#[server]
pub async fn end_assist() -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let who = guard::active(&db).await?;
        // A supported session with this worker ends with the help (issue 13).
        if let (Some(client_id), Some(_)) = (who.session.actor.as_client(), &who.assist) {
            crate::said::sessions::end(&mut *db.conn().await?, client_id).await?;
        }
        crate::session::repo::set_assist(&mut *db.conn().await?, &who.session_id, None).await?;
        Ok("/home".to_owned())
    }
    .await;
    forms::finish(result)
}
