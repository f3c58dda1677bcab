//! Signing in, on both databases: a new card whose holder chooses a picture PIN, workers with
//! a password or a one-time code, worker-assisted mode, and the admin command line.

use app::access::log::repo as access_log;
use app::plan::repo as plans;
use reqwest::{Client, Response};
use tests::{form_action as action, fresh_urls, location, page, TestApp};

async fn post(http: &Client, app: &TestApp, action: &str, form: &[(&str, &str)]) -> Response {
    http.post(app.url(action))
        .form(form)
        .send()
        .await
        .expect("post")
}

async fn worker_sign_in(http: &Client, app: &TestApp, user: &str, secret: &str) -> Response {
    let to = action(http, app, "/worker/sign-in", "worker_sign_in").await;
    post(http, app, &to, &[("user_name", user), ("secret", secret)]).await
}

async fn press(http: &Client, app: &TestApp, pictures: &str) -> Response {
    let to = action(http, app, "/sign-in/pictures", "pick_picture").await;
    let mut last = None;
    for picture in pictures.split(',') {
        last = Some(post(http, app, &to, &[("pick", picture)]).await);
    }
    last.expect("pictures")
}

async fn card_sign_in(http: &Client, app: &TestApp, code: &str) -> Response {
    let to = action(http, app, "/", "card_sign_in").await;
    post(http, app, &to, &[("code", code)]).await
}

async fn aino_id(app: &TestApp) -> app::ids::ClientId {
    app::people::repo::list(&mut app.db.conn().await.expect("connection"))
        .await
        .expect("clients")[0]
        .client_id
}

#[tokio::test]
async fn a_new_card_holder_chooses_a_picture_pin_twice() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let worker = app.client().expect("client");
        assert_eq!(
            location(&worker_sign_in(&worker, &app, "maria", "maria-demo-salasana").await),
            "/worker"
        );
        let aino = aino_id(&app).await.to_string();
        let manage = action(&worker, &app, "/worker", "manage_sign_in").await;
        for what in ["issue", "reset"] {
            let done = post(
                &worker,
                &app,
                &manage,
                &[("client_id", &aino), ("what", what)],
            )
            .await;
            assert_eq!(location(&done), "/worker");
        }
        // The code is shown once, with its QR code, and never again.
        let shown = page(&worker, &app, "/worker").await;
        assert!(shown.contains("<svg"), "a QR code");
        let code = shown
            .split("class=\"card-code\"><code>")
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .expect("the new code")
            .to_owned();
        assert_eq!(code.len(), 29);
        assert!(!page(&worker, &app, "/worker").await.contains(&code));

        let aino_browser = app.client().expect("client");
        let old = card_sign_in(&aino_browser, &app, "DEMO-AINO-2468").await;
        assert_eq!(
            location(&old),
            "/?error=card",
            "the old card stopped working"
        );
        let started = card_sign_in(&aino_browser, &app, &code.to_lowercase()).await;
        assert_eq!(location(&started), "/sign-in/pictures");
        assert!(page(&aino_browser, &app, "/sign-in/pictures")
            .await
            .contains("Valitse itsellesi 4 kuvaa"));
        let first = press(&aino_browser, &app, "fish,fish,star,dog").await;
        assert_eq!(location(&first), "/sign-in/pictures?error=again");
        let different = press(&aino_browser, &app, "fish,fish,star,cat").await;
        assert_eq!(location(&different), "/sign-in/pictures?error=mismatch");
        press(&aino_browser, &app, "fish,fish,star,dog").await;
        let confirmed = press(&aino_browser, &app, "fish,fish,star,dog").await;
        assert_eq!(location(&confirmed), "/home");

        // From now on the new PIN signs in, and the picture page asks for it.
        let later = app.client().expect("client");
        card_sign_in(&later, &app, &code).await;
        assert!(page(&later, &app, "/sign-in/pictures")
            .await
            .contains("Valitse omat kuvasi"));
        assert_eq!(
            location(&press(&later, &app, "fish,fish,star,dog").await),
            "/home"
        );
    }
}

