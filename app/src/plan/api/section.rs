//! A section page of the plan: loading it (with the client's refused answer, if any) and
//! saving it, as a plain form post or as an autosave.

#[cfg(feature = "ssr")]
use super::writer;
use crate::error::AppError;
use crate::plan::cards::Card;
#[cfg(feature = "ssr")]
use crate::plan::content::Goal;
use crate::plan::content::{FieldError, PlanItem, SectionInput};
use crate::plan::section::Section;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

/// Everything a section page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectionPageData {
    pub section: Section,
    pub input: SectionInput,
    pub errors: Vec<FieldError>,
    pub version: i64,
    pub idem: String,
    pub from_check: bool,
    /// The picture cards the question offers (none: a text question).
    pub cards: Vec<Card>,
    /// The things chosen so far, in the client's order.
    pub items: Vec<PlanItem>,
    /// Someone other than the client alone writes: the choice of whose words these are.
    pub said: Option<crate::said::Said>,
}

#[server]
pub async fn load_section_page(
    slug: String,
    from_check: bool,
) -> Result<SectionPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let said = crate::said::service::choice_for(&db, &access).await?;
            let (client, session) = (access.client, access.who.session_id);
            let section = Section::from_slug(&slug).ok_or(AppError::NotFound)?;
            let draft =
                crate::plan::repo::load_draft(&mut *db.conn().await?, client.client_id).await?;
            let conn = &mut *db.conn().await?;
            let pending =
                crate::plan::repo::pending(conn, &session, client.client_id, section).await?;
            // A refused save keeps the writer's mark with their text.
            let said = said.map(|start| pending.as_ref().and_then(|p| p.said).unwrap_or(start));
            let (input, errors, version) = match pending {
                Some(p) => (p.input, p.errors, p.base_version),
                None => (
                    SectionInput::from_answer(draft.content.answer(section)),
                    Vec::new(),
                    draft.version(section),
                ),
            };
            let items = draft
                .content
                .answer(section)
                .map(|a| a.entries())
                .unwrap_or_default();
            Ok(SectionPageData {
                cards: crate::plan::cards::catalogue().for_section(section),
                items,
                section,
                input,
                errors,
                version,
                idem: crate::forms::idempotency::new_key(),
                from_check,
                said,
            })
        }
        .await,
    )
}

pub use section_form::{save_section, SaveSection};

/// The section form's endpoint takes one argument per form field, so that a plain HTML form
/// can post to it; the lint exception is scoped to this module, where the server-function
/// macro's generated code also lives.
#[allow(clippy::too_many_arguments)]
mod section_form {
    use super::*;

    /// Receives a section form. Field names match the HTML form, so a plain post works.
    #[server]
    pub async fn save_section(
        section: String,
        version: String,
        idem: String,
        from_check: Option<String>,
        answer: Option<String>,
        goal_1: Option<String>,
        how_1: Option<String>,
        goal_2: Option<String>,
        how_2: Option<String>,
        goal_3: Option<String>,
        how_3: Option<String>,
        card: Option<Vec<String>>,
        shift: Option<String>,
        autosave: Option<String>,
        said: Option<String>,
    ) -> Result<(), AppError> {
        use crate::plan::service::{autosave_section, submit_section, SectionForm};
        let pair = |goal: Option<String>, how: Option<String>| {
            Goal::words(goal.unwrap_or_default(), how.unwrap_or_default())
        };
        let result = async move {
            let db = context::db()?;
            let access = guard::subject_active(&db, Action::WritePlan).await?;
            let session = access.who.session_id.clone();
            let mark = crate::said::service::mark_for(&db, &access, said.as_deref()).await?;
            let writer = writer(access);
            let section = Section::from_slug(&section).ok_or(AppError::NotFound)?;
            let goals = if section == Section::Goals {
                vec![
                    pair(goal_1, how_1),
                    pair(goal_2, how_2),
                    pair(goal_3, how_3),
                ]
            } else {
                Vec::new()
            };
            let form = SectionForm {
                version: version.trim().parse().unwrap_or(0),
                idem,
                from_check: from_check.is_some_and(|v| v == "1"),
                mark: Some(mark),
                input: SectionInput {
                    answer: answer.unwrap_or_default(),
                    goals,
                    cards: card.unwrap_or_default(),
                    shift: shift.unwrap_or_default(),
                },
            };
            if autosave.is_some() {
                return Ok(autosave_section(&db, &writer, &session, section, form).await?);
            }
            Ok(submit_section(&db, &writer, &session, section, form).await?)
        }
        .await;
        forms::finish(result)
    }
}
