//! The meeting: a worker (on the caseload, or beside the client) opens the follow-up,
//! completes it, and adds dates.

#[cfg(feature = "ssr")]
use super::{worker_only, writer};
use crate::error::AppError;
use crate::followup::MeetingData;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

#[server]
pub async fn load_follow_up_meeting() -> Result<MeetingData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            worker_only(&access)?;
            Ok(
                crate::followup::service::meeting_data(&db, &access.client, &access.who.session_id)
                    .await?,
            )
        }
        .await,
    )
}

/// The worker completes the follow-up at the meeting.
#[server]
pub async fn complete_follow_up(
    version: String,
    idem: String,
    notes: Option<String>,
    change_section: Option<String>,
    change_text: Option<String>,
) -> Result<(), AppError> {
    use crate::followup::meeting::{complete, MeetingForm};
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::WritePlan).await?;
        worker_only(&access)?;
        let form = MeetingForm {
            version: version.trim().parse().unwrap_or(-1),
            idem,
            input: crate::followup::MeetingInput {
                notes: notes.unwrap_or_default(),
                change_section: change_section.unwrap_or_default(),
                change_text: change_text.unwrap_or_default(),
            },
        };
        Ok(complete(&db, &writer(&access), &access.who.session_id, form).await?)
    }
    .await;
    forms::finish(result)
}

/// The worker adds a follow-up date (dates belong to the decision: the money right).
#[server]
pub async fn add_follow_up_date(idem: String, due_on: String) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::ManageMoney).await?;
        let client_id = access.client.client_id;
        Ok(crate::followup::meeting::add_date(&db, client_id, &idem, &due_on).await?)
    }
    .await;
    forms::finish(result)
}
