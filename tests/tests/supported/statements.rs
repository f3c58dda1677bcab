//! Every statement written in a session is marked, not only plan answers: a follow-up answer
//! (with a double tap, the client's disagreement and a refused second editor who keeps her
//! text and her mark), a satisfaction survey's comment, and a talking-mat sort. The session
//! record lists them all.

use super::{disagree, disagreements, hidden, post, sign_in_card};
use reqwest::Client;
use tests::{client_named, fresh_urls, location, page, TestApp};

/// Eero with Maria beside him, in a supported session.
async fn eero_in_session(app: &TestApp) -> Client {
    let eero = app.client().expect("client");
    sign_in_card(&eero, app, "DEMO-EERO-1357", "car,tree,apple,fish").await;
    let fields = [("user_name", "maria"), ("secret", "maria-demo-salasana")];
    let started = post(&eero, app, "/assist", "start_assist", &fields).await;
    assert_eq!(location(&started), "/home");
    let started = post(&eero, app, "/home", "start_supported", &[]).await;
    assert_eq!(location(&started), "/home");
    eero
}

/// Sends follow-up step `no` from fields read earlier: (version, idem).
async fn send_step(
    http: &Client,
    app: &TestApp,
    no: i64,
    read: &(String, String),
    words: &str,
    said: &str,
) -> String {
    let no_text = no.to_string();
    let fields = [
        ("no", no_text.as_str()),
        ("version", read.0.as_str()),
        ("idem", read.1.as_str()),
        ("rating", ""),
        ("words", words),
        ("said", said),
    ];
    let path = format!("/followup/step/{no}");
    location(&post(http, app, &path, "save_follow_up_step", &fields).await)
}

async fn read_step(http: &Client, app: &TestApp, no: i64) -> (String, (String, String)) {
    let html = page(http, app, &format!("/followup/step/{no}")).await;
    let read = (hidden(&html, "version"), hidden(&html, "idem"));
    (html, read)
}

