//! Server functions for signing in and out and for choosing the language.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::{auth, forms, storage};

/// Settings of this running site that pages need, provided as context by the server.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteInfo {
    /// Demo clients' names and sign-in codes, shown on the start page in demo mode only.
    pub demo_codes: Vec<(String, String)>,
}

/// What the start page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StartPageData {
    pub signed_in: bool,
    pub demo_codes: Vec<(String, String)>,
}

#[server]
pub async fn load_start() -> Result<StartPageData, AppError> {
    let db = auth::db()?;
    let signed_in = auth::current_client(&db).await.is_ok();
    let demo_codes = use_context::<SiteInfo>().unwrap_or_default().demo_codes;
    Ok(StartPageData {
        signed_in,
        demo_codes,
    })
}

/// Whether the request has a valid session (the page frame shows "I am done" then).
#[server]
pub async fn is_signed_in() -> Result<bool, AppError> {
    let db = auth::db()?;
    Ok(auth::current_client(&db).await.is_ok())
}

/// Signs in with a personal code. A new session id is made at every sign-in and an
/// earlier session sent along is ended, so nothing carries over from before.
#[server]
pub async fn sign_in(code: String) -> Result<(), AppError> {
    let result = async move {
        let db = auth::db()?;
        if let Some(old) = auth::session_id() {
            storage::sessions::delete(&db, &old).await?;
        }
        let Some(client) = storage::clients::find_by_code(&db, &code).await? else {
            return Ok("/?error=code".to_owned());
        };
        let id = storage::sessions::create(&db, client.client_id).await?;
        set_cookie(&auth::session_cookie(&id, 12 * 60 * 60));
        Ok("/home".to_owned())
    }
    .await;
    forms::finish(result)
}

/// Ends the session on the server and in the browser.
#[server]
pub async fn sign_out() -> Result<(), AppError> {
    let result = async move {
        let db = auth::db()?;
        if let Some(id) = auth::session_id() {
            storage::sessions::delete(&db, &id).await?;
        }
        set_cookie(&auth::session_cookie("", 0));
        Ok("/?bye=1".to_owned())
    }
    .await;
    forms::finish(result)
}

/// Remembers the chosen language for a year and returns to the page the user was on.
#[server]
pub async fn set_language(lang: String, back: String) -> Result<(), AppError> {
    let lang = crate::i18n::Lang::parse(&lang).unwrap_or_default();
    set_cookie(&format!(
        "{}={}; Path=/; SameSite=Lax; Max-Age=31536000",
        crate::i18n::LANG_COOKIE,
        lang.tag()
    ));
    forms::finish(Ok(forms::safe_back(&back)))
}

#[cfg(feature = "ssr")]
fn set_cookie(value: &str) {
    if let (Some(options), Ok(header)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(value),
    ) {
        options.append_header(http::header::SET_COOKIE, header);
    }
}
