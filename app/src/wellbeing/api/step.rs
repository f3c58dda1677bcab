//! One page of a round: loading it and saving its answer.

use crate::error::AppError;
use crate::wellbeing::view::StepPageData;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;
#[cfg(feature = "ssr")]
use crate::wellbeing::items::{RoundKind, Step};

#[cfg(feature = "ssr")]
fn parse(round: &str, step: &str) -> Result<(RoundKind, Step), AppError> {
    let kind = RoundKind::from_slug(round).ok_or(AppError::NotFound)?;
    let step = Step::parse(kind, step).ok_or(AppError::NotFound)?;
    Ok((kind, step))
}

#[server]
pub async fn load_wellbeing_step(round: String, step: String) -> Result<StepPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::WriteWellbeing).await?;
            let (kind, step) = parse(&round, &step)?;
            let is_client = access.relation == crate::access::policy::Relation::Own;
            let on = super::writer(&access);
            let today = crate::dates::today();
            let mut page =
                crate::wellbeing::service::step_page(&db, &on, kind, step, today, is_client)
                    .await?;
            // Only the comment is a statement in words; the scale answers are not marked.
            page.said = match step {
                Step::Comment => crate::said::service::choice_for(&db, &access)
                    .await?
                    .map(|start| page.said.unwrap_or(start)),
                _ => None,
            };
            Ok(page)
        }
        .await,
    )
}

pub use step_form::{save_wellbeing_step, SaveWellbeingStep};

/// The page's endpoint takes one argument per form field, so that a plain HTML form can post
/// to it; the lint exception is scoped to this module, where the server-function macro's
/// generated code also lives.
#[allow(clippy::too_many_arguments)]
mod step_form {
    use super::*;

    /// Receives one page's form. Field names match the HTML form, so a plain post works.
    #[server]
    pub async fn save_wellbeing_step(
        round: String,
        step: String,
        version: String,
        idem: String,
        choice: Option<String>,
        comment: Option<String>,
        support: Option<String>,
        said: Option<String>,
    ) -> Result<(), AppError> {
        use crate::wellbeing::service::{save_step, StepForm};
        let result = async move {
            let db = context::db()?;
            let access = guard::subject_active(&db, Action::WriteWellbeing).await?;
            let (kind, step) = parse(&round, &step)?;
            let mark = crate::said::service::mark_for(&db, &access, said.as_deref()).await?;
            let form = StepForm {
                version: version.trim().parse().unwrap_or(0),
                idem,
                choice,
                comment,
                support,
                said,
                mark: Some(mark),
            };
            let on = super::super::writer(&access);
            Ok(save_step(&db, &on, kind, step, form, crate::dates::today()).await?)
        }
        .await;
        forms::finish(result)
    }
}
