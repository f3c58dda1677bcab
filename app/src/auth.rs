//! Who is asking. The placeholder sign-in (a personal code) lives behind `current_client`,
//! so the full sign-in of issue 5 replaces this file and nothing else.

use crate::error::AppError;
use crate::storage::clients::Client;
use crate::storage::sessions::{self, SESSION_COOKIE};
use crate::storage::Db;
use leptos::prelude::*;

/// The database from the request context.
pub fn db() -> Result<Db, AppError> {
    use_context::<Db>().ok_or_else(|| {
        tracing::error!("database missing from context");
        AppError::Internal
    })
}

/// The session id the browser sent, if any.
pub fn session_id() -> Option<String> {
    let header = crate::cookies::request_cookie_header();
    crate::cookies::cookie_value(&header, SESSION_COOKIE).map(str::to_owned)
}

/// The site settings given to every request.
pub fn site() -> crate::session_api::SiteInfo {
    use_context::<crate::session_api::SiteInfo>().unwrap_or_default()
}

/// The kiosk mark and personal settings of this request.
pub fn device() -> crate::prefs::Device {
    crate::prefs::Device::from_cookie_header(&crate::cookies::request_cookie_header())
}

/// The signed-in client, or `NotSignedIn`. Every server function that touches a client's
/// data starts here, and uses only the id it returns.
pub async fn current_client(db: &Db) -> Result<Client, AppError> {
    let id = session_id().ok_or(AppError::NotSignedIn)?;
    let client_id = sessions::client_of(db, &id, site().kiosk_idle_seconds)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    crate::storage::clients::get(db, client_id)
        .await?
        .ok_or(AppError::NotSignedIn)
}

/// Like `current_client`, for requests the person made by acting (sending a form): it also
/// keeps the session alive.
pub async fn active_client(db: &Db) -> Result<Client, AppError> {
    let client = current_client(db).await?;
    if let Some(id) = session_id() {
        sessions::touch(db, &id).await?;
    }
    Ok(client)
}

/// Builds a session cookie. `SameSite=Strict` keeps it off cross-site requests.
pub fn session_cookie(value: &str, max_age_seconds: i64) -> String {
    format!(
        "{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_seconds}"
    )
}
