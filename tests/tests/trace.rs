//! Admins and workers leave a trace the client sees (security review F9, F10), on both
//! databases: a new card and a reset PIN are their own log rows, an admin's caseload change
//! is logged, and an admin who puts a client on their own caseload must write why.

use app::access::log::repo as access_log;
use app::access::log::{Basis, LogEvent};
use app::ids::{ClientId, WorkerId};
use reqwest::Client;
use tests::{
    client_named, form_action as action, fresh_urls, location, page, post_form as post, TestApp,
};

async fn worker(app: &TestApp, user: &str, password: &str) -> Client {
    let http = app.client().expect("client");
    let to = action(&http, app, "/worker/sign-in", "worker_sign_in").await;
    post(
        &http,
        app,
        &to,
        &[("user_name", user), ("secret", password)],
    )
    .await;
    http
}

async fn worker_id(app: &TestApp, name: &str) -> WorkerId {
    let id: i64 = sqlx::query_scalar("select worker_id from worker where display_name = $1")
        .bind(name)
        .fetch_one(&app.db.pool)
        .await
        .expect("worker");
    WorkerId(id)
}

async fn events(app: &TestApp, client: ClientId) -> Vec<access_log::Entry> {
    access_log::for_client(
        &mut app.db.conn().await.expect("connection"),
        client,
        100,
        0,
    )
    .await
    .expect("log")
    .into_iter()
    .map(|row| row.entry)
    .collect()
}

#[tokio::test]
async fn a_new_card_and_a_reset_pin_are_told_to_the_client() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let maria = worker(&app, "maria", "maria-demo-salasana").await;
        let aino = client_named(&app, "Aino").await;
        let manage = action(&maria, &app, "/worker", "manage_sign_in").await;
        for what in ["issue", "reset"] {
            let done = post(
                &maria,
                &app,
                &manage,
                &[("client_id", &aino.to_string()), ("what", what)],
            )
            .await;
            assert_eq!(location(&done), "/worker");
        }
        let logged: Vec<LogEvent> = events(&app, aino).await.iter().map(|e| e.event).collect();
        assert!(logged.contains(&LogEvent::IssueCard), "{logged:?}");
        assert!(logged.contains(&LogEvent::ResetPin), "{logged:?}");
        assert!(
            !logged.contains(&LogEvent::ChangeSignIn),
            "not a vague sign-in change"
        );
    }
}

#[tokio::test]
async fn an_admin_writes_why_before_reading_a_client_and_the_client_sees_it() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let pekka = worker(&app, "pekka", "pekka-demo-salasana").await;
        let helmi = client_named(&app, "Helmi").await;
        let (pekka_id, maria_id) = (
            worker_id(&app, "Pekka Korhonen").await,
            worker_id(&app, "Maria Virtanen").await,
        );
        let assign = action(&pekka, &app, "/admin", "assign_client").await;
        let helmi_text = helmi.to_string();
        let form = |who: WorkerId, reason: &'static str| {
            vec![
                ("worker_id", who.to_string()),
                ("client_id", helmi_text.clone()),
                ("on", "1".to_owned()),
                ("reason", reason.to_owned()),
            ]
        };
        let send = |form: Vec<(&'static str, String)>| {
            let (pekka, app, assign) = (&pekka, &app, &assign);
            async move {
                let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                post(pekka, app, assign, &pairs).await
            }
        };

        // Onto Maria's caseload: a plain admin row.
        assert_eq!(location(&send(form(maria_id, "")).await), "/admin");
        let first = events(&app, helmi).await;
        let caseload: Vec<_> = first
            .iter()
            .filter(|e| e.event == LogEvent::ChangeCaseload)
            .collect();
        assert_eq!(caseload.len(), 1);
        assert_eq!(caseload[0].basis, Some(Basis::Admin));
        assert_eq!(caseload[0].actor_name, "Pekka Korhonen");

        // Onto his own caseload: refused without a reason, and nothing changes.
        assert_eq!(
            location(&send(form(pekka_id, "  ")).await),
            "/admin?error=reason"
        );
        assert!(page(&pekka, &app, "/admin?error=reason")
            .await
            .contains("Kirjoita, miksi lisäät asiakkaan itsellesi."));
        let on_own: i64 = sqlx::query_scalar(
            "select count(*) from caseload where worker_id = $1 and client_id = $2",
        )
        .bind(pekka_id)
        .bind(helmi)
        .fetch_one(&app.db.pool)
        .await
        .expect("count");
        assert_eq!(on_own, 0);

        // With a reason: allowed, logged as break-glass with the reason.
        let reason = "Maria on lomalla ja maksu pitää tarkistaa";
        assert_eq!(location(&send(form(pekka_id, reason)).await), "/admin");
        let glass = events(&app, helmi)
            .await
            .into_iter()
            .find(|e| e.basis == Some(Basis::BreakGlass))
            .expect("break-glass row");
        assert_eq!(glass.reason.as_deref(), Some(reason));

        // Helmi reads it on her log page, and the chain still verifies.
        let helmi_browser = app.client().expect("client");
        let start = action(&helmi_browser, &app, "/", "card_sign_in").await;
        post(&helmi_browser, &app, &start, &[("code", "DEMO-HELMI-8642")]).await;
        let pick = action(&helmi_browser, &app, "/sign-in/pictures", "pick_picture").await;
        for picture in ["flower", "ball", "star", "bicycle"] {
            post(&helmi_browser, &app, &pick, &[("pick", picture)]).await;
        }
        let log = page(&helmi_browser, &app, "/log").await;
        let list = log.split("log-list").nth(1).unwrap_or_default();
        assert!(
            list.contains("muutti, kuka on työntekijäsi"),
            "{}",
            &list[..list.len().min(3000)]
        );
        assert!(log.contains(&format!("Syy: {reason}")));
        assert_eq!(
            access_log::verify(&mut app.db.conn().await.expect("connection"))
                .await
                .expect("verify"),
            None
        );
    }
}

