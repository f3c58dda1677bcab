//! The plan journey over HTTP against a real server on a random port, on both engines: the
//! same forms a browser without JavaScript sends.

use app::ids::ClientId;
use reqwest::header::ACCEPT;
use reqwest::{Client, Response, StatusCode};
use tests::{fresh_urls, location, TestApp};

/// The value of a form field written by the server, for example the idempotency key.
fn field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    html.find(&marker)
        .map(|i| &html[i + marker.len()..])
        .and_then(|rest| rest.find('"').map(|end| rest[..end].to_owned()))
        .unwrap_or_else(|| panic!("field {name} not found"))
}

/// The action of the form that contains `marker`.
fn action_near(html: &str, marker: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not found"));
    let form = html[..at]
        .rfind("<form")
        .unwrap_or_else(|| panic!("no form before {marker}"));
    field_attr(&html[form..], "action")
}

fn field_attr(tag: &str, attr: &str) -> String {
    let marker = format!("{attr}=\"");
    let start = tag
        .find(&marker)
        .map(|i| i + marker.len())
        .unwrap_or_else(|| panic!("no {attr}"));
    tag[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

async fn get(client: &Client, app: &TestApp, path: &str) -> (StatusCode, String) {
    let response = client
        .get(app.url(path))
        .header(ACCEPT, "text/html")
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    let status = response.status();
    (status, response.text().await.expect("body"))
}

async fn post(client: &Client, app: &TestApp, action: &str, form: &[(&str, &str)]) -> Response {
    client
        .post(app.url(action))
        .header(ACCEPT, "text/html")
        .form(form)
        .send()
        .await
        .expect("post")
}

/// Signs in as a demo person with their card and picture PIN, as a browser would. `who` is
/// the demo person's first name in any case; anything else is sent as a card code.
async fn sign_in(client: &Client, app: &TestApp, who: &str) -> Response {
    let (_, start) = get(client, app, "/").await;
    let action = action_near(&start, "name=\"code\"");
    let card = server::demo::DEMO_CARDS
        .iter()
        .find(|(name, ..)| name.eq_ignore_ascii_case(who));
    let Some((_, code, pictures)) = card else {
        return post(client, app, &action, &[("code", who)]).await;
    };
    let started = post(client, app, &action, &[("code", code)]).await;
    assert_eq!(location(&started), "/sign-in/pictures");
    pick_pictures(client, app, pictures).await
}

/// Presses the pictures on the picture page, one post each; returns the last answer.
async fn pick_pictures(client: &Client, app: &TestApp, pictures: &str) -> Response {
    let (_, page) = get(client, app, "/sign-in/pictures").await;
    let action = action_near(&page, "name=\"pick\"");
    let mut last = None;
    for picture in pictures.split(',') {
        last = Some(post(client, app, &action, &[("pick", picture)]).await);
    }
    last.expect("at least one picture")
}

async fn section_form(client: &Client, app: &TestApp, path: &str) -> (String, String, String) {
    let (status, html) = get(client, app, path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    (
        action_near(&html, "name=\"idem\""),
        field(&html, "version"),
        field(&html, "idem"),
    )
}

#[tokio::test]
async fn a_client_writes_checks_and_saves_a_plan() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let client = app.client().expect("client");

        let (_, start) = get(&client, &app, "/").await;
        assert!(
            start.contains("<html lang=\"fi\""),
            "Finnish is the default"
        );
        assert!(
            start.contains("DEMO-AINO-2468"),
            "demo codes are listed in demo mode"
        );

        let wrong = sign_in(&client, &app, "NOPE-0000-0000").await;
        assert_eq!(location(&wrong), "/?error=card");
        let (_, refused) = get(&client, &app, "/?error=card").await;
        assert!(
            refused.contains("<title>Virhe: "),
            "the title starts with Virhe:"
        );
        assert!(
            refused.contains("href=\"#code\""),
            "the summary links to the field"
        );

        let signed = sign_in(&client, &app, "aino").await;
        assert_eq!(location(&signed), "/home");
        let (_, home) = get(&client, &app, "/home").await;
        assert!(home.contains("Hei, Aino!"));

        let (action, version, idem) = section_form(&client, &app, "/plan/step/important").await;
        let sent = [
            ("section", "important"),
            ("version", version.as_str()),
            ("idem", idem.as_str()),
            ("answer", "Kissa\nUinti"),
        ];
        let response = post(&client, &app, &action, &sent).await;
        assert_eq!(response.status(), StatusCode::FOUND);
        assert_eq!(location(&response), "/plan/step/good-at");
        // The same form sent again (a double tap) leads to the same page and writes nothing.
        let again = post(&client, &app, &action, &sent).await;
        assert_eq!(location(&again), "/plan/step/good-at");

        let (_, goals_page) = get(&client, &app, "/plan/step/goals").await;
        for name in ["goal_1", "how_1", "goal_3", "how_3"] {
            assert!(
                goals_page.contains(&format!("name=\"{name}\"")),
                "the form sends {name}"
            );
        }
        let (action, version, idem) = section_form(&client, &app, "/plan/step/goals").await;
        let goals = [
            ("section", "goals"),
            ("version", version.as_str()),
            ("idem", idem.as_str()),
            ("goal_1", "Käyn uimassa"),
            ("how_1", "Joka viikko"),
            ("goal_2", ""),
            ("how_2", ""),
            ("goal_3", ""),
            ("how_3", ""),
        ];
        assert_eq!(
            location(&post(&client, &app, &action, &goals).await),
            "/plan/check"
        );

        let (_, check) = get(&client, &app, "/plan/check").await;
        assert!(check.contains("Kissa") && check.contains("Käyn uimassa"));
        assert!(
            check.contains("/plan/step/need-help?from=check"),
            "each answer has a change link"
        );
        let save_action = action_near(&check, "name=\"idem\"");
        let save_idem = field(&check, "idem");
        let saved = post(&client, &app, &save_action, &[("idem", &save_idem)]).await;
        assert_eq!(location(&saved), "/plan/saved/1");
        let saved_again = post(&client, &app, &save_action, &[("idem", &save_idem)]).await;
        assert_eq!(
            location(&saved_again),
            "/plan/saved/1",
            "a double tap does not make a second version"
        );

        let (_, versions) = get(&client, &app, "/plan/versions").await;
        assert!(
            versions.contains("Suunnitelma numero 1") && !versions.contains("Suunnitelma numero 2")
        );
        assert!(versions.contains("Aino tallensi tämän") && !versions.contains("asiakas"));
        let (_, summary) = get(&client, &app, "/plan/summary").await;
        assert!(
            summary.contains("Hyvän elämän suunnitelma")
                && summary.contains("Uinti")
                && summary.contains("Joka viikko")
        );
    }
}

#[tokio::test]
async fn refused_text_is_kept_and_the_error_is_shown_at_the_field() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let client = app.client().expect("client");
        sign_in(&client, &app, "Eero").await;
        let (action, version, idem) = section_form(&client, &app, "/plan/step/support").await;
        let long = format!("Alku {}", "ä".repeat(2000));
        let response = post(
            &client,
            &app,
            &action,
            &[
                ("section", "support"),
                ("version", &version),
                ("idem", &idem),
                ("answer", &long),
            ],
        )
        .await;
        assert_eq!(location(&response), "/plan/step/support");
        let (_, page) = get(&client, &app, "/plan/step/support").await;
        assert!(page.contains("<title>Virhe: "));
        assert!(page.contains("class=\"error-summary\"") && page.contains("href=\"#answer\""));
        assert!(
            page.contains("Poista 5 kirjainta"),
            "the message says what to do"
        );
        assert!(page.contains(&long), "the user's text is kept");
        // A goal's "how" without the goal is refused at the goal field.
        let (action, version, idem) = section_form(&client, &app, "/plan/step/goals").await;
        let form = [
            ("section", "goals"),
            ("version", version.as_str()),
            ("idem", idem.as_str()),
            ("goal_1", ""),
            ("how_1", "Olen iloinen"),
        ];
        post(&client, &app, &action, &form).await;
        let (_, goals) = get(&client, &app, "/plan/step/goals").await;
        assert!(goals.contains("href=\"#goal-1\"") && goals.contains("Olen iloinen"));
    }
}

