//! Who may see what, on both databases: the authorisation matrix (generated from
//! `tests/authz-matrix.txt`), another client's ids swapped into requests, cross-site posts to
//! every server function, a relative before consent, after grant and after revoke, the
//! picture-PIN throttle, sign-in rotating the session id, and the access log with its
//! verifier.

use app::access::log::repo as access_log;
use app::caseload::repo as caseload_repo;
use app::db::Db;
use app::ids::{ClientId, RelativeId, WorkerId};
use app::people::PersonRef;
use app::plan::repo as plans;
use app::relatives::repo as consent;
use app::session::repo::Place;
use app::sign_in::cards;
use app::sign_in::logins as workers;
use app::sign_in::pins;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use reqwest::StatusCode;
use std::collections::BTreeSet;
use tests::{form_action, fresh_urls, location, session_cookie, session_for, TestApp};

const ROLES: [&str; 10] = [
    "anon", "client", "c>other", "rel0", "relR", "relW", "work", "w>other", "admin", "lead",
];

struct Row {
    kind: String,
    endpoint: String,
    expected: Vec<bool>,
}

fn matrix() -> Vec<Row> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("authz-matrix.txt");
    let text = std::fs::read_to_string(path).expect("matrix file");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let parts: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(parts.len(), 2 + ROLES.len(), "bad matrix line: {l}");
            Row {
                kind: parts[0].to_owned(),
                endpoint: parts[1].to_owned(),
                expected: parts[2..]
                    .iter()
                    .map(|v| match *v {
                        "a" => true,
                        "d" => false,
                        other => panic!("matrix value must be a or d, not {other}"),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The server function's name from its path (`/api/load_home123…` → `load_home`).
fn fn_name(path: &str) -> String {
    path.trim_start_matches("/api/")
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .to_owned()
}

fn server_fns() -> Vec<(String, String)> {
    leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| (fn_name(path), path.to_owned()))
        .collect()
}

#[test]
fn every_server_function_and_route_is_in_the_matrix() {
    let rows = matrix();
    let in_matrix = |kind: &str| -> BTreeSet<String> {
        rows.iter()
            .filter(|r| r.kind == kind)
            .map(|r| r.endpoint.clone())
            .collect()
    };
    let fns: BTreeSet<String> = server_fns().into_iter().map(|(n, _)| n).collect();
    assert_eq!(fns, in_matrix("fn"), "server functions vs. the matrix");
    let routes: BTreeSet<String> = server::route_list()
        .iter()
        .map(|r| r.path().to_owned())
        .collect();
    assert_eq!(routes, in_matrix("page"), "routes vs. the matrix");
}

/// Everyone a matrix row is tried as, in one database.
struct World {
    a: ClientId,
    b: ClientId,
    a_rel0: RelativeId,
    b_rel0: RelativeId,
    waiting_consent: i64,
    b_waiting_consent: i64,
    sessions: Vec<Option<String>>,
}

async fn saved_plan(db: &Db, client_id: ClientId) {
    let author = plans::Actor {
        role: plans::ActorRole::Client,
        name: "X".into(),
    };
    let answer = app::plan::content::Answer::Text("Salainen kissa".into());
    plans::save_section(
        &mut db.conn().await.expect("connection"),
        client_id,
        app::plan::section::Section::Important,
        &answer,
        0,
        &app::forms::idempotency::new_key(),
        "",
        &author,
    )
    .await
    .expect("section");
    // Issue 13: a worker's note on the answer, so the client has something to disagree with.
    let note = app::said::repo::NewMark {
        said: app::said::Said::Note,
        by: plans::Actor {
            role: plans::ActorRole::Worker,
            name: "W".into(),
        },
        session: None,
    };
    app::said::repo::put(
        &mut db.conn().await.expect("connection"),
        client_id,
        "draft",
        "important",
        &note,
    )
    .await
    .expect("mark");
    let draft = plans::load_draft(&mut db.conn().await.expect("connection"), client_id)
        .await
        .expect("draft");
    plans::save_version(
        &mut db.conn().await.expect("connection"),
        client_id,
        &draft.content,
        &author,
        &app::forms::idempotency::new_key(),
        |_| String::new(),
    )
    .await
    .expect("version");
}

async fn relative_with(
    db: &Db,
    client_id: ClientId,
    rights: consent::Rights,
    confirm_by: WorkerId,
) -> RelativeId {
    let id = app::people::repo::create_relative(&mut db.conn().await.expect("connection"), "Liisa")
        .await
        .expect("relative");
    let by = PersonRef::client(client_id);
    let row = app::relatives::service::change(db, client_id, id, rights, by)
        .await
        .expect("consent");
    consent::confirm(
        &mut db.conn().await.expect("connection"),
        row.consent_id,
        client_id,
        confirm_by,
    )
    .await
    .expect("confirm");
    id
}

async fn world(db: &Db) -> World {
    let a = app::people::repo::create(&mut db.conn().await.expect("connection"), "Aino")
        .await
        .expect("a")
        .client_id;
    let b = app::people::repo::create(&mut db.conn().await.expect("connection"), "Bertta")
        .await
        .expect("b")
        .client_id;
    saved_plan(db, a).await;
    saved_plan(db, b).await;
    // Follow-up (issue 12): a follow-up date for each, so its pages have something to show.
    let soon = chrono::Utc::now().date_naive() + chrono::Duration::days(5);
    for client in [a, b] {
        let mut conn = db.conn().await.expect("connection");
        app::followup::dates::add_by_worker(&mut conn, client, None, soon)
            .await
            .expect("follow-up date");
    }
    let worker = workers::create(&mut db.conn().await.expect("connection"), "Maria", false)
        .await
        .expect("worker");
    workers::set_password(
        &mut db.conn().await.expect("connection"),
        worker,
        &format!("maria{worker}"),
        "maria-salasana-pitka",
    )
    .await
    .expect("password");
    caseload_repo::assign(&mut db.conn().await.expect("connection"), worker, a)
        .await
        .expect("assign");
    let admin = workers::create(&mut db.conn().await.expect("connection"), "Pekka", true)
        .await
        .expect("admin");
    workers::set_password(
        &mut db.conn().await.expect("connection"),
        admin,
        &format!("pekka{admin}"),
        "pekka-salasana-pitka",
    )
    .await
    .expect("password");
    // A team lead (issue 14), with client A on their caseload too: the role alone decides,
    // so even a caseload gives them no person's data.
    let lead = workers::create(&mut db.conn().await.expect("connection"), "Tiina", false)
        .await
        .expect("team lead");
    workers::set_team_lead(&mut db.conn().await.expect("connection"), lead, true)
        .await
        .expect("lead role");
    caseload_repo::assign(&mut db.conn().await.expect("connection"), lead, a)
        .await
        .expect("assign lead");
    let none = consent::Rights::default();
    let read = consent::Rights {
        read_plan: true,
        ..none
    };
    let write = consent::Rights {
        write_plan: true,
        ..read
    };
    let a_rel0 = relative_with(db, a, none, worker).await;
    let b_rel0 = relative_with(db, b, none, worker).await;
    let rel_read = relative_with(db, a, read, worker).await;
    let rel_write = relative_with(db, a, write, worker).await;
    let by_a = PersonRef::client(a);
    let waiting = app::relatives::service::change(db, a, a_rel0, read, by_a)
        .await
        .expect("wait");
    let by_b = PersonRef::client(b);
    let b_waiting = app::relatives::service::change(db, b, b_rel0, read, by_b)
        .await
        .expect("wait");
    let mut sessions = vec![None];
    for (person, subject, place) in [
        (PersonRef::client(a), Some(a), Place::Home),
        (PersonRef::client(a), Some(b), Place::Home),
        (PersonRef::relative(a_rel0), Some(a), Place::Home),
        (PersonRef::relative(rel_read), Some(a), Place::Home),
        (PersonRef::relative(rel_write), Some(a), Place::Home),
        (PersonRef::worker(worker), Some(a), Place::Worker),
        (PersonRef::worker(worker), Some(b), Place::Worker),
        (PersonRef::worker(admin), None, Place::Worker),
        (PersonRef::worker(lead), Some(a), Place::Worker),
    ] {
        let session = session_for(db, person, subject, place)
            .await
            .expect("session");
        sessions.push(Some(session));
    }
    World {
        a,
        b,
        a_rel0,
        b_rel0,
        waiting_consent: waiting.consent_id,
        b_waiting_consent: b_waiting.consent_id,
        sessions,
    }
}

/// A valid request body for a server function; `other` names client B's things instead of A's.
fn body(name: &str, w: &World, other: bool) -> Vec<(String, String)> {
    let client = if other { w.b } else { w.a }.to_string();
    let relative = if other { w.b_rel0 } else { w.a_rel0 }.to_string();
    let consent = if other {
        w.b_waiting_consent
    } else {
        w.waiting_consent
    }
    .to_string();
    let pairs: Vec<(&str, String)> = match name {
        "card_sign_in" => vec![("code", "NOPE-0000".into())],
        "pick_picture" => vec![("pick", "dog".into())],
        "worker_sign_in" | "start_assist" => {
            vec![("user_name", "nobody".into()), ("secret", "wrong".into())]
        }
        "change_prefs" => vec![("change", "bigger".into()), ("back", "/about".into())],
        "kiosk_setup" => vec![("code", "x".into()), ("mode", "on".into())],
        "set_language" => vec![("lang", "sv".into()), ("back", "/about".into())],
        "load_section_page" => vec![("slug", "important".into()), ("from_check", "false".into())],
        "save_section" => vec![
            ("section", "important".into()),
            ("version", "1".into()),
            ("idem", app::forms::idempotency::new_key()),
            ("answer", "Uusi teksti".into()),
        ],
        "save_plan" => vec![("idem", app::forms::idempotency::new_key())],
        "load_version" => vec![("version_no", "1".into())],
        "change_relative" => vec![("relative_id", relative), ("read_plan", "1".into())],
        "choose_client" | "open_client" => vec![("client_id", client)],
        "manage_sign_in" => vec![("client_id", client), ("what", "unlock".into())],
        "add_relative" => vec![("client_id", client), ("name", "Uusi".into())],
        "confirm_consent" => vec![("client_id", client), ("consent_id", consent)],
        "set_password" => vec![("password", "uusi-salasana-joka-on-pitka".into())],
        "add_worker" => vec![
            ("name", "Uusi".into()),
            ("user_name", app::forms::idempotency::new_key()),
        ],
        "add_client" => vec![("name", "Uusi".into())],
        "unlock_worker" => vec![("worker_id", "1".into())],
        "set_team_lead" => vec![("worker_id", "1".into()), ("on", "1".into())],
        "deactivate_worker" => vec![("worker_id", "1".into())],
        "assign_client" => vec![
            ("worker_id", "1".into()),
            ("client_id", client),
            ("on", "1".into()),
        ],
        "save_decision" => vec![
            ("period_start", "2026-09-01".into()),
            ("period_end", "2027-02-28".into()),
            ("granted", "1500".into()),
            ("reference", "HB-1".into()),
        ],
        "save_line" => vec![("name", "Uinti".into()), ("amount", "100".into())],
        "add_spending" => vec![("amount", "10".into())],
        "upload_spending" => vec![("file", "x".into())],
        "reverse_spending" => vec![("spending_id", "1".into())],
        // Follow-up (issue 12)
        "load_follow_up_step" => vec![("no", "1".into())],
        "save_follow_up_step" => vec![
            ("no", "1".into()),
            ("version", "0".into()),
            ("idem", app::forms::idempotency::new_key()),
            ("words", "Uinti sujuu".into()),
        ],
        "complete_follow_up" => vec![
            ("version", "0".into()),
            ("idem", app::forms::idempotency::new_key()),
            ("notes", "Hyvä tapaaminen".into()),
        ],
        "add_follow_up_date" => vec![
            ("idem", app::forms::idempotency::new_key()),
            ("due_on", "15.1.2027".into()),
        ],
        // Wellbeing (issue 12).
        "load_wellbeing_step" => vec![("round", "start".into()), ("step", "feel".into())],
        "save_wellbeing_step" => vec![
            ("round", "start".into()),
            ("step", "feel".into()),
            ("version", "0".into()),
            ("idem", app::forms::idempotency::new_key()),
            ("choice", "3".into()),
        ],
        "save_kykyviisari" => vec![
            ("idem", app::forms::idempotency::new_key()),
            ("taken_on", "1.11.2026".into()),
            ("overall", "5".into()),
        ],
        // The personal-budget path (issue 14).
        "move_stage" => vec![
            ("stage", "group".into()),
            ("version", "0".into()),
            ("idem", app::forms::idempotency::new_key()),
            ("note", "Ryhmä puoltaa".into()),
        ],
        "save_arrangement" => vec![
            ("what", "Palveluasuminen".into()),
            ("kind", "before".into()),
            ("monthly", "1200".into()),
            ("idem", app::forms::idempotency::new_key()),
        ],
        // Talking mat and circle of support (issue 13).
        "load_mat" => vec![("topic", "arkeni".into())],
        "press_mat" => vec![
            ("topic", "arkeni".into()),
            ("version", "0".into()),
            ("idem", app::forms::idempotency::new_key()),
            ("card", "cooking".into()),
            ("place", "like".into()),
        ],
        "load_circle_person" | "load_circle_helps" => vec![("no", "0".into())],
        "save_circle_person" => vec![
            ("no", "0".into()),
            ("version", "0".into()),
            ("idem", app::forms::idempotency::new_key()),
            ("name", "Äiti".into()),
            ("closeness", "family".into()),
        ],
        "toggle_circle_help" => vec![
            ("no", "1".into()),
            ("version", "1".into()),
            ("idem", app::forms::idempotency::new_key()),
            ("card", "cooking".into()),
        ],
        // Supported decision-making (issue 13).
        "load_disagree_page" => vec![
            ("scope", "v1".into()),
            ("item", "important".into()),
            ("from", "summary".into()),
        ],
        "disagree" => vec![
            ("scope", "v1".into()),
            ("item", "important".into()),
            ("seen", "0".into()),
            ("idem", app::forms::idempotency::new_key()),
            ("after", "/plan/summary".into()),
            ("words", "En sanonut näin".into()),
        ],
        _ => vec![],
    };
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// Server functions whose forms are sent as `multipart/form-data`.
const MULTIPART: [&str; 4] = [
    "save_decision",
    "save_line",
    "add_spending",
    "upload_spending",
];

/// Denied means: sent to sign-in, to `/forbidden` or to `/choose`, or an error status.
fn allowed(status: StatusCode, location: &str) -> bool {
    let path = location.split('?').next().unwrap_or_default();
    let sent_away =
        matches!(location, "/" | "/worker/sign-in" | "/forbidden" | "/choose") && path == location;
    !(sent_away || status.as_u16() >= 400)
}

#[tokio::test]
async fn the_authorisation_matrix_holds_for_every_role_and_endpoint() {
    let rows = matrix();
    let fns = server_fns();
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let http = app.client().expect("client");
        let mut failures = Vec::new();
        for row in &rows {
            // A fresh world per endpoint, so that one call cannot change the next one's answer.
            let w = world(&app.db).await;
            for (i, role) in ROLES.iter().enumerate() {
                let other = role.ends_with(">other");
                let mut request = if row.kind == "fn" {
                    let path = &fns
                        .iter()
                        .find(|(n, _)| *n == row.endpoint)
                        .expect("server function")
                        .1;
                    let request = http.post(app.url(path)).header(ACCEPT, "application/json");
                    let fields = body(&row.endpoint, &w, other);
                    if MULTIPART.contains(&row.endpoint.as_str()) {
                        let mut form = reqwest::multipart::Form::new();
                        for (k, v) in fields {
                            form = form.text(k, v);
                        }
                        request.multipart(form)
                    } else {
                        request
                            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                            .form(&fields)
                    }
                } else {
                    let path = row
                        .endpoint
                        .replace("{section}", "important")
                        .replace("{no}", "1")
                        .replace("{round}/{step}", "start/feel")
                        .replace("{topic}", "arkeni")
                        .replace("{scope}/{item}", "v1/important");
                    http.get(app.url(&path)).header(ACCEPT, "text/html")
                };
                if let Some(session) = &w.sessions[i] {
                    request = request.header("cookie", session_cookie(session));
                }
                let response = request.send().await.expect("request");
                let status = response.status();
                let location = location(&response);
                let text = response.text().await.unwrap_or_default();
                let got = allowed(status, &location);
                if got != row.expected[i] {
                    failures.push(format!(
                        "{} {} as {role}: expected {}, got {status} {location}",
                        row.kind,
                        row.endpoint,
                        if row.expected[i] { "allowed" } else { "denied" }
                    ));
                }
                // A team lead sees figures only: no plan, whatever the page (the demo start page
                // lists a demo Aino, so the plan's words are what is looked for).
                if *role == "lead" {
                    for secret in ["Bertta", "Salainen kissa"] {
                        assert!(!text.contains(secret), "{} as lead: {secret}", row.endpoint);
                    }
                }
                // Nothing of the other client ever shows, whatever the outcome.
                if other || *role == "rel0" {
                    assert!(
                        !text.contains("Bertta") || row.endpoint == "/admin",
                        "{}",
                        row.endpoint
                    );
                }
            }
        }
        assert!(failures.is_empty(), "{url}:\n{}", failures.join("\n"));
    }
}

async fn get_as(app: &TestApp, session: &str, path: &str) -> (StatusCode, String, String) {
    let response = app
        .client()
        .expect("client")
        .get(app.url(path))
        .header(ACCEPT, "text/html")
        .header("cookie", session_cookie(session))
        .send()
        .await
        .expect("get");
    let status = response.status();
    let location = location(&response);
    (status, location, response.text().await.unwrap_or_default())
}

#[tokio::test]
async fn a_relative_before_consent_after_grant_and_after_revoke() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let a = app::people::repo::create(&mut db.conn().await.expect("connection"), "Aino")
            .await
            .expect("a")
            .client_id;
        saved_plan(db, a).await;
        let worker = workers::create(&mut db.conn().await.expect("connection"), "Maria", false)
            .await
            .expect("worker");
        caseload_repo::assign(&mut db.conn().await.expect("connection"), worker, a)
            .await
            .expect("assign");
        let liisa = relative_with(db, a, consent::Rights::default(), worker).await;
        let session = session_for(db, PersonRef::relative(liisa), Some(a), Place::Home)
            .await
            .expect("session");
        let by_a = PersonRef::client(a);
        let read = consent::Rights {
            read_plan: true,
            ..consent::Rights::default()
        };

        // Before consent: refused, nothing of the plan shown.
        let (_, location, body) = get_as(&app, &session, "/plan/check").await;
        assert_eq!(location, "/forbidden");
        assert!(!body.contains("Salainen kissa"));

        // Granted by the client: it waits a day, so a pressed client can undo it.
        let grant = app::relatives::service::change(db, a, liisa, read, by_a)
            .await
            .expect("grant");
        assert!(grant.effective_at > app::db::now_ms());
        let (_, location, _) = get_as(&app, &session, "/plan/check").await;
        assert_eq!(location, "/forbidden", "a new grant waits");

        // Confirmed by the worker: allowed now.
        assert!(consent::confirm(
            &mut db.conn().await.expect("connection"),
            grant.consent_id,
            a,
            worker
        )
        .await
        .expect("confirm"));
        let (status, _, body) = get_as(&app, &session, "/plan/check").await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("Salainen kissa"));

        // Revoked: refused on the very next request, with the same session.
        app::relatives::service::change(db, a, liisa, consent::Rights::default(), by_a)
            .await
            .expect("revoke");
        let (_, location, body) = get_as(&app, &session, "/plan/check").await;
        assert_eq!(location, "/forbidden");
        assert!(!body.contains("Salainen kissa"));
    }
}

