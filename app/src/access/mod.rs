//! Who may see what. `policy` is the rule table (pure, unit-tested, and mirrored by the
//! authorisation matrix file the integration tests are generated from); `guard` applies it
//! to the person behind a request and writes the access log.

pub mod api;
pub mod assist;
pub mod log;
pub mod pages;
pub mod policy;

#[cfg(feature = "ssr")]
pub mod guard;
#[cfg(feature = "ssr")]
pub mod identity;

crate::forms::notice::notices! {
    /// What the page for a worker signing in beside the client tells.
    AssistNotice {
        /// Wrong user name or password.
        Wrong = ("error", "wrong", "error-worker-wrong"),
        /// The worker does not have this client.
        NotOnCaseload = ("error", "caseload", "error-assist-caseload"),
    }
}