#[tokio::test]
async fn a_client_never_sees_another_clients_plan() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let client = app.client().expect("client");
        sign_in(&client, &app, "Aino").await;
        for path in [
            "/home",
            "/plan/step/important",
            "/plan/step/good-at",
            "/plan/check",
            "/plan/versions",
            "/plan/versions/1",
            "/plan/versions/2",
            "/plan/summary",
        ] {
            let (_, html) = get(&client, &app, path).await;
            // Eero's draft and Helmi's saved plan must not appear.
            for other in ["Kissani Miisu", "kitaraa", "Ystäväni Sanna", "uimahallissa"] {
                assert!(!html.contains(other), "{path} leaked {other}");
            }
        }
        // Writing into a section names no client: it always goes to the signed-in one.
        let (action, version, idem) = section_form(&client, &app, "/plan/step/important").await;
        post(
            &client,
            &app,
            &action,
            &[
                ("section", "important"),
                ("version", &version),
                ("idem", &idem),
                ("answer", "Ainon oma"),
                ("client_id", "2"),
            ],
        )
        .await;
        let eero = app.client().expect("client");
        sign_in(&eero, &app, "Eero").await;
        let (_, eero_page) = get(&eero, &app, "/plan/step/important").await;
        assert!(eero_page.contains("Kissani Miisu") && !eero_page.contains("Ainon oma"));
    }
}