/// Security review F3: taking one right away while giving another must not keep the removed
/// right for the day the new one waits.
#[tokio::test]
async fn taking_a_right_away_works_at_once_even_when_another_is_given() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let a = app::people::repo::create(&mut db.conn().await.expect("connection"), "Aino")
            .await
            .expect("a")
            .client_id;
        saved_plan(db, a).await;
        let worker = workers::create(&mut db.conn().await.expect("connection"), "Maria", false)
            .await
            .expect("worker");
        let read = consent::Rights {
            read_plan: true,
            ..consent::Rights::default()
        };
        let money = consent::Rights {
            see_money: true,
            ..consent::Rights::default()
        };
        let liisa = relative_with(db, a, read, worker).await;
        let session = session_for(db, PersonRef::relative(liisa), Some(a), Place::Home)
            .await
            .expect("session");
        let (status, _, body) = get_as(&app, &session, "/plan/check").await;
        assert_eq!(status, StatusCode::OK, "reads the plan before the change");
        assert!(body.contains("Salainen kissa"));

        // "Stop reading my plan, but you may see the money."
        let waiting = app::relatives::service::change(db, a, liisa, money, PersonRef::client(a))
            .await
            .expect("change");
        assert!(waiting.effective_at > app::db::now_ms(), "the money waits");
        let (_, location, body) = get_as(&app, &session, "/plan/check").await;
        assert_eq!(location, "/forbidden", "the plan is closed at once");
        assert!(!body.contains("Salainen kissa"));
        let (_, location, _) = get_as(&app, &session, "/money").await;
        assert_eq!(location, "/forbidden", "the money is not open yet");
        let now = consent::current(&mut db.conn().await.expect("connection"), a, liisa)
            .await
            .expect("current")
            .expect("row");
        assert_eq!(now.rights, consent::Rights::default());

        // The worker confirms: the money opens, the plan stays closed.
        assert!(consent::confirm(
            &mut db.conn().await.expect("connection"),
            waiting.consent_id,
            a,
            worker
        )
        .await
        .expect("confirm"));
        let (status, _, _) = get_as(&app, &session, "/money").await;
        assert_eq!(
            status,
            StatusCode::OK,
            "the money is open after the worker confirms"
        );
        let (_, location, _) = get_as(&app, &session, "/plan/check").await;
        assert_eq!(location, "/forbidden");
    }
}

