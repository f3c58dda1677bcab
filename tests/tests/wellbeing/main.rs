//! Wellbeing, the satisfaction survey and the summaries (issue 12), on both databases:
//! answers saved one page at a time, a double tap, a second editor, a finished round locked,
//! who answered, Kykyviisari's 0–10, the change per area, groups under five hidden, and who
//! may see what with every read by others logged.

mod comment;
mod http;
mod kyky;
mod rounds;
mod summary;

use app::db::Db;
use app::ids::{ClientId, DecisionId, WorkerId};
use app::money::amount::Cents;
use app::money::repo::{self as money, DecisionInput, EnteredBy, Saved};
use app::people::PersonKind;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use tests::{location, session_cookie, TestApp};

/// A client on a new worker's caseload, with a decision whose last month is now, so every
/// round is open.
pub struct Setup {
    pub client: ClientId,
    pub worker: WorkerId,
    pub decision: DecisionId,
}

pub async fn client_with_period(db: &Db, name: &str) -> Setup {
    let mut conn = db.conn().await.expect("connection");
    let client = app::people::repo::create(&mut conn, name)
        .await
        .expect("client")
        .client_id;
    let worker = app::sign_in::logins::create(&mut conn, "Maria", false)
        .await
        .expect("worker");
    app::caseload::repo::assign(&mut conn, worker, client)
        .await
        .expect("assign");
    let decision = period_for(db, client, worker).await;
    Setup {
        client,
        worker,
        decision,
    }
}

/// A decision for `client` that ends in ten days.
pub async fn period_for(db: &Db, client: ClientId, worker: WorkerId) -> DecisionId {
    let today = app::dates::today();
    let input = DecisionInput {
        period_start: today - chrono::Duration::days(150),
        period_end: today + chrono::Duration::days(10),
        granted_cents: Cents(100_000),
        reference: "HB-T".into(),
        next_follow_up: None,
    };
    let by = EnteredBy {
        kind: PersonKind::Worker,
        id: worker.0,
        name: "Maria".into(),
    };
    let mut conn = db.conn().await.expect("connection");
    match money::save_decision(&mut conn, client, None, 0, &input, &by)
        .await
        .expect("decision")
    {
        Saved::Saved(id) => id,
        Saved::Conflict => panic!("new decision conflicted"),
    }
}

/// The address of a server function by its name.
pub fn fn_path(name: &str) -> String {
    leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .find(|p| {
            p.trim_start_matches("/api/")
                .trim_end_matches(|c: char| c.is_ascii_digit())
                == name
        })
        .unwrap_or_else(|| panic!("no server function {name}"))
}

/// Sends a form as the person with this session; returns where it led.
pub async fn post(app: &TestApp, session: &str, name: &str, fields: &[(&str, String)]) -> String {
    let response = app
        .client()
        .expect("client")
        .post(app.url(&fn_path(name)))
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("cookie", session_cookie(session))
        .form(fields)
        .send()
        .await
        .expect("post");
    location(&response)
}

/// Opens a page as the person with this session: (where it redirected, its HTML).
pub async fn get(app: &TestApp, session: &str, path: &str) -> (String, String) {
    let response = app
        .client()
        .expect("client")
        .get(app.url(path))
        .header(ACCEPT, "text/html")
        .header("cookie", session_cookie(session))
        .send()
        .await
        .expect("get");
    let to = location(&response);
    (to, response.text().await.unwrap_or_default())
}

/// The demo worker Maria.
pub async fn maria(db: &Db) -> WorkerId {
    app::sign_in::logins::list(&mut db.conn().await.expect("connection"))
        .await
        .expect("workers")
        .into_iter()
        .find(|w| w.display_name == "Maria Virtanen")
        .expect("Maria")
        .worker_id
}

/// A demo client's id by name.
pub async fn http_client(db: &Db, name: &str) -> ClientId {
    use sqlx::Row;
    let row = sqlx::query("select client_id from client where display_name = $1")
        .bind(name)
        .fetch_one(&mut *db.conn().await.expect("connection"))
        .await
        .expect("demo client");
    row.try_get("client_id").expect("id")
}
