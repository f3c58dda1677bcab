//! Help and explanations (issue 15): "Apua" in the same place on every page, a help page that
//! explains every process word, and the money page opening its words' explanations in place
//! without JavaScript. On SQLite and PostgreSQL.

use app::glossary::Term;
use app::i18n::{tr, Lang};
use app::people::PersonRef;
use app::session::repo::Place;
use tests::{client_named, fresh_urls, page, page_as, session_for, TestApp};

/// The help link as the frame writes it: first in the header after the site name.
fn help_link_at_top(html: &str) -> bool {
    let Some(header) = html.split("<header").nth(1) else {
        return false;
    };
    header
        .split("</header>")
        .next()
        .is_some_and(|h| h.contains("<a href=\"/help\" class=\"help-link\">"))
}

#[tokio::test]
async fn help_is_on_every_page_and_every_process_word_is_explained() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("app");
        let http = app.client().expect("client");
        for path in [
            "/",
            "/about",
            "/help",
            "/worker/sign-in",
            "/kiosk",
            "/no/such/page",
        ] {
            let html = page(&http, &app, path).await;
            assert!(help_link_at_top(&html), "{path} has no help link: {html}");
        }
        let helmi = client_named(&app, "Helmi").await;
        let session = session_for(&app.db, PersonRef::client(helmi), Some(helmi), Place::Home)
            .await
            .expect("session");
        for path in ["/home", "/money", "/plan/summary", "/relatives", "/log"] {
            let html = page_as(&app, &session, path).await;
            assert!(help_link_at_top(&html), "{path} has no help link");
        }

        // Signed in, help and about keep "Olen valmis" (and at a kiosk the countdown).
        for path in ["/help", "/about"] {
            let html = page_as(&app, &session, path).await;
            assert!(html.contains("class=\"sign-out\""), "{path} signed in");
            assert!(!page(&http, &app, path).await.contains("class=\"sign-out\""));
        }

        let help = page(&http, &app, "/help").await;
        for term in Term::ALL {
            assert!(
                help.contains(&format!("id=\"word-{}\"", term.key())),
                "{term:?}"
            );
            assert!(help.contains(&tr(Lang::Fi, term.text_id())), "{term:?}");
        }

        // Helmi's money page has a follow-up date and a line paid with a service voucher:
        // both words open their explanation in place, as plain HTML.
        let money = page_as(&app, &session, "/money").await;
        for term in [Term::FollowUp, Term::Voucher] {
            let question = format!("Mitä tarkoittaa {}?", tr(Lang::Fi, term.word_id()));
            assert!(money.contains(&question), "{question} missing");
            assert!(money.contains(&tr(Lang::Fi, term.text_id())), "{term:?}");
        }
        assert!(money.contains("<details class=\"explain\">"));
        assert!(
            !money.contains("details class=\"explain\" open"),
            "closed until opened"
        );
    }
}