#[tokio::test]
async fn the_picture_pin_throttle_counts_per_person_and_needs_a_worker_after_ten() {
    for url in fresh_urls().await.expect("databases") {
        let db = server::db::connect(&url).await.expect("db");
        let person = |id| PersonRef::client(id);
        let a = app::people::repo::create(&mut db.conn().await.expect("connection"), "Aino")
            .await
            .expect("a")
            .client_id;
        let b = app::people::repo::create(&mut db.conn().await.expect("connection"), "Bertta")
            .await
            .expect("b")
            .client_id;
        let right = pins::Pin::parse("dog,cat,sun,house").expect("pin");
        let wrong = pins::Pin::parse("car,car,car,car").expect("pin");
        for id in [a, b] {
            cards::issue(&mut db.conn().await.expect("connection"), person(id), None)
                .await
                .expect("card");
            pins::set(
                &mut db.conn().await.expect("connection"),
                person(id),
                &right,
            )
            .await
            .expect("pin");
        }
        let card_of = |code: String| {
            let db = db.clone();
            async move {
                cards::find(&mut db.conn().await.expect("connection"), &code)
                    .await
                    .expect("find")
                    .expect("card")
            }
        };
        let code_a = cards::issue(&mut db.conn().await.expect("connection"), person(a), None)
            .await
            .expect("card");
        let code_b = cards::issue(&mut db.conn().await.expect("connection"), person(b), None)
            .await
            .expect("card");
        let end_wait = || async {
            sqlx::query("update picture_pin set wait_until = 0")
                .execute(&db.pool)
                .await
                .expect("time passes");
        };
        for n in 1..=3 {
            let card = card_of(code_a.clone()).await;
            assert_eq!(
                app::sign_in::service::check_pin(&db, &card, &wrong)
                    .await
                    .expect("check"),
                pins::PinCheck::Wrong,
                "try {n}"
            );
        }
        // The fourth wrong PIN starts a wait; during it even the right PIN is not checked.
        let card = card_of(code_a.clone()).await;
        assert_eq!(
            app::sign_in::service::check_pin(&db, &card, &wrong)
                .await
                .expect("check"),
            pins::PinCheck::Wrong
        );
        let card = card_of(code_a.clone()).await;
        assert!(matches!(
            app::sign_in::service::check_pin(&db, &card, &right)
                .await
                .expect("check"),
            pins::PinCheck::Wait(_)
        ));
        // Another person at the same kiosk (same address) is not slowed down at all.
        let card = card_of(code_b.clone()).await;
        assert_eq!(
            app::sign_in::service::check_pin(&db, &card, &right)
                .await
                .expect("check"),
            pins::PinCheck::Right
        );
        for _ in 5..=10 {
            end_wait().await;
            let card = card_of(code_a.clone()).await;
            assert_eq!(
                app::sign_in::service::check_pin(&db, &card, &wrong)
                    .await
                    .expect("check"),
                pins::PinCheck::Wrong
            );
        }
        end_wait().await;
        let card = card_of(code_a.clone()).await;
        assert_eq!(
            app::sign_in::service::check_pin(&db, &card, &right)
                .await
                .expect("check"),
            pins::PinCheck::Locked,
            "locked after ten"
        );
        assert!(
            pins::is_locked(&mut db.conn().await.expect("connection"), person(a))
                .await
                .expect("locked")
        );
        pins::unlock(&mut db.conn().await.expect("connection"), person(a))
            .await
            .expect("unlock");
        let card = card_of(code_a.clone()).await;
        assert_eq!(
            app::sign_in::service::check_pin(&db, &card, &right)
                .await
                .expect("check"),
            pins::PinCheck::Right
        );
        // The PIN is stored only as an Argon2id hash.
        let stored: String = sqlx::query("select pin_hash from picture_pin where owner_id = $1")
            .bind(a)
            .fetch_one(&db.pool)
            .await
            .expect("row")
            .try_get("pin_hash")
            .expect("hash");
        assert!(stored.starts_with("$argon2id$") && !stored.contains("dog"));
    }
}

