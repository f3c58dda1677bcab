//! The talking mat and the circle of support (issue 13) on both databases: each press saved,
//! a double tap written once, a second editor refused with their choice kept, the data files,
//! circle people with versions, an old text helpers answer still shown, and who may see and
//! write what, with reads by others logged. Also the demo: Eero's circle and role map, and
//! Helmi's finished sort on her plan summary.

use app::circle::person::PersonForm;
use app::circle::service::{kept, old_helpers, rings, save_person, toggle_help};
use app::ids::ClientId;
use app::mat::service::{mat, press, MatForm};
use app::people::PersonRef;
use app::plan::actor::{Actor, ActorRole};
use app::relatives::Rights;
use app::session::repo::Place as SessionPlace;
use app::wellbeing::service::Writer;
use tests::{client_named, fresh_dbs, fresh_urls, page_as, session_for, TestApp};

fn writer(client_id: ClientId, session: &str) -> Writer {
    Writer {
        client_id,
        author: Actor {
            role: ActorRole::Client,
            name: "Aino".into(),
        },
        session_id: session.into(),
    }
}

fn card(version: i64, idem: &str, card: &str, place: &str) -> MatForm {
    MatForm {
        version,
        idem: idem.into(),
        card: Some(card.into()),
        place: Some(place.into()),
        ..MatForm::default()
    }
}

#[tokio::test]
async fn each_press_is_saved_a_double_tap_writes_once_and_a_second_editor_is_refused() {
    use app::i18n::Lang;
    for db in fresh_dbs().await.expect("databases") {
        let (client, _) = tests::client_with_session(&db, "Aino")
            .await
            .expect("client");
        let me = writer(client, "session-a");
        let to = press(&db, &me, "arkeni", false, card(0, "k1", "cooking", "like")).await;
        assert_eq!(to.expect("press").as_deref(), Some("/mat/arkeni"));
        let (view, _) = mat(&db, &me, Lang::Fi, "arkeni")
            .await
            .expect("mat")
            .expect("topic");
        assert_eq!(view.version, 1);
        assert_eq!(view.placed(), 1);
        assert_eq!(view.next_card().map(|c| c.id.as_str()), Some("cleaning"));
        // A double tap: the same key again writes nothing and leads to the same page.
        let again = press(
            &db,
            &me,
            "arkeni",
            false,
            card(0, "k1", "cooking", "dislike"),
        )
        .await;
        assert_eq!(again.expect("replay").as_deref(), Some("/mat/arkeni"));
        let (view, _) = mat(&db, &me, Lang::Fi, "arkeni")
            .await
            .expect("mat")
            .expect("topic");
        assert_eq!(view.version, 1, "written once");
        assert_eq!(view.cards[0].place, Some(app::mat::place::Place::Like));
        // A second editor with the old version is refused; their press is kept for them.
        let other = writer(client, "session-b");
        let refused = press(
            &db,
            &other,
            "arkeni",
            false,
            card(0, "k2", "cleaning", "unsure"),
        )
        .await;
        assert_eq!(
            refused.expect("conflict").as_deref(),
            Some("/mat/arkeni?error=changed")
        );
        let (view, kept) = mat(&db, &other, Lang::Fi, "arkeni")
            .await
            .expect("mat")
            .expect("topic");
        assert_eq!(view.placed(), 1, "nothing written");
        assert_eq!(kept.and_then(|k| k.place).as_deref(), Some("unsure"));
        // Unknown topics, cards and places write nothing.
        assert_eq!(
            press(&db, &me, "nope", false, card(1, "k3", "cooking", "like"))
                .await
                .expect("x"),
            None
        );
        let bad = press(&db, &me, "arkeni", false, card(1, "k4", "../x", "like")).await;
        assert_eq!(bad.expect("bad").as_deref(), Some("/mat/arkeni"));
        // Finishing before every card has a place is refused.
        let early = MatForm {
            version: 1,
            idem: "k5".into(),
            support: Some("alone".into()),
            ..MatForm::default()
        };
        let to = press(&db, &me, "arkeni", true, early).await.expect("early");
        assert_eq!(to.as_deref(), Some("/mat/arkeni?error=missing"));
        // Place the rest; the last press leads to the whole mat; a move stays there.
        let mut version = 1;
        let ids: Vec<String> = view.cards.iter().skip(1).map(|c| c.id.clone()).collect();
        for (i, id) in ids.iter().enumerate() {
            let to = press(
                &db,
                &me,
                "arkeni",
                false,
                card(version, &format!("p{i}"), id, "unsure"),
            )
            .await
            .expect("press")
            .expect("topic");
            version += 1;
            let last = i + 1 == ids.len();
            assert_eq!(
                to,
                if last {
                    "/mat/arkeni/whole"
                } else {
                    "/mat/arkeni"
                }
            );
        }
        let shift = MatForm {
            version,
            idem: "m1".into(),
            shift: Some("cooking:dislike".into()),
            ..MatForm::default()
        };
        let to = press(&db, &me, "arkeni", false, shift).await.expect("move");
        assert_eq!(to.as_deref(), Some("/mat/arkeni/whole"));
        version += 1;
        let done = MatForm {
            version,
            idem: "f1".into(),
            support: Some("helped".into()),
            ..MatForm::default()
        };
        let to = press(&db, &me, "arkeni", true, done).await.expect("finish");
        assert_eq!(to.as_deref(), Some("/mat?saved=mat"));
        let finished = app::mat::service::finished(&db, &me, Lang::Sv)
            .await
            .expect("finished");
        assert_eq!(finished.len(), 1);
        assert_eq!(finished[0].title, "Min vardag");
        assert_eq!(
            finished[0].cards[0].place,
            Some(app::mat::place::Place::Dislike)
        );
        let by = finished[0].finished.clone().expect("who");
        assert_eq!(by.message_id, "mat-by-client-helped");
    }
}

