//! The personal-budget path (issue 14) on both databases: a saved plan and a new decision
//! move the stage by the rule, a worker moves a plan through every stage (who and when
//! recorded, a double tap writes once, a stale move is refused with the note kept), the
//! client's home page shows the stage and the next step with its date, earlier periods stay
//! readable with what was used, and the cost comparison shows the right difference per month
//! and per period to the worker and nothing of it to the client.

mod cost;
mod stages;

use app::ids::ClientId;
use reqwest::Client;
use tests::{client_named, location, submit, TestApp};

/// Signs a demo worker in and opens the client.
pub async fn worker_opens(app: &TestApp, user: (&str, &str), client: ClientId) -> Client {
    let http = app.client().expect("client");
    let fields = [("user_name", user.0), ("secret", user.1)];
    submit(&http, app, "/worker/sign-in", "worker_sign_in", &fields).await;
    let id = client.to_string();
    let opened = submit(&http, app, "/worker", "open_client", &[("client_id", &id)]).await;
    assert_eq!(location(&opened), "/home", "{user:?} opens {client}");
    http
}

pub const MARIA: (&str, &str) = ("maria", "maria-demo-salasana");
pub const SANNA: (&str, &str) = ("sanna", "sanna-demo-salasana");

/// The newest stage rows of a client: (stage, by_kind, by_name, created_at), newest first.
pub async fn stage_rows(app: &TestApp, client: ClientId) -> Vec<(String, String, String, i64)> {
    sqlx::query_as(
        "select stage, by_kind, by_name, created_at from path_stage where client_id = $1 \
         order by stage_event_id desc",
    )
    .bind(client)
    .fetch_all(&app.db.pool)
    .await
    .expect("stages")
}

pub async fn id_of(app: &TestApp, name: &str) -> ClientId {
    client_named(app, name).await
}

#[tokio::test]
async fn the_demo_has_thirty_clients_at_every_stage() {
    for url in tests::fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let mut seen = std::collections::BTreeSet::new();
        let clients: Vec<(i64,)> = sqlx::query_as(
            "select c.client_id from client c join caseload k on k.client_id = c.client_id \
             join worker w on w.worker_id = k.worker_id where w.display_name = 'Sanna Laine'",
        )
        .fetch_all(&app.db.pool)
        .await
        .expect("clients");
        assert!(clients.len() >= 30, "{}", clients.len());
        for (id,) in clients {
            let rows = stage_rows(&app, ClientId(id)).await;
            seen.insert(rows[0].0.clone());
        }
        assert_eq!(seen.len(), 7, "{seen:?}");
    }
}
