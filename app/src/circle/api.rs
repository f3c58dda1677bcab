//! Server functions of the circle pages and the role map. Each is a public endpoint: it asks
//! the access guard first (which logs every read by someone other than the client) and uses
//! only the client the guard returns. Reading needs the plan's read right; the forms need the
//! write right; the support lines on the role map also need the money right.

use super::view::{CircleData, HelpsPageData, PersonPageData, PlanExtras, RolesData};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::mat::api::{request_lang, writer};
#[cfg(feature = "ssr")]
use crate::session::context;

#[server]
pub async fn load_circle() -> Result<CircleData, AppError> {
    use super::service::{old_helpers, rings};
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let on = writer(&access);
            Ok(CircleData {
                client_name: access.client.display_name.clone(),
                rings: rings(&db, &on, request_lang()).await?,
                old_helpers: old_helpers(&db, &on).await?,
                may_write: access.may(Action::WritePlan),
            })
        }
        .await,
    )
}

/// Person `no` of this client's circle, or a new one (`no` 0), with a refused form if any.
#[server]
pub async fn load_circle_person(no: i64) -> Result<PersonPageData, AppError> {
    use super::person::PersonForm;
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::WritePlan).await?;
            let on = writer(&access);
            let people = super::repo::people(&mut *db.conn().await?, on.client_id).await?;
            let person = people.into_iter().find(|p| p.person_id == no);
            let missing = no != 0 && person.is_none();
            let kept = super::service::kept(&db, &on, no).await?;
            let form = match (&kept, &person) {
                (Some(k), _) => k.form.clone(),
                (None, Some(p)) => PersonForm {
                    name: p.name.clone(),
                    closeness: Some(p.closeness.as_str().to_owned()),
                },
                (None, None) => PersonForm::default(),
            };
            Ok(PersonPageData {
                person,
                missing,
                form,
                error: kept.and_then(|k| k.error),
                idem: crate::forms::idempotency::new_key(),
            })
        }
        .await,
    )
}

/// Receives the person form: add, change or (with `remove`) take away.
#[server]
pub async fn save_circle_person(
    no: String,
    version: String,
    idem: String,
    name: Option<String>,
    closeness: Option<String>,
    remove: Option<String>,
) -> Result<(), AppError> {
    use super::person::PersonForm;
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::WritePlan).await?;
        let on = writer(&access);
        let no: i64 = no.trim().parse().map_err(|_| AppError::NotFound)?;
        let version = version.trim().parse().unwrap_or(0);
        let form = PersonForm {
            name: name.unwrap_or_default(),
            closeness,
        };
        Ok(
            super::service::save_person(&db, &on, no, (version, &idem), form, remove.is_some())
                .await?,
        )
    }
    .await;
    forms::finish(result)
}

#[server]
pub async fn load_circle_helps(no: i64) -> Result<HelpsPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::WritePlan).await?;
            let on = writer(&access);
            let people = super::repo::people(&mut *db.conn().await?, on.client_id).await?;
            let person = people.into_iter().find(|p| p.person_id == no);
            let cards = super::helps::help_cards(request_lang());
            Ok(HelpsPageData {
                person,
                cards,
                idem: crate::forms::idempotency::new_key(),
            })
        }
        .await,
    )
}

/// One press on a help card: chosen, or chosen no more.
#[server]
pub async fn toggle_circle_help(
    no: String,
    version: String,
    idem: String,
    card: String,
) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::WritePlan).await?;
        let on = writer(&access);
        let no: i64 = no.trim().parse().map_err(|_| AppError::NotFound)?;
        let version = version.trim().parse().unwrap_or(0);
        super::service::toggle_help(&db, &on, no, (version, &idem), &card)
            .await?
            .ok_or(AppError::NotFound)
    }
    .await;
    forms::finish(result)
}

#[server]
pub async fn load_roles() -> Result<RolesData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let on = writer(&access);
            let with_lines = access.may(Action::SeeMoney);
            if with_lines {
                guard::note(&db, &access, Action::SeeMoney).await?;
            }
            let name = access.client.display_name.clone();
            Ok(super::roles::roles(&db, &on, name, with_lines, request_lang()).await?)
        }
        .await,
    )
}

/// The circle and the finished mats, for the plan summary.
#[server]
pub async fn load_plan_extras() -> Result<PlanExtras, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            plan_extras(&db, &access).await
        }
        .await,
    )
}

/// The circle and the finished mats of a client the plan's read right was checked for (the
/// summary reads them with its version, under the same check and log row).
#[cfg(feature = "ssr")]
pub async fn plan_extras(
    db: &crate::db::Db,
    access: &guard::Access,
) -> Result<PlanExtras, AppError> {
    let on = writer(access);
    let lang = request_lang();
    Ok(PlanExtras {
        rings: super::service::rings(db, &on, lang).await?,
        mats: crate::mat::service::finished(db, &on, lang).await?,
    })
}
