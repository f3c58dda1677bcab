//! The error that crosses the server-function boundary. It names what went wrong in words the
//! page can turn into a message id; internal details stay in the server log.

use crate::speech::lists::{self, ListenList};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// No valid session: the user must sign in.
    #[error("not signed in")]
    NotSignedIn,
    /// The person may not do this (to this client). Logged; the page says so plainly.
    #[error("forbidden")]
    Forbidden,
    /// A relative or worker has not chosen whose data to work on.
    #[error("no client chosen")]
    NoClientChosen,
    /// The thing asked for does not exist for this user.
    #[error("not found")]
    NotFound,
    /// Something failed on the server; the cause is logged there.
    #[error("internal error")]
    Internal,
    /// The request itself was malformed.
    #[error("bad request: {0}")]
    Request(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Request(value.to_string())
    }
}

impl AppError {
    /// Message id shown to the user for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            AppError::NotSignedIn => "error-not-signed-in",
            AppError::NotFound => "error-not-found",
            AppError::Forbidden => "error-forbidden",
            AppError::NoClientChosen => "error-not-found",
            AppError::Internal | AppError::Request(_) => "error-internal",
        }
    }

    /// What "Kuuntele" reads on the error page: the same message as `message_id`.
    pub fn listen(&self) -> ListenList {
        match self {
            AppError::NotSignedIn => lists::ERROR_NOT_SIGNED_IN,
            AppError::NotFound | AppError::NoClientChosen => lists::ERROR_NOT_FOUND,
            AppError::Forbidden => lists::FORBIDDEN,
            AppError::Internal | AppError::Request(_) => lists::ERROR_INTERNAL,
        }
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// The HTTP status of an answer carrying this error. server_fn sends every error as 500;
    /// the server sets this instead, so a malformed request is a 400 and not a server fault.
    pub fn status(&self) -> http::StatusCode {
        match self {
            AppError::Request(_) => http::StatusCode::BAD_REQUEST,
            AppError::NotSignedIn => http::StatusCode::UNAUTHORIZED,
            AppError::Forbidden => http::StatusCode::FORBIDDEN,
            AppError::NotFound | AppError::NoClientChosen => http::StatusCode::NOT_FOUND,
            AppError::Internal => http::StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<crate::db::StorageError> for AppError {
    fn from(error: crate::db::StorageError) -> Self {
        tracing::error!(%error, "storage failed");
        AppError::Internal
    }
}
