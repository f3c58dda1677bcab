//! Signed-out pages that are the same for every visitor, rendered once and reused (issue 16).
//!
//! A page on `PAGES` asked for without a query string, by a browser that sends no cookie but
//! the language, the display settings and the kiosk mark, depends only on the path, the
//! language and those settings: it shows nobody's data and its forms carry no idempotency key.
//! Its first 200 answer without `Set-Cookie` is kept, split where the response's CSP nonce
//! stood; later visitors with the same path, language and settings get the kept HTML with a
//! fresh nonce (in the HTML and the CSP header alike). Any other cookie (a session, a sign-in
//! in progress, a kiosk token), a query string (a notice), another method or path, or another
//! answer goes to the app as before, so nothing of one person can reach the next.

use app::i18n::Lang;
use app::settings::Device;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// The pages kept: the same for every signed-out visitor (no data, no per-visitor form
/// fields). A page that reads the database or shows a notice must not be added.
pub const PAGES: [&str; 5] = ["/", "/about", "/about/budget", "/help", "/worker/sign-in"];

/// The cookies a kept page may depend on; a request with any other cookie is not served here.
const DISPLAY_COOKIES: [&str; 3] = [
    app::i18n::LANG_COOKIE,
    app::settings::PREFS_COOKIE,
    app::settings::KIOSK_COOKIE,
];

/// At most this many pages are kept (paths × languages × settings in use); beyond it pages
/// are rendered as before.
const MAX_PAGES: usize = 256;

/// Pages larger than this are not kept (the largest is about 21 KB).
const MAX_KEPT_BYTES: usize = 256 * 1024;

/// What is read of a page being kept (far more than any page), so that reading never fails.
const MAX_READ_BYTES: usize = 16 * 1024 * 1024;

/// The kept pages of one server.
#[derive(Clone, Default)]
pub struct PageCache(Arc<RwLock<HashMap<Key, Arc<Kept>>>>);

/// Path (index in `PAGES`), language, kiosk mark and the settings' cookie form.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Key(usize, Lang, bool, String);

/// A kept answer: its headers (without the CSP), and its CSP and HTML cut at each place of the
/// nonce.
struct Kept {
    headers: HeaderMap,
    policy: Vec<String>,
    pieces: Vec<String>,
}

/// The middleware: answers a kept page, or lets the app render it and keeps what may be kept.
pub async fn serve(State(cache): State<PageCache>, request: Request<Body>, next: Next) -> Response {
    let Some(key) = key(&request) else {
        return next.run(request).await;
    };
    let kept = cache
        .0
        .read()
        .ok()
        .and_then(|pages| pages.get(&key).cloned());
    if let Some(kept) = kept {
        return answer(&kept);
    }
    let response = next.run(request).await;
    let Some((policy, nonce)) = keepable_nonce(&response) else {
        return response;
    };
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_READ_BYTES).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let (Ok(html), true) = (std::str::from_utf8(&bytes), bytes.len() <= MAX_KEPT_BYTES) {
        let kept = Kept {
            headers: kept_headers(&parts.headers),
            policy: split(&policy, &nonce),
            pieces: split(html, &nonce),
        };
        if let Ok(mut pages) = cache.0.write() {
            if pages.len() < MAX_PAGES {
                pages.insert(key, Arc::new(kept));
            }
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The key of a request that may be answered from the cache, or `None`.
fn key(request: &Request<Body>) -> Option<Key> {
    if request.method() != Method::GET || request.uri().query().is_some() {
        return None;
    }
    let page = PAGES.iter().position(|p| *p == request.uri().path())?;
    let cookies = match request.headers().get(header::COOKIE) {
        None => "",
        Some(value) => value.to_str().ok()?,
    };
    if !only_display_cookies(cookies) {
        return None;
    }
    let device = Device::from_cookie_header(cookies);
    Some(Key(
        page,
        Lang::from_cookie_header(cookies),
        device.kiosk,
        device.prefs.encode(),
    ))
}

/// Whether every cookie in the header is one of `DISPLAY_COOKIES`.
pub fn only_display_cookies(header: &str) -> bool {
    header
        .split(';')
        .map(str::trim)
        .filter(|pair| !pair.is_empty())
        .all(|pair| {
            pair.split_once('=')
                .is_some_and(|(name, _)| DISPLAY_COOKIES.contains(&name.trim()))
        })
}

/// The CSP and its nonce of a response that may be kept: 200, HTML, no cookie set, a CSP with
/// a nonce.
fn keepable_nonce(response: &Response) -> Option<(String, String)> {
    let headers = response.headers();
    if response.status() != StatusCode::OK || headers.contains_key(header::SET_COOKIE) {
        return None;
    }
    let html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !html {
        return None;
    }
    let policy = headers
        .get(header::CONTENT_SECURITY_POLICY)?
        .to_str()
        .ok()?;
    Some((policy.to_owned(), nonce_in_policy(policy)?))
}

fn split(text: &str, nonce: &str) -> Vec<String> {
    text.split(nonce).map(str::to_owned).collect()
}

/// The nonce in a CSP header (`'nonce-…'`); nonces shorter than 16 characters are not
/// trusted to be unique in the page.
fn nonce_in_policy(policy: &str) -> Option<String> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let end = start + policy[start..].find('\'')?;
    let nonce = &policy[start..end];
    (nonce.len() >= 16).then(|| nonce.to_owned())
}

/// The headers kept with a page: all but those of one response.
fn kept_headers(headers: &HeaderMap) -> HeaderMap {
    let mut kept = headers.clone();
    for name in [
        header::CONTENT_SECURITY_POLICY,
        header::CONTENT_LENGTH,
        header::TRANSFER_ENCODING,
        header::DATE,
    ] {
        kept.remove(name);
    }
    kept.remove("x-request-id");
    kept
}

/// A kept page with a fresh nonce.
fn answer(kept: &Kept) -> Response {
    let nonce = fresh_nonce();
    let html = kept.pieces.join(nonce.as_str());
    let mut response = Response::new(Body::from(html));
    *response.headers_mut() = kept.headers.clone();
    if let Ok(value) = HeaderValue::from_str(&kept.policy.join(nonce.as_str())) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// A new nonce, made as Leptos makes its own.
fn fresh_nonce() -> String {
    leptos::nonce::Nonce::new().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_display_cookies_let_a_page_be_kept() {
        assert!(only_display_cookies(""));
        assert!(only_display_cookies(
            "sopiva_lang=sv; sopiva_prefs=t1c0s1r1v0; sopiva_kiosk=1"
        ));
        assert!(!only_display_cookies("sopiva_lang=sv; __Host-sid=abc"));
        assert!(!only_display_cookies("__Host-signin=abc"));
        assert!(!only_display_cookies("__Host-kiosk=abc"));
        assert!(!only_display_cookies("sopiva_lang"));
    }

    #[test]
    fn finds_the_nonce_of_the_policy() {
        assert_eq!(
            nonce_in_policy("script-src 'self' 'nonce-1k9oK-WNojKJhpoGC-6gjA' 'x'").as_deref(),
            Some("1k9oK-WNojKJhpoGC-6gjA")
        );
        assert_eq!(nonce_in_policy("script-src 'self' 'nonce-short'"), None);
        assert_eq!(nonce_in_policy("script-src 'self'"), None);
    }
}