use sqlx::Row as _;

async fn log_count(db: &Db, client: ClientId) -> usize {
    access_log::for_client(&mut db.conn().await.expect("connection"), client, 1000, 0)
        .await
        .expect("log")
        .len()
}

#[tokio::test]
async fn every_access_by_others_is_logged_once_and_a_changed_row_is_found() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let w = world(db).await;
        let before = log_count(db, w.a).await;
        // The client's own reading is not logged.
        get_as(
            &app,
            w.sessions[1].as_deref().expect("client"),
            "/plan/check",
        )
        .await;
        assert_eq!(log_count(db, w.a).await, before);
        // A relative's reading, a worker's reading and a refused try: one row each.
        get_as(&app, w.sessions[4].as_deref().expect("relR"), "/plan/check").await;
        get_as(
            &app,
            w.sessions[6].as_deref().expect("work"),
            "/plan/versions",
        )
        .await;
        get_as(&app, w.sessions[3].as_deref().expect("rel0"), "/plan/check").await;
        let rows = access_log::for_client(&mut db.conn().await.expect("connection"), w.a, 1000, 0)
            .await
            .expect("log");
        assert_eq!(rows.len(), before + 3);
        let outcomes: Vec<(&str, &str, &str)> = rows[..3]
            .iter()
            .map(|r| {
                (
                    r.entry.actor_kind.as_str(),
                    r.entry.event.stored().1,
                    r.entry.outcome(),
                )
            })
            .collect();
        assert_eq!(
            outcomes,
            vec![
                ("relative", "read", "denied"),
                ("worker", "read", "success"),
                ("relative", "read", "success"),
            ]
        );
        // The client reads it in plain words.
        let (_, _, page) = get_as(&app, w.sessions[1].as_deref().expect("client"), "/log").await;
        assert!(
            page.contains("Läheisesi Liisa katsoi suunnitelmaasi"),
            "{page}"
        );
        assert!(page.contains("Hän ei saanut lupaa."));
        assert!(
            !page.contains("Salainen kissa"),
            "no plan content in the log"
        );

        // The application cannot change or delete a row, and the chain is whole.
        assert_eq!(
            access_log::verify(&mut db.conn().await.expect("connection"))
                .await
                .expect("verify"),
            None
        );
        let update = sqlx::query("update access_log set actor_name = 'X'")
            .execute(&db.pool)
            .await;
        assert!(update.is_err(), "rows cannot be changed");
        let delete = sqlx::query("delete from access_log")
            .execute(&db.pool)
            .await;
        assert!(delete.is_err(), "rows cannot be deleted");

        // Someone with the database owner's rights removes the guard and edits a row.
        let drop_guard = match db.backend {
            app::db::Backend::Sqlite => "drop trigger access_log_no_update",
            app::db::Backend::Postgres => "drop trigger access_log_no_change on access_log",
        };
        sqlx::query(drop_guard)
            .execute(&db.pool)
            .await
            .expect("drop trigger");
        let target = rows[1].log_id;
        sqlx::query("update access_log set actor_name = 'Joku muu' where log_id = $1")
            .bind(target)
            .execute(&db.pool)
            .await
            .expect("tamper");
        assert_eq!(
            access_log::verify(&mut db.conn().await.expect("connection"))
                .await
                .expect("verify"),
            Some(target)
        );
        let stored: String = sqlx::query("select actor_name from access_log where log_id = $1")
            .bind(target)
            .fetch_one(&db.pool)
            .await
            .expect("row")
            .try_get("actor_name")
            .expect("name");
        assert_eq!(stored, "Joku muu");
    }
}

