//! Safety on every request and response: state-changing requests must come from this site,
//! and responses say "do not store" (pages hold personal data), "do not frame" and "do not
//! guess types". The full policy set (CSP with nonces, HSTS) comes with the sign-in work.

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue, Method, StatusCode};
use std::net::{IpAddr, SocketAddr};

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
pub async fn kiosk_mark(
    State(addresses): State<KioskAddresses>,
    mut request: Request<Body>,
    next: Next,
) -> Response {
    let at_kiosk_address = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .is_some_and(|info| addresses.0.contains(&info.0.ip()));
    let sent = request
        .headers()
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let rebuilt = marked_cookies(sent, at_kiosk_address);
    match HeaderValue::from_str(&rebuilt) {
        Ok(value) if !rebuilt.is_empty() => {
            request.headers_mut().insert(header::COOKIE, value);
        }
        _ => {
            request.headers_mut().remove(header::COOKIE);
        }
    }
    next.run(request).await
}

/// The network addresses the meeting place's kiosks reach the server from
/// (`SOPIVA_KIOSK_ADDRESSES`). A request from one of them is a kiosk request even without the
/// kiosk token: a kiosk browser that lost its cookies (a managed profile is wiped at every
/// restart) keeps the kiosk limits instead of quietly getting a home computer's (F4).
#[derive(Clone, Default)]
pub struct KioskAddresses(pub std::sync::Arc<Vec<IpAddr>>);

/// The cookie pairs as the app should see them: see `kiosk_mark`.
pub fn marked_cookies(sent: &str, at_kiosk_address: bool) -> String {
    let kiosk = at_kiosk_address
        || app::cookies::cookie_value(sent, app::session::kiosk::TOKEN_COOKIE)
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

/// Gives the request an id (16 hex digits): in the request for the app
/// (`app::session::request::RequestId`), in the response as `x-request-id`, and on every log line of
/// the request.
pub async fn request_id(mut request: Request<Body>, next: Next) -> Response {
    use rand::RngCore;
    use tracing::Instrument;
    let mut bytes = [0u8; 8];
    rand::rng().fill_bytes(&mut bytes);
    let id = hex::encode(bytes);
    request
        .extensions_mut()
        .insert(app::session::request::RequestId(id.clone()));
    let span = tracing::info_span!("request", request_id = %id);
    let mut response = next.run(request).instrument(span).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// What a panic in a handler answers: a plain page in Finnish and English, status 500, no
/// details (they are in the server log with the request id, which the response carries).
pub fn panic_page(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    use app::i18n::{tr, Lang};
    tracing::error!("a request handler panicked");
    let body = format!(
        "<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>{fi}</title>\
         </head><body><main><h1>{fi}</h1><p>{fi_text}</p><p lang=\"en\">{en} {en_text}</p>\
         <p><a href=\"/\">{start}</a></p></main></body></html>",
        fi = tr(Lang::Fi, "problem-title"),
        fi_text = tr(Lang::Fi, "problem-text"),
        en = tr(Lang::En, "problem-title"),
        en_text = tr(Lang::En, "problem-text"),
        start = tr(Lang::Fi, "go-to-start"),
    );
    let mut response = (StatusCode::INTERNAL_SERVER_ERROR, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// Gives a server function's error answer the status of its `AppError` (server_fn sends
/// every error as 500): a malformed body is 400, a refusal 401, 403 or 404, and only a real
/// fault stays 500. Other answers pass untouched.
pub async fn error_status(request: Request<Body>, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // Error bodies are a few bytes of JSON; anything larger is not one of ours.
    let Ok(bytes) = axum::body::to_bytes(body, 16 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(error) = serde_json::from_slice::<app::error::AppError>(&bytes) {
        parts.status = error.status();
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// A post to a multipart server function that is not `multipart/form-data` with a boundary:
/// refused here with 415, since server_fn's decoder would panic on it.
fn multipart_without_boundary(request: &Request<Body>) -> bool {
    if request.method() != Method::POST
        || !app::money::api::multipart_paths().contains(&request.uri().path())
    {
        return false;
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let multipart = content_type
        .split(';')
        .next()
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("multipart/form-data"));
    let boundary = content_type
        .split(';')
        .filter_map(|p| p.trim().split_once('='))
        .any(|(k, v)| k.eq_ignore_ascii_case("boundary") && !v.trim_matches('"').is_empty());
    !(multipart && boundary)
}

pub async fn protect(request: Request<Body>, next: Next) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD && !same_origin(&request)
    {
        tracing::warn!(path = %request.uri().path(), "malicious_csrf");
        return StatusCode::FORBIDDEN.into_response();
    }
    if multipart_without_boundary(&request) {
        return StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response();
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
    // No other site's window keeps a handle on ours (checklist S-H4).
    headers.insert(
        http::HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
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

    async fn boom() -> &'static str {
        panic!("a test panic")
    }

    #[tokio::test]
    async fn a_panic_is_a_plain_error_page_with_the_request_id() {
        use tower::ServiceExt;
        let router = crate::safety_layers(
            axum::Router::new().route("/boom", axum::routing::get(boom)),
            Default::default(),
        );
        let response = router
            .oneshot(
                http::Request::get("/boom")
                    .body(axum::body::Body::empty())
                    .expect("request"),
            )
            .await
            .expect("response");
        assert_eq!(response.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
        let id = response
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert_eq!(id.len(), 16, "the request id is sent");
        let body = axum::body::to_bytes(response.into_body(), 64 * 1024)
            .await
            .expect("body");
        let text = String::from_utf8_lossy(&body);
        assert!(text.contains("Jokin meni vikaan"), "{text}");
        assert!(!text.contains("test panic"), "no details in the page");
    }

    #[test]
    fn only_the_servers_kiosk_token_marks_a_kiosk() {
        assert_eq!(marked_cookies("sopiva_kiosk=1; lang=fi", false), "lang=fi");
        assert_eq!(
            marked_cookies("__Host-kiosk=abc; lang=fi", false),
            "__Host-kiosk=abc; lang=fi; sopiva_kiosk=1"
        );
        assert_eq!(
            marked_cookies("sopiva_kiosk=0; __Host-kiosk=abc", false),
            "__Host-kiosk=abc; sopiva_kiosk=1"
        );
        assert_eq!(marked_cookies("__Host-kiosk=", false), "__Host-kiosk=");
        // From a kiosk address: a kiosk even with no cookies at all, and never unmarked.
        assert_eq!(marked_cookies("", true), "sopiva_kiosk=1");
        assert_eq!(
            marked_cookies("sopiva_kiosk=0; lang=sv", true),
            "lang=sv; sopiva_kiosk=1"
        );
    }
}
