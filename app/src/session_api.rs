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
    /// The code a worker types to mark a device as a kiosk; `None` turns kiosk setup off.
    pub kiosk_code: Option<String>,
    /// Seconds without activity before a kiosk session ends.
    pub kiosk_idle_seconds: i64,
    /// Seconds before that end when the countdown appears.
    pub kiosk_warn_seconds: i64,
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
    let demo_codes = auth::site().demo_codes;
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
        let device = auth::device();
        let place = if device.kiosk {
            storage::sessions::Place::Kiosk
        } else {
            storage::sessions::Place::Home
        };
        let id = storage::sessions::create(&db, client.client_id, place).await?;
        set_cookie(&auth::session_cookie(&id, 24 * 60 * 60));
        // At home the client's own settings follow them; at the kiosk the device's stay.
        if !device.kiosk {
            if let Some(prefs) = storage::prefs::load(&db, client.client_id).await? {
                set_cookie(&prefs_cookie(prefs));
            }
        }
        Ok("/home".to_owned())
    }
    .await;
    forms::finish(result)
}

/// Ends the session on the server and in the browser. `timeout` says the kiosk ended it.
#[server]
pub async fn sign_out(timeout: Option<String>) -> Result<(), AppError> {
    let result = async move {
        let db = auth::db()?;
        end_session(&db).await?;
        Ok(if timeout.is_some() {
            "/?timeout=1"
        } else {
            "/?bye=1"
        }
        .to_owned())
    }
    .await;
    forms::finish(result)
}

/// Deletes the session and everything personal in this browser: the session cookie, the
/// settings at a kiosk, and the browser's caches and storage for this site.
#[cfg(feature = "ssr")]
pub async fn end_session(db: &storage::Db) -> Result<(), AppError> {
    if let Some(id) = auth::session_id() {
        storage::sessions::delete(db, &id).await?;
    }
    set_cookie(&auth::session_cookie("", 0));
    if auth::device().kiosk {
        set_cookie(&format!(
            "{}=; Path=/; SameSite=Lax; Max-Age=0",
            crate::prefs::PREFS_COOKIE
        ));
    }
    // Cookies are not cleared this way: the kiosk mark must stay on the device.
    if let (Some(options), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str("\"cache\", \"storage\""),
    ) {
        options.insert_header(http::HeaderName::from_static("clear-site-data"), value);
    }
    Ok(())
}

#[cfg(feature = "ssr")]
fn prefs_cookie(prefs: crate::prefs::Prefs) -> String {
    format!(
        "{}={}; Path=/; SameSite=Lax; Max-Age=31536000",
        crate::prefs::PREFS_COOKIE,
        prefs.encode()
    )
}

/// Says that the person at a kiosk is still active (they typed or asked for more time).
#[server(endpoint = "still_here")]
pub async fn still_here() -> Result<(), AppError> {
    let db = auth::db()?;
    auth::active_client(&db).await?;
    Ok(())
}

/// Applies one settings button. Signed in at home, the settings are kept on the server too.
#[server]
pub async fn change_prefs(change: String, back: String) -> Result<(), AppError> {
    let result = async move {
        let device = auth::device();
        let prefs = device.prefs.apply(&change);
        set_cookie(&prefs_cookie(prefs));
        if !device.kiosk {
            let db = auth::db()?;
            if let Ok(client) = auth::current_client(&db).await {
                storage::prefs::save(&db, client.client_id, prefs).await?;
            }
        }
        Ok(forms::safe_back(&back))
    }
    .await;
    forms::finish(result)
}

/// Marks this device as a kiosk (or unmarks it) when the worker's kiosk code is right.
#[server]
pub async fn kiosk_setup(code: String, mode: String) -> Result<(), AppError> {
    let result = async move {
        let expected = auth::site().kiosk_code.ok_or(AppError::NotFound)?;
        if code.trim() != expected {
            return Ok("/kiosk?error=code".to_owned());
        }
        let db = auth::db()?;
        end_session(&db).await?;
        if mode == "off" {
            set_cookie(&format!(
                "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0",
                crate::prefs::KIOSK_COOKIE
            ));
        } else {
            set_cookie(&format!(
                "{}=1; Path=/; HttpOnly; SameSite=Strict; Max-Age=315360000",
                crate::prefs::KIOSK_COOKIE
            ));
        }
        Ok("/".to_owned())
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
