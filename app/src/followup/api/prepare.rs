//! Preparing: the start and check pages, one step's page, and saving a step. Reading needs the
//! plan's read right; saving needs the write right (the client, a relative with it, a worker).

#[cfg(feature = "ssr")]
use super::writer;
use crate::error::AppError;
use crate::followup::{PrepareData, StepData};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

#[server]
pub async fn load_follow_up() -> Result<PrepareData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let client = &access.client;
            let current = crate::followup::service::current(&db, client.client_id).await?;
            let marks = match &current {
                Some(c) => {
                    let scope = crate::said::target::followup_scope(c.date.date_id);
                    crate::said::service::marks_for(&db, &access, &scope).await?
                }
                None => crate::said::Marks::default(),
            };
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
                next: current
                    .as_ref()
                    .map(|c| crate::followup::service::next_of(&c.date)),
                content: current.map(|c| c.content).unwrap_or_default(),
                marks,
                may_write: access.may(Action::WritePlan),
                money,
            })
        }
        .await,
    )
}

#[server]
pub async fn load_follow_up_step(no: i64) -> Result<StepData, AppError> {
    use crate::followup::content::Step;
    forms::page(
        async move {
            let db = context::db()?;
            // A step page is the form that answers it: only those who may write see it (a
            // relative with the read right reads the answers on the check page).
            let access = guard::subject(&db, Action::WritePlan).await?;
            let client_id = access.client.client_id;
            let said = crate::said::service::choice_for(&db, &access).await?;
            let current = crate::followup::service::current(&db, client_id)
                .await?
                .ok_or(AppError::NotFound)?;
            let items = &current.content.items;
            let step = Step::from_no(no, items.len()).ok_or(AppError::NotFound)?;
            let wish = match step {
                Step::Item(i) => items.get(i).map(|it| (it.section.clone(), it.wish.clone())),
                _ => None,
            };
            let session = &access.who.session_id;
            let kept = crate::followup::service::refused_step(&db, session, client_id, no).await?;
            let saved = current.content.input(step);
            // A refused save keeps the writer's mark with their text.
            let said = said.map(|start| kept.as_ref().and_then(|k| k.said).unwrap_or(start));
            let (input, error, saved_now, version) = match kept {
                Some(k) => {
                    let changed = k.error == crate::followup::content::StepError::ChangedByOther;
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
                said,
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
    said: Option<String>,
) -> Result<(), AppError> {
    use crate::followup::content::StepInput;
    use crate::followup::service::{save_step, StepForm};
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::WritePlan).await?;
        let mark = crate::said::service::mark_for(&db, &access, said.as_deref()).await?;
        let form = StepForm {
            no: no.trim().parse().unwrap_or(0),
            version: version.trim().parse().unwrap_or(-1),
            idem,
            input: StepInput {
                rating: rating.unwrap_or_default(),
                words: words.unwrap_or_default(),
            },
            mark: Some(mark),
        };
        Ok(save_step(&db, &writer(&access), &access.who.session_id, form).await?)
    }
    .await;
    forms::finish(result)
}