#[tokio::test]
async fn without_a_session_nothing_is_shown_or_written() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let stranger = app.client().expect("client");
        let response = stranger
            .get(app.url("/home"))
            .header(ACCEPT, "text/html")
            .send()
            .await
            .expect("get");
        assert_eq!(response.status(), StatusCode::FOUND);
        assert_eq!(location(&response), "/");
        // The caseload's page and search (issue 16) are refused as the caseload is.
        let mut refused = Vec::new();
        for path in ["/worker", "/worker?page=2&find=Helmi", "/worker?page=abc"] {
            let response = stranger
                .get(app.url(path))
                .header(ACCEPT, "text/html")
                .send()
                .await
                .expect("get");
            let status = response.status();
            let to = location(&response);
            let body = response.text().await.expect("body");
            assert!(!body.contains("Helmi"), "{path}");
            refused.push((status, to));
        }
        assert!(refused.iter().all(|r| *r == refused[0]), "{refused:?}");
        assert!(!refused[0].0.is_success(), "{refused:?}");

        // Take a real form from a signed-in session, then send it without the cookie.
        let client = app.client().expect("client");
        sign_in(&client, &app, "Aino").await;
        let (action, version, idem) = section_form(&client, &app, "/plan/step/important").await;
        let response = post(
            &stranger,
            &app,
            &action,
            &[
                ("section", "important"),
                ("version", &version),
                ("idem", &idem),
                ("answer", "Vieras"),
            ],
        )
        .await;
        assert_eq!(location(&response), "/");
        let (_, page) = get(&client, &app, "/plan/step/important").await;
        assert!(!page.contains("Vieras"));

        // After signing out the old cookie no longer works.
        let (_, home) = get(&client, &app, "/home").await;
        let sign_out = action_near(&home, "Olen valmis");
        let cookie = client.get(app.url("/home")).send().await.expect("home");
        drop(cookie);
        assert_eq!(
            location(&post(&client, &app, &sign_out, &[]).await),
            "/?bye=1"
        );
        let after = client
            .get(app.url("/home"))
            .header(ACCEPT, "text/html")
            .send()
            .await
            .expect("get");
        assert_eq!(location(&after), "/");
    }
}