/// Security review F11: others' many writes cannot push an older access out of the client's
/// sight; the log goes on page by page.
#[tokio::test]
async fn every_row_of_the_log_can_be_reached_page_by_page() {
    use app::session::repo::Place;
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let aino = client_named(&app, "Aino").await;
        let entry = |name: &str, event| access_log::Entry {
            at_utc: app::db::now_ms(),
            actor_kind: app::people::PersonKind::Worker,
            actor_id: 1,
            actor_name: name.to_owned(),
            acting_for: None,
            subject_client_id: aino,
            event,
            basis: Some(Basis::Caseload),
            channel: Place::Worker,
            reason: None,
        };
        let mut conn = app.db.conn().await.expect("connection");
        access_log::append(&mut conn, &entry("Vanha Lukija", LogEvent::ReadPlan))
            .await
            .expect("old");
        for _ in 0..120 {
            access_log::append(&mut conn, &entry("Ahkera Kirjoittaja", LogEvent::WritePlan))
                .await
                .expect("write");
        }
        drop(conn);
        let browser = app.client().expect("client");
        let start = action(&browser, &app, "/", "card_sign_in").await;
        post(&browser, &app, &start, &[("code", "DEMO-AINO-2468")]).await;
        let pick = action(&browser, &app, "/sign-in/pictures", "pick_picture").await;
        for picture in ["dog", "cat", "sun", "house"] {
            post(&browser, &app, &pick, &[("pick", picture)]).await;
        }
        let first = page(&browser, &app, "/log").await;
        assert!(first.contains("Ahkera Kirjoittaja"));
        assert!(
            !first.contains("Vanha Lukija"),
            "the old row is not on the first page"
        );
        assert!(
            first.contains("href=\"/log?page=2\""),
            "a link to older rows"
        );
        let last = page(&browser, &app, "/log?page=3").await;
        assert!(
            last.contains("Vanha Lukija"),
            "the old row is on the last page"
        );
        assert!(
            last.contains("href=\"/log?page=2\""),
            "a link back to newer rows"
        );
        assert!(!last.contains("href=\"/log?page=4\""));
    }
}

/// Checklist R-10: the admin's add-client form carries a key, so ten taps at once add one client,
/// and the same key with another name is refused at the name field.
#[tokio::test]
async fn a_double_tap_on_add_client_adds_one_client() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let admin = worker(&app, "pekka", "pekka-demo-salasana").await;
        let form = page(&admin, &app, "/admin").await;
        let idem = form
            .split("name=\"idem\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the form's key")
            .to_owned();
        let to = action(&admin, &app, "/admin", "add_client").await;
        let count = || async {
            sqlx::query_scalar::<_, i64>("select count(*) from client where display_name = 'Ville'")
                .fetch_one(&app.db.pool)
                .await
                .expect("count")
        };
        // Ten taps at once (the checklist's 10 within 200 ms): one client, ten same answers.
        let mut taps = tokio::task::JoinSet::new();
        for _ in 0..10 {
            let (admin, url, idem) = (admin.clone(), app.url(&to), idem.clone());
            taps.spawn(async move {
                let form = [("name", "Ville"), ("idem", idem.as_str())];
                let sent = admin.post(url).form(&form).send().await.expect("post");
                location(&sent)
            });
        }
        while let Some(answer) = taps.join_next().await {
            assert_eq!(answer.expect("tap"), "/admin");
        }
        assert_eq!(count().await, 1, "one client");
        let other = post(&admin, &app, &to, &[("name", "Vilma"), ("idem", &idem)]).await;
        assert_eq!(location(&other), "/admin?error=resent");
        let told = page(&admin, &app, "/admin?error=resent").await;
        assert!(told.contains("Lähetit tämän lomakkeen jo."), "{told}");
        let vilma: i64 =
            sqlx::query_scalar("select count(*) from client where display_name = 'Vilma'")
                .fetch_one(&app.db.pool)
                .await
                .expect("count");
        assert_eq!(vilma, 0, "nothing was written");
    }
}
