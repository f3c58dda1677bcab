//! Server functions of the follow-up. Each finds the client through the access guard first
//! (a read by anyone but the client is logged there), then calls `service` or `meeting`.
//! Preparing needs the plan rights; the meeting needs a worker: on the caseload, or beside the
//! client in worker-assisted mode.

use super::{HistoryData, MeetingData, PrepareData, StepData};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

/// The client the follow-up is about, and who is writing.
#[cfg(feature = "ssr")]
fn writer(access: &guard::Access) -> crate::plan::service::Writer {
    crate::plan::service::Writer {
        client_id: access.client.client_id,
        author: access.author.clone(),
    }
}

/// Only a worker holds the meeting.
#[cfg(feature = "ssr")]
fn worker_only(access: &guard::Access) -> Result<(), AppError> {
    match access.author.role {
        crate::plan::actor::ActorRole::Worker => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

#[server]
pub async fn load_follow_up() -> Result<PrepareData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let client = &access.client;
            let current = super::service::current(&db, client.client_id).await?;
            // The money of the period, to those who may see it (logged like the money page).
            let money = if current.is_some() && access.may(Action::SeeMoney) {
                guard::note(&db, &access, Action::SeeMoney).await?;
                crate::money::view::client_view(&db, client, false)
                    .await?
                    .decision
            } else {
                None
            };
            Ok(PrepareData {
                client_name: client.display_name.clone(),
                is_client: access.who.session.actor.kind == crate::people::PersonKind::Client,
                next: current.as_ref().map(|c| super::service::next_of(&c.date)),
                content: current.map(|c| c.content).unwrap_or_default(),
                may_write: access.may(Action::WritePlan),
                money,
            })
        }
        .await,
    )
}

#[server]
pub async fn load_follow_up_step(no: i64) -> Result<StepData, AppError> {
    use super::content::Step;
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let client_id = access.client.client_id;
            let current = super::service::current(&db, client_id)
                .await?
                .ok_or(AppError::NotFound)?;
            let items = &current.content.items;
            let step = Step::from_no(no, items.len()).ok_or(AppError::NotFound)?;
            let wish = match step {
                Step::Item(i) => items.get(i).map(|it| (it.section.clone(), it.wish.clone())),
                _ => None,
            };
            let session = &access.who.session_id;
            let kept = super::service::refused_step(&db, session, client_id, no).await?;
            let saved = current.content.input(step);
            let (input, error, saved_now, version) = match kept {
                Some(k) => {
                    let changed = k.error == super::content::StepError::ChangedByOther;
                    let now = changed.then(|| saved.words.clone());
                    (k.input, Some(k.error), now, k.base_version)
                }
                None => (saved, None, None, current.version),
            };
            Ok(StepData {
                no,
                total: Step::all(items.len()).len(),
                step,
                wish,
                input,
                error,
                saved_now,
                version,
                idem: crate::forms::idempotency::new_key(),
            })
        }
        .await,
    )
}

/// Receives one step of preparing. Field names match the HTML form, so a plain post works.
#[server]
pub async fn save_follow_up_step(
    no: String,
    version: String,
    idem: String,
    rating: Option<String>,
    words: Option<String>,
) -> Result<(), AppError> {
    use super::content::StepInput;
    use super::service::{save_step, StepForm};
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::WritePlan).await?;
        let form = StepForm {
            no: no.trim().parse().unwrap_or(0),
            version: version.trim().parse().unwrap_or(-1),
            idem,
            input: StepInput {
                rating: rating.unwrap_or_default(),
                words: words.unwrap_or_default(),
            },
        };
        Ok(save_step(&db, &writer(&access), &access.who.session_id, form).await?)
    }
    .await;
    forms::finish(result)
}

#[server]
pub async fn load_follow_up_history() -> Result<HistoryData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let client_id = access.client.client_id;
            let records = super::repo::completed(&mut *db.conn().await?, client_id).await?;
            Ok(HistoryData {
                client_name: access.client.display_name.clone(),
                entries: records
                    .into_iter()
                    .map(|r| super::HistoryEntry {
                        due_on: r.due_on,
                        content: r.content,
                        completed_by_name: r.completed_by_name.unwrap_or_default(),
                        new_plan_version: r.new_plan_version,
                    })
                    .collect(),
            })
        }
        .await,
    )
}

#[server]
pub async fn load_follow_up_meeting() -> Result<MeetingData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            worker_only(&access)?;
            Ok(super::service::meeting_data(&db, &access.client, &access.who.session_id).await?)
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
    use super::meeting::{complete, MeetingForm};
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::WritePlan).await?;
        worker_only(&access)?;
        let form = MeetingForm {
            version: version.trim().parse().unwrap_or(-1),
            idem,
            input: super::MeetingInput {
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
        Ok(super::meeting::add_date(&db, client_id, &idem, &due_on).await?)
    }
    .await;
    forms::finish(result)
}