#[tokio::test]
async fn an_old_session_cookie_replayed_after_sign_out_is_refused() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let client = app.client().expect("client");
    let signed = sign_in(&client, &app, "Aino").await;
    let cookie = signed
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("__Host-sid="))
        .and_then(|v| v.split(';').next())
        .expect("session cookie")
        .to_owned();
    let (_, home) = get(&client, &app, "/home").await;
    post(&client, &app, &action_near(&home, "Olen valmis"), &[]).await;
    let replay = app.client().expect("client");
    // Ten pages with the client's data (checklist S-S4): each sends the replayer to sign in.
    for path in [
        "/home",
        "/plan/step/important",
        "/plan/check",
        "/plan/versions",
        "/plan/versions/1",
        "/plan/summary",
        "/money",
        "/log",
        "/relatives",
        "/plan/step/helpers",
    ] {
        let response = replay
            .get(app.url(path))
            .header("cookie", &cookie)
            .header(ACCEPT, "text/html")
            .send()
            .await
            .expect("get");
        assert_eq!(location(&response), "/", "{path}");
    }
}

#[tokio::test]
async fn cross_site_form_posts_are_refused() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let client = app.client().expect("client");
    let (_, start) = get(&client, &app, "/").await;
    let action = action_near(&start, "name=\"code\"");
    let cross = client
        .post(app.url(&action))
        .header("sec-fetch-site", "cross-site")
        .form(&[("code", "DEMO-AINO-2468")])
        .send()
        .await
        .expect("post");
    assert_eq!(cross.status(), StatusCode::FORBIDDEN);
    // An older browser sends only `Origin`: a client without the default browser headers.
    let foreign = reqwest::Client::new()
        .post(app.url(&action))
        .header("origin", "http://evil.example")
        .form(&[("code", "DEMO-AINO-2468")])
        .send()
        .await
        .expect("post");
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
    let same = client
        .post(app.url(&action))
        .header("sec-fetch-site", "same-origin")
        .header(ACCEPT, "text/html")
        .form(&[("code", "DEMO-AINO-2468")])
        .send()
        .await
        .expect("post");
    assert_eq!(location(&same), "/sign-in/pictures");
}

#[tokio::test]
async fn the_language_choice_is_remembered_and_sets_html_lang() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let client = app.client().expect("client");
    let (_, start) = get(&client, &app, "/").await;
    let action = action_near(&start, "name=\"back\"");
    let response = post(&client, &app, &action, &[("lang", "sv"), ("back", "/")]).await;
    assert_eq!(location(&response), "/");
    let (_, swedish) = get(&client, &app, "/").await;
    assert!(swedish.contains("<html lang=\"sv\"") && swedish.contains("Välkommen till Sopiva"));
    let response = post(
        &client,
        &app,
        &action,
        &[("lang", "en"), ("back", "https://evil.example/")],
    )
    .await;
    assert_eq!(location(&response), "/", "only local pages are returned to");
    let (_, english) = get(&client, &app, "/").await;
    assert!(english.contains("<html lang=\"en\"") && english.contains("Welcome to Sopiva"));
}

#[tokio::test]
async fn pages_are_not_stored_and_unknown_pages_say_so() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let client = app.client().expect("client");
    let response = client.get(app.url("/")).send().await.expect("get");
    assert_eq!(
        response
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    for (name, value) in [
        ("x-frame-options", "DENY"),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("cross-origin-opener-policy", "same-origin"),
        (
            "strict-transport-security",
            "max-age=63072000; includeSubDomains",
        ),
    ] {
        let sent = response.headers().get(name).and_then(|v| v.to_str().ok());
        assert_eq!(sent, Some(value), "{name}");
    }
    let (status, html) = get(&client, &app, "/no/such/page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Sivua ei löydy"));
}

