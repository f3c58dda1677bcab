//! Eero and his mother Liisa (who may write his plan) answer the same question at once: the
//! second one is refused, told in plain words, and finds her text kept beside what is saved.

use super::{client_id, send_step, sign_in_card, step_form, stored};
use app::plan::actor::ActorRole;
use tests::{fresh_urls, location, page, TestApp};

#[tokio::test]
async fn the_second_editor_is_refused_and_keeps_her_text() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let eero = app.client().expect("client");
        sign_in_card(&eero, &app, "DEMO-EERO-1357", "car,tree,apple,fish").await;
        let liisa = app.client().expect("client");
        sign_in_card(&liisa, &app, "DEMO-LIISA-1111", "sun,sun,dog,dog").await;
        let id = client_id(&app, "Eero").await;

        // Both open the first question (Eero has no goals yet: "Mikä toimii?").
        let (page_e, version_e, idem_e) = step_form(&eero, &app, 1).await;
        assert!(page_e.contains("Mikä toimii?"));
        let (_, version_l, idem_l) = step_form(&liisa, &app, 1).await;
        assert_eq!(version_e, version_l);

        let first = send_step(&eero, &app, 1, &version_e, &idem_e, "", "Kitaratunnit.").await;
        assert_eq!(location(&first), "/followup/step/2");
        let second = send_step(&liisa, &app, 1, &version_l, &idem_l, "", "Laulukuoro.").await;
        assert_eq!(location(&second), "/followup/step/1", "refused");
        let (_, content) = stored(&app, id).await.expect("saved");
        let works = content.works.expect("works");
        assert_eq!(works.text, "Kitaratunnit.", "not overwritten");
        assert_eq!(works.by.role, ActorRole::Client);

        // Liisa sees why, her own text, and what Eero saved.
        let shown = page(&liisa, &app, "/followup/step/1").await;
        assert!(shown.contains("Joku muu tallensi tämän juuri."), "{shown}");
        assert!(shown.contains("Laulukuoro.") && shown.contains("Kitaratunnit."));
        assert!(shown.contains("<title>Virhe: "));
        // Eero's page is not told anything.
        assert!(!page(&eero, &app, "/followup/step/1")
            .await
            .contains("Joku muu"));

        // After looking, she sends it again: now it is saved, as hers.
        let (_, version, idem) = step_form(&liisa, &app, 1).await;
        let sent = send_step(&liisa, &app, 1, &version, &idem, "", "Kitara ja kuoro.").await;
        assert_eq!(location(&sent), "/followup/step/2");
        let (_, content) = stored(&app, id).await.expect("saved");
        let works = content.works.expect("works");
        assert_eq!(
            (works.text.as_str(), works.by.role),
            ("Kitara ja kuoro.", ActorRole::Helper)
        );
    }
}
