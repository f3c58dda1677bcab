//! My data to take with me (issue 14), on both databases: the client downloads everything of
//! theirs (every table with a `client_id` column, found from the database itself) and nothing
//! of another client's; the download is a row in their access log; a relative with every
//! right and the client's own worker are refused.

use app::db::Db;
use app::ids::ClientId;
use app::people::PersonRef;
use app::relatives::repo as consent;
use app::session::repo::Place;
use reqwest::header::COOKIE;
use reqwest::StatusCode;
use sqlx::Row;
use tests::{fresh_urls, location, session_cookie, session_for, TestApp};

async fn save_plan(db: &Db, client: ClientId, text: &str) {
    use app::plan::repo as plans;
    let author = plans::Actor {
        role: plans::ActorRole::Client,
        name: "X".into(),
    };
    let answer = app::plan::content::Answer::Text(text.into());
    let mut conn = db.conn().await.expect("connection");
    plans::save_section(
        &mut conn,
        client,
        app::plan::section::Section::Important,
        &answer,
        0,
        &app::forms::idempotency::new_key(),
        "",
        &author,
    )
    .await
    .expect("section");
    let draft = plans::load_draft(&mut conn, client).await.expect("draft");
    plans::save_version(
        &mut conn,
        client,
        &draft.content,
        &author,
        &app::forms::idempotency::new_key(),
        |_| String::new(),
    )
    .await
    .expect("version");
}

