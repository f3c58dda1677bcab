//! Reading cookies. One parser for every cookie Sopiva sets (language, settings, kiosk mark,
//! session), used on the server while rendering and by the plain axum handlers.

/// The value of one cookie in a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

/// The `Cookie` header of the request being handled; empty outside a request. Reads the
/// request in place: `use_context` would copy all its headers and extensions each time.
#[cfg(feature = "ssr")]
pub fn request_cookie_header() -> String {
    leptos::reactive::owner::with_context::<http::request::Parts, _>(|parts| {
        parts
            .headers
            .get(http::header::COOKIE)
            .and_then(|h| h.to_str().ok())
            .map(str::to_owned)
    })
    .flatten()
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::cookie_value;

    #[test]
    fn finds_the_named_cookie_only() {
        assert_eq!(
            cookie_value("a=1; sopiva_lang=sv", "sopiva_lang"),
            Some("sv")
        );
        assert_eq!(cookie_value("xsopiva_lang=sv", "sopiva_lang"), None);
        assert_eq!(cookie_value("", "a"), None);
    }
}
