//! Server functions of the mat pages. Each is a public endpoint: it asks the access guard first
//! (which logs every read by someone other than the client) and uses only the client the guard
//! returns. The topic list reads the plan; the card, mat and last pages are the answering
//! forms, so they need the write right.

use super::sort::MatView;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;

/// The topic list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatsData {
    pub mats: Vec<MatView>,
    pub may_write: bool,
}

/// A card page, the whole mat or the last page of one topic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatPageData {
    pub mat: MatView,
    pub idem: String,
    /// The card the person pressed when someone else saved first, and where they put it.
    pub kept_card: Option<String>,
    pub kept_place: Option<super::place::Place>,
    /// Someone other than the client alone sorts: the choice of whose view it is.
    pub said: Option<crate::said::Said>,
}

/// The page's language, from the request's cookie, for the words of the data files.
#[cfg(feature = "ssr")]
pub fn request_lang() -> crate::i18n::Lang {
    crate::i18n::Lang::from_cookie_header(&crate::cookies::request_cookie_header())
}

/// The client sorting, who is writing, and their session (for a kept refused press). The
/// same shape as the wellbeing rounds', whose rules on who answered the mat shares.
#[cfg(feature = "ssr")]
pub fn writer(access: &guard::Access) -> crate::wellbeing::service::Writer {
    crate::wellbeing::service::Writer {
        client_id: access.client.client_id,
        author: access.author.clone(),
        session_id: access.who.session_id.clone(),
    }
}

#[server]
pub async fn load_mats() -> Result<MatsData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::ReadPlan).await?;
            let on = writer(&access);
            Ok(MatsData {
                mats: super::service::mats(&db, &on, request_lang()).await?,
                may_write: access.may(Action::WritePlan),
            })
        }
        .await,
    )
}

#[server]
pub async fn load_mat(topic: String) -> Result<MatPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::WritePlan).await?;
            let on = writer(&access);
            let said = crate::said::service::choice_for(&db, &access).await?;
            let (mat, kept) = super::service::mat(&db, &on, request_lang(), &topic)
                .await?
                .ok_or(AppError::NotFound)?;
            // A refused press keeps the writer's mark.
            let kept_said = kept
                .as_ref()
                .and_then(|k| k.said.as_deref())
                .and_then(crate::said::Said::parse);
            let said = said.map(|start| kept_said.unwrap_or(start));
            let kept_pair = kept.and_then(|k| match (k.card, k.place) {
                (Some(card), Some(place)) => Some((card, super::place::Place::parse(&place)?)),
                _ => None,
            });
            Ok(MatPageData {
                mat,
                idem: crate::forms::idempotency::new_key(),
                kept_card: kept_pair.as_ref().map(|(c, _)| c.clone()),
                kept_place: kept_pair.map(|(_, p)| p),
                said,
            })
        }
        .await,
    )
}

pub use press_form::{press_mat, PressMat};

/// The press endpoint takes one argument per form field, so that a plain HTML form can post
/// to it; the lint exception is scoped to this module, where the server-function macro's
/// generated code also lives.
#[allow(clippy::too_many_arguments)]
mod press_form {
    use super::*;

    /// Receives one press: a card put on a place, a card moved, or "Valmis". Field names match
    /// the HTML forms, so a plain post works.
    #[server]
    pub async fn press_mat(
        topic: String,
        version: String,
        idem: String,
        card: Option<String>,
        place: Option<String>,
        shift: Option<String>,
        support: Option<String>,
        finish: Option<String>,
        said: Option<String>,
    ) -> Result<(), AppError> {
        use crate::mat::service::{press, MatForm};
        let result = async move {
            let db = context::db()?;
            let access = guard::subject_active(&db, Action::WritePlan).await?;
            let on = writer(&access);
            let mark = crate::said::service::mark_for(&db, &access, said.as_deref()).await?;
            let form = MatForm {
                version: version.trim().parse().unwrap_or(0),
                idem,
                card,
                place,
                shift,
                support,
                said,
                mark: Some(mark),
            };
            press(&db, &on, &topic, finish.is_some(), form)
                .await?
                .ok_or(AppError::NotFound)
        }
        .await;
        forms::finish(result)
    }
}