async fn count(db: &Db, table: &str, client: ClientId) -> usize {
    let sql = format!("select count(*) as n from {table} where client_id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(client)
        .fetch_one(&db.pool)
        .await
        .expect("count");
    row.get::<i64, _>("n") as usize
}

async fn get(app: &TestApp, session: &str, path: &str) -> reqwest::Response {
    app.client()
        .expect("client")
        .get(app.url(path))
        .header(COOKIE, session_cookie(session))
        .send()
        .await
        .expect("get")
}

#[tokio::test]
async fn a_client_downloads_everything_of_theirs_and_nothing_of_anyone_elses() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        // Two clients with money, stages, follow-ups and wellbeing in every table (the
        // server has the demo people too).
        server::generate::generate(db, 2, 1, 11, app::dates::today())
            .await
            .expect("generate");
        let ids: Vec<ClientId> = sqlx::query(
            "select client_id from client where display_name like 'Henkilö %' order by client_id",
        )
        .fetch_all(&db.pool)
        .await
        .expect("clients")
        .iter()
        .map(|r| r.get("client_id"))
        .collect();
        let (a, b) = (ids[0], ids[1]);
        save_plan(db, a, "Aino-kissa ui").await;
        save_plan(db, b, "Bertta-koira juoksee").await;
        let worker = app::sign_in::logins::create(&mut db.conn().await.expect("c"), "Maria", false)
            .await
            .expect("worker");
        for client in [a, b] {
            app::caseload::repo::assign(&mut db.conn().await.expect("c"), worker, client)
                .await
                .expect("assign");
        }
        // A relative of each, with every right.
        let all = consent::Rights {
            read_plan: true,
            write_plan: true,
            see_money: true,
        };
        let mut relatives = Vec::new();
        for (client, name) in [(a, "Liisa-läheinen"), (b, "Bertan-Ville")] {
            let id = app::people::repo::create_relative(&mut db.conn().await.expect("c"), name)
                .await
                .expect("relative");
            let row =
                app::relatives::service::change(db, client, id, all, PersonRef::client(client))
                    .await
                    .expect("consent");
            consent::confirm(
                &mut db.conn().await.expect("c"),
                row.consent_id,
                client,
                worker,
            )
            .await
            .expect("confirm");
            relatives.push(id);
        }
        // The worker reads both plans: a log row for each client.
        for client in [a, b] {
            let s = session_for(db, PersonRef::worker(worker), Some(client), Place::Worker)
                .await
                .expect("session");
            assert_eq!(get(&app, &s, "/plan/check").await.status(), StatusCode::OK);
        }

        // A read three years ago: older than the log page's two years, it is still part of
        // everything of Aino's.
        let old_read = app::access::log::repo::Entry {
            at_utc: app::db::now_ms() - 3 * 366 * 24 * 3600 * 1000,
            actor_kind: app::people::PersonKind::Worker,
            actor_id: 1,
            actor_name: "Vanha Lukija".to_owned(),
            acting_for: None,
            subject_client_id: a,
            event: app::access::log::LogEvent::ReadPlan,
            basis: Some(app::access::log::Basis::Caseload),
            channel: Place::Worker,
            reason: None,
        };
        app::access::log::repo::append(&mut db.conn().await.expect("c"), &old_read)
            .await
            .expect("an old row");
        let own = session_for(db, PersonRef::client(a), Some(a), Place::Home)
            .await
            .expect("session");
        let response = get(&app, &own, "/my-data.json").await;
        assert_eq!(response.status(), StatusCode::OK);
        let text = response.text().await.expect("body");
        let json: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(json["format"], "sopiva-my-data-1");
        assert!(text.contains("Aino-kissa ui") && text.contains("Liisa-läheinen"));
        for other in ["Bertta-koira", "Bertan-Ville"] {
            assert!(!text.contains(other), "{other} is not Aino's");
        }
        assert!(!text.contains("_hash\""), "no secret column");
        // Every table with a client_id column: all of Aino's rows, and only hers.
        let tables = app::mydata::repo::client_tables(&mut db.conn().await.expect("c"), db.backend)
            .await
            .expect("tables");
        for table in [
            "client",
            "plan_version",
            "budget_decision",
            "spending",
            "consent",
            "path_stage",
            "earlier_arrangement",
            "wellbeing_round",
            "follow_up_date",
            "caseload",
        ] {
            assert!(tables.iter().any(|t| t == table), "{table} is found");
        }
        let exported = json["tables"].as_object().expect("tables");
        for table in &tables {
            let rows = exported[table].as_array().expect("rows");
            assert_eq!(rows.len(), count(db, table, a).await, "{table}");
            assert!(
                rows.iter().all(|r| r["client_id"] == a.0),
                "{table}: only Aino's rows"
            );
        }
        assert!(count(db, "spending", a).await > 0 && count(db, "wellbeing_round", a).await > 0);
        // The generated plan and the one saved here.
        assert_eq!(json["plan_versions"].as_array().map(Vec::len), Some(2));
        assert_eq!(json["relatives"][0]["name"], "Liisa-läheinen");
        // The worker's read is in the log, and the download is a row of its own.
        let log = json["access_log"].as_array().expect("log");
        assert!(log.iter().any(|l| l["actor_name"] == "Maria"));
        assert!(
            log.iter().any(|l| l["actor_name"] == "Vanha Lukija"),
            "the row from three years ago is exported"
        );
        let downloads = sqlx::query(
            "select actor_kind, basis from access_log where subject_client_id = $1 \
             and object_type = 'all-data' and action = 'export'",
        )
        .bind(a)
        .fetch_all(&db.pool)
        .await
        .expect("log rows");
        assert_eq!(downloads.len(), 1);
        assert_eq!(downloads[0].get::<String, _>("actor_kind"), "client");

        // The printable page: made on the server, logged too, and it says so.
        let response = get(&app, &own, "/my-data").await;
        assert_eq!(response.status(), StatusCode::OK);
        let page = response.text().await.expect("page");
        assert!(page.contains("Aino-kissa ui") && page.contains("Kaikki tietosi"));
        assert!(page.contains("Latasit kaikki tietosi itsellesi."));
        assert!(!page.contains("Bertta-koira"));

        // Nobody else: a relative with every right, the client's own worker, another client.
        let relative = session_for(db, PersonRef::relative(relatives[0]), Some(a), Place::Home)
            .await
            .expect("session");
        let by_worker = session_for(db, PersonRef::worker(worker), Some(a), Place::Worker)
            .await
            .expect("session");
        let other = session_for(db, PersonRef::client(b), Some(a), Place::Home)
            .await
            .expect("session");
        for (who, session) in [
            ("relative", &relative),
            ("worker", &by_worker),
            ("other", &other),
        ] {
            let response = get(&app, session, "/my-data.json").await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{who}");
            let response = get(&app, session, "/my-data").await;
            assert_eq!(location(&response), "/forbidden", "{who}");
        }
        // Refused tries are logged as refused, and no one else's download was made.
        let made: i64 = sqlx::query(
            "select count(*) as n from access_log where object_type = 'all-data' and basis = 'own'",
        )
        .fetch_one(&db.pool)
        .await
        .expect("count")
        .get("n");
        assert_eq!(made, 2, "Aino's JSON and page");
    }
}
