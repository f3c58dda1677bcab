//! The wellbeing overview of one client, and the change from the start to the end.

use crate::error::AppError;
use crate::wellbeing::view::{ChangeData, OverviewData};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

#[server]
pub async fn load_wellbeing() -> Result<OverviewData, AppError> {
    use crate::wellbeing::{kyky_repo, period, service};
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadWellbeing).await?;
            let client_id = access.client.client_id;
            let today = crate::dates::today();
            let (found, rounds) = service::current_rounds(&db, client_id, today).await?;
            let states = period::states(found.as_ref(), &rounds, today);
            let marks = match &found {
                Some(p) => {
                    let slug = crate::wellbeing::items::RoundKind::Survey.slug();
                    let scope = crate::said::target::wellbeing_scope(p.decision_id.0, slug);
                    crate::said::service::marks_for(&db, &access, &scope).await?
                }
                None => crate::said::Marks::default(),
            };
            Ok(OverviewData {
                client_name: access.client.display_name.clone(),
                viewer: access.who.session.actor.kind,
                period: found,
                rounds: states,
                may_answer: access.may(Action::WriteWellbeing),
                may_record_kyky: access.may(Action::RecordKykyviisari),
                has_change: !period::changes(&rounds).is_empty(),
                kyky: kyky_repo::list(&mut *db.conn().await?, client_id).await?,
                marks,
            })
        }
        .await,
    )
}

#[server]
pub async fn load_wellbeing_change() -> Result<ChangeData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadWellbeing).await?;
            let (_, rounds) = crate::wellbeing::service::current_rounds(
                &db,
                access.client.client_id,
                crate::dates::today(),
            )
            .await?;
            Ok(ChangeData {
                client_name: access.client.display_name.clone(),
                is_client: access.relation == crate::access::policy::Relation::Own,
                changes: crate::wellbeing::period::changes(&rounds),
            })
        }
        .await,
    )
}
