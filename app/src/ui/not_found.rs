//! Pages for when something is missing or went wrong. They say what to do next.

use crate::error::AppError;
use crate::i18n::{t, tr_args, use_lang};
use crate::speech::lists::{self, ListenList};
use crate::ui::frame::Frame;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    message_page("not-found-title", "not-found-text", lists::NOT_FOUND)
}

/// Something failed on the server. The request's number (from the address) is shown, so the
/// person can tell it and the server's log line for it is found.
#[component]
pub fn Problem() -> impl IntoView {
    let reference = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("ref")
        .filter(|r| r.len() == 16 && r.chars().all(|c| c.is_ascii_hexdigit()));
    view! {
        {message_page("problem-title", "problem-text", lists::PROBLEM)}
        {reference.map(|r| view! {
            <p class="problem-ref">{tr_args(use_lang(), "problem-ref", &[("ref", r.into())])}</p>
        })}
    }
}

/// A person tried something they may not do. The try is in the client's access log.
#[component]
pub fn Forbidden() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::FORBIDDEN);
    }
    view! {
        <Frame title=t("error-forbidden") signed_in=true listen=lists::FORBIDDEN>
            <h1>{t("error-forbidden")}</h1>
            <p>{t("forbidden-text")}</p>
            <p><a href="/home">{t("go-home")}</a></p>
        </Frame>
    }
}

/// A page that says one thing and offers the way back to the start.
fn message_page(
    title_id: &'static str,
    text_id: &'static str,
    listen: ListenList,
) -> impl IntoView {
    view! {
        <Frame title=t(title_id) signed_in=false listen>
            <h1>{t(title_id)}</h1>
            <p>{t(text_id)}</p>
            <p><a href="/">{t("go-to-start")}</a></p>
        </Frame>
    }
}

/// Shown in place of a page whose data could not be loaded.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    let signed_in = error != AppError::NotSignedIn;
    view! {
        <Frame title=t(error.message_id()) signed_in listen=error.listen()>
            <h1>{t(error.message_id())}</h1>
            <p><a href="/">{t("go-to-start")}</a></p>
        </Frame>
    }
}
