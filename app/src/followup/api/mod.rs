//! Server functions of the follow-up. Each finds the client through the access guard first
//! (a read by anyone but the client is logged there), then calls `service` or `meeting`.
//! Preparing needs the plan rights; the meeting needs a worker: on the caseload, or beside the
//! client in worker-assisted mode.

mod history;
mod meeting;
mod prepare;

pub use history::*;
pub use meeting::*;
pub use prepare::*;

#[cfg(feature = "ssr")]
use crate::access::guard;
#[cfg(feature = "ssr")]
use crate::error::AppError;

/// The client the follow-up is about, and who is writing.
#[cfg(feature = "ssr")]
pub(super) fn writer(access: &guard::Access) -> crate::plan::service::Writer {
    crate::plan::service::Writer {
        client_id: access.client.client_id,
        author: access.author.clone(),
    }
}

/// Only a worker holds the meeting.
#[cfg(feature = "ssr")]
pub(super) fn worker_only(access: &guard::Access) -> Result<(), AppError> {
    match access.author.role {
        crate::plan::actor::ActorRole::Worker => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}
