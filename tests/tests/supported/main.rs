//! Supported decision-making (issue 13) on both databases: a session with the worker beside
//! the client marks statements three ways, shown on the check page, the summary (the printed
//! plan) and the saved version; the client disagrees and nobody else can remove it; a
//! relative writing for the client marks the same way; a session ends by a press or by itself,
//! and the client's record page and log show it; reads by others are logged.

mod relative;
mod session;
mod statements;

use reqwest::Client;
pub use tests::{hidden_field as hidden, sign_in_with_pictures as sign_in_card, submit as post};
use tests::{location, page, TestApp};

/// Saves a plan section from its page, with whose words they are (if the form asks).
pub async fn save(
    http: &Client,
    app: &TestApp,
    section: &str,
    answer: &str,
    said: Option<&str>,
) -> String {
    let path = format!("/plan/step/{section}");
    let form = page(http, app, &path).await;
    let (version, idem) = (hidden(&form, "version"), hidden(&form, "idem"));
    let mut fields = vec![
        ("section", section),
        ("version", version.as_str()),
        ("idem", idem.as_str()),
        ("answer", answer),
    ];
    if let Some(said) = said {
        fields.push(("said", said));
    }
    location(&post(http, app, &path, "save_section", &fields).await)
}

/// Sends "En ole samaa mieltä" from the page at `path`; the answer's address.
pub async fn disagree(http: &Client, app: &TestApp, path: &str, words: &str) -> String {
    let form = page(http, app, path).await;
    let fields = [
        ("scope", hidden(&form, "scope")),
        ("item", hidden(&form, "item")),
        ("seen", hidden(&form, "seen")),
        ("idem", hidden(&form, "idem")),
        ("after", hidden(&form, "after")),
        ("words", words.to_owned()),
    ];
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    send_disagree(http, app, &pairs).await
}

/// Posts the disagreement form straight to its server function (the page's address holds
/// "disagree" too, so the form cannot be found by name on it); where it led.
pub async fn send_disagree(http: &Client, app: &TestApp, pairs: &[(&str, &str)]) -> String {
    use leptos::server_fn::ServerFn;
    let path = app::said::api::Disagree::url();
    location(&tests::post_form(http, app, path, pairs).await)
}

/// How many disagreements a client has in the database.
pub async fn disagreements(app: &TestApp, client: app::ids::ClientId) -> i64 {
    sqlx::query_scalar("select count(*) from statement_disagreement where client_id = $1")
        .bind(client)
        .fetch_one(&app.db.pool)
        .await
        .expect("count")
}
