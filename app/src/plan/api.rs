//! Server functions of the plan. Each is a public endpoint: it finds the signed-in client
//! first and uses only that client's id, then calls the plan service.

#[cfg(feature = "ssr")]
use super::content::Goal;
use super::content::{FieldError, PlanContent, SectionInput};
use super::section::Section;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

#[cfg(feature = "ssr")]
fn writer(access: guard::Access) -> super::service::Writer {
    super::service::Writer {
        client_id: access.client.client_id,
        author: access.author,
    }
}

/// Everything a section page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectionPageData {
    pub section: Section,
    pub input: SectionInput,
    pub errors: Vec<FieldError>,
    pub version: i64,
    pub idem: String,
    pub from_check: bool,
}

#[server]
pub async fn load_section_page(
    slug: String,
    from_check: bool,
) -> Result<SectionPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let client = guard::subject(&db, Action::ReadPlan).await?.client;
            let section = Section::from_slug(&slug).ok_or(AppError::NotFound)?;
            let draft =
                crate::plan::repo::load_draft(&mut *db.conn().await?, client.client_id).await?;
            let pending =
                crate::plan::repo::pending(&mut *db.conn().await?, client.client_id, section)
                    .await?;
            let (input, errors, version) = match pending {
                Some(p) => (p.input, p.errors, p.base_version),
                None => (
                    SectionInput::from_answer(draft.content.answer(section)),
                    Vec::new(),
                    draft.version(section),
                ),
            };
            Ok(SectionPageData {
                section,
                input,
                errors,
                version,
                idem: crate::forms::idempotency::new_key(),
                from_check,
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
        autosave: Option<String>,
    ) -> Result<(), AppError> {
        use crate::plan::service::{autosave_section, submit_section, SectionForm};
        let pair = |goal: Option<String>, how: Option<String>| Goal {
            goal: goal.unwrap_or_default(),
            how: how.unwrap_or_default(),
        };
        let result = async move {
            let db = context::db()?;
            let writer = writer(guard::subject_active(&db, Action::WritePlan).await?);
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
                input: SectionInput {
                    answer: answer.unwrap_or_default(),
                    goals,
                },
            };
            if autosave.is_some() {
                return Ok(autosave_section(&db, &writer, section, form).await?);
            }
            Ok(submit_section(&db, &writer, section, form).await?)
        }
        .await;
        forms::finish(result)
    }
}

/// The check-your-answers page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckPageData {
    pub content: PlanContent,
    pub idem: String,
}

#[server]
pub async fn load_check_page() -> Result<CheckPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let client = guard::subject(&db, Action::ReadPlan).await?.client;
            let draft =
                crate::plan::repo::load_draft(&mut *db.conn().await?, client.client_id).await?;
            Ok(CheckPageData {
                content: draft.content,
                idem: crate::forms::idempotency::new_key(),
            })
        }
        .await,
    )
}

#[server]
pub async fn save_plan(idem: String) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let writer = writer(guard::subject_active(&db, Action::WritePlan).await?);
        Ok(super::service::submit_plan(&db, &writer, &idem).await?)
    }
    .await;
    forms::finish(result)
}

/// The signed-in home page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomePageData {
    /// The client whose plan this is.
    pub name: String,
    /// Who is looking: client, relative or worker.
    pub viewer: String,
    pub viewer_name: String,
    pub may_write: bool,
    pub may_see_money: bool,
    /// The worker helping beside the client, in worker-assisted mode.
    pub assist: Option<String>,
    pub unsaved: bool,
    pub continue_to: String,
    pub has_saved: bool,
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
            let draft =
                crate::plan::repo::load_draft(&mut *db.conn().await?, client.client_id).await?;
            let newest =
                crate::plan::repo::get_version(&mut *db.conn().await?, client.client_id, None)
                    .await?;
            let unsaved = super::service::has_unsaved_changes(
                &draft.content,
                newest.as_ref().map(|v| &v.content),
            );
            let has_saved = newest.is_some();
            let continue_to = super::service::first_unanswered(&draft.content)
                .map(Section::path)
                .unwrap_or_else(|| "/plan/check".to_owned());
            Ok(HomePageData {
                name: client.display_name.clone(),
                viewer: access.who.session.actor.kind.as_str().to_owned(),
                viewer_name: access.who.name.clone(),
                may_write,
                may_see_money,
                assist: access.who.assist.as_ref().map(|w| w.display_name.clone()),
                unsaved,
                continue_to,
                has_saved,
            })
        }
        .await,
    )
}

/// One saved version as a page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionView {
    pub version_no: i64,
    pub saved_by_role: String,
    pub saved_by_name: String,
    pub created_at: i64,
    pub content: Option<PlanContent>,
    /// On the summary, for someone who may see the money: the wishes with money for them.
    pub funded: Vec<crate::money::FundedWish>,
}

#[cfg(feature = "ssr")]
fn version_view(info: crate::plan::repo::VersionInfo, content: Option<PlanContent>) -> VersionView {
    VersionView {
        version_no: info.version_no,
        saved_by_role: info.saved_by.role.as_str().to_owned(),
        saved_by_name: info.saved_by.name,
        created_at: info.created_at,
        content,
        funded: Vec::new(),
    }
}

#[server]
pub async fn load_versions() -> Result<Vec<VersionView>, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let client = guard::subject(&db, Action::ReadPlan).await?.client;
            let list =
                crate::plan::repo::list_versions(&mut *db.conn().await?, client.client_id).await?;
            Ok(list
                .into_iter()
                .map(|info| version_view(info, None))
                .collect())
        }
        .await,
    )
}

/// One version with its content; `version_no` 0 means the newest.
#[server]
pub async fn load_version(version_no: i64) -> Result<VersionView, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let client_id = access.client.client_id;
            let wanted = (version_no > 0).then_some(version_no);
            let saved = crate::plan::repo::get_version(&mut *db.conn().await?, client_id, wanted)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut view = version_view(saved.info, Some(saved.content));
            // The newest version is the summary: show the money beside the wishes to those
            // who may see it (and log that they did).
            if version_no == 0 && access.may(Action::SeeMoney) {
                guard::note(&db, &access, Action::SeeMoney).await?;
                view.funded = crate::money::view::funded_wishes(&db, client_id).await?;
            }
            Ok(view)
        }
        .await,
    )
}
