//! Server functions of "Minun rahani" and of the worker's money page. The worker's forms are
//! sent as `multipart/form-data` (a plain HTML form can send that too): the support-line
//! form has one checkbox per wish under the same name, and the import sends a file.

use super::{MoneyAdminData, MoneyView};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

#[cfg(feature = "ssr")]
use super::{service, FormState};
#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

#[server]
pub async fn load_money() -> Result<MoneyView, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::SeeMoney).await?;
            let is_client = access.who.session.actor.kind == crate::people::PersonKind::Client;
            Ok(super::view::client_view(&db, &access.client, is_client).await?)
        }
        .await,
    )
}

#[server]
pub async fn load_money_admin() -> Result<MoneyAdminData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ManageMoney).await?;
            Ok(super::view::admin_view(&db, &access.who.session_id, &access.client).await?)
        }
        .await,
    )
}

/// Reads a multipart form: every field as text; a field sent more than once (checkboxes)
/// is joined with commas.
#[cfg(feature = "ssr")]
async fn read_form(data: MultipartData) -> Result<FormState, AppError> {
    let mut form = FormState::default();
    let mut multipart = data
        .into_inner()
        .ok_or_else(|| AppError::Request("not a form".to_owned()))?;
    while let Ok(Some(field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_owned();
        let text = field
            .text()
            .await
            .map_err(|_| AppError::Request("unreadable field".to_owned()))?;
        form.fields
            .entry(name)
            .and_modify(|v| {
                v.push(',');
                v.push_str(&text);
            })
            .or_insert(text);
    }
    Ok(form)
}

#[cfg(feature = "ssr")]
fn id_field(form: &FormState, name: &str) -> Option<i64> {
    form.get(name).trim().parse().ok()
}

#[cfg(feature = "ssr")]
async fn manage(
    action: Action,
) -> Result<(crate::db::Db, guard::Access, crate::money::repo::EnteredBy), AppError> {
    let db = context::db()?;
    let access = guard::subject_active(&db, action).await?;
    let by = service::by_worker(access.who.session.actor.id, &access.who.name);
    Ok((db, access, by))
}

/// The decision form: period, amount granted, decision reference, next follow-up.
#[server(input = MultipartFormData)]
pub async fn save_decision(data: MultipartData) -> Result<(), AppError> {
    let result = async move {
        let (db, access, by) = manage(Action::ManageMoney).await?;
        let form = read_form(data).await?;
        let decision_id = id_field(&form, "decision_id");
        let version = id_field(&form, "version").unwrap_or(0);
        Ok(service::submit_decision(
            &db,
            &access.who.session_id,
            access.client.client_id,
            &by,
            decision_id,
            version,
            form,
        )
        .await?)
    }
    .await;
    forms::finish(result)
}

/// A support-line form: name, amount, how it is arranged, and the wishes it serves.
#[server(input = MultipartFormData)]
pub async fn save_line(data: MultipartData) -> Result<(), AppError> {
    let result = async move {
        let (db, access, _) = manage(Action::ManageMoney).await?;
        let form = read_form(data).await?;
        let line_id = id_field(&form, "line_id");
        let version = id_field(&form, "version").unwrap_or(0);
        Ok(service::submit_line(
            &db,
            &access.who.session_id,
            access.client.client_id,
            line_id,
            version,
            form,
        )
        .await?)
    }
    .await;
    forms::finish(result)
}

/// A spending entry typed by the worker.
#[server(input = MultipartFormData)]
pub async fn add_spending(data: MultipartData) -> Result<(), AppError> {
    let result = async move {
        let (db, access, by) = manage(Action::RecordSpending).await?;
        let form = read_form(data).await?;
        let idem = form.get("idem");
        Ok(service::submit_spending(
            &db,
            &access.who.session_id,
            access.client.client_id,
            &by,
            &idem,
            form,
        )
        .await?)
    }
    .await;
    forms::finish(result)
}

/// Corrects a spending entry by adding its opposite; history is never erased.
#[server]
pub async fn reverse_spending(spending_id: i64) -> Result<(), AppError> {
    let result = async move {
        let (db, access, by) = manage(Action::RecordSpending).await?;
        Ok(service::reverse(&db, access.client.client_id, &by, spending_id).await?)
    }
    .await;
    forms::finish(result)
}

/// A finance system's export: checked and shown row by row; nothing is written yet.
#[server(input = MultipartFormData)]
pub async fn upload_spending(data: MultipartData) -> Result<(), AppError> {
    let result = async move {
        let (db, access, _) = manage(Action::RecordSpending).await?;
        let form = read_form(data).await?;
        Ok(service::upload(
            &db,
            &access.who.session_id,
            access.client.client_id,
            &form.get("file"),
        )
        .await?)
    }
    .await;
    forms::finish(result)
}

/// Writes the good rows of the file the worker looked at.
#[server]
pub async fn confirm_import() -> Result<(), AppError> {
    let result = async move {
        let (db, access, by) = manage(Action::RecordSpending).await?;
        Ok(
            service::confirm_import(&db, &access.who.session_id, access.client.client_id, &by)
                .await?,
        )
    }
    .await;
    forms::finish(result)
}

/// Forgets the file without writing anything.
#[server]
pub async fn cancel_import() -> Result<(), AppError> {
    let result = async move {
        let (db, access, _) = manage(Action::RecordSpending).await?;
        crate::money::repo::drop_import(&mut *db.conn().await?, &access.who.session_id).await?;
        Ok(format!("{}#import", service::PAGE))
    }
    .await;
    forms::finish(result)
}
