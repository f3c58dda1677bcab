//! Lists are joins: the worker's caseload page, the admin page and the client's relatives
//! page run the same number of SQL statements for 3 people as for 30; the caseload page shows
//! 30 clients at a time (issue 16), those needing action first, in as many statements for 70.

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

/// Adds `n` clients named "Aaro NN" (before "Asiakas"), with nothing waiting for the worker.
async fn add_plain_clients(db: &Db, worker: WorkerId, n: usize) -> Vec<ClientId> {
    let mut conn = db.conn().await.expect("c");
    let mut ids = Vec::new();
    for i in 0..n {
        let client = app::people::repo::create(&mut conn, &format!("Aaro {i:02}"))
            .await
            .expect("client")
            .client_id;
        app::caseload::repo::assign(&mut conn, worker, client)
            .await
            .expect("assign");
        ids.push(client);
    }
    ids
}

/// The client's picture PIN locked after ten wrong tries.
async fn lock_pin(db: &Db, client: ClientId) {
    sqlx::query(
        "insert into picture_pin (owner_kind, owner_id, failures, updated_at) \
         values ('client', $1, 10, 0)",
    )
    .bind(client.0)
    .execute(&mut *db.conn().await.expect("c"))
    .await
    .expect("locked");
}

/// Clients shown on a caseload page.
fn shown(html: &str) -> usize {
    html.matches("class=\"caseload-client\"").count()
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

        // Issue 16: 40 more clients, 70 in all, 30 on a page. The 30 above each have a change
        // of rights waiting, and "Aaro 39" a locked PIN: those needing action come first,
        // before "Aaro 00" to "Aaro 38" though their names come first.
        let plain = add_plain_clients(db, worker, 40).await;
        lock_pin(db, plain[39]).await;
        let (caseload_70, page_1) = statements_for(&app, &worker_session, "/worker").await;
        assert_eq!(caseload_70, caseload_3, "caseload page: 3 clients vs 70");
        assert_eq!(shown(&page_1), 30);
        assert!(page_1.contains("Aaro 39") && page_1.contains("Asiakas 28"));
        assert!(!page_1.contains("Asiakas 29") && !page_1.contains("Aaro 00"));
        assert!(page_1.contains("Sinulla on 70 asiakasta.") && page_1.contains("Sivuja on 3."));
        assert!(page_1.contains("href=\"/worker?page=2\"") && !page_1.contains("page=0"));
        let (_, page_2) = statements_for(&app, &worker_session, "/worker?page=2").await;
        assert_eq!(shown(&page_2), 30);
        assert!(page_2.contains("Asiakas 29") && page_2.contains("Aaro 28"));
        assert!(page_2.contains("href=\"/worker?page=1\"") && page_2.contains("page=3"));
        let (_, page_3) = statements_for(&app, &worker_session, "/worker?page=3").await;
        assert_eq!(shown(&page_3), 10);
        assert!(page_3.contains("Aaro 38") && !page_3.contains("Aaro 28"));
        assert!(!page_3.contains("page=4"));
        // Only the shown page's relatives are read.
        assert!(!page_3.contains("Läheinen"));
        // A client on page 3 is found by a part of their name, in any case.
        let (_, found) = statements_for(&app, &worker_session, "/worker?find=+aARO+38").await;
        assert_eq!(shown(&found), 1);
        assert!(found.contains("Aaro 38") && found.contains("Löysit 1 asiakkaan."));
        assert!(
            found.contains("value=\"aARO 38\""),
            "the search stays in its field"
        );
        let (_, none) = statements_for(&app, &worker_session, "/worker?find=%25_").await;
        assert_eq!(shown(&none), 0, "% and _ are letters, not patterns");
        assert!(none.contains("Kenelläkään asiakkaalla ei ole tätä nimeä."));
        let (_, found) = statements_for(&app, &worker_session, "/worker?find=Aaro&page=2").await;
        assert_eq!(shown(&found), 10);
        assert!(found.contains("Löysit 40 asiakasta.") && found.contains("find=Aaro"));
        // Bad page numbers answer a page: not a number or below 1 the first, past the end
        // the last.
        for (path, count, name) in [
            ("/worker?page=abc", 30, "Aaro 39"),
            ("/worker?page=-2", 30, "Aaro 39"),
            ("/worker?page=", 30, "Aaro 39"),
            ("/worker?page=999999", 10, "Aaro 38"),
            ("/worker?page=99999999999999999999", 30, "Aaro 39"),
        ] {
            let (_, html) = statements_for(&app, &worker_session, path).await;
            assert_eq!(shown(&html), count, "{path}");
            assert!(html.contains(name), "{path}");
        }
    }
}
