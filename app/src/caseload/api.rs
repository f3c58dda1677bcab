//! Server functions of the worker's screens. Each takes the client's id from the form and
//! checks it against the worker's caseload before anything else.

use super::CaseloadPageData;
use crate::error::AppError;
use crate::ids::{ClientId, RelativeId};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::{CardAction, CaseloadNotice};
#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::forms::notice::Notice;
#[cfg(feature = "ssr")]
use crate::people::PersonRef;
#[cfg(feature = "ssr")]
use crate::session::context;

#[cfg(feature = "ssr")]
fn qr_svg(code: &str) -> Result<String, AppError> {
    let qr = qrcode::QrCode::new(code.as_bytes()).map_err(|_| AppError::Internal)?;
    Ok(qr
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .build())
}

/// The worker's caseload page: `page` and `find` as in the address (`/worker?page=2&find=…`),
/// parsed here once; a page that is not a number is the first, one past the end the last.
#[server]
pub async fn load_caseload(
    page: Option<String>,
    find: Option<String>,
) -> Result<CaseloadPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let who = guard::worker(&db).await?;
            let view = super::paging::CaseloadView::parse(page.as_deref(), find.as_deref());
            let (clients, view, total) =
                super::service::overview(&db, who.worker_id()?, view).await?;
            let new_card = match crate::session::repo::take_card_to_show(
                &mut *db.conn().await?,
                &who.session_id,
            )
            .await?
            {
                Some(code) => Some((qr_svg(&code)?, code)),
                None => None,
            };
            Ok(CaseloadPageData {
                worker_name: who.name,
                is_admin: who.is_admin,
                clients,
                view,
                total,
                new_card,
                idem: crate::forms::idempotency::new_key(),
            })
        }
        .await,
    )
}

/// The person a caseload form is about: the client, or one of the client's relatives.
#[cfg(feature = "ssr")]
async fn person_of(
    db: &crate::db::Db,
    client_id: ClientId,
    relative_id: Option<RelativeId>,
) -> Result<PersonRef, AppError> {
    match relative_id {
        None => Ok(PersonRef::client(client_id)),
        Some(id) => {
            if !crate::relatives::repo::is_listed(&mut *db.conn().await?, client_id, id).await? {
                return Err(AppError::Forbidden);
            }
            Ok(PersonRef::relative(id))
        }
    }
}

/// Card and PIN actions for a client or their relative: `issue` a new card (the old one
/// stops working), `revoke` the card, `unlock` the PIN after ten wrong tries, `reset` the
/// PIN so a new one is chosen at the next sign-in.
#[server]
pub async fn manage_sign_in(
    client_id: ClientId,
    relative_id: Option<RelativeId>,
    what: String,
) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let action = CardAction::parse(&what).ok_or(AppError::Request(what))?;
        // The client's log says what was done to their own card; a relative's card is a
        // change of sign-in in general.
        let logged = match (action, relative_id) {
            (CardAction::Issue, None) => Action::IssueCard,
            (CardAction::Reset, None) => Action::ResetPin,
            _ => Action::ManageSignIn,
        };
        let access = guard::client(&db, logged, client_id).await?;
        let person = person_of(&db, client_id, relative_id).await?;
        let worker_id = access.who.worker_id()?;
        super::service::card_action(&db, action, person, worker_id, &access.who.session_id).await?;
        Ok("/worker".to_owned())
    }
    .await;
    forms::finish(result)
}

/// The worker opens a client's plan: the session works on that client until another is
/// opened.
#[server]
pub async fn open_client(client_id: ClientId) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let access = guard::client(&db, Action::OpenClient, client_id).await?;
        crate::session::repo::set_subject(
            &mut *db.conn().await?,
            &access.who.session_id,
            Some(client_id),
        )
        .await?;
        Ok("/home".to_owned())
    }
    .await;
    forms::finish(result)
}

/// A worker changes their own password: the current one first, if they have one (after
/// signing in with a one-time code they do not). Their other sessions end.
#[server]
pub async fn set_password(current: Option<String>, password: String) -> Result<(), AppError> {
    use crate::sign_in::password::{change_password, PasswordChange};
    let result = async move {
        let db = context::db()?;
        let who = guard::active(&db).await?;
        let worker_id = who.worker_id()?;
        let current = current.unwrap_or_default();
        let notice =
            match change_password(&db, worker_id, &who.session_id, &current, &password).await? {
                PasswordChange::Saved => CaseloadNotice::PasswordSaved,
                PasswordChange::TooShort => CaseloadNotice::PasswordShort,
                PasswordChange::CurrentWrong => CaseloadNotice::CurrentWrong,
                PasswordChange::Wait => CaseloadNotice::PasswordWait,
            };
        // A team lead's home is the service view.
        Ok(notice.at(if who.is_team_lead {
            "/service"
        } else {
            "/worker"
        }))
    }
    .await;
    forms::finish(result)
}