#[tokio::test]
async fn autosave_keeps_typed_text_without_moving_on() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let client = app.client().expect("client");
        sign_in(&client, &app, "Aino").await;
        let (action, version, idem) = section_form(&client, &app, "/plan/step/helpers").await;
        let typed = [
            ("section", "helpers"),
            ("version", version.as_str()),
            ("idem", idem.as_str()),
            ("answer", "Äiti\nKesken"),
            ("autosave", "1"),
        ];
        let response = post(&client, &app, &action, &typed).await;
        assert_eq!(
            location(&response),
            "/plan/step/helpers",
            "autosave stays on the page"
        );
        let (_, page) = get(&client, &app, "/plan/step/helpers").await;
        assert!(
            page.contains("Äiti\nKesken"),
            "a new tab finds the typed text"
        );
        let draft =
            app::plan::repo::load_draft(&mut app.db.conn().await.expect("connection"), ClientId(1))
                .await
                .expect("draft");
        assert!(
            draft
                .content
                .answer(app::plan::section::Section::Helpers)
                .is_none(),
            "not yet an answer"
        );
        // "Jatka" with the same form then saves it as the answer.
        let sent = [
            ("section", "helpers"),
            ("version", version.as_str()),
            ("idem", idem.as_str()),
            ("answer", "Äiti\nKesken"),
        ];
        assert_eq!(
            location(&post(&client, &app, &action, &sent).await),
            "/plan/step/need-help"
        );
        let draft =
            app::plan::repo::load_draft(&mut app.db.conn().await.expect("connection"), ClientId(1))
                .await
                .expect("draft");
        assert!(draft
            .content
            .answer(app::plan::section::Section::Helpers)
            .is_some());
    }
}

#[tokio::test]
async fn settings_follow_the_client_at_home_but_not_at_the_kiosk() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let client = app.client().expect("client");
    sign_in(&client, &app, "Helmi").await;
    let (_, home) = get(&client, &app, "/home").await;
    let action = action_near(&home, "name=\"change\"");
    post(
        &client,
        &app,
        &action,
        &[("change", "bigger"), ("back", "/home")],
    )
    .await;
    post(
        &client,
        &app,
        &action,
        &[("change", "contrast"), ("back", "/home")],
    )
    .await;
    let (_, home) = get(&client, &app, "/home").await;
    assert!(
        home.contains("class=\"text-1 contrast\""),
        "the page shows the settings"
    );

    // Another browser (no cookies): the settings come back with the sign-in.
    let other = app.client().expect("client");
    let (_, start) = get(&other, &app, "/").await;
    assert!(start.contains("class=\"text-0\""));
    sign_in(&other, &app, "Helmi").await;
    let (_, home) = get(&other, &app, "/home").await;
    assert!(
        home.contains("class=\"text-1 contrast\""),
        "kept on the server: {}",
        &home[..200]
    );

    // At a kiosk they are the device's and end with the session.
    let kiosk = tests::kiosk_client(&app).await.expect("kiosk");
    let signed = sign_in(&kiosk, &app, "Helmi").await;
    assert_eq!(location(&signed), "/home");
    let applied = signed
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().unwrap_or_default().starts_with("sopiva_prefs="));
    assert!(!applied, "a kiosk does not take the client's own settings");
}

