//! A relative writing for the client marks the same way; the client's disagreement stays
//! whatever the relative or the worker does; a stale disagreement is refused with the words
//! kept; the worker's reads are logged.

use super::{disagree, disagreements, hidden, post, save, send_disagree, sign_in_card};
use tests::{client_named, fresh_urls, location, page, TestApp};

async fn log_rows(app: &TestApp, client: app::ids::ClientId) -> i64 {
    sqlx::query_scalar("select count(*) from access_log where subject_client_id = $1")
        .bind(client)
        .fetch_one(&app.db.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_relative_is_attributed_and_cannot_remove_the_clients_disagreement() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let eero_id = client_named(&app, "Eero").await;
        let liisa = app.client().expect("client");
        sign_in_card(&liisa, &app, "DEMO-LIISA-1111", "sun,sun,dog,dog").await;
        // Someone close writing: the form starts at "someone close told what they mean".
        let form = page(&liisa, &app, "/plan/step/need-help").await;
        assert!(form.contains(r#"value="interpreting" checked"#), "{form}");
        save(
            &liisa,
            &app,
            "need-help",
            "Kaupassa käynti",
            Some("questions"),
        )
        .await;

        let eero = app.client().expect("client");
        sign_in_card(&eero, &app, "DEMO-EERO-1357", "car,tree,apple,fish").await;
        let check = page(&eero, &app, "/plan/check").await;
        assert!(check.contains("Vastasit kysymyksiin. Liisa"), "{check}");
        let link = "/plan/disagree/draft/need-help";
        assert!(check.contains(link));
        // Eero's own saves are his own words: nothing to disagree with there.
        assert!(!check.contains("/plan/disagree/draft/important"));
        // The relative sees the mark but cannot disagree for him.
        let seen = page(&liisa, &app, "/plan/check").await;
        assert!(seen.contains("data-said=\"questions\"") && !seen.contains(link));
        let refused = liisa.get(app.url(link)).send().await.expect("get");
        assert_eq!(location(&refused), "/forbidden");

        // A refused save keeps the writer's mark with her text: Eero saves first.
        let form = page(&liisa, &app, "/plan/step/support").await;
        let (version, idem) = (hidden(&form, "version"), hidden(&form, "idem"));
        save(&eero, &app, "support", "Haluan avustajan.", None).await;
        let fields = [
            ("section", "support"),
            ("version", version.as_str()),
            ("idem", idem.as_str()),
            ("answer", "Avustaja kahdesti viikossa."),
            ("said", "pictures"),
        ];
        let refused = post(&liisa, &app, "/plan/step/support", "save_section", &fields).await;
        assert_eq!(location(&refused), "/plan/step/support");
        let again = page(&liisa, &app, "/plan/step/support").await;
        assert!(again.contains("Avustaja kahdesti viikossa."), "{again}");
        assert!(
            again.contains(r#"id="said-pictures" name="said" value="pictures" checked"#),
            "{again}"
        );
        assert!(!again.contains(r#"value="interpreting" checked"#));

        // Stale: Liisa saves again after Eero opened the page; his words are kept.
        let opened = page(&eero, &app, link).await;
        save(
            &liisa,
            &app,
            "need-help",
            "Kaupassa käynti\nSiivous",
            Some("questions"),
        )
        .await;
        let fields = [
            ("scope", hidden(&opened, "scope")),
            ("item", hidden(&opened, "item")),
            ("seen", hidden(&opened, "seen")),
            ("idem", hidden(&opened, "idem")),
            ("after", hidden(&opened, "after")),
            ("words", "Siivoan itse.".to_owned()),
        ];
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let stale = send_disagree(&eero, &app, &pairs).await;
        assert_eq!(stale, format!("{link}?error=changed"));
        let again = page(&eero, &app, &stale).await;
        assert!(again.contains("Joku muutti tätä juuri.") && again.contains("Siivoan itse."));
        assert_eq!(disagreements(&app, eero_id).await, 0);
        // Sent again from the fresh page: written once, even when tapped twice.
        let fresh = page(&eero, &app, link).await;
        let fields = [
            ("scope", hidden(&fresh, "scope")),
            ("item", hidden(&fresh, "item")),
            ("seen", hidden(&fresh, "seen")),
            ("idem", hidden(&fresh, "idem")),
            ("after", hidden(&fresh, "after")),
            ("words", "Siivoan itse.".to_owned()),
        ];
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        for _ in 0..2 {
            let sent = send_disagree(&eero, &app, &pairs).await;
            assert_eq!(sent, "/plan/check");
        }
        assert_eq!(disagreements(&app, eero_id).await, 1);

        // Nobody else removes it: the relative writing over it, the relative or the worker
        // trying to disagree (or change it), and not even the database itself.
        save(&liisa, &app, "need-help", "Kaupassa käynti", Some("note")).await;
        let maria = app.client().expect("client");
        let fields = [("user_name", "maria"), ("secret", "maria-demo-salasana")];
        post(&maria, &app, "/worker/sign-in", "worker_sign_in", &fields).await;
        let opened = post(
            &maria,
            &app,
            "/worker",
            "open_client",
            &[("client_id", &eero_id.to_string())],
        )
        .await;
        assert_eq!(location(&opened), "/home");
        let before = log_rows(&app, eero_id).await;
        let worker_view = page(&maria, &app, "/plan/check").await;
        assert!(worker_view.contains("Siivoan itse.") && !worker_view.contains(link));
        assert_eq!(
            log_rows(&app, eero_id).await,
            before + 1,
            "the worker's read is logged"
        );
        for http in [&maria, &liisa] {
            let tried = send_disagree(http, &app, &pairs).await;
            assert_eq!(tried, "/forbidden");
        }
        let removed = sqlx::query("delete from statement_disagreement")
            .execute(&app.db.pool)
            .await;
        assert!(removed.is_err(), "the database refuses it");
        let changed = sqlx::query("update statement_disagreement set words = ''")
            .execute(&app.db.pool)
            .await;
        assert!(changed.is_err(), "the database refuses it");
        assert_eq!(disagreements(&app, eero_id).await, 1);
        let check = page(&eero, &app, "/plan/check").await;
        assert!(check.contains("Siivoan itse.") && check.contains("Liisa"));
        // Eero can still add another.
        assert_eq!(disagree(&eero, &app, link, "").await, "/plan/check");
        assert_eq!(disagreements(&app, eero_id).await, 2);
    }
}
