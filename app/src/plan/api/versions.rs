//! The saved versions of the plan, and one version (the newest is the summary).

use crate::error::AppError;
use crate::plan::content::PlanContent;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

/// One saved version as a page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionView {
    pub version_no: i64,
    pub saved_by_role: crate::plan::actor::ActorRole,
    pub saved_by_name: String,
    pub created_at: i64,
    pub content: Option<PlanContent>,
    /// On the summary, for someone who may see the money: the wishes with money for them.
    pub funded: Vec<crate::money::FundedWish>,
    /// Who said each answer (issue 13); filled for one version with its content.
    pub marks: crate::said::Marks,
    /// On the summary: the circle and the finished mats, read under the same check.
    pub extras: Option<crate::circle::view::PlanExtras>,
}

#[cfg(feature = "ssr")]
fn version_view(info: crate::plan::repo::VersionInfo, content: Option<PlanContent>) -> VersionView {
    VersionView {
        version_no: info.version_no,
        saved_by_role: info.saved_by.role,
        saved_by_name: info.saved_by.name,
        created_at: info.created_at,
        content,
        funded: Vec::new(),
        marks: crate::said::Marks::default(),
        extras: None,
    }
}

#[server]
pub async fn load_versions() -> Result<Vec<VersionView>, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let client = guard::subject(&db, Action::ReadPlan).await?.client;
            let list =
                crate::plan::repo::list_versions(&mut *db.conn().await?, client.client_id).await?;
            Ok(list
                .into_iter()
                .map(|info| version_view(info, None))
                .collect())
        }
        .await,
    )
}

/// One version with its content; `version_no` 0 means the newest.
#[server]
pub async fn load_version(version_no: i64) -> Result<VersionView, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let client_id = access.client.client_id;
            let wanted = (version_no > 0).then_some(version_no);
            let saved = crate::plan::repo::get_version(&mut *db.conn().await?, client_id, wanted)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut view = version_view(saved.info, Some(saved.content));
            let scope = crate::said::version_scope(view.version_no);
            view.marks = crate::said::service::marks_for(&db, &access, &scope).await?;
            // The newest version is the summary: show the money beside the wishes to those
            // who may see it (and log that they did).
            if version_no == 0 && access.may(Action::SeeMoney) {
                guard::note(&db, &access, Action::SeeMoney).await?;
                view.funded = crate::money::view::funded_wishes(&db, client_id).await?;
            }
            if version_no == 0 {
                view.extras = Some(crate::circle::api::plan_extras(&db, &access).await?);
            }
            Ok(view)
        }
        .await,
    )
}
