//! Helmi prepares her follow-up at the kiosk: she is invited on her home page, sees the money
//! of the period, answers one question per page (each saved at once), and a double tap writes
//! once.

use super::{client_id, send_step, sign_in_card, step_form, stored};
use app::followup::rating::Rating;
use tests::{fresh_urls, kiosk_client, location, page, TestApp};

#[tokio::test]
async fn helmi_prepares_step_by_step_and_a_double_tap_writes_once() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let helmi = kiosk_client(&app).await.expect("kiosk");
        sign_in_card(&helmi, &app, "DEMO-HELMI-8642", "flower,ball,star,bicycle").await;
        let id = client_id(&app, "Helmi").await;

        // Invited on the home page and on "Minun rahani", ten days before.
        let home = page(&helmi, &app, "/home").await;
        assert!(home.contains("Voit valmistautua nyt."), "{home}");
        assert!(home.contains("href=\"/followup\""));
        let money = page(&helmi, &app, "/money").await;
        assert!(money.contains("Seuraava seuranta on"), "{money}");
        let start = page(&helmi, &app, "/followup").await;
        assert!(start.contains("Rahasi tällä jaksolla") && start.contains("Olet käyttänyt"));
        assert!(stored(&app, id).await.is_none(), "nothing prepared yet");

        // One question per page: her goal and the wishes her money serves, then three more.
        let (first, version, idem) = step_form(&helmi, &app, 1).await;
        assert_eq!(first.matches("type=\"radio\"").count(), 3, "{first}");
        assert!(first.contains("<fieldset") && first.contains("Miten meni: Osaan leipoa?"));
        assert!(first.contains("Vaihe 1 / 6"));
        let sent = send_step(&helmi, &app, 1, &version, &idem, "good", "Leivoin pullaa.").await;
        assert_eq!(location(&sent), "/followup/step/2");
        let again = send_step(&helmi, &app, 1, &version, &idem, "good", "Leivoin pullaa.").await;
        assert_eq!(
            location(&again),
            "/followup/step/2",
            "the double tap leads on"
        );
        let (v, content) = stored(&app, id).await.expect("saved");
        assert_eq!(v, 1, "written once");
        assert_eq!(content.items[0].rating, Some(Rating::Good));
        assert_eq!(
            content.items[0].words.as_ref().map(|s| s.by.name.as_str()),
            Some("Helmi")
        );

        let answers = [
            ("so-so", ""),
            ("not-good", "Uimahalli oli kiinni."),
            ("", "Avustaja tulee ajallaan."),
            ("", "Kauppa on kaukana."),
            ("", "Haluan oppia sukeltamaan."),
        ];
        for (n, (rating, words)) in answers.iter().enumerate() {
            let no = i64::try_from(n).unwrap_or(0) + 2;
            let (_, version, idem) = step_form(&helmi, &app, no).await;
            let sent = send_step(&helmi, &app, no, &version, &idem, rating, words).await;
            let next = if no == 6 {
                "/followup/check".to_owned()
            } else {
                format!("/followup/step/{}", no + 1)
            };
            assert_eq!(location(&sent), next);
            // Saved at each step: the server has it before the journey ends.
            assert_eq!(stored(&app, id).await.map(|(v, _)| v), Some(no));
        }
        let check = page(&helmi, &app, "/followup/check").await;
        for word in [
            "Hyvin",
            "Siltä väliltä",
            "Huonosti",
            "Uimahalli oli kiinni.",
            "Haluan oppia sukeltamaan.",
        ] {
            assert!(check.contains(word), "{word} missing");
        }
        assert!(check.contains("Rahasi tällä jaksolla"));

        // Too long: refused at the field, her text kept, nothing written.
        let (_, version, idem) = step_form(&helmi, &app, 4).await;
        let long = "ä".repeat(2001);
        let refused = send_step(&helmi, &app, 4, &version, &idem, "", &long).await;
        assert_eq!(location(&refused), "/followup/step/4");
        let shown = page(&helmi, &app, "/followup/step/4").await;
        assert!(shown.contains("Teksti on liian pitkä.") && shown.contains(&long));
        assert_eq!(stored(&app, id).await.map(|(v, _)| v), Some(6));
    }
}
