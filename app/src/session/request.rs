//! What the server knows of the request itself: its id (for the log and the problem page)
//! and the address it came from (for the flood guards).

/// The address the request came from (the peer of the connection). Unknown addresses share
/// one value, so they are limited together rather than not at all.
pub async fn client_address() -> std::net::IpAddr {
    leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .map_or(std::net::Ipv4Addr::UNSPECIFIED.into(), |info| info.0.ip())
}

/// The id of the request being answered: the server gives every request one, sends it as
/// `x-request-id` and names it in every log line, so a person can tell the number on the
/// problem page and the log line is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestId(pub String);

/// The id of this request, when the server gave it one.
pub fn request_id() -> Option<String> {
    leptos::reactive::owner::with_context::<http::request::Parts, _>(|parts| {
        parts.extensions.get::<RequestId>().map(|id| id.0.clone())
    })
    .flatten()
}
