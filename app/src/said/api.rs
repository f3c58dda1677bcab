//! Server functions of supported sessions and disagreements. Each authorises first (only the
//! client, alone or with the worker beside them, gets past the policy), then calls `repo`,
//! `sessions` or `service`.

use super::Mark;
use super::SupportedSession;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {
    super::{repo, sessions, DisagreeNotice},
    crate::access::{guard, policy::Action},
    crate::forms::{self, notice::Notice},
    crate::session::context,
};

/// The most letters the client's own words on a disagreement may have.
pub const MAX_DISAGREE_GRAPHEMES: usize = 1000;

/// The worker beside the client starts a supported session.
#[server]
pub async fn start_supported() -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::StartSupported).await?;
        let worker = access.who.assist.as_ref().ok_or(AppError::Forbidden)?;
        sessions::start_at(
            &mut *db.conn().await?,
            access.client.client_id,
            worker.worker_id,
            &worker.display_name,
            Some(access.who.session.place),
        )
        .await?;
        Ok("/home".to_owned())
    }
    .await;
    forms::finish(result)
}

/// Ends the supported session by a press; the client sees it on the record page.
#[server]
pub async fn end_supported() -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::EndSupported).await?;
        sessions::end(&mut *db.conn().await?, access.client.client_id).await?;
        Ok("/plan/sessions".to_owned())
    }
    .await;
    forms::finish(result)
}

/// The disagreement page: the statement's mark, and the client's words kept if refused.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DisagreePageData {
    pub scope: String,
    pub item: String,
    pub mark: Mark,
    pub words: String,
    pub idem: String,
    pub back: String,
}

/// Reads a scope and an item from an address: a statement's place (see `target`) that the
/// client can disagree with. A talking-mat sort is the client's own view, made with pictures:
/// it shows whose it is but is not argued with.
#[cfg(feature = "ssr")]
fn parse_target(scope: &str, item: &str) -> Result<super::target::Target, AppError> {
    match super::target::parse(scope, item) {
        Some(super::target::Target::Mat) | None => Err(AppError::NotFound),
        Some(target) => Ok(target),
    }
}

#[cfg(feature = "ssr")]
fn refused_form(scope: &str, item: &str) -> String {
    format!("disagree:{scope}:{item}")
}

#[server]
pub async fn load_disagree_page(
    scope: String,
    item: String,
    from: Option<String>,
) -> Result<DisagreePageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::Disagree).await?;
            let client_id = access.client.client_id;
            let target = parse_target(&scope, &item)?;
            let mark = repo::marks(&mut *db.conn().await?, client_id, &scope)
                .await?
                .into_iter()
                .find(|m| m.item == item && m.by_someone_else())
                .ok_or(AppError::NotFound)?;
            let kept =
                forms::refused::refused(&mut *db.conn().await?, &access.who.session_id, client_id)
                    .await?
                    .into_iter()
                    .find(|(form, _)| *form == refused_form(&scope, &item))
                    .map(|(_, words)| words)
                    .unwrap_or_default();
            Ok(DisagreePageData {
                back: target.page(&scope, from.as_deref()),
                scope,
                item,
                mark,
                words: kept,
                idem: crate::forms::idempotency::new_key(),
            })
        }
        .await,
    )
}

/// The client says "En ole samaa mieltä", with optional own words. Only ever adds.
#[server]
pub async fn disagree(
    scope: String,
    item: String,
    seen: String,
    idem: String,
    after: String,
    words: Option<String>,
) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let access = guard::subject_active(&db, Action::Disagree).await?;
        let client_id = access.client.client_id;
        parse_target(&scope, &item)?;
        let words = words.unwrap_or_default().trim().to_owned();
        // The frame's own forms carry a `back` field; this form's way back is `after`.
        let back = forms::safe_back(&after);
        let session = access.who.session_id.clone();
        let form = refused_form(&scope, &item);
        // Back to the same page with the words kept, and the way back it had.
        let again = |notice: DisagreeNotice| {
            let at = notice.at(&format!("/plan/disagree/{scope}/{item}"));
            let from = match back.as_str() {
                "/plan/summary" => Some(super::target::SUMMARY),
                "/followup/history" => Some(super::target::HISTORY),
                _ => None,
            };
            match from {
                Some(from) => format!("{at}&from={from}"),
                None => at,
            }
        };
        if crate::plan::content::grapheme_len(&words) > MAX_DISAGREE_GRAPHEMES {
            forms::refused::put_refused(&mut *db.conn().await?, &session, client_id, &form, &words)
                .await?;
            return Ok(again(DisagreeNotice::TooLong));
        }
        let seen = seen.trim().parse::<i64>().unwrap_or(0);
        let outcome = repo::disagree(
            &mut *db.conn().await?,
            client_id,
            &scope,
            &item,
            seen,
            &words,
            &idem,
            &back,
        )
        .await?;
        Ok(match outcome {
            repo::DisagreeOutcome::Added => {
                forms::refused::clear_refused(&mut *db.conn().await?, &session, client_id, &form)
                    .await?;
                back
            }
            repo::DisagreeOutcome::Replayed(previous) if !previous.is_empty() => previous,
            repo::DisagreeOutcome::Replayed(_) => back,
            repo::DisagreeOutcome::Changed => {
                forms::refused::put_refused(
                    &mut *db.conn().await?,
                    &session,
                    client_id,
                    &form,
                    &words,
                )
                .await?;
                again(DisagreeNotice::Changed)
            }
        })
    }
    .await;
    forms::finish(result)
}

/// One supported session on the client's record page, with what was marked how in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionView {
    pub session: SupportedSession,
    pub marks: Vec<Mark>,
}

/// The client's record of supported sessions: who was there and what was marked how.
#[server]
pub async fn load_supported_sessions() -> Result<Vec<SessionView>, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let client_id = guard::subject(&db, Action::ReadLog).await?.client.client_id;
            let list = sessions::list(&mut *db.conn().await?, client_id).await?;
            let mut views = Vec::new();
            for session in list {
                let marks =
                    repo::marks_in_session(&mut *db.conn().await?, client_id, session.id).await?;
                views.push(SessionView { session, marks });
            }
            Ok(views)
        }
        .await,
    )
}