#[tokio::test]
async fn circle_people_have_versions_and_the_old_text_answer_still_shows() {
    use app::i18n::Lang;
    // The help cards are the plan's card list, which a server installs at start; this test
    // calls the service without one, so it installs the shipped list itself.
    app::plan::cards::install(
        app::plan::cards::CardCatalogue::parse(include_str!(
            "../../public/symbols/plan-cards.json"
        ))
        .expect("the shipped card list"),
    );
    for db in fresh_dbs().await.expect("databases") {
        let (client, _) = tests::client_with_session(&db, "Eero")
            .await
            .expect("client");
        let me = writer(client, "s1");
        // An old plan's text helpers answer.
        let answer = app::plan::content::Answer::Text("Äiti\nPuhelimen muistutukset".into());
        app::plan::repo::save_section(
            &mut db.conn().await.expect("conn"),
            client,
            app::plan::section::Section::Helpers,
            &answer,
            0,
            "old",
            "",
            &Actor {
                role: ActorRole::Client,
                name: "Eero".into(),
            },
        )
        .await
        .expect("old answer");
        assert_eq!(
            old_helpers(&db, &me).await.expect("old"),
            vec!["Äiti", "Puhelimen muistutukset"]
        );
        let form = |name: &str, ring: Option<&str>| PersonForm {
            name: name.into(),
            closeness: ring.map(str::to_owned),
        };
        // Refused: no ring. The typed name is kept.
        let to = save_person(&db, &me, 0, (0, "a0"), form("Liisa", None), false)
            .await
            .expect("refused");
        assert_eq!(to, "/circle/person/0");
        let k = kept(&db, &me, 0).await.expect("kept").expect("a kept form");
        assert_eq!(k.form.name, "Liisa");
        let to = save_person(&db, &me, 0, (0, "a1"), form("Liisa", Some("family")), false)
            .await
            .expect("add");
        assert!(
            to.starts_with("/circle/person/") && to.ends_with("/helps"),
            "{to}"
        );
        let again = save_person(&db, &me, 0, (0, "a1"), form("Liisa", Some("family")), false)
            .await
            .expect("replay");
        assert_eq!(again, to, "a double tap adds one person");
        let all = rings(&db, &me, Lang::Fi).await.expect("rings");
        let family = &all[0].people;
        assert_eq!(family.len(), 1);
        let id = family[0].person_id;
        // One press per help card, saved at once; a stale press is refused.
        toggle_help(&db, &me, id, (1, "h1"), "shopping")
            .await
            .expect("toggle");
        let stale = toggle_help(&db, &me, id, (1, "h2"), "money-matters")
            .await
            .expect("stale");
        let stale = stale.expect("page");
        assert!(stale.ends_with("?error=changed"), "{stale}");
        let all = rings(&db, &me, Lang::En).await.expect("rings");
        assert_eq!(
            all[0].people[0]
                .helps
                .iter()
                .map(|c| c.word.as_str())
                .collect::<Vec<_>>(),
            ["Shopping"]
        );
        // A change from an old version is refused and the writer's text kept.
        let to = save_person(
            &db,
            &me,
            id,
            (1, "c1"),
            form("Äiti Liisa", Some("family")),
            false,
        )
        .await
        .expect("stale");
        assert_eq!(to, format!("/circle/person/{id}"));
        let k = kept(&db, &me, id).await.expect("kept").expect("kept");
        assert_eq!(k.form.name, "Äiti Liisa");
        save_person(
            &db,
            &me,
            id,
            (2, "c2"),
            form("Äiti Liisa", Some("friends")),
            false,
        )
        .await
        .expect("change");
        let all = rings(&db, &me, Lang::Fi).await.expect("rings");
        assert_eq!(all[1].people[0].name, "Äiti Liisa");
        save_person(&db, &me, id, (3, "r1"), PersonForm::default(), true)
            .await
            .expect("remove");
        let all = rings(&db, &me, Lang::Fi).await.expect("rings");
        assert!(all.iter().all(|r| r.people.is_empty()));
        assert_eq!(
            old_helpers(&db, &me).await.expect("old").len(),
            2,
            "old answer still there"
        );
    }
}

