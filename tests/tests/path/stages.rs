//! A saved plan goes to the worker by the rule; a worker moves it through every stage; a new
//! decision is "decided"; the client's home page follows each step.

use super::{id_of, stage_rows, worker_opens, MARIA};
use app::dates::format_date;
use app::i18n::Lang;
use app::money::FormState;
use chrono::NaiveDate;
use tests::{
    fresh_urls, hidden_field, location, page, post_form, sign_in_with_pictures, submit, TestApp,
};

/// The stage and the next step the home page shows.
fn home_stage(html: &str) -> (String, String) {
    let panel = html
        .split("<section")
        .find(|part| {
            part.split('>')
                .next()
                .unwrap_or_default()
                .contains("path-now")
        })
        .unwrap_or_default();
    let attr = |name: &str| {
        let marker = format!("{name}=\"");
        panel
            .split(&marker)
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_default()
            .to_owned()
    };
    (attr("data-stage"), attr("data-next"))
}

#[tokio::test]
async fn a_plan_moves_through_every_stage_with_who_and_when() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let eero = id_of(&app, "Eero").await;
        let client = app.client().expect("client");
        sign_in_with_pictures(&client, &app, "DEMO-EERO-1357", "car,tree,apple,fish").await;
        // The demo starts Eero at writing his plan.
        let home = page(&client, &app, "/home").await;
        assert_eq!(home_stage(&home), ("writing".into(), "worker-reads".into()));
        assert!(
            home.contains("href=\"/about/budget\""),
            "the explanation is linked"
        );

        // Eero saves his plan: the rule sends it to his worker, once for a double tap.
        let check = page(&client, &app, "/plan/check").await;
        assert!(check.contains("href=\"/about/budget\""));
        let idem = hidden_field(&check, "idem");
        let before = app::db::now_ms();
        for _ in 0..2 {
            let saved = submit(
                &client,
                &app,
                "/plan/check",
                "save_plan",
                &[("idem", &idem)],
            )
            .await;
            assert!(
                location(&saved).starts_with("/plan/saved/"),
                "{}",
                location(&saved)
            );
        }
        let rows = stage_rows(&app, eero).await;
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(
            (rows[0].0.as_str(), rows[0].1.as_str(), rows[0].2.as_str()),
            ("worker-reads", "rule", "Eero")
        );
        assert!(rows[0].3 >= before && rows[0].3 <= app::db::now_ms());
        let home = page(&client, &app, "/home").await;
        assert_eq!(home_stage(&home), ("worker-reads".into(), "decided".into()));
        assert!(home.contains("Työntekijäni lukee suunnitelmani."), "{home}");

        // Maria moves the plan through every stage; each move is Maria's, and Eero's home
        // page shows it with the next step and its date.
        let maria = worker_opens(&app, MARIA, eero).await;
        let day = NaiveDate::from_ymd_opt(2027, 1, 15).expect("date");
        let moves = [
            ("group", "Ryhmä puoltaa suunnitelmaa.", "decided"),
            ("decided", "", "in-use"),
            ("in-use", "", "follow-up"),
            ("follow-up", "", "in-use"),
            ("ended", "", "writing"),
            ("writing", "", "worker-reads"),
        ];
        let mut last = Vec::new();
        for (stage, note, next) in moves {
            let path = page(&maria, &app, "/worker/path").await;
            let fields = vec![
                ("stage".to_owned(), stage.to_owned()),
                ("next_on".to_owned(), "15.1.2027".to_owned()),
                ("note".to_owned(), note.to_owned()),
                ("version".to_owned(), hidden_field(&path, "version")),
                ("idem".to_owned(), hidden_field(&path, "idem")),
            ];
            let pairs: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let moved = submit(&maria, &app, "/worker/path", "move_stage", &pairs).await;
            assert_eq!(
                location(&moved),
                "/worker/path?saved=stage#stage",
                "{stage}"
            );
            let rows = stage_rows(&app, eero).await;
            assert_eq!(
                (rows[0].0.as_str(), rows[0].1.as_str(), rows[0].2.as_str()),
                (stage, "worker", "Maria Virtanen")
            );
            let home = page(&client, &app, "/home").await;
            assert_eq!(home_stage(&home), (stage.to_owned(), next.to_owned()));
            assert!(
                home.contains(&format_date(Lang::Fi, day)),
                "{stage}: the date shows"
            );
            let history = page(&maria, &app, "/worker/path").await;
            if !note.is_empty() {
                assert!(history.contains(note), "the group's recommendation is kept");
            }
            last = fields;
        }
        // The same form again (a double tap) writes nothing more.
        let count = stage_rows(&app, eero).await.len();
        assert_eq!(count, 8);
        let pairs: Vec<(&str, &str)> = last.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let to = tests::form_action(&maria, &app, "/worker/path", "move_stage").await;
        let again = post_form(&maria, &app, &to, &pairs).await;
        assert_eq!(location(&again), "/worker/path?saved=stage#stage");
        assert_eq!(stage_rows(&app, eero).await.len(), count, "written once");

        // A move based on a stage someone changed since is refused, and the note is kept.
        let path = page(&maria, &app, "/worker/path").await;
        let stale = [
            ("stage", "group"),
            ("next_on", ""),
            ("note", "Vanhan tiedon varassa kirjoitettu."),
            ("version", last[3].1.as_str()),
            ("idem", &hidden_field(&path, "idem")),
        ];
        let refused = post_form(&maria, &app, &to, &stale).await;
        assert_eq!(location(&refused), "/worker/path?error=stage#stage");
        assert_eq!(stage_rows(&app, eero).await.len(), count, "nothing written");
        let shown = page(&maria, &app, "/worker/path?error=stage").await;
        assert!(
            shown.contains("Vanhan tiedon varassa kirjoitettu."),
            "text kept"
        );
        assert!(shown.contains("Joku muutti tätä samaan aikaan."), "{shown}");

        // A new decision is "decided" by the worker who entered it, in its own transaction.
        let by = app::money::service::by_worker(app::ids::WorkerId(1), "Maria Virtanen");
        let form = FormState::from_pairs(&[
            ("period_start", "1.1.2027"),
            ("period_end", "30.6.2027"),
            ("granted", "6000"),
            ("reference", "HB-2027-1"),
            ("idem", "path-test-decision"),
        ]);
        app::money::service::submit_decision(&app.db, "s", eero, &by, None, 0, form)
            .await
            .expect("decision");
        let rows = stage_rows(&app, eero).await;
        assert_eq!(
            (rows[0].0.as_str(), rows[0].1.as_str()),
            ("decided", "worker")
        );
        let home = page(&client, &app, "/home").await;
        assert_eq!(home_stage(&home), ("decided".into(), "in-use".into()));
    }
}