/// Security review F5: whoever can write the database but not the key file cannot write a
/// chain that verifies, and a log emptied or rewritten since the last check is found by the
/// head kept outside the database.
#[tokio::test]
async fn a_rewritten_or_emptied_log_is_found() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let w = world(db).await;
        get_as(&app, w.sessions[6].as_deref().expect("work"), "/plan/check").await;
        get_as(&app, w.sessions[4].as_deref().expect("relR"), "/plan/check").await;
        let head = std::env::temp_dir().join(format!(
            "sopiva-head-{}-{:?}",
            std::process::id(),
            db.backend
        ));
        let _ = std::fs::remove_file(&head);
        let first = server::admin::verify_log(db, &head).await.expect("verify");
        assert!(first.contains("every row is as written"), "{first}");
        let keyed: i64 = sqlx::query_scalar("select count(*) from access_log where keyed = 1")
            .fetch_one(&db.pool)
            .await
            .expect("count");
        assert!(keyed >= 2, "rows are keyed");

        // Someone with the owner's rights removes the guards, empties the log and writes a
        // plausible new chain with plain SHA-256 (they do not have the key).
        let drops: &[&str] = match db.backend {
            app::db::Backend::Sqlite => &[
                "drop trigger access_log_no_update",
                "drop trigger access_log_no_delete",
            ],
            app::db::Backend::Postgres => &["drop trigger access_log_no_change on access_log"],
        };
        for drop in drops {
            sqlx::query(sqlx::AssertSqlSafe(*drop))
                .execute(&db.pool)
                .await
                .expect("drop");
        }
        let rows = access_log::for_client(&mut db.conn().await.expect("c"), w.a, 1000, 0)
            .await
            .expect("rows");
        sqlx::query("delete from access_log")
            .execute(&db.pool)
            .await
            .expect("empty");
        let mut prev = access_log::GENESIS.to_owned();
        for row in rows.iter().rev() {
            let hash = access_log::row_hash(&prev, &row.entry);
            sqlx::query(
                "insert into access_log (at_utc, actor_kind, actor_id, actor_name, subject_client_id, \
                 object_type, action, basis, outcome, channel, prev_hash, row_hash, keyed) \
                 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0)",
            )
            .bind(row.entry.at_utc)
            .bind(row.entry.actor_kind.as_str())
            .bind(row.entry.actor_id)
            .bind(&row.entry.actor_name)
            .bind(row.entry.subject_client_id)
            .bind(row.entry.event.stored().0)
            .bind(row.entry.event.stored().1)
            .bind(app::access::log::Basis::stored(row.entry.basis))
            .bind(row.entry.outcome())
            .bind(row.entry.channel.as_str())
            .bind(&prev)
            .bind(&hash)
            .execute(&db.pool)
            .await
            .expect("forged row");
            prev = hash;
        }
        // The forged chain is whole on its own, but not the chain the verifier saw.
        let found = server::admin::verify_log(db, &head).await;
        assert!(found.is_err(), "the rewrite is found: {found:?}");
        let _ = std::fs::remove_file(&head);
    }
}

