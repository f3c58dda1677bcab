//! Who may see a follow-up: Liisa (who may read and write Eero's plan, not his money) reads his
//! history, each read in Eero's log, without the money; once the right is taken away she sees
//! nothing. Maria's caseload shows Eero's follow-up as late and Helmi's next one.

use super::{client_id, maria_opens, sign_in_card};
use app::access::log::repo as access_log;
use app::people::PersonRef;
use app::relatives::repo::Rights;
use tests::{fresh_urls, location, page, TestApp};

async fn log_rows(app: &TestApp, client: app::ids::ClientId) -> usize {
    access_log::for_client(&mut app.db.conn().await.expect("c"), client, 1000, 0)
        .await
        .expect("log")
        .len()
}

#[tokio::test]
async fn a_relative_reads_with_the_right_each_read_logged_and_nothing_without_it() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let eero = client_id(&app, "Eero").await;
        let liisa = app.client().expect("client");
        sign_in_card(&liisa, &app, "DEMO-LIISA-1111", "sun,sun,dog,dog").await;

        let before = log_rows(&app, eero).await;
        let history = page(&liisa, &app, "/followup/history").await;
        assert!(history.contains("Kitaratunnit ovat kivoja."), "{history}");
        assert!(history.contains("Etsimme Eerolle bändin"));
        assert_eq!(
            log_rows(&app, eero).await,
            before + 1,
            "the read is in Eero's log"
        );
        let start = page(&liisa, &app, "/followup").await;
        assert!(
            start.contains("Seurannan päivä oli"),
            "late, and she may prepare"
        );
        assert!(
            !start.contains("Rahasi tällä jaksolla"),
            "no money without the money right"
        );

        // Eero's own reads are not logged.
        let own = app.client().expect("client");
        sign_in_card(&own, &app, "DEMO-EERO-1357", "car,tree,apple,fish").await;
        let before = log_rows(&app, eero).await;
        page(&own, &app, "/followup/history").await;
        assert_eq!(log_rows(&app, eero).await, before);

        // The plan right taken away: no follow-up at all, and the try is logged.
        let liisa_id: i64 =
            sqlx::query_scalar("select relative_id from relative where display_name like 'Liisa%'")
                .fetch_one(&app.db.pool)
                .await
                .expect("Liisa");
        let by = PersonRef::client(eero);
        app::relatives::service::change(
            &app.db,
            eero,
            app::ids::RelativeId(liisa_id),
            Rights::default(),
            by,
        )
        .await
        .expect("rights");
        let before = log_rows(&app, eero).await;
        for path in ["/followup", "/followup/history", "/followup/step/1"] {
            let refused = liisa.get(app.url(path)).send().await.expect("get");
            assert_eq!(location(&refused), "/forbidden", "{path}");
        }
        assert!(
            log_rows(&app, eero).await > before,
            "refused tries are logged"
        );
    }
}

#[tokio::test]
async fn the_caseload_shows_a_late_follow_up_and_the_next_one() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let helmi = client_id(&app, "Helmi").await;
        let maria = maria_opens(&app, helmi).await;
        let caseload = page(&maria, &app, "/worker").await;
        let eero_part = caseload.split("Eero").nth(1).unwrap_or_default();
        let eero_part = eero_part
            .split("caseload-client")
            .next()
            .unwrap_or_default();
        assert!(eero_part.contains("Seuranta on myöhässä."), "{caseload}");
        let helmi_part = caseload.split(">Helmi<").nth(1).unwrap_or_default();
        assert!(helmi_part.contains("Seuraava seuranta:"));
        assert!(!helmi_part
            .split("caseload-client")
            .next()
            .unwrap_or_default()
            .contains("myöhässä"));
    }
}
