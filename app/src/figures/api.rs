//! The service view's server function: team leads only. It reads no one person's data, so
//! no client's access log gets a row; the server log records who looked at which period.

use super::ServicePageData;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::guard;
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

/// The figures for the period typed (`from`, `to`); an empty or missing field takes this
/// year. A period that does not parse shows this year's figures with the error.
#[server]
pub async fn load_service_view(
    from: Option<String>,
    to: Option<String>,
) -> Result<ServicePageData, AppError> {
    use super::{Period, PeriodError};
    forms::staff_page(
        async move {
            let db = context::db()?;
            let who = guard::team_lead(&db).await?;
            let today = crate::dates::today();
            let from_text = from.unwrap_or_default();
            let to_text = to.unwrap_or_default();
            let parsed: Result<Period, PeriodError> = Period::parse(&from_text, &to_text, today);
            let period = parsed.unwrap_or_else(|_| Period::default_for(today));
            let figures = load_figures(&db, who.worker_id()?, period).await?;
            Ok(ServicePageData {
                figures,
                error: parsed.err(),
                from_text,
                to_text,
            })
        }
        .await,
    )
}

/// The figures, with the server-log line that says who looked (the view, the CSV and JSON).
#[cfg(feature = "ssr")]
pub async fn load_figures(
    db: &crate::db::Db,
    lead: crate::ids::WorkerId,
    period: super::Period,
) -> Result<super::ServiceFigures, AppError> {
    tracing::info!(
        target: "audit",
        team_lead = lead.0,
        from = %period.from_text(),
        to = %period.to_text(),
        "service_view"
    );
    Ok(super::repo::figures(&mut *db.conn().await?, period).await?)
}