#[tokio::test]
async fn pages_carry_a_content_security_policy_with_a_fresh_nonce() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let client = app.client().expect("client");
    // Checklist S-H2: 1,000 loads, 1,000 different nonces of at least 16 random bytes.
    let mut nonces = std::collections::HashSet::new();
    for _ in 0..1000 {
        let response = client.get(app.url("/")).send().await.expect("get");
        let policy = response
            .headers()
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let html = response.text().await.expect("body");
        assert!(
            policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"),
            "{policy}"
        );
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .expect("a nonce in the policy")
            .to_owned();
        assert!(
            html.contains(&format!("nonce=\"{nonce}\"")),
            "the inline scripts carry the nonce"
        );
        assert!(nonce.len() >= 22, "16 bytes or more in base64: {nonce}");
        nonces.insert(nonce);
    }
    assert_eq!(nonces.len(), 1000, "each response has its own nonce");
}

/// Issue 16: a signed-out page is rendered once per language and settings and then reused.
/// What is reused is only ever shown without a session, in the visitor's own language and
/// settings (the nonce: `pages_carry_a_content_security_policy_with_a_fresh_nonce`).
#[tokio::test]
async fn a_kept_signed_out_page_never_reaches_anyone_signed_in() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let stranger = app.client().expect("client");
    for _ in 0..2 {
        let (status, start) = get(&stranger, &app, "/").await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            start.contains("name=\"code\""),
            "the card form when signed out"
        );
    }
    // Signed in: the start page offers the way home, never the kept card form.
    let signed_in = app.client().expect("client");
    sign_in(&signed_in, &app, "Aino").await;
    let (_, start) = get(&signed_in, &app, "/").await;
    assert!(start.contains("href=\"/home\""), "the signed-in start page");
    assert!(
        !start.contains("name=\"code\""),
        "not the kept signed-out page"
    );
    // Another language and bigger text are their own pages, and a browser's own kiosk mark
    // is still taken away before a kept page is chosen (each asked twice: rendered, then kept).
    for _ in 0..2 {
        let swedish =
            page_with_cookie(&stranger, &app, "sopiva_lang=sv; sopiva_prefs=t2c0s1r1v0").await;
        assert!(
            swedish.contains("<html lang=\"sv\" class=\"text-2\""),
            "{swedish}"
        );
        let forged = page_with_cookie(&stranger, &app, "sopiva_kiosk=1").await;
        assert!(
            !forged.contains("kiosk"),
            "no kiosk page without the kiosk token"
        );
    }
}

/// `/about` with this `Cookie` header.
async fn page_with_cookie(client: &Client, app: &TestApp, cookie: &str) -> String {
    client
        .get(app.url("/about"))
        .header("cookie", cookie)
        .send()
        .await
        .expect("get")
        .text()
        .await
        .expect("body")
}

/// Security review F22: every answer carries a request id, and the problem page shows the
/// number a person can tell.
#[tokio::test]
async fn every_answer_carries_a_request_id_and_the_problem_page_shows_it() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let client = app.client().expect("client");
    let response = client.get(app.url("/")).send().await.expect("get");
    let id = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(id.len(), 16, "{id}");
    let other = client.get(app.url("/")).send().await.expect("get");
    assert_ne!(
        other
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
        Some(id.as_str()),
        "a new id for each request"
    );
    let (_, problem) = get(&client, &app, "/problem?ref=0123456789abcdef").await;
    assert!(problem.contains("kerro tämä numero: 0123456789abcdef"));
    let (_, forged) = get(&client, &app, "/problem?ref=<script>").await;
    assert!(
        !forged.contains("kerro tämä numero"),
        "only a request id is shown"
    );
}

/// Checklist S-I2: a form body over 64 KB is refused with 413 before any server function
/// reads it, for one byte over and for 10 MB.
#[tokio::test]
async fn a_body_over_64_kilobytes_is_refused() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let client = app.client().expect("client");
    let to = tests::form_action(&client, &app, "/", "card_sign_in").await;
    for size in [64 * 1024 + 1, 10 * 1024 * 1024] {
        let body = format!("code={}", "A".repeat(size - 5));
        assert_eq!(body.len(), size);
        let response = client
            .post(app.url(&to))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("post");
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE, "{size}");
    }
}