#[test]
fn the_data_files_load_and_a_broken_folder_is_refused() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/mats");
    let catalogue = app::mat::catalogue::MatCatalogue::read_dir(&dir).expect("mats");
    assert!(catalogue.topic(app::i18n::Lang::En, "vapaa-aika").is_some());
    let empty = std::env::temp_dir().join(format!("no-mats-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("dir");
    assert!(app::mat::catalogue::MatCatalogue::read_dir(&empty).is_err());
    assert!(app::mat::catalogue::install_from_dir(&empty).is_err());
}

async fn log_rows(app: &TestApp, client: ClientId) -> i64 {
    sqlx::query_scalar("select count(*) from access_log where subject_client_id = $1")
        .bind(client)
        .fetch_one(&app.db.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn relatives_see_only_with_the_plan_right_and_the_demo_circle_shows_liisa_and_maria() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn_with(&url, |s| s.demo = true)
            .await
            .expect("demo server");
        let eero = client_named(&app, "Eero").await;
        let helmi = client_named(&app, "Helmi").await;
        let own = session_for(
            &app.db,
            PersonRef::client(eero),
            Some(eero),
            SessionPlace::Home,
        )
        .await
        .expect("s");
        let circle = page_as(&app, &own, "/circle").await;
        assert!(
            circle.contains("Äiti Liisa") && circle.contains("circle-picture"),
            "{circle}"
        );
        let roles = page_as(&app, &own, "/circle/roles").await;
        assert!(
            roles.contains("Äiti Liisa") && roles.contains("Maria Virtanen"),
            "{roles}"
        );
        // Liisa may read and write Eero's plan: she sees it, and her read is logged.
        let liisa: i64 =
            sqlx::query_scalar("select relative_id from relative where display_name = 'Liisa'")
                .fetch_one(&app.db.pool)
                .await
                .expect("liisa");
        let liisa_ref = PersonRef::relative(app::ids::RelativeId(liisa));
        let rel = session_for(&app.db, liisa_ref, Some(eero), SessionPlace::Home)
            .await
            .expect("s");
        let before = log_rows(&app, eero).await;
        assert!(page_as(&app, &rel, "/circle").await.contains("Äiti Liisa"));
        assert!(
            log_rows(&app, eero).await > before,
            "a relative's read is logged"
        );
        // With no rights she sees nothing; with read only she cannot write.
        let change = |rights| {
            app::relatives::service::change(
                &app.db,
                eero,
                app::ids::RelativeId(liisa),
                rights,
                PersonRef::client(eero),
            )
        };
        change(Rights::default()).await.expect("no rights");
        let none = page_as(&app, &rel, "/circle").await;
        assert!(!none.contains("Äiti Liisa"));
        let consent = change(Rights {
            read_plan: true,
            ..Rights::default()
        })
        .await
        .expect("read");
        let maria: i64 = sqlx::query_scalar(
            "select worker_id from worker where display_name = 'Maria Virtanen'",
        )
        .fetch_one(&app.db.pool)
        .await
        .expect("maria");
        let mut conn = app.db.conn().await.expect("conn");
        app::relatives::repo::confirm(
            &mut conn,
            consent.consent_id,
            eero,
            app::ids::WorkerId(maria),
        )
        .await
        .expect("confirm");
        drop(conn);
        let read = page_as(&app, &rel, "/circle").await;
        assert!(
            read.contains("Äiti Liisa") && !read.contains("/circle/person/0"),
            "no add button"
        );
        assert!(!page_as(&app, &rel, "/circle/person/0")
            .await
            .contains("name=\"name\""));
        // Helmi's finished sort is on her plan summary, with who helped.
        let hs = session_for(
            &app.db,
            PersonRef::client(helmi),
            Some(helmi),
            SessionPlace::Home,
        )
        .await
        .expect("s");
        let summary = page_as(&app, &hs, "/plan/summary").await;
        assert!(
            summary.contains("Vapaa-aika") && summary.contains("Maria Virtanen auttoi"),
            "{summary}"
        );
    }
}
