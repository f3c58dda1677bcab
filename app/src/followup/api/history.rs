//! The completed follow-ups, for anyone who may read the plan (a read by anyone but the
//! client is logged by the guard).

use crate::error::AppError;
use crate::followup::HistoryData;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

#[server]
pub async fn load_follow_up_history() -> Result<HistoryData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let client_id = access.client.client_id;
            let records =
                crate::followup::repo::completed(&mut *db.conn().await?, client_id).await?;
            let mut entries = Vec::new();
            for r in records {
                let scope = crate::said::target::followup_scope(r.date_id);
                entries.push(crate::followup::HistoryEntry {
                    due_on: r.due_on,
                    content: r.content,
                    marks: crate::said::service::marks_for(&db, &access, &scope).await?,
                    completed_by_name: r.completed_by_name.unwrap_or_default(),
                    new_plan_version: r.new_plan_version,
                });
            }
            Ok(HistoryData {
                client_name: access.client.display_name.clone(),
                entries,
            })
        }
        .await,
    )
}
