//! Server functions of "Minun rahani" and of the worker's money page. The worker's forms are
//! sent as `multipart/form-data` (a plain HTML form can send that too): the support-line
//! form has one checkbox per wish under the same name, and the import sends a file.

use super::{MoneyAdminData, MoneyView};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::ids::ClientId;
use crate::ids::SpendingId;
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

#[cfg(feature = "ssr")]
use super::{service, FormState};

/// The server functions that read `multipart/form-data`. The decoder of server_fn panics on
/// a body without a boundary, so the server refuses such a request to these before it runs
/// (found by tests/tests/fuzz.rs).
#[cfg(feature = "ssr")]
pub fn multipart_paths() -> [&'static str; 4] {
    use leptos::server_fn::ServerFn;
    [
        SaveDecision::PATH,
        SaveLine::PATH,
        AddSpending::PATH,
        UploadSpending::PATH,
    ]
}
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
fn id_field<T: std::str::FromStr>(form: &FormState, name: &str) -> Option<T> {
    form.get(name).trim().parse().ok()
}

/// What a worker's money form needs once authorised: the database, the worker's session, the
/// client and who is entering.
#[cfg(feature = "ssr")]
struct Worker {
    db: crate::db::Db,
    session_id: String,
    client_id: ClientId,
    by: crate::money::repo::EnteredBy,
}

/// Authorises a worker's money action, runs it and redirects to where it leads.
#[cfg(feature = "ssr")]
async fn as_worker<F, Fut>(action: Action, run: F) -> Result<(), AppError>
where
    F: FnOnce(Worker) -> Fut,
    Fut: std::future::Future<Output = Result<String, AppError>>,
{
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, action).await?;
        let by = service::by_worker(access.who.worker_id()?, &access.who.name);
        let worker = Worker {
            db,
            session_id: access.who.session_id,
            client_id: access.client.client_id,
            by,
        };
        run(worker).await
    }
    .await;
    forms::finish(result)
}

/// The decision form: period, amount granted, decision reference, next follow-up.
#[server(input = MultipartFormData)]
pub async fn save_decision(data: MultipartData) -> Result<(), AppError> {
    as_worker(Action::ManageMoney, |w| async move {
        let form = read_form(data).await?;
        let decision_id = id_field(&form, "decision_id");
        let version = id_field(&form, "version").unwrap_or(0);
        let (db, session, client) = (&w.db, &w.session_id, w.client_id);
        Ok(
            service::submit_decision(db, session, client, &w.by, decision_id, version, form)
                .await?,
        )
    })
    .await
}

/// A support-line form: name, amount, how it is arranged, and the wishes it serves.
#[server(input = MultipartFormData)]
pub async fn save_line(data: MultipartData) -> Result<(), AppError> {
    as_worker(Action::ManageMoney, |w| async move {
        let form = read_form(data).await?;
        let line_id = id_field(&form, "line_id");
        let version = id_field(&form, "version").unwrap_or(0);
        let (db, session, client) = (&w.db, &w.session_id, w.client_id);
        Ok(service::submit_line(db, session, client, line_id, version, form).await?)
    })
    .await
}

/// A spending entry typed by the worker.
#[server(input = MultipartFormData)]
pub async fn add_spending(data: MultipartData) -> Result<(), AppError> {
    as_worker(Action::RecordSpending, |w| async move {
        let form = read_form(data).await?;
        let idem = form.get("idem");
        let (db, session, client) = (&w.db, &w.session_id, w.client_id);
        Ok(service::submit_spending(db, session, client, &w.by, &idem, form).await?)
    })
    .await
}

/// Corrects a spending entry by adding its opposite; history is never erased.
#[server]
pub async fn reverse_spending(spending_id: SpendingId) -> Result<(), AppError> {
    as_worker(Action::RecordSpending, |w| async move {
        Ok(service::reverse(&w.db, w.client_id, &w.by, spending_id).await?)
    })
    .await
}

/// A finance system's export: checked and shown row by row; nothing is written yet.
#[server(input = MultipartFormData)]
pub async fn upload_spending(data: MultipartData) -> Result<(), AppError> {
    as_worker(Action::RecordSpending, |w| async move {
        let file = read_form(data).await?.get("file");
        Ok(service::upload(&w.db, &w.session_id, w.client_id, &file).await?)
    })
    .await
}

/// Writes the good rows of the file the worker looked at.
#[server]
pub async fn confirm_import() -> Result<(), AppError> {
    as_worker(Action::RecordSpending, |w| async move {
        Ok(service::confirm_import(&w.db, &w.session_id, w.client_id, &w.by).await?)
    })
    .await
}

/// Forgets the file without writing anything.
#[server]
pub async fn cancel_import() -> Result<(), AppError> {
    as_worker(Action::RecordSpending, |w| async move {
        crate::money::repo::drop_import(&mut *w.db.conn().await?, &w.session_id).await?;
        Ok(format!("{}#import", service::PAGE))
    })
    .await
}
