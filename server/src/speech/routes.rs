//! The two addresses that serve read-aloud audio: `GET /speech/{lang}/{ids}` reads fixed
//! interface text and `GET /speech/answer/{section}` reads the signed-in client's own answer.

use super::{Speech, SpeechError, RETRY_AFTER_SECONDS};
use app::access::{guard, policy::Action};
use app::db::Db;
use app::error::AppError;
use app::i18n::{self, Lang};
use app::ids::ClientId;
use app::plan::repo as plans;
use app::plan::section::Section;
use app::session::repo::SESSION_COOKIE;
use app::speech::lists;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::sync::Arc;

/// What the speech handlers need.
#[derive(Clone)]
struct SpeechState {
    db: Db,
    speech: Arc<Speech>,
    kiosk_idle_seconds: i64,
}

/// The speech addresses, ready to merge into the main router before its state is given.
/// `kiosk_idle_seconds` is the setting that decides when a kiosk session has ended.
pub fn routes<S>(db: Db, speech: Arc<Speech>, kiosk_idle_seconds: i64) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
{
    Router::new()
        // The fixed path wins over `{lang}`, so "answer" is never taken for a language.
        .route("/speech/answer/{section}", get(answer_audio))
        .route("/speech/{lang}/{ids}", get(message_audio))
        .with_state(SpeechState {
            db,
            speech,
            kiosk_idle_seconds,
        })
}

/// The text of a list of messages that some page reads, one after another. `None` for any
/// other list: anyone may ask without signing in, and each new combination would cost an
/// espeak-ng run and a cache file. Also `None` when a message does not exist (or needs
/// arguments, which this address cannot give); the app's tests rule that out.
fn message_text(lang: Lang, ids: &str) -> Option<String> {
    let list = lists::find(ids)?;
    let mut parts = Vec::with_capacity(list.ids().len());
    for id in list.ids() {
        if !i18n::has_message(lang, id) {
            return None;
        }
        let text = i18n::tr(lang, id);
        // Fluent shows a missing argument as `{$name}`; reading that aloud helps nobody.
        if text.contains("{$") {
            return None;
        }
        parts.push(text);
    }
    Some(parts.join(". "))
}

/// `GET /speech/{lang}/{ids}`: interface text, the same for everyone, so it is cached.
async fn message_audio(
    State(state): State<SpeechState>,
    Path((lang, ids)): Path<(String, String)>,
) -> Response {
    let Some(lang) = Lang::parse(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(text) = message_text(lang, &ids) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    audio_response(state.speech.synthesize(lang, &text, true).await)
}

/// `GET /speech/answer/{section}`: the signed-in client's own answer. Personal, so never cached.
async fn answer_audio(
    State(state): State<SpeechState>,
    Path(section): Path<String>,
    headers: HeaderMap,
) -> Response {
    let cookies = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let Some(session) = app::cookies::cookie_value(cookies, SESSION_COOKIE) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    // The same check and access-log row as the plan pages: a relative or worker may hear
    // only a plan they may read.
    let who = guard::who_from(&state.db, session.to_owned(), state.kiosk_idle_seconds).await;
    let access = match who {
        Ok(who) => guard::subject_of(&state.db, who, Action::ReadPlan).await,
        Err(error) => Err(error),
    };
    let client_id = match access {
        Ok(access) => access.client.client_id,
        Err(AppError::Internal) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        Err(AppError::Forbidden | AppError::NoClientChosen) => {
            return StatusCode::FORBIDDEN.into_response()
        }
        Err(_) => return StatusCode::UNAUTHORIZED.into_response(),
    };
    let Some(section) = Section::from_slug(&section) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let draft = match load_draft(&state.db, client_id).await {
        Ok(draft) => draft,
        Err(error) => {
            tracing::error!(%error, "speech: loading the draft failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let lang = Lang::from_cookie_header(cookies);
    // A chosen card is read as its word in the listener's language.
    let items = draft
        .content
        .answer(section)
        .map(|answer| answer.words(lang))
        .unwrap_or_default();
    if items.is_empty() {
        return StatusCode::NOT_FOUND.into_response();
    }
    audio_response(
        state
            .speech
            .synthesize(lang, &items.join(". "), false)
            .await,
    )
}

/// The audio, or a status without details; the reason goes to the log (never the text).
fn audio_response(result: Result<Vec<u8>, SpeechError>) -> Response {
    match result {
        Ok(wav) => (
            [(header::CONTENT_TYPE, HeaderValue::from_static("audio/wav"))],
            wav,
        )
            .into_response(),
        Err(SpeechError::Busy) => {
            tracing::warn!("speech: all runs busy, listener asked to try again");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS))],
            )
                .into_response()
        }
        Err(SpeechError::TooLong(chars)) => {
            tracing::warn!(chars, "speech: text too long to read");
            StatusCode::PAYLOAD_TOO_LARGE.into_response()
        }
        Err(error) => {
            tracing::error!(%error, "speech: no audio");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The client's draft, for reading an answer aloud.
async fn load_draft(
    db: &app::db::Db,
    client_id: ClientId,
) -> Result<app::plan::repo::Draft, app::db::StorageError> {
    plans::load_draft(&mut *db.conn().await?, client_id).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lists_that_pages_read_are_read() {
        assert!(message_text(Lang::Fi, "start-title,start-intro").is_some());
        assert!(message_text(Lang::Sv, "kiosk-warning").is_some());
        // Real messages, but no page reads them in this combination.
        assert!(message_text(Lang::Fi, "app-name").is_none());
        assert!(message_text(Lang::Fi, "app-name,about-title").is_none());
        assert!(message_text(Lang::Fi, "start-intro,start-title").is_none());
        assert!(message_text(Lang::Fi, "Start-title,start-intro").is_none());
        assert!(message_text(Lang::Fi, "").is_none());
        assert!(message_text(Lang::Fi, "start-title,start-intro,").is_none());
        assert!(message_text(Lang::Fi, "../etc").is_none());
        for list in lists::ALL {
            for lang in Lang::ALL {
                assert!(message_text(lang, &list.joined()).is_some(), "{list:?}");
            }
        }
    }
}