async fn marks_in(app: &TestApp, client: app::ids::ClientId, like: &str) -> i64 {
    sqlx::query_scalar("select count(*) from statement_mark where client_id = $1 and scope like $2")
        .bind(client)
        .bind(like)
        .fetch_one(&app.db.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_followup_answer_in_a_session_is_marked_and_the_client_disagrees() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let id = client_named(&app, "Eero").await;
        let eero = eero_in_session(&app).await;
        // Eero has no goals yet: step 1 is "Mikä toimii?". In a session the form starts at
        // his own words.
        let (form, read) = read_step(&eero, &app, 1).await;
        assert!(form.contains("Mikä toimii?"));
        assert!(
            form.contains(r#"id="said-own" name="said" value="own" checked"#),
            "{form}"
        );
        // A double tap writes once.
        for _ in 0..2 {
            let to = send_step(&eero, &app, 1, &read, "Kitaratunnit.", "pictures").await;
            assert_eq!(to, "/followup/step/2");
        }
        assert_eq!(marks_in(&app, id, "followup:%").await, 1);
        let check = page(&eero, &app, "/followup/check").await;
        assert!(check.contains("data-said=\"pictures\""), "{check}");
        assert!(check.contains("Kerroit tämän kuvien avulla. Maria Virtanen kirjoitti tämän."));
        let link = check
            .split("href=\"")
            .map(|p| p.split('"').next().unwrap_or_default())
            .find(|a| a.starts_with("/plan/disagree/followup:"))
            .expect("a link to disagree")
            .to_owned();
        assert!(link.ends_with("/works"), "{link}");
        // The disagreement page names the question and goes back to the check page.
        let opened = page(&eero, &app, &link).await;
        assert!(opened.contains("Mikä toimii?"), "{opened}");
        let back = disagree(&eero, &app, &link, "Pidän enemmän laulusta.").await;
        assert_eq!(back, "/followup/check");
        assert_eq!(disagreements(&app, id).await, 1);
        let check = page(&eero, &app, "/followup/check").await;
        assert!(check.contains("Ei samaa mieltä:") && check.contains("Pidän enemmän laulusta."));
        // The worker's meeting page shows the mark and the disagreement, with no link.
        let meeting = page(&eero, &app, "/worker/followup").await;
        assert!(meeting.contains("data-said=\"pictures\"") && meeting.contains("laulusta"));

        // The record lists the follow-up answer under its question.
        let record = page(&eero, &app, "/plan/sessions").await;
        assert!(record.contains("Mikä toimii?"), "{record}");
        assert!(record.contains("Keskustelussa tuli yksi vastaus."));

        // Liisa writes for Eero at home; Eero (still with Maria) saves the same question
        // first. She is refused, and finds her text and her mark kept.
        let liisa = app.client().expect("client");
        sign_in_card(&liisa, &app, "DEMO-LIISA-1111", "sun,sun,dog,dog").await;
        let (form, read_l) = read_step(&liisa, &app, 2).await;
        assert!(form.contains(r#"value="interpreting" checked"#), "{form}");
        let (_, read_e) = read_step(&eero, &app, 2).await;
        let to = send_step(&eero, &app, 2, &read_e, "Bussi on myöhässä.", "own").await;
        assert_eq!(to, "/followup/step/3");
        let to = send_step(&liisa, &app, 2, &read_l, "Ilta on pitkä.", "questions").await;
        assert_eq!(to, "/followup/step/2", "refused");
        let again = page(&liisa, &app, "/followup/step/2").await;
        assert!(again.contains("Ilta on pitkä.") && again.contains("Bussi on myöhässä."));
        assert!(
            again.contains(r#"id="said-questions" name="said" value="questions" checked"#),
            "{again}"
        );
        let (_, read_l) = read_step(&liisa, &app, 2).await;
        let to = send_step(&liisa, &app, 2, &read_l, "Ilta on pitkä.", "questions").await;
        assert_eq!(to, "/followup/step/3");
        let check = page(&eero, &app, "/followup/check").await;
        assert!(check.contains("Vastasit kysymyksiin. Liisa"), "{check}");
        // The relative sees the marks but cannot disagree for him.
        let seen = page(&liisa, &app, "/followup/check").await;
        assert!(seen.contains("data-said=\"questions\"") && !seen.contains("/plan/disagree/"));
        let refused = liisa.get(app.url(&link)).send().await.expect("get");
        assert_eq!(location(&refused), "/forbidden");
    }
}

#[tokio::test]
async fn a_survey_comment_and_a_mat_in_a_session_carry_the_mark() {
    use app::wellbeing::items::{RoundKind, Step};
    use app::wellbeing::service::{save_step, StepForm, Writer};
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let id = client_named(&app, "Aino").await;
        let maria: i64 = sqlx::query_scalar(
            "select worker_id from worker where display_name = 'Maria Virtanen'",
        )
        .fetch_one(&app.db.pool)
        .await
        .expect("worker");
        decision_ending_soon(&app, id, maria).await;
        let aino = app.client().expect("client");
        sign_in_card(&aino, &app, "DEMO-AINO-2468", "dog,cat,sun,house").await;
        let fields = [("user_name", "maria"), ("secret", "maria-demo-salasana")];
        post(&aino, &app, "/assist", "start_assist", &fields).await;
        post(&aino, &app, "/home", "start_supported", &[]).await;

        // The survey's questions (not statements in words: no mark), then the comment.
        let survey = RoundKind::Survey;
        let today = app::dates::today();
        let on = Writer {
            client_id: id,
            author: app::plan::actor::Actor {
                role: app::plan::actor::ActorRole::Client,
                name: "Aino".into(),
            },
            session_id: "test".into(),
        };
        for (i, item) in survey.items().iter().enumerate() {
            let form = StepForm {
                version: i64::try_from(i).expect("index"),
                idem: format!("q{i}"),
                choice: Some("4".into()),
                ..StepForm::default()
            };
            save_step(&app.db, &on, survey, Step::Question(*item), form, today)
                .await
                .expect("answer");
        }
        let path = Step::Comment.path(survey);
        let form = page(&aino, &app, &path).await;
        assert!(
            form.contains(r#"id="said-own" name="said" value="own" checked"#),
            "{form}"
        );
        let fields = [
            ("round", "survey"),
            ("step", "comment"),
            ("version", &hidden(&form, "version")),
            ("idem", &hidden(&form, "idem")),
            ("comment", "Maria kuuntelee minua."),
            ("said", "questions"),
        ];
        let to = post(&aino, &app, &path, "save_wellbeing_step", &fields).await;
        assert_eq!(location(&to), Step::Finish.path(survey));
        assert_eq!(marks_in(&app, id, "wellbeing:%").await, 1);
        let finish = page(&aino, &app, &Step::Finish.path(survey)).await;
        let fields = [
            ("round", "survey"),
            ("step", "finish"),
            ("version", &hidden(&finish, "version")),
            ("idem", &hidden(&finish, "idem")),
            ("support", "helped"),
        ];
        post(
            &aino,
            &app,
            "/wellbeing/survey/finish",
            "save_wellbeing_step",
            &fields,
        )
        .await;
        let overview = page(&aino, &app, "/wellbeing").await;
        assert!(overview.contains("Maria kuuntelee minua."), "{overview}");
        assert!(overview.contains("data-said=\"questions\""));
        assert!(
            overview.contains("/plan/disagree/wellbeing:"),
            "she may disagree"
        );

        // A mat sorted and finished in the session: its result says whose view it is.
        let mut to = "/mat/arkeni".to_owned();
        while to == "/mat/arkeni" {
            let card_page = page(&aino, &app, &to).await;
            let fields = [
                ("topic", "arkeni".to_owned()),
                ("version", hidden(&card_page, "version")),
                ("idem", hidden(&card_page, "idem")),
                ("card", hidden(&card_page, "card")),
                ("place", "like".to_owned()),
            ];
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            to = location(&post(&aino, &app, "/mat/arkeni", "press_mat", &pairs).await);
        }
        assert_eq!(to, "/mat/arkeni/whole");
        let finish = page(&aino, &app, "/mat/arkeni/finish").await;
        assert!(finish.contains(r#"value="own" checked"#), "{finish}");
        let fields = [
            ("topic", "arkeni"),
            ("version", &hidden(&finish, "version")),
            ("idem", &hidden(&finish, "idem")),
            ("finish", "1"),
            ("said", "pictures"),
            ("support", "helped"),
        ];
        let done = post(&aino, &app, "/mat/arkeni/finish", "press_mat", &fields).await;
        assert_eq!(location(&done), "/mat?saved=mat");
        let mats = page(&aino, &app, "/mat").await;
        assert!(
            mats.contains("data-said=\"pictures\"")
                && mats.contains("Kerroit tämän kuvien avulla."),
            "{mats}"
        );

        // The record lists the comment and the mat with the session's marks.
        let record = page(&aino, &app, "/plan/sessions").await;
        assert!(record.contains("Haluatko sanoa vielä jotain?"), "{record}");
        assert!(record.contains("Oma näkemykseni"));
        assert!(record.contains("Keskustelussa tuli 2 vastausta."));
    }
}

/// A budget decision for the client whose last month is now, so the survey is open.
async fn decision_ending_soon(app: &TestApp, client: app::ids::ClientId, worker: i64) {
    use app::money::amount::Cents;
    use app::money::repo::{self as money, DecisionInput, EnteredBy, Saved};
    let today = app::dates::today();
    let input = DecisionInput {
        period_start: today - chrono::Duration::days(150),
        period_end: today + chrono::Duration::days(10),
        granted_cents: Cents(100_000),
        reference: "HB-T".into(),
        next_follow_up: None,
    };
    let by = EnteredBy {
        kind: app::people::PersonKind::Worker,
        id: worker,
        name: "Maria Virtanen".into(),
    };
    let mut conn = app.db.conn().await.expect("connection");
    let saved = money::save_decision(&mut conn, client, None, 0, &input, &by)
        .await
        .expect("decision");
    assert!(matches!(saved, Saved::Saved(_)));
}
