//! A supported session with Maria beside Aino: three marks, a disagreement, the end by a
//! press, and the end by itself.

use super::{disagree, disagreements, post, save, sign_in_card};
use tests::{client_named, fresh_urls, location, page, TestApp};

async fn aino_with_maria(app: &TestApp) -> reqwest::Client {
    let aino = app.client().expect("client");
    sign_in_card(&aino, app, "DEMO-AINO-2468", "dog,cat,sun,house").await;
    let fields = [("user_name", "maria"), ("secret", "maria-demo-salasana")];
    let started = post(&aino, app, "/assist", "start_assist", &fields).await;
    assert_eq!(location(&started), "/home");
    aino
}

#[tokio::test]
async fn a_session_marks_three_ways_and_the_summary_and_print_show_them() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let id = client_named(&app, "Aino").await;
        let aino = aino_with_maria(&app).await;
        // Without a session the worker's text is her note by default.
        let form = page(&aino, &app, "/plan/step/important").await;
        assert!(
            form.contains(r#"id="said-note" name="said" value="note" checked"#),
            "{form}"
        );
        let started = post(&aino, &app, "/home", "start_supported", &[]).await;
        assert_eq!(location(&started), "/home");
        let home = page(&aino, &app, "/home").await;
        assert!(home.contains("Keskustelu tuen kanssa on nyt käynnissä."));
        // In a session the client speaks: the form starts at her own words.
        let form = page(&aino, &app, "/plan/step/important").await;
        assert!(form.contains(r#"id="said-own" name="said" value="own" checked"#));
        save(&aino, &app, "important", "Koirani Musti", Some("own")).await;
        save(
            &aino,
            &app,
            "need-help",
            "Kaupassa käynti",
            Some("pictures"),
        )
        .await;
        save(
            &aino,
            &app,
            "support",
            "Aino haluaa avustajan.",
            Some("note"),
        )
        .await;

        let check = page(&aino, &app, "/plan/check").await;
        for said in ["own", "pictures", "note"] {
            assert!(check.contains(&format!("data-said=\"{said}\"")), "{said}");
        }
        assert!(check.contains("Kerroit tämän kuvien avulla."));
        let done = post(
            &aino,
            &app,
            "/plan/check",
            "save_plan",
            &[("idem", &super::hidden(&check, "idem"))],
        )
        .await;
        assert!(location(&done).starts_with("/plan/saved/"));

        let summary = page(&aino, &app, "/plan/summary").await;
        assert!(summary.contains("Omat sanasi."), "{summary}");
        assert!(summary.contains("Kerroit tämän kuvien avulla."));
        assert!(summary.contains("Maria Virtanen kirjoitti tämän. Se on hänen oma huomionsa."));
        // The client disagrees with the note, from the summary, and goes back there.
        let link = "/plan/disagree/v1/support?from=summary";
        assert!(summary.contains(&link.replace('&', "&amp;")) || summary.contains(link));
        let back = disagree(&aino, &app, link, "Haluan itse valita.").await;
        assert_eq!(back, "/plan/summary");
        let summary = page(&aino, &app, "/plan/summary").await;
        assert!(summary.contains("Ei samaa mieltä:") && summary.contains("Haluan itse valita."));
        // The draft carries it on, so the next version shows it too.
        let check = page(&aino, &app, "/plan/check").await;
        assert!(check.contains("Haluan itse valita."));
        assert_eq!(
            disagreements(&app, id).await,
            2,
            "the version and the draft"
        );
        let version = page(&aino, &app, "/plan/versions/1").await;
        assert!(
            version.contains("data-said=\"pictures\"") && version.contains("Haluan itse valita.")
        );

        // The end by a press: the record and the log show who was there and what was marked.
        let ended = post(&aino, &app, "/home", "end_supported", &[]).await;
        assert_eq!(location(&ended), "/plan/sessions");
        let record = page(&aino, &app, "/plan/sessions").await;
        assert!(record.contains("Mukana oli Maria Virtanen."), "{record}");
        assert!(record.contains("Joku lopetti keskustelun napilla."));
        assert!(record.contains("Keskustelussa tuli 3 vastausta."));
        let log = page(&aino, &app, "/log").await;
        assert!(log.contains("aloitti keskustelun tuen kanssa"), "{log}");
        assert!(log.contains("lopetti keskustelun tuen kanssa"));
        // After the session a save is no longer in it.
        save(&aino, &app, "good-at", "Osaan piirtää.", Some("own")).await;
        let record = page(&aino, &app, "/plan/sessions").await;
        assert!(record.contains("Keskustelussa tuli 3 vastausta."));
    }
}

#[tokio::test]
async fn a_session_left_idle_ends_by_itself_and_a_press_on_end_help_ends_it() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let id = client_named(&app, "Aino").await;
        let aino = aino_with_maria(&app).await;
        post(&aino, &app, "/home", "start_supported", &[]).await;
        save(&aino, &app, "important", "Koirani Musti", Some("questions")).await;
        // Sixteen minutes without anything: the assisted mode and the session end by themselves.
        let ago = app::db::now_ms() - 16 * 60 * 1000;
        sqlx::query("update supported_session set last_at = $1 where client_id = $2")
            .bind(ago)
            .bind(id)
            .execute(&app.db.pool)
            .await
            .expect("age");
        sqlx::query("update session set assist_seen_at = $1 where assist_worker_id is not null")
            .bind(ago)
            .execute(&app.db.pool)
            .await
            .expect("age");
        let home = page(&aino, &app, "/home").await;
        assert!(!home.contains("on nyt käynnissä") && !home.contains("auttaa sinua nyt"));
        let record = page(&aino, &app, "/plan/sessions").await;
        assert!(
            record.contains("Keskustelu loppui, koska kukaan ei jatkanut sitä."),
            "{record}"
        );
        assert!(record.contains("Keskustelussa tuli yksi vastaus."));
        // The end by itself is a row of her log, written once however often it is noticed,
        // at the time the session ended, and the log's chain still holds.
        page(&aino, &app, "/plan/sessions").await;
        let log = page(&aino, &app, "/log").await;
        assert!(
            log.contains("ei jatkanut keskustelua tuen kanssa. Keskustelu loppui."),
            "{log}"
        );
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "select at_utc, channel from access_log where subject_client_id = $1 \
             and object_type = 'supported-session' and action = 'idle-end'",
        )
        .bind(id)
        .fetch_all(&app.db.pool)
        .await
        .expect("rows");
        assert_eq!(rows.len(), 1, "logged once");
        assert_eq!(rows[0].0, ago + app::session::repo::ASSIST_IDLE_MS);
        assert_eq!(rows[0].1, "home", "where the session was held");
        let broken = app::access::log::repo::verify(&mut app.db.conn().await.expect("conn"))
            .await
            .expect("verify");
        assert_eq!(broken, None);
        // Alone again, her own saves are her own words, with nothing to choose.
        let form = page(&aino, &app, "/plan/step/good-at").await;
        assert!(!form.contains("name=\"said\""));
        save(&aino, &app, "good-at", "Osaan piirtää.", Some("note")).await;
        let check = page(&aino, &app, "/plan/check").await;
        assert!(
            check.contains("data-said=\"own\""),
            "a sent choice does not count alone"
        );

        // "Lopeta apu" ends a session going on, as a press.
        let aino = aino_with_maria(&app).await;
        post(&aino, &app, "/home", "start_supported", &[]).await;
        post(&aino, &app, "/home", "end_assist", &[]).await;
        let record = page(&aino, &app, "/plan/sessions").await;
        assert!(record.contains("Joku lopetti keskustelun napilla."));
        assert!(!record.contains("Keskustelu on vielä käynnissä."));
    }
}
