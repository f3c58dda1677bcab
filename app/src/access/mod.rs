//! Who may see what. `policy` is the rule table (pure, unit-tested, and mirrored by the
//! authorisation matrix file the integration tests are generated from); `guard` applies it
//! to the person behind a request and writes the access log.

pub mod api;
pub mod log;
pub mod pages;
pub mod policy;

#[cfg(feature = "ssr")]
pub mod guard;
#[cfg(feature = "ssr")]
pub mod identity;

/// What the page for a worker signing in beside the client tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssistNotice {
    /// Wrong user name or password.
    Wrong,
    /// The worker does not have this client.
    NotOnCaseload,
}

impl crate::forms::notice::Notice for AssistNotice {
    fn every() -> Vec<Self> {
        vec![AssistNotice::Wrong, AssistNotice::NotOnCaseload]
    }

    fn query(&self) -> (&'static str, String) {
        let (key, value) = match self {
            AssistNotice::Wrong => ("error", "wrong"),
            AssistNotice::NotOnCaseload => ("error", "caseload"),
        };
        (key, value.to_owned())
    }

    fn message_id(&self) -> &'static str {
        match self {
            AssistNotice::Wrong => "error-worker-wrong",
            AssistNotice::NotOnCaseload => "error-assist-caseload",
        }
    }
}
