//! Server functions of signing in. Each answers with a redirect; the picture page and the
//! worker page read their error from a short code in the address, never personal data.

use super::PictureMode;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::WorkerSignInNotice;
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::forms::notice::Notice;
#[cfg(feature = "ssr")]
use crate::session::context;
#[cfg(feature = "ssr")]
use crate::session::StartNotice;

/// Starts a sign-in with a card code (typed, or typed by a QR scanner). Ends any session
/// this browser still had, so nothing from before survives.
#[server]
pub async fn card_sign_in(code: String) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        crate::session::api::end_session(&db).await?;
        let Some(card) = crate::sign_in::cards::find(&mut *db.conn().await?, &code).await? else {
            return Ok(StartNotice::CardUnknown.at("/"));
        };
        if !card.may_choose(crate::db::now_ms())
            && !crate::sign_in::pins::is_set(&mut *db.conn().await?, card.owner).await?
        {
            return Ok(StartNotice::CardExpired.at("/"));
        }
        let place = if context::device().kiosk {
            crate::session::repo::Place::Kiosk
        } else {
            crate::session::repo::Place::Home
        };
        let attempt =
            crate::session::repo::start_attempt(&mut *db.conn().await?, card.card_id, place)
                .await?;
        context::set_cookie(&context::secret_cookie(
            context::ATTEMPT_COOKIE,
            &attempt,
            600,
        ));
        Ok("/sign-in/pictures".to_owned())
    }
    .await;
    forms::finish(result)
}

/// What the picture page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PicturesPageData {
    pub mode: PictureMode,
    /// How many pictures are chosen so far (the pictures themselves are never sent back).
    pub chosen: usize,
}

#[server]
pub async fn load_pictures() -> Result<PicturesPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let id = context::cookie(context::ATTEMPT_COOKIE).ok_or(AppError::NotSignedIn)?;
            let idle = context::site().kiosk_idle_seconds;
            let attempt = crate::session::repo::attempt(&mut *db.conn().await?, &id, idle)
                .await?
                .ok_or(AppError::NotSignedIn)?;
            let mode = super::service::mode(&db, &attempt)
                .await?
                .ok_or(AppError::NotSignedIn)?;
            let chosen = crate::sign_in::pins::parse_picks(&attempt.picks).map_or(0, |p| p.len());
            Ok(PicturesPageData { mode, chosen })
        }
        .await,
    )
}

/// One press on the picture page: a picture, `undo` or `restart`.
#[server]
pub async fn pick_picture(pick: String) -> Result<(), AppError> {
    use super::service::PickOutcome;
    let result = async move {
        let db = context::db()?;
        let id = context::cookie(context::ATTEMPT_COOKIE).ok_or(AppError::NotSignedIn)?;
        let idle = context::site().kiosk_idle_seconds;
        let attempt = crate::session::repo::attempt(&mut *db.conn().await?, &id, idle)
            .await?
            .ok_or(AppError::NotSignedIn)?;
        match super::service::pick(&db, &id, &attempt, &pick).await? {
            PickOutcome::Again(None) => Ok("/sign-in/pictures".to_owned()),
            PickOutcome::Again(Some(notice)) => Ok(notice.at("/sign-in/pictures")),
            PickOutcome::Gone => Err(AppError::NotSignedIn),
            PickOutcome::Expired => {
                context::set_cookie(&context::secret_cookie(context::ATTEMPT_COOKIE, "", 0));
                Ok(StartNotice::CardExpired.at("/"))
            }
            PickOutcome::SignedIn { session_id, person } => {
                context::set_cookie(&context::secret_cookie(context::ATTEMPT_COOKIE, "", 0));
                context::set_cookie(&context::session_cookie(&session_id, 12 * 3600));
                crate::session::api::restore_prefs(&db, person).await?;
                Ok("/home".to_owned())
            }
        }
    }
    .await;
    forms::finish(result)
}

/// A worker signs in with a user name and a password or a one-time code.
#[server]
pub async fn worker_sign_in(user_name: String, secret: String) -> Result<(), AppError> {
    use crate::access::identity::{self, Proof, WorkerSignIn};
    let result = async move {
        let db = context::db()?;
        crate::session::api::end_session(&db).await?;
        let flood = use_context::<crate::sign_in::flood::FloodGuard>().ok_or(AppError::Internal)?;
        if !flood.allow(
            crate::session::request::client_address().await,
            crate::db::now_ms(),
        ) {
            return Ok(WorkerSignInNotice::Wait.at("/worker/sign-in"));
        }
        let proof = Proof {
            user_name: &user_name,
            secret: &secret,
        };
        match identity::sign_in(&db, proof).await? {
            WorkerSignIn::Worker(worker_id) => {
                let id = crate::session::repo::create(
                    &mut *db.conn().await?,
                    &crate::session::repo::NewSession {
                        actor: crate::people::PersonRef::worker(worker_id),
                        subject_client_id: None,
                        place: crate::session::repo::Place::Worker,
                        card_id: None,
                    },
                )
                .await?;
                context::set_cookie(&context::session_cookie(&id, 12 * 3600));
                // A team lead's home is the service view: no caseload, no person's data.
                let lead = crate::sign_in::logins::get(&mut *db.conn().await?, worker_id)
                    .await?
                    .is_some_and(|w| w.is_team_lead);
                Ok(if lead { "/service" } else { "/worker" }.to_owned())
            }
            WorkerSignIn::Wrong => Ok(WorkerSignInNotice::Wrong.at("/worker/sign-in")),
            WorkerSignIn::Wait => Ok(WorkerSignInNotice::Wait.at("/worker/sign-in")),
        }
    }
    .await;
    forms::finish(result)
}
