//! Server functions of the client's "who has looked at my data" page. Worker-assisted mode
//! has its own (`assist`).

use super::log::LogEvent;
use crate::error::AppError;
use crate::people::PersonKind;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

/// One row of the access log, as the client's page words it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogLine {
    pub at: i64,
    pub actor_kind: PersonKind,
    pub actor_name: String,
    pub event: LogEvent,
    /// The try was refused.
    pub denied: bool,
    /// The worker was helping beside the client.
    pub assisted: bool,
    /// Why an admin reached the client outside their own caseload (break-glass).
    pub reason: Option<String>,
}

/// Rows on one page of the client's log; every row can be reached, page by page.
pub const LOG_PAGE_ROWS: i64 = 50;

/// One page of the client's log, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogPageData {
    pub lines: Vec<LogLine>,
    /// This page's number, from 1 (the newest rows).
    pub page: i64,
    /// There are older rows on the next page.
    pub has_older: bool,
}

#[server]
pub async fn load_log(page: Option<i64>) -> Result<LogPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadLog).await?;
            let page = page.unwrap_or(1).clamp(1, 100_000);
            // One row more than a page shows whether there are older ones.
            let mut rows = crate::access::log::repo::for_client(
                &mut *db.conn().await?,
                access.client.client_id,
                LOG_PAGE_ROWS + 1,
                (page - 1) * LOG_PAGE_ROWS,
            )
            .await?;
            let has_older = rows.len() as i64 > LOG_PAGE_ROWS;
            rows.truncate(LOG_PAGE_ROWS as usize);
            let lines = rows
                .into_iter()
                .map(|r| LogLine {
                    at: r.entry.at_utc,
                    actor_kind: r.entry.actor_kind,
                    actor_name: r.entry.actor_name,
                    event: r.entry.event,
                    denied: r.entry.basis.is_none(),
                    assisted: r.entry.acting_for.is_some(),
                    reason: r.entry.reason,
                })
                .collect();
            Ok(LogPageData {
                lines,
                page,
                has_older,
            })
        }
        .await,
    )
}
