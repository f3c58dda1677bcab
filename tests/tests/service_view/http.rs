//! The service view over HTTP: the page in Finnish and English for a team lead, the period
//! form's error, the CSV read with the `csv` crate (nothing a spreadsheet would run) and the
//! JSON, and nobody else gets them.

use app::people::PersonRef;
use app::session::repo::Place;
use reqwest::header::{ACCEPT, COOKIE};
use reqwest::StatusCode;
use sqlx::Row;
use tests::{fresh_urls, session_cookie, session_for, TestApp};

const HOSTILE: &str = "=HYPERLINK(\"http://x\";\"y\")";

async fn get(app: &TestApp, cookie: Option<String>, path: &str) -> (StatusCode, String) {
    let mut request = app
        .client()
        .expect("client")
        .get(app.url(path))
        .header(ACCEPT, "text/html");
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    let response = request.send().await.expect("get");
    let status = response.status();
    (status, response.text().await.expect("body"))
}

/// A formula a spreadsheet would run: starts with = + @, a tab or CR, or a minus not
/// followed by a plain number.
fn runs_as_formula(cell: &str) -> bool {
    if cell.starts_with(['=', '+', '@', '\t', '\r']) {
        return true;
    }
    match cell.strip_prefix('-') {
        Some(rest) => rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit()),
        None => false,
    }
}

#[tokio::test]
async fn a_team_lead_sees_and_downloads_the_figures_and_no_one_else_does() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let today = app::dates::today();
        server::generate::generate(db, 40, 2, 3, today)
            .await
            .expect("generate");
        // Five clients whose stage is stored as a formula: the CSV must not run it.
        let ids: Vec<i64> = sqlx::query("select client_id from client order by client_id limit 5")
            .fetch_all(&db.pool)
            .await
            .expect("clients")
            .iter()
            .map(|r| r.get("client_id"))
            .collect();
        for id in ids {
            sqlx::query(
                "insert into path_stage (client_id, stage, note, by_kind, by_name, created_at) \
                 values ($1, $2, '', 'rule', 'X', $3)",
            )
            .bind(id)
            .bind(HOSTILE)
            .bind(app::db::now_ms() - 1000)
            .execute(&db.pool)
            .await
            .expect("stage");
        }
        let mut conn = db.conn().await.expect("connection");
        let lead = app::sign_in::logins::create(&mut conn, "Tiina", false)
            .await
            .expect("lead");
        app::sign_in::logins::set_team_lead(&mut conn, lead, true)
            .await
            .expect("role");
        let worker = app::sign_in::logins::create(&mut conn, "Maria", false)
            .await
            .expect("worker");
        drop(conn);
        let lead_session = session_for(db, PersonRef::worker(lead), None, Place::Worker)
            .await
            .expect("session");
        let worker_session = session_for(db, PersonRef::worker(worker), None, Place::Worker)
            .await
            .expect("session");
        let lead_cookie = session_cookie(&lead_session);

        // The page, in Finnish and in English: figures, no names.
        let (status, page) = get(&app, Some(lead_cookie.clone()), "/service").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Palvelun luvut"), "{page}");
        assert!(page.contains("Kirjoittaa suunnitelmaa"));
        assert!(!page.contains("Henkilö"), "no client's name");
        let english = format!("{lead_cookie}; {}=en", app::i18n::LANG_COOKIE);
        let (_, page) = get(
            &app,
            Some(english),
            "/service?from=2025-01-01&to=2026-12-31",
        )
        .await;
        assert!(
            page.contains("The service&#x27;s figures") || page.contains("The service's figures")
        );
        assert!(page.contains("Where the plans are"));
        // A period that does not parse: said next to the field, this year shown instead.
        let (status, page) = get(&app, Some(lead_cookie.clone()), "/service?from=eilen&to=").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Kirjoita ensimmäinen päivä näin"));
        assert!(page.contains("value=\"eilen\""), "the typed text is kept");

        // CSV: every cell read back by a CSV library; none would run as a formula.
        let (status, text) = get(
            &app,
            Some(lead_cookie.clone()),
            "/service/figures.csv?lang=fi",
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let headers = reader.headers().expect("headers").clone();
        assert_eq!(
            headers.iter().collect::<Vec<_>>(),
            [
                "period_from",
                "period_to",
                "figure",
                "part",
                "value",
                "note"
            ]
        );
        let mut hostile_seen = false;
        let mut money_people = None;
        for record in reader.records() {
            let record = record.expect("record");
            for cell in record.iter() {
                assert!(!runs_as_formula(cell), "formula cell {cell:?}");
            }
            if record[3] == format!("'{HOSTILE}") {
                hostile_seen = true;
                assert_eq!(&record[4], "5");
            }
            if &record[2] == "money_people" {
                money_people = Some(record[4].to_owned());
            }
        }
        assert!(hostile_seen, "the stored formula is in the CSV as text");
        let figures = app::figures::repo::figures(
            &mut db.conn().await.expect("connection"),
            app::figures::Period::default_for(today),
        )
        .await
        .expect("figures");
        let people = figures.money.expect("money").people;
        assert_eq!(money_people, Some(people.to_string()));

        // JSON: the period, the smallest group, each figure with its value or suppressed.
        let (status, text) = get(&app, Some(lead_cookie.clone()), "/service/figures.json").await;
        assert_eq!(status, StatusCode::OK);
        let json: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(json["min_group"], 5);
        assert!(json["period"]["from"].is_string() && json["period"]["to"].is_string());
        let list = json["figures"].as_array().expect("figures");
        assert!(list.iter().all(|f| f["figure"].is_string()
            && f["part"].is_string()
            && f["suppressed"].is_boolean()
            && (f["value"].is_i64() != f["suppressed"].as_bool().unwrap_or(false))));
        assert!(list
            .iter()
            .any(|f| f["figure"] == "money_people" && f["value"] == people));

        // Nobody else: a worker, a client, no one signed in.
        let (client_id, client_session) = tests::client_with_session(db, "Aino")
            .await
            .expect("client");
        let _ = client_id;
        for path in ["/service/figures.csv", "/service/figures.json"] {
            let (status, _) = get(&app, Some(session_cookie(&worker_session)), path).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{path} as a worker");
            let (status, _) = get(&app, Some(session_cookie(&client_session)), path).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{path} as a client");
            let (status, _) = get(&app, None, path).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{path} signed out");
        }
        // A team lead opens no person's page: the caseload and a client's plan are refused.
        for path in ["/worker", "/plan/check", "/money", "/worker/summary"] {
            let response = app
                .client()
                .expect("client")
                .get(app.url(path))
                .header(COOKIE, lead_cookie.clone())
                .send()
                .await
                .expect("get");
            let location = tests::location(&response);
            assert!(
                location == "/forbidden" || location == "/choose",
                "{path}: {location}"
            );
        }
    }
}
