//! Server functions of the wellbeing pages, one file per page. Each is a public endpoint: it
//! asks the access guard first (which logs every read by someone other than the client) and
//! uses only the client the guard returns, then calls the service.

mod kyky;
mod overview;
mod step;
mod summary;

pub use kyky::*;
pub use overview::*;
pub use step::*;
pub use summary::*;

/// The client answered for, and who is answering.
#[cfg(feature = "ssr")]
fn writer(access: &crate::access::guard::Access) -> super::service::Writer {
    super::service::Writer {
        client_id: access.client.client_id,
        author: access.author.clone(),
        session_id: access.who.session_id.clone(),
    }
}
