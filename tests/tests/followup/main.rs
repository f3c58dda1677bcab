//! Follow-up (issue 12) on both databases: dates at most three months apart, preparing step by
//! step with a double tap writing once, two editors where the second is refused and keeps the
//! text, the meeting whose agreed change starts a new plan version (also with the worker beside
//! the client), who may see it (and the log of each read), and the caseload's late follow-up.

mod assisted;
mod dates;
mod editors;
mod meeting;
mod prepare;
mod rights;

use app::ids::ClientId;
use reqwest::{Client, Response};
pub use tests::{
    client_named as client_id, hidden_field as hidden, sign_in_with_pictures as sign_in_card,
    submit as post,
};
use tests::{location, page, TestApp};

/// Signs the demo worker Maria in and opens the client's plan.
pub async fn maria_opens(app: &TestApp, client: ClientId) -> Client {
    let maria = app.client().expect("client");
    let fields = [("user_name", "maria"), ("secret", "maria-demo-salasana")];
    post(&maria, app, "/worker/sign-in", "worker_sign_in", &fields).await;
    let id = client.to_string();
    let opened = post(&maria, app, "/worker", "open_client", &[("client_id", &id)]).await;
    assert_eq!(location(&opened), "/home");
    maria
}

/// Completes the meeting from the worker's meeting page as it is now (its version and key),
/// with notes and an agreed change; the answer, and the fields sent (to send them again).
pub async fn complete_meeting(
    http: &Client,
    app: &TestApp,
    notes: &str,
    change: (&str, &str),
) -> (Response, Vec<(String, String)>) {
    let meeting = page(http, app, "/worker/followup").await;
    let fields: Vec<(String, String)> = [
        ("version", hidden(&meeting, "version")),
        ("idem", hidden(&meeting, "idem")),
        ("notes", notes.to_owned()),
        ("change_section", change.0.to_owned()),
        ("change_text", change.1.to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let done = post(http, app, "/worker/followup", "complete_follow_up", &pairs).await;
    (done, fields)
}

/// A step's page, and the fields its form carries: (html, no, version, idem).
pub async fn step_form(http: &Client, app: &TestApp, no: i64) -> (String, String, String) {
    let html = page(http, app, &format!("/followup/step/{no}")).await;
    let version = hidden(&html, "version");
    let idem = hidden(&html, "idem");
    (html, version, idem)
}

/// Sends one step of preparing.
pub async fn send_step(
    http: &Client,
    app: &TestApp,
    no: i64,
    version: &str,
    idem: &str,
    rating: &str,
    words: &str,
) -> Response {
    let no = no.to_string();
    let fields = [
        ("no", no.as_str()),
        ("version", version),
        ("idem", idem),
        ("rating", rating),
        ("words", words),
    ];
    post(
        http,
        app,
        &format!("/followup/step/{no}"),
        "save_follow_up_step",
        &fields,
    )
    .await
}

/// The stored follow-up of the client's current date: (version, content).
pub async fn stored(
    app: &TestApp,
    client: ClientId,
) -> Option<(i64, app::followup::content::FollowUpContent)> {
    let current = app::followup::service::current(&app.db, client)
        .await
        .expect("current")?;
    current.record.map(|r| (r.version, r.content))
}
