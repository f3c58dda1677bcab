//! Lists are joins: the worker's caseload page, the admin page and the client's relatives
//! page run the same number of SQL statements for 3 people as for 30.

use app::db::Db;
use app::ids::{ClientId, WorkerId};
use app::people::PersonRef;
use app::relatives::Rights;
use app::session::repo::Place;
use app::sign_in::{cards, logins};
use tests::faults::statements;
use tests::{fresh_urls, session_cookie, session_for, TestApp};

/// Statements run while the server renders `path` for `session`, and the page. The fewest of
/// three loads: a load that opens a new pool connection also runs that connection's set-up
/// statements, which are not the page's.
async fn statements_for(app: &TestApp, session: &str, path: &str) -> (u64, String) {
    let mut fewest = None;
    for _ in 0..3 {
        let (n, html) = one_load(app, session, path).await;
        fewest = match fewest {
            Some((m, _)) if m <= n => fewest,
            _ => Some((n, html)),
        };
    }
    fewest.expect("three loads")
}

async fn one_load(app: &TestApp, session: &str, path: &str) -> (u64, String) {
    let before = statements::so_far();
    let response = app
        .client()
        .expect("client")
        .get(app.url(path))
        .header("cookie", session_cookie(session))
        .send()
        .await
        .expect("get");
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    let html = response.text().await.expect("html");
    (statements::so_far() - before, html)
}

/// Adds `n` clients to the worker's caseload, each with a card and two relatives who have a
/// card and rights (one waiting), and returns the clients' ids.
async fn add_clients(db: &Db, worker: WorkerId, from: usize, n: usize) -> Vec<ClientId> {
    let mut ids = Vec::new();
    for i in from..from + n {
        let mut conn = db.conn().await.expect("c");
        let client = app::people::repo::create(&mut conn, &format!("Asiakas {i:02}"))
            .await
            .expect("client")
            .client_id;
        app::caseload::repo::assign(&mut conn, worker, client)
            .await
            .expect("assign");
        let owner = PersonRef::client(client);
        cards::issue(&mut conn, owner, None).await.expect("card");
        for r in 0..2 {
            let relative =
                app::people::repo::create_relative(&mut conn, &format!("Läheinen {i:02}-{r}"))
                    .await
                    .expect("relative");
            let person = PersonRef::relative(relative);
            cards::issue(&mut conn, person, None).await.expect("card");
            let rights = Rights {
                read_plan: true,
                ..Rights::default()
            };
            app::relatives::service::change(db, client, relative, rights, owner)
                .await
                .expect("rights");
        }
        ids.push(client);
    }
    ids
}

#[tokio::test]
async fn list_pages_make_the_same_number_of_queries_for_3_and_for_30_people() {
    assert!(
        statements::install(),
        "the statement counter must be the only subscriber"
    );
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let mut conn = db.conn().await.expect("c");
        let worker = logins::create(&mut conn, "Laskija", false)
            .await
            .expect("worker");
        let admin = logins::create(&mut conn, "Ylläpitäjä", true)
            .await
            .expect("admin");
        drop(conn);
        let worker_session = session_for(db, PersonRef::worker(worker), None, Place::Worker)
            .await
            .expect("session");
        let admin_session = session_for(db, PersonRef::worker(admin), None, Place::Worker)
            .await
            .expect("session");
        let first = add_clients(db, worker, 0, 3).await;
        let client_session =
            session_for(db, PersonRef::client(first[0]), Some(first[0]), Place::Home)
                .await
                .expect("session");

        let (caseload_3, page) = statements_for(&app, &worker_session, "/worker").await;
        assert!(page.contains("Asiakas 02") && page.contains("Läheinen 02-1"));
        let (admin_3, _) = statements_for(&app, &admin_session, "/admin").await;
        let (relatives_2, _) = statements_for(&app, &client_session, "/relatives").await;
        assert!(caseload_3 > 0, "the counter sees the page's statements");

        add_clients(db, worker, 3, 27).await;
        // The first client gets 28 more relatives.
        let owner = PersonRef::client(first[0]);
        for r in 0..28 {
            let relative = app::people::repo::create_relative(
                &mut db.conn().await.expect("c"),
                &format!("Lisäläheinen {r:02}"),
            )
            .await
            .expect("relative");
            app::relatives::service::change(db, first[0], relative, Rights::default(), owner)
                .await
                .expect("listed");
        }

        let (caseload_30, page) = statements_for(&app, &worker_session, "/worker").await;
        assert!(page.contains("Asiakas 29") && page.contains("Läheinen 29-1"));
        assert_eq!(caseload_30, caseload_3, "caseload page: 3 clients vs 30");
        let (admin_30, page) = statements_for(&app, &admin_session, "/admin").await;
        assert!(page.contains("Asiakas 29"));
        assert_eq!(admin_30, admin_3, "admin page: 3 clients vs 30");
        let (relatives_30, page) = statements_for(&app, &client_session, "/relatives").await;
        assert!(page.contains("Lisäläheinen 27"));
        assert_eq!(
            relatives_30, relatives_2,
            "relatives page: 2 relatives vs 30"
        );
    }
}
