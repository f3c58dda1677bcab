//! Safety on every request and response: state-changing requests must come from this site,
//! and responses say "do not store" (pages hold personal data), "do not frame" and "do not
//! guess types". The full policy set (CSP with nonces, HSTS) comes with the sign-in work.

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue, Method, StatusCode};

/// Whether a request that changes state comes from our own pages. Browsers send
/// `Sec-Fetch-Site`; older ones send `Origin`, which must match the host. A request with
/// neither is not from a browser page: it may change nothing of anyone's session, so it is
/// refused when it carries a cookie (security review F17).
pub fn same_origin(request: &Request<Body>) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin" || site == "none";
    }
    match (headers.get(header::ORIGIN), headers.get(header::HOST)) {
        (Some(origin), Some(host)) => {
            let origin = origin.to_str().unwrap_or_default();
            let host = host.to_str().unwrap_or_default();
            origin
                .split_once("://")
                .is_some_and(|(_, rest)| rest == host)
        }
        // No browser markers at all: only a request without cookies (a monitor, a script that
        // signs nobody in) may go on.
        (None, _) => !headers.contains_key(header::COOKIE),
        (Some(_), None) => false,
    }
}

/// The kiosk mark comes from the server's kiosk token (`__Host-kiosk`), never from a cookie a
/// browser set itself: the `Cookie` header the app reads is rebuilt here, without any
/// `sopiva_kiosk` pair the browser sent, and with `sopiva_kiosk=1` when the device carries a
/// kiosk token (security review F4).
pub async fn kiosk_mark(mut request: Request<Body>, next: Next) -> Response {
    let sent = request
        .headers()
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if let Some(rebuilt) = sent.as_deref().map(marked_cookies) {
        match HeaderValue::from_str(&rebuilt) {
            Ok(value) => {
                request.headers_mut().insert(header::COOKIE, value);
            }
            Err(_) => {
                request.headers_mut().remove(header::COOKIE);
            }
        }
    }
    next.run(request).await
}

/// The cookie pairs as the app should see them: see `kiosk_mark`.
pub fn marked_cookies(sent: &str) -> String {
    let kiosk = app::cookies::cookie_value(sent, app::session::kiosk::TOKEN_COOKIE)
        .is_some_and(|token| !token.is_empty());
    let mut pairs: Vec<&str> = sent
        .split(';')
        .map(str::trim)
        .filter(|pair| {
            pair.split_once('=')
                .is_none_or(|(name, _)| name.trim() != app::settings::KIOSK_COOKIE)
        })
        .filter(|pair| !pair.is_empty())
        .collect();
    let mark = format!("{}=1", app::settings::KIOSK_COOKIE);
    if kiosk {
        pairs.push(&mark);
    }
    pairs.join("; ")
}

pub async fn protect(request: Request<Body>, next: Next) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD && !same_origin(&request)
    {
        tracing::warn!(path = %request.uri().path(), "malicious_csrf");
        return StatusCode::FORBIDDEN.into_response();
    }
    let is_static = request.uri().path().starts_with("/pkg/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !is_static {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    // Browsers apply this only over HTTPS, which every real deployment uses.
    headers.insert(
        header::STRICT_TRANSPORT_SECURITY,
        HeaderValue::from_static("max-age=63072000; includeSubDomains"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::marked_cookies;

    #[test]
    fn only_the_servers_kiosk_token_marks_a_kiosk() {
        assert_eq!(marked_cookies("sopiva_kiosk=1; lang=fi"), "lang=fi");
        assert_eq!(
            marked_cookies("__Host-kiosk=abc; lang=fi"),
            "__Host-kiosk=abc; lang=fi; sopiva_kiosk=1"
        );
        assert_eq!(
            marked_cookies("sopiva_kiosk=0; __Host-kiosk=abc"),
            "__Host-kiosk=abc; sopiva_kiosk=1"
        );
        assert_eq!(marked_cookies("__Host-kiosk="), "__Host-kiosk=");
    }
}
