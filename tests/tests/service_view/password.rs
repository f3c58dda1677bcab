//! A team lead signs in and changes their password as a worker does: opening the service
//! view signed out leads to the staff sign-in, signing in leads back to the figures, and the
//! password form on the service view refuses a wrong current password next to the field and
//! saves a right one (the new one signs in, the old one no longer does).

use tests::{fresh_urls, location, page, submit, TestApp};

const NEW: &str = "tiinan-uusi-salasana-2027";

async fn sign_in(app: &TestApp, secret: &str) -> (reqwest::Client, String) {
    let http = app.client().expect("client");
    let fields = [("user_name", "tiina"), ("secret", secret)];
    let signed = submit(&http, app, "/worker/sign-in", "worker_sign_in", &fields).await;
    let to = location(&signed);
    (http, to)
}

#[tokio::test]
async fn a_team_lead_signs_in_to_the_figures_and_changes_the_password_there() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let response = app
            .client()
            .expect("client")
            .get(app.url("/service"))
            .send()
            .await
            .expect("get");
        assert_eq!(location(&response), "/worker/sign-in", "signed out");

        let (lead, to) = sign_in(&app, "tiina-demo-salasana").await;
        assert_eq!(to, "/service", "a team lead lands on the figures");
        let service = page(&lead, &app, "/service").await;
        assert!(service.contains("Oma salasana"), "{service}");
        assert!(service.contains("autocomplete=\"current-password\""));

        // A wrong current password: said next to the field and in the error summary.
        let wrong = [("current", "ei-tama-salasana"), ("password", NEW)];
        let refused = submit(&lead, &app, "/service", "set_password", &wrong).await;
        let at = location(&refused);
        assert!(at.starts_with("/service?"), "{at}");
        let shown = page(&lead, &app, &at).await;
        assert!(shown.contains("Nykyinen salasana on väärä."), "{shown}");
        assert!(
            shown.contains("href=\"#current\""),
            "the summary links to the field"
        );
        let (_, to) = sign_in(&app, NEW).await;
        assert_ne!(to, "/service", "not changed");

        let right = [("current", "tiina-demo-salasana"), ("password", NEW)];
        let saved = submit(&lead, &app, "/service", "set_password", &right).await;
        let at = location(&saved);
        assert!(page(&lead, &app, &at)
            .await
            .contains("Uusi salasana on käytössä."));
        let (_, to) = sign_in(&app, NEW).await;
        assert_eq!(to, "/service", "the new password signs in");
        let (_, to) = sign_in(&app, "tiina-demo-salasana").await;
        assert_ne!(to, "/service", "the old one does not");
    }
}
