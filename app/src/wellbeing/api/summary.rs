//! The worker's summary across their caseload and across the whole service: counts only.

use crate::error::AppError;
use crate::wellbeing::summary::SummaryData;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::guard;
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

/// Any worker may see the counts: they name no one, and a group under five shows nothing.
#[server]
pub async fn load_wellbeing_summary() -> Result<SummaryData, AppError> {
    use crate::wellbeing::summary_repo::group;
    forms::page(
        async move {
            let db = context::db()?;
            let who = guard::worker(&db).await?;
            let worker_id = who.worker_id()?;
            let mut conn = db.conn().await?;
            Ok(SummaryData {
                worker_name: who.name.clone(),
                caseload: group(&mut conn, worker_id.0).await?,
                service: group(&mut conn, 0).await?,
            })
        }
        .await,
    )
}