#[tokio::test]
async fn workers_sign_in_with_a_password_or_a_one_time_code_used_once() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let wrong = worker_sign_in(&app.client().expect("c"), &app, "maria", "väärä").await;
        assert_eq!(location(&wrong), "/worker/sign-in?error=wrong");
        let unknown = worker_sign_in(&app.client().expect("c"), &app, "nobody", "väärä").await;
        assert_eq!(
            location(&unknown),
            "/worker/sign-in?error=wrong",
            "the same answer"
        );

        let out = server::admin::run(
            &app.db,
            &["add-worker".into(), "Uusi Työntekijä".into(), "uusi".into()],
        )
        .await
        .expect("add worker");
        let code = out.rsplit(' ').next().expect("code").to_owned();
        let first = app.client().expect("c");
        assert_eq!(
            location(&worker_sign_in(&first, &app, "UUSI", &code).await),
            "/worker"
        );
        let again = worker_sign_in(&app.client().expect("c"), &app, "uusi", &code).await;
        assert_eq!(
            location(&again),
            "/worker/sign-in?error=wrong",
            "a one-time code works once"
        );

        // The new worker sets a password and signs in with it.
        let set = action(&first, &app, "/worker", "set_password").await;
        let short = post(&first, &app, &set, &[("password", "lyhyt")]).await;
        assert_eq!(location(&short), "/worker?error=password");
        post(
            &first,
            &app,
            &set,
            &[("password", "pitka-ja-hyva-salasana")],
        )
        .await;
        let with_password = worker_sign_in(
            &app.client().expect("c"),
            &app,
            "uusi",
            "pitka-ja-hyva-salasana",
        )
        .await;
        assert_eq!(location(&with_password), "/worker");

        // The admin command line: clients, caseloads, and the log verifier.
        let client = server::admin::run(&app.db, &["add-client".into(), "Veera".into()])
            .await
            .expect("add client");
        let client_id = client.trim_start_matches("client ").to_owned();
        let worker_id = out
            .split(';')
            .next()
            .and_then(|w| w.strip_prefix("worker "))
            .expect("worker id")
            .to_owned();
        server::admin::run(&app.db, &["assign".into(), worker_id, client_id])
            .await
            .expect("assign");
        let list = server::admin::run(&app.db, &["list".into()])
            .await
            .expect("list");
        assert!(list.contains("Uusi Työntekijä: Veera"), "{list}");
        assert!(
            server::admin::run(&app.db, &["assign".into(), "999".into(), "1".into()])
                .await
                .is_err()
        );
        let verified = server::admin::run(&app.db, &["verify-log".into()])
            .await
            .expect("verify");
        assert!(verified.contains("every row is as written"));
        let caseload = page(&first, &app, "/worker").await;
        assert!(caseload.contains("Veera"));
        assert!(!caseload.contains("Helmi"), "only their own clients");
    }
}

#[tokio::test]
async fn a_worker_beside_the_client_is_recorded_with_the_client() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let aino = app.client().expect("client");
        card_sign_in(&aino, &app, "DEMO-AINO-2468").await;
        assert_eq!(
            location(&press(&aino, &app, "dog,cat,sun,house").await),
            "/home"
        );
        let assist = action(&aino, &app, "/assist", "start_assist").await;
        let wrong = post(
            &aino,
            &app,
            &assist,
            &[("user_name", "maria"), ("secret", "x")],
        )
        .await;
        assert_eq!(location(&wrong), "/assist?error=wrong");
        let started = post(
            &aino,
            &app,
            &assist,
            &[("user_name", "maria"), ("secret", "maria-demo-salasana")],
        )
        .await;
        assert_eq!(location(&started), "/home");
        let home = page(&aino, &app, "/home").await;
        assert!(home.contains("Maria Virtanen auttaa sinua nyt."));

        let form = page(&aino, &app, "/plan/step/important").await;
        let field = |name: &str| {
            form.split(&format!("name=\"{name}\" value=\""))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_default()
                .to_owned()
        };
        let save = action(&aino, &app, "/plan/step/important", "save_section").await;
        let (version, idem) = (field("version"), field("idem"));
        post(
            &aino,
            &app,
            &save,
            &[
                ("section", "important"),
                ("version", &version),
                ("idem", &idem),
                ("answer", "Kirjoitimme yhdessä"),
            ],
        )
        .await;
        let id = aino_id(&app).await;
        let draft = sqlx::query(
            "select updated_by_role, updated_by_name from plan_draft_section where client_id = $1",
        )
        .bind(id)
        .fetch_one(&app.db.pool)
        .await
        .expect("draft");
        use sqlx::Row;
        let role: String = draft.try_get("updated_by_role").expect("role");
        let name: String = draft.try_get("updated_by_name").expect("name");
        assert_eq!((role.as_str(), name.as_str()), ("worker", "Maria Virtanen"));
        assert!(
            plans::load_draft(&mut app.db.conn().await.expect("connection"), id)
                .await
                .expect("draft")
                .updated_at
                .is_some()
        );
        let rows = access_log::for_client(&mut app.db.conn().await.expect("connection"), id, 10)
            .await
            .expect("log");
        assert!(rows.iter().any(|r| r.entry.actor_name == "Maria Virtanen"
            && r.entry.acting_for.as_deref() == Some("assisted")
            && r.entry.event.stored().1 == "update"));

        let end = action(&aino, &app, "/home", "end_assist").await;
        post(&aino, &app, &end, &[]).await;
        assert!(!page(&aino, &app, "/home")
            .await
            .contains("auttaa sinua nyt"));
    }
}