#[tokio::test]
async fn a_cross_site_post_to_every_server_function_is_refused() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let w = world(&app.db).await;
    // A plain client: no browser headers but the ones each case sets.
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let fns = server_fns();
    assert!(fns.len() > 30);
    for (name, path) in fns {
        // The last case (security review F17): no browser markers at all, but a session cookie.
        for (header, value) in [
            ("sec-fetch-site", "cross-site"),
            ("origin", "http://evil.example"),
            ("x-no-markers", "1"),
        ] {
            let response = http
                .post(app.url(&path))
                .header(header, value)
                .header(
                    "cookie",
                    session_cookie(w.sessions[1].as_deref().expect("client")),
                )
                .form(&body(&name, &w, false))
                .send()
                .await
                .expect("post");
            assert_eq!(
                response.status(),
                StatusCode::FORBIDDEN,
                "{name} with {header}"
            );
        }
    }
    // Without cookies and without markers (a script, a monitor) a public form still works.
    let start = http
        .post(
            app.url(
                &tests::form_action(&app.client().expect("c"), &app, "/", "card_sign_in").await,
            ),
        )
        .form(&[("code", "DEMO-AINO-2468")])
        .send()
        .await
        .expect("post");
    assert_ne!(start.status(), StatusCode::FORBIDDEN);
}

