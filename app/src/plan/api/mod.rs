//! Server functions of the plan, one file per page. Each is a public endpoint: it finds the
//! signed-in client first and uses only that client's id, then calls the plan service.

mod check;
mod home;
mod section;
mod versions;

pub use check::*;
pub use home::*;
pub use section::*;
pub use versions::*;

#[cfg(feature = "ssr")]
use crate::access::guard;

/// The client the plan is written for, and who to name as its writer.
#[cfg(feature = "ssr")]
fn writer(access: guard::Access) -> super::service::Writer {
    super::service::Writer {
        client_id: access.client.client_id,
        author: access.author,
    }
}
