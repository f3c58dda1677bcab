//! Server functions of the worker's screens. Each takes the client's id from the form and
//! checks it against the worker's caseload before anything else.

use super::CaseloadPageData;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::{CaseloadClient, CaseloadRelative};
#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::storage::people::{PersonKind, PersonRef};
#[cfg(feature = "ssr")]
use crate::{auth, forms, storage};

#[cfg(feature = "ssr")]
fn qr_svg(code: &str) -> Result<String, AppError> {
    let qr = qrcode::QrCode::new(code.as_bytes()).map_err(|_| AppError::Internal)?;
    Ok(qr
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .build())
}

#[server]
pub async fn load_caseload() -> Result<CaseloadPageData, AppError> {
    forms::page(
        async move {
            let db = auth::db()?;
            let who = guard::worker(&db).await?;
            let worker_id = who.session.actor.id;
            let mut clients = Vec::new();
            for client in storage::workers::caseload(&db, worker_id).await? {
                let owner = PersonRef {
                    kind: PersonKind::Client,
                    id: client.client_id,
                };
                let mut relatives = Vec::new();
                for r in storage::consent::relatives_of(&db, client.client_id).await? {
                    let person = PersonRef {
                        kind: PersonKind::Relative,
                        id: r.relative_id,
                    };
                    relatives.push(CaseloadRelative {
                        relative_id: r.relative_id,
                        name: r.name,
                        has_card: storage::cards::has_card(&db, person).await?,
                        locked: storage::pins::is_locked(&db, person).await?,
                        waiting_consent: r.waiting.map(|w| w.consent_id),
                    });
                }
                clients.push(CaseloadClient {
                    client_id: client.client_id,
                    name: client.display_name,
                    has_card: storage::cards::has_card(&db, owner).await?,
                    locked: storage::pins::is_locked(&db, owner).await?,
                    relatives,
                });
            }
            let new_card = match storage::sessions::take_card_to_show(&db, &who.session_id).await? {
                Some(code) => Some((qr_svg(&code)?, code)),
                None => None,
            };
            Ok(CaseloadPageData {
                worker_name: who.name,
                is_admin: who.is_admin,
                clients,
                new_card,
            })
        }
        .await,
    )
}

/// The person a caseload form is about: the client, or one of the client's relatives.
#[cfg(feature = "ssr")]
async fn person_of(
    db: &storage::Db,
    client_id: i64,
    relative_id: Option<i64>,
) -> Result<PersonRef, AppError> {
    match relative_id {
        None => Ok(PersonRef {
            kind: PersonKind::Client,
            id: client_id,
        }),
        Some(id) => {
            if !storage::consent::is_listed(db, client_id, id).await? {
                return Err(AppError::Forbidden);
            }
            Ok(PersonRef {
                kind: PersonKind::Relative,
                id,
            })
        }
    }
}

/// Card and PIN actions for a client or their relative: `issue` a new card (the old one
/// stops working), `revoke` the card, `unlock` the PIN after ten wrong tries, `reset` the
/// PIN so a new one is chosen at the next sign-in.
#[server]
pub async fn manage_sign_in(
    client_id: i64,
    relative_id: Option<i64>,
    what: String,
) -> Result<(), AppError> {
    let result = async move {
        let db = auth::db()?;
        let access = guard::client(&db, Action::ManageSignIn, client_id).await?;
        let person = person_of(&db, client_id, relative_id).await?;
        let worker_id = access.who.session.actor.id;
        match what.as_str() {
            "issue" => {
                let code = storage::cards::issue(&db, person, Some(worker_id)).await?;
                storage::sessions::set_card_to_show(&db, &access.who.session_id, Some(&code))
                    .await?;
            }
            "revoke" => storage::cards::revoke(&db, person).await?,
            "unlock" => storage::pins::unlock(&db, person).await?,
            "reset" => {
                storage::pins::reset(&db, person).await?;
                storage::sessions::delete_for(&db, person).await?;
            }
            _ => return Err(AppError::Request("unknown action".to_owned())),
        }
        Ok("/worker".to_owned())
    }
    .await;
    forms::finish(result)
}

/// Adds a relative for a client (with no rights: the client chooses them) and issues
/// their card.
#[server]
pub async fn add_relative(client_id: i64, name: String) -> Result<(), AppError> {
    let result = async move {
        let db = auth::db()?;
        let access = guard::client(&db, Action::ConfirmRelatives, client_id).await?;
        let name = name.trim();
        if name.is_empty() {
            return Ok("/worker?error=name".to_owned());
        }
        let relative_id = storage::people::create_relative(&db, name).await?;
        storage::consent::change(
            &db,
            client_id,
            relative_id,
            storage::consent::Rights::default(),
            access.who.session.actor,
        )
        .await?;
        let person = PersonRef {
            kind: PersonKind::Relative,
            id: relative_id,
        };
        let code = storage::cards::issue(&db, person, Some(access.who.session.actor.id)).await?;
        storage::sessions::set_card_to_show(&db, &access.who.session_id, Some(&code)).await?;
        Ok("/worker".to_owned())
    }
    .await;
    forms::finish(result)
}

/// The worker confirms a relative's wider rights that the client chose: they start now.
#[server]
pub async fn confirm_consent(client_id: i64, consent_id: i64) -> Result<(), AppError> {
    let result = async move {
        let db = auth::db()?;
        let access = guard::client(&db, Action::ConfirmRelatives, client_id).await?;
        storage::consent::confirm(&db, consent_id, client_id, access.who.session.actor.id).await?;
        Ok("/worker".to_owned())
    }
    .await;
    forms::finish(result)
}

/// The worker opens a client's plan: the session works on that client until another is
/// opened.
#[server]
pub async fn open_client(client_id: i64) -> Result<(), AppError> {
    let result = async move {
        let db = auth::db()?;
        let access = guard::client(&db, Action::OpenClient, client_id).await?;
        storage::sessions::set_subject(&db, &access.who.session_id, Some(client_id)).await?;
        Ok("/home".to_owned())
    }
    .await;
    forms::finish(result)
}

/// A worker changes their own password (after signing in with a one-time code).
#[server]
pub async fn set_password(password: String) -> Result<(), AppError> {
    let result = async move {
        let db = auth::db()?;
        let who = guard::worker(&db).await?;
        // At least 15 characters, as ASVS recommends; any characters, paste allowed.
        if password.chars().count() < 15 {
            return Ok("/worker?error=password".to_owned());
        }
        let Some(user_name) = storage::workers::user_name_of(&db, who.session.actor.id).await?
        else {
            return Err(AppError::Forbidden);
        };
        storage::workers::set_password(&db, who.session.actor.id, &user_name, &password).await?;
        Ok("/worker?saved=password".to_owned())
    }
    .await;
    forms::finish(result)
}