/// Checklist S-C3: no server function answers GET (the static list of GET functions is
/// empty), and a GET to any of them, signed in and from our own site, is 405 and changes nothing.
#[tokio::test]
async fn no_server_function_changes_anything_on_a_get() {
    let by_get: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .filter(|(_, method)| method.as_str() != "POST")
        .map(|(path, _)| path.to_owned())
        .collect();
    assert!(
        by_get.is_empty(),
        "server functions that are not POST: {by_get:?}"
    );
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let w = world(&app.db).await;
    let http = app.client().expect("client");
    for (name, path) in server_fns() {
        let response = http
            .get(app.url(&path))
            .header(
                "cookie",
                session_cookie(w.sessions[1].as_deref().expect("client")),
            )
            .send()
            .await
            .expect("get");
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED, "{name}");
    }
}

#[tokio::test]
async fn every_sign_in_makes_a_new_session_and_ends_the_old_one() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let http = app.client().expect("client");
        let mut ids = Vec::new();
        let action = form_action(&http, &app, "/", "card_sign_in").await;
        // The second sign-in happens in the same browser while the first session is live.
        for _ in 0..2 {
            let (_, code, pictures) = server::demo::DEMO_CARDS[0];
            http.post(app.url(&action))
                .form(&[("code", code)])
                .send()
                .await
                .expect("card");
            let pick = form_action(&http, &app, "/sign-in/pictures", "pick_picture").await;
            let mut last = None;
            for picture in pictures.split(',') {
                last = Some(
                    http.post(app.url(&pick))
                        .form(&[("pick", picture)])
                        .send()
                        .await
                        .expect("pick"),
                );
            }
            let last = last.expect("response");
            assert_eq!(location(&last), "/home");
            let cookie = last
                .headers()
                .get_all(reqwest::header::SET_COOKIE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .find(|v| v.starts_with("__Host-sid=") && !v.starts_with("__Host-sid=;"))
                .expect("session cookie")
                .to_owned();
            for attribute in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
                assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
            }
            assert!(!cookie.to_lowercase().contains("domain="));
            let id = cookie
                .trim_start_matches("__Host-sid=")
                .split(';')
                .next()
                .unwrap_or_default()
                .to_owned();
            ids.push(id);
        }
        assert_ne!(ids[0], ids[1], "a new id at every sign-in");
        let (_, location, _) = get_as(&app, &ids[0], "/home").await;
        assert_eq!(
            location, "/",
            "the earlier session ended at the new sign-in"
        );
        let (status, _, _) = get_as(&app, &ids[1], "/home").await;
        assert_eq!(status, StatusCode::OK);
        // A revoked card ends its sessions on the next request.
        let aino = app::people::repo::list(&mut app.db.conn().await.expect("connection"))
            .await
            .expect("clients")[0]
            .client_id;
        cards::revoke(
            &mut app.db.conn().await.expect("connection"),
            PersonRef::client(aino),
        )
        .await
        .expect("revoke");
        let (_, location, _) = get_as(&app, &ids[1], "/home").await;
        assert_eq!(location, "/");
    }
}

