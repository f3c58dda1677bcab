//! Server functions for signing in and out and for choosing the language.

use super::DemoCard;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::{KioskNotice, StartNotice};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::forms::notice::Notice;
#[cfg(feature = "ssr")]
use crate::session::context;

/// What the start page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StartPageData {
    pub signed_in: bool,
    pub demo_codes: Vec<DemoCard>,
}

#[server]
pub async fn load_start() -> Result<StartPageData, AppError> {
    let db = context::db()?;
    let signed_in = crate::access::guard::who(&db).await.is_ok();
    let demo_codes = context::site().demo_codes;
    Ok(StartPageData {
        signed_in,
        demo_codes,
    })
}

/// At home, a client's own settings follow them; at the kiosk the device's settings stay.
#[cfg(feature = "ssr")]
pub async fn restore_prefs(
    db: &crate::db::Db,
    person: crate::people::PersonRef,
) -> Result<(), AppError> {
    let Some(client_id) = person.as_client() else {
        return Ok(());
    };
    if context::device().kiosk {
        return Ok(());
    }
    if let Some(prefs) = crate::settings::repo::load(&mut *db.conn().await?, client_id).await? {
        context::set_cookie(&prefs_cookie(prefs));
    }
    Ok(())
}

/// Ends the session on the server and in the browser. `timeout` says the kiosk ended it.
#[server]
pub async fn sign_out(timeout: Option<String>) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        end_session(&db).await?;
        Ok(if timeout.is_some() {
            StartNotice::TimedOut.at("/")
        } else {
            StartNotice::SignedOut.at("/")
        }
        .to_owned())
    }
    .await;
    forms::finish(result)
}

/// Deletes the session and everything personal in this browser: the session cookie, a
/// sign-in still in progress (so the next person cannot finish it), the settings at a kiosk,
/// and the browser's caches and storage for this site.
#[cfg(feature = "ssr")]
pub async fn end_session(db: &crate::db::Db) -> Result<(), AppError> {
    if let Some(id) = context::session_id() {
        crate::session::repo::delete(&mut *db.conn().await?, &id).await?;
    }
    context::set_cookie(&context::session_cookie("", 0));
    if let Some(attempt) = context::cookie(context::ATTEMPT_COOKIE) {
        crate::session::repo::end_attempt(&mut *db.conn().await?, &attempt).await?;
        context::set_cookie(&context::secret_cookie(context::ATTEMPT_COOKIE, "", 0));
    }
    if context::device().kiosk {
        // The next person at the kiosk starts with the device's own settings and language.
        for cookie in [crate::settings::PREFS_COOKIE, crate::i18n::LANG_COOKIE] {
            context::set_cookie(&format!("{cookie}=; Path=/; SameSite=Lax; Max-Age=0"));
        }
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
fn prefs_cookie(prefs: crate::settings::Prefs) -> String {
    format!(
        "{}={}; Path=/; SameSite=Lax; Max-Age=31536000",
        crate::settings::PREFS_COOKIE,
        prefs.encode()
    )
}

/// Says that the person at a kiosk is still active (they typed or asked for more time).
#[server(endpoint = "still_here")]
pub async fn still_here() -> Result<(), AppError> {
    let db = context::db()?;
    crate::access::guard::active(&db).await?;
    Ok(())
}

/// Applies one settings button. Signed in at home, the settings are kept on the server too.
#[server]
pub async fn change_prefs(change: String, back: String) -> Result<(), AppError> {
    let result = async move {
        let device = context::device();
        let prefs = device.prefs.apply(&change);
        context::set_cookie(&prefs_cookie(prefs));
        if !device.kiosk {
            let db = context::db()?;
            if let Ok(who) = crate::access::guard::who(&db).await {
                if let Some(client_id) = who.session.actor.as_client() {
                    crate::settings::repo::save(&mut *db.conn().await?, client_id, prefs).await?;
                }
            }
        }
        Ok(forms::safe_back(&back))
    }
    .await;
    forms::finish(result)
}

/// Marks this device as a kiosk (or unmarks it) when the worker's kiosk code is right. The
/// server registers the device and gives it a token in a `__Host-` cookie (`session::kiosk`).
/// Wrong codes from one address are limited like worker sign-ins.
#[server]
pub async fn kiosk_setup(code: String, mode: String) -> Result<(), AppError> {
    use crate::session::kiosk;
    let result = async move {
        let expected = context::site().kiosk_code.ok_or(AppError::NotFound)?;
        let tries = use_context::<KioskCodeTries>().ok_or(AppError::Internal)?;
        if !tries.0.allow(
            crate::session::request::client_address().await,
            crate::db::now_ms(),
        ) {
            return Ok(KioskNotice::Wait.at("/kiosk"));
        }
        if !kiosk::code_matches(&code, &expected) {
            return Ok(KioskNotice::CodeWrong.at("/kiosk"));
        }
        let db = context::db()?;
        end_session(&db).await?;
        // A mark a browser set itself before this version: gone either way.
        context::set_cookie(&format!(
            "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0",
            crate::settings::KIOSK_COOKIE
        ));
        if mode == "off" {
            if let Some(token) = context::cookie(kiosk::TOKEN_COOKIE) {
                kiosk::remove(&mut *db.conn().await?, &token).await?;
            }
            context::set_cookie(&context::secret_cookie(kiosk::TOKEN_COOKIE, "", 0));
        } else {
            let token = kiosk::register(&mut *db.conn().await?).await?;
            context::set_cookie(&context::secret_cookie(
                kiosk::TOKEN_COOKIE,
                &token,
                315_360_000,
            ));
        }
        Ok("/".to_owned())
    }
    .await;
    forms::finish(result)
}

/// Tries of the kiosk code per address (a flood guard of its own, apart from worker sign-ins).
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct KioskCodeTries(pub crate::sign_in::flood::FloodGuard);

/// Remembers the chosen language for a year and returns to the page the user was on.
#[server]
pub async fn set_language(lang: String, back: String) -> Result<(), AppError> {
    let lang = crate::i18n::Lang::parse(&lang).unwrap_or_default();
    context::set_cookie(&format!(
        "{}={}; Path=/; SameSite=Lax; Max-Age=31536000",
        crate::i18n::LANG_COOKIE,
        lang.tag()
    ));
    forms::finish(Ok(forms::safe_back(&back)))
}
