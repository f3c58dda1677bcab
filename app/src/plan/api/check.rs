//! The check-your-answers page and saving the plan as a new version.

#[cfg(feature = "ssr")]
use super::writer;
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

/// The check-your-answers page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckPageData {
    pub content: PlanContent,
    pub idem: String,
    /// Who said each answer (issue 13).
    pub marks: crate::said::Marks,
}

#[server]
pub async fn load_check_page() -> Result<CheckPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let draft =
                crate::plan::repo::load_draft(&mut *db.conn().await?, access.client.client_id)
                    .await?;
            Ok(CheckPageData {
                content: draft.content,
                idem: crate::forms::idempotency::new_key(),
                marks: crate::said::service::marks_for(&db, &access, "draft").await?,
            })
        }
        .await,
    )
}

#[server]
pub async fn save_plan(idem: String) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let writer = writer(guard::subject_active(&db, Action::WritePlan).await?);
        Ok(crate::plan::service::submit_plan(&db, &writer, &idem).await?)
    }
    .await;
    forms::finish(result)
}
