//! Request context every server function needs: the database, the site settings, the
//! device's marks, the session id and the cookies that carry them. Who the person is and
//! what they may do is decided in `access`.

use crate::db::Db;
use crate::error::AppError;
use crate::session::repo::SESSION_COOKIE;
use leptos::prelude::*;

/// The cookie that carries a sign-in in progress (card given, pictures not yet).
pub const ATTEMPT_COOKIE: &str = "__Host-signin";

/// The database from the request context.
pub fn db() -> Result<Db, AppError> {
    use_context::<Db>().ok_or_else(|| {
        tracing::error!("database missing from context");
        AppError::Internal
    })
}

/// The value of a cookie the browser sent.
pub fn cookie(name: &str) -> Option<String> {
    let header = crate::cookies::request_cookie_header();
    crate::cookies::cookie_value(&header, name).map(str::to_owned)
}

/// The session id the browser sent, if any.
pub fn session_id() -> Option<String> {
    cookie(SESSION_COOKIE)
}

/// The site settings given to every request.
pub fn site() -> crate::session::SiteInfo {
    use_context::<crate::session::SiteInfo>().unwrap_or_default()
}

/// The kiosk mark and personal settings of this request.
pub fn device() -> crate::settings::Device {
    crate::settings::Device::from_cookie_header(&crate::cookies::request_cookie_header())
}

/// A cookie for a secret: `__Host-` named, `Secure`, `HttpOnly`, `SameSite=Strict`, whole
/// site, no domain. Browsers treat `localhost` and `127.0.0.1` as secure, so this works
/// in tests and the demo without TLS. `max_age_seconds` 0 deletes it.
pub fn secret_cookie(name: &str, value: &str, max_age_seconds: i64) -> String {
    format!("{name}={value}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age={max_age_seconds}")
}

/// The session cookie.
pub fn session_cookie(value: &str, max_age_seconds: i64) -> String {
    secret_cookie(SESSION_COOKIE, value, max_age_seconds)
}

/// Adds a `Set-Cookie` header to the response.
pub fn set_cookie(value: &str) {
    if let (Some(options), Ok(header)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(value),
    ) {
        options.append_header(http::header::SET_COOKIE, header);
    }
}
