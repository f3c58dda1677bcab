//! The signed-in home page: whose plan, who is looking, and where to go on.

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::plan::section::Section;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

/// The signed-in home page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomePageData {
    /// The client whose plan this is.
    pub name: String,
    /// Who is looking: client, relative or worker.
    pub viewer: crate::people::PersonKind,
    pub viewer_name: String,
    pub may_write: bool,
    pub may_see_money: bool,
    /// The worker helping beside the client, in worker-assisted mode.
    pub assist: Option<String>,
    pub unsaved: bool,
    pub continue_to: String,
    pub has_saved: bool,
    /// Follow-up (issue 12): the next follow-up, if the client has one waiting.
    pub next_follow_up: Option<crate::followup::NextFollowUp>,
    // Wellbeing (issue 12): the link, and a round to answer or the change to see.
    pub may_see_wellbeing: bool,
    pub wellbeing_offer: Option<crate::wellbeing::Offer>,
    /// The personal-budget path (issue 14): where the plan is now and the next step.
    pub path: Option<crate::path::PathNow>,
    /// Supported decision-making (issue 13): a supported session is going on.
    pub supported: bool,
}

#[server]
pub async fn load_home() -> Result<HomePageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let client = &access.client;
            let may_write = access.may(Action::WritePlan);
            let may_see_money = access.may(Action::SeeMoney);
            // One connection for both reads, given back before the follow-up and wellbeing
            // reads below take their own.
            let mut conn = db.conn().await?;
            let draft = crate::plan::repo::load_draft(&mut conn, client.client_id).await?;
            let newest = crate::plan::repo::get_version(&mut conn, client.client_id, None).await?;
            drop(conn);
            let unsaved = crate::plan::service::has_unsaved_changes(
                &draft.content,
                newest.as_ref().map(|v| &v.content),
            );
            let has_saved = newest.is_some();
            let continue_to = crate::plan::service::first_unanswered(&draft.content)
                .map(Section::path)
                .unwrap_or_else(|| "/plan/check".to_owned());
            let next_follow_up = crate::followup::service::next(&db, client.client_id).await?;
            // Wellbeing (issue 12).
            let may_see_wellbeing = access.may(Action::ReadWellbeing);
            let wellbeing_offer = match may_see_wellbeing {
                true => {
                    crate::wellbeing::service::offer(&db, client.client_id, crate::dates::today())
                        .await?
                        .filter(|o| {
                            access.may(Action::WriteWellbeing)
                                || *o == crate::wellbeing::Offer::SeeChange
                        })
                }
                false => None,
            };
            let path = crate::path::service::now(&db, client.client_id).await?;
            let supported = crate::said::service::session_of(&db, &access)
                .await?
                .is_some();
            Ok(HomePageData {
                name: client.display_name.clone(),
                viewer: access.who.session.actor.kind,
                viewer_name: access.who.name.clone(),
                may_write,
                may_see_money,
                assist: access.who.assist.as_ref().map(|w| w.display_name.clone()),
                unsaved,
                continue_to,
                has_saved,
                next_follow_up,
                may_see_wellbeing,
                wellbeing_offer,
                path,
                supported,
            })
        }
        .await,
    )
}