#[tokio::test]
async fn the_apps_own_role_can_only_read_and_add_to_the_log_on_postgres() {
    let Some(owner_url) = tests::postgres_url().await.expect("postgres") else {
        return;
    };
    // A role of its own for the app, in the fresh database the owner (the test server's
    // admin) created. The name is made of digits and letters here, never from input.
    let role = format!("sopiva_app_{}_{}", std::process::id(), app::db::now_ms());
    let mut admin = <sqlx::AnyConnection as sqlx::Connection>::connect(&owner_url)
        .await
        .expect("owner");
    sqlx::query(sqlx::AssertSqlSafe(format!("create role {role} login")))
        .execute(&mut admin)
        .await
        .expect("role");
    let app_url = owner_url.replacen("postgres@", &format!("{role}@"), 1);
    // Everything runs as the app's role: the demo data, the test's people, and reads that are
    // logged.
    let app = TestApp::spawn_with(&app_url, |s| s.owner_database_url = Some(owner_url.clone()))
        .await
        .expect("the app's role starts after the owner migrated");
    let db = app.db.clone();
    let w = world(&db).await;
    let before = log_count(&db, w.a).await;
    get_as(&app, w.sessions[6].as_deref().expect("work"), "/plan/check").await;
    assert_eq!(
        log_count(&db, w.a).await,
        before + 1,
        "the app adds to the log"
    );
    for forbidden in [
        "update access_log set actor_name = 'x'",
        "delete from access_log",
        "truncate access_log",
        "drop trigger access_log_no_change on access_log",
        "alter table access_log disable trigger all",
    ] {
        let refused = sqlx::query(sqlx::AssertSqlSafe(forbidden))
            .execute(&db.pool)
            .await
            .expect_err(forbidden);
        let text = refused.to_string();
        assert!(
            text.contains("permission denied") || text.contains("must be owner"),
            "{forbidden}: {text}"
        );
    }
}
