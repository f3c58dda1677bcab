//! Pages for when something is missing or went wrong. They say what to do next.

use super::frame::Frame;
use crate::error::AppError;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Frame title=t("not-found-title") signed_in=false>
            <h1>{t("not-found-title")}</h1>
            <p>{t("not-found-text")}</p>
            <p><a href="/">{t("go-to-start")}</a></p>
        </Frame>
    }
}

#[component]
pub fn Problem() -> impl IntoView {
    view! {
        <Frame title=t("problem-title") signed_in=false>
            <h1>{t("problem-title")}</h1>
            <p>{t("problem-text")}</p>
            <p><a href="/">{t("go-to-start")}</a></p>
        </Frame>
    }
}

/// Shown in place of a page whose data could not be loaded.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    let signed_in = error != AppError::NotSignedIn;
    view! {
        <Frame title=t(error.message_id()) signed_in>
            <h1>{t(error.message_id())}</h1>
            <p><a href="/">{t("go-to-start")}</a></p>
        </Frame>
    }
}
