//! Server functions of the path: the worker's path page and its two forms (workers with the
//! client on their caseload only: the money right), and the client's earlier periods (the
//! money's read right).

use super::{PathAdminData, PeriodsView};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::money::FormState;
#[cfg(feature = "ssr")]
use crate::session::context;

#[server]
pub async fn load_path_admin() -> Result<PathAdminData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ManageMoney).await?;
            Ok(super::view::admin_view(&db, &access.who.session_id, &access.client).await?)
        }
        .await,
    )
}

#[server]
pub async fn load_periods() -> Result<PeriodsView, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::SeeMoney).await?;
            let client = &access.client;
            let today = crate::dates::today();
            let current = crate::money::repo::current_decision(
                &mut *db.conn().await?,
                client.client_id,
                today,
            )
            .await?
            .map(|d| d.decision_id);
            Ok(PeriodsView {
                client_name: client.display_name.clone(),
                is_client: access.who.session.actor.kind == crate::people::PersonKind::Client,
                periods: super::periods::periods(&db, client.client_id, current).await?,
            })
        }
        .await,
    )
}

/// Authorises a worker's path form and runs it with the fields as sent.
#[cfg(feature = "ssr")]
async fn as_worker<F, Fut>(pairs: Vec<(&'static str, String)>, run: F) -> Result<(), AppError>
where
    F: FnOnce(crate::db::Db, super::service::Writer, FormState) -> Fut,
    Fut: std::future::Future<Output = Result<String, crate::db::StorageError>>,
{
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::ManageMoney).await?;
        let writer = super::service::Writer {
            worker_id: access.who.worker_id()?,
            name: access.who.name.clone(),
            session_id: access.who.session_id.clone(),
            client_id: access.client.client_id,
        };
        Ok(run(db, writer, FormState::from_pairs(&pairs)).await?)
    }
    .await;
    forms::finish(result)
}

/// The worker moves the plan to a stage.
#[server]
pub async fn move_stage(
    stage: Option<String>,
    next_on: Option<String>,
    note: Option<String>,
    version: Option<String>,
    idem: Option<String>,
) -> Result<(), AppError> {
    let pairs = vec![
        ("stage", stage.unwrap_or_default()),
        ("next_on", next_on.unwrap_or_default()),
        ("note", note.unwrap_or_default()),
        ("version", version.unwrap_or_default()),
        ("idem", idem.unwrap_or_default()),
    ];
    as_worker(pairs, |db, w, form| async move {
        super::service::move_stage(&db, &w, form).await
    })
    .await
}

/// The worker enters or changes a row of a decision's earlier arrangement.
#[server]
#[allow(clippy::too_many_arguments)]
pub async fn save_arrangement(
    decision_id: Option<String>,
    arrangement_id: Option<String>,
    version: Option<String>,
    what: Option<String>,
    kind: Option<String>,
    monthly: Option<String>,
    idem: Option<String>,
) -> Result<(), AppError> {
    let pairs = vec![
        ("decision_id", decision_id.unwrap_or_default()),
        ("arrangement_id", arrangement_id.unwrap_or_default()),
        ("version", version.unwrap_or_default()),
        ("what", what.unwrap_or_default()),
        ("kind", kind.unwrap_or_default()),
        ("monthly", monthly.unwrap_or_default()),
        ("idem", idem.unwrap_or_default()),
    ];
    as_worker(pairs, |db, w, form| async move {
        super::service::submit_arrangement(&db, &w, form).await
    })
    .await
}
