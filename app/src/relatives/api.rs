//! Server functions about relatives: the client's relatives page, a relative choosing whose
//! plan to work on, and the worker adding a relative or confirming wider rights.

use crate::error::AppError;
use crate::ids::{ClientId, RelativeId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::RelativesNotice;
#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::forms::notice::Notice;
#[cfg(feature = "ssr")]
use crate::session::context;

use crate::relatives::RelativeView;

#[server]
pub async fn load_relatives() -> Result<Vec<RelativeView>, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ManageRelatives).await?;
            let list = crate::relatives::repo::relatives_of(
                &mut *db.conn().await?,
                access.client.client_id,
            )
            .await?;
            Ok(list.into_iter().map(RelativeView::from).collect())
        }
        .await,
    )
}

/// The client sets what one relative may do. Taking rights away works at once; giving more
/// starts tomorrow, or when the client's worker confirms it.
#[server]
pub async fn change_relative(
    relative_id: RelativeId,
    read_plan: Option<String>,
    write_plan: Option<String>,
    see_money: Option<String>,
) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::ManageRelatives).await?;
        let client_id = access.client.client_id;
        // Only a relative already listed for this client can be changed.
        if !crate::relatives::repo::is_listed(&mut *db.conn().await?, client_id, relative_id)
            .await?
        {
            return Err(AppError::Forbidden);
        }
        let rights = super::Rights {
            read_plan: read_plan.is_some(),
            write_plan: write_plan.is_some(),
            see_money: see_money.is_some(),
        };
        // With a worker beside the client, the change is the worker's (checklist S-Z9): the
        // record shows who pressed, so a client pressured at the kiosk can see it was not them.
        let by = match &access.who.assist {
            Some(worker) => crate::people::PersonRef::worker(worker.worker_id),
            None => access.who.session.actor,
        };
        super::service::change(&db, client_id, relative_id, rights, by).await?;
        Ok(RelativesNotice::Saved.at("/relatives"))
    }
    .await;
    forms::finish(result)
}

/// The clients a relative may help, or a worker's caseload, to choose from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoosePageData {
    pub clients: Vec<(crate::ids::ClientId, String)>,
    pub is_worker: bool,
}

#[server]
pub async fn load_choose() -> Result<ChoosePageData, AppError> {
    forms::page(
        async move {
            use crate::people::PersonKind;
            let db = context::db()?;
            let who = guard::who(&db).await?;
            match who.session.actor.kind {
                PersonKind::Relative => Ok(ChoosePageData {
                    clients: crate::relatives::repo::clients_of(
                        &mut *db.conn().await?,
                        who.relative_id()?,
                    )
                    .await?,
                    is_worker: false,
                }),
                PersonKind::Worker => {
                    leptos_axum::redirect("/worker");
                    Err(AppError::NotFound)
                }
                PersonKind::Client => {
                    leptos_axum::redirect("/home");
                    Err(AppError::NotFound)
                }
            }
        }
        .await,
    )
}

/// A relative chooses whose plan to work on. Checked against the consent right now.
#[server]
pub async fn choose_client(client_id: ClientId) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let who = guard::active(&db).await?;
        if who.session.actor.kind != crate::people::PersonKind::Relative
            || !guard::allowed(&db, &who, client_id, Action::ReadPlan).await?
        {
            return Err(AppError::Forbidden);
        }
        crate::session::repo::set_subject(&mut *db.conn().await?, &who.session_id, Some(client_id))
            .await?;
        Ok("/home".to_owned())
    }
    .await;
    forms::finish(result)
}

/// A worker adds a relative for a client (with no rights: the client chooses them) and
/// issues their card, shown once on the worker's next page.
#[server]
pub async fn add_relative(
    client_id: ClientId,
    name: String,
    idem: Option<String>,
) -> Result<(), AppError> {
    use crate::caseload::CaseloadNotice;
    use crate::relatives::service::Added;
    let result = async move {
        let db = context::db()?;
        let access = guard::client(&db, Action::ConfirmRelatives, client_id).await?;
        let name = name.trim();
        if name.is_empty() {
            return Ok(CaseloadNotice::NameMissing.at("/worker"));
        }
        // A form without its key is refused like one sent again with other contents.
        let idem = idem.unwrap_or_default();
        let worker = access.who.session.actor;
        let session = &access.who.session_id;
        Ok(
            match super::service::add_relative(&db, client_id, name, worker, session, &idem).await?
            {
                Added::Added(_) | Added::Repeated => "/worker".to_owned(),
                Added::Different => CaseloadNotice::Resent.at("/worker"),
            },
        )
    }
    .await;
    forms::finish(result)
}

/// The worker confirms a relative's wider rights that the client chose: they start now.
#[server]
pub async fn confirm_consent(client_id: ClientId, consent_id: i64) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let access = guard::client(&db, Action::ConfirmRelatives, client_id).await?;
        crate::relatives::repo::confirm(
            &mut *db.conn().await?,
            consent_id,
            client_id,
            access.who.worker_id()?,
        )
        .await?;
        Ok("/worker".to_owned())
    }
    .await;
    forms::finish(result)
}
