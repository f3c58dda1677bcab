//! The pages over HTTP with the demo data: Eero's change in words and symbols, a finished
//! round refused through a direct address, a relative without the plan right kept out, and
//! every read by someone else in the client's log.

use super::{get, period_for, post};
use app::access::log::repo as access_log;
use app::db::Db;
use app::ids::ClientId;
use app::people::PersonRef;
use app::session::repo::Place;
use tests::{fresh_urls, session_for, TestApp};

async fn client_named(db: &Db, name: &str) -> ClientId {
    use sqlx::Row;
    let row = sqlx::query("select client_id from client where display_name = $1")
        .bind(name)
        .fetch_one(&mut *db.conn().await.expect("connection"))
        .await
        .expect("demo client");
    row.try_get("client_id").expect("id")
}

async fn log_rows(db: &Db, client: ClientId) -> Vec<access_log::LogRow> {
    access_log::for_client(&mut db.conn().await.expect("connection"), client, 1000, 0)
        .await
        .expect("log")
}

/// The value of a hidden field on a page.
pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let rest = html
        .split(&marker)
        .nth(1)
        .unwrap_or_else(|| panic!("no {name}"));
    rest.split('"').next().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn eero_sees_his_change_and_his_finished_rounds_stay_locked() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let eero = client_named(&app.db, "Eero").await;
        let me = session_for(&app.db, PersonRef::client(eero), Some(eero), Place::Home)
            .await
            .expect("session");
        let (_, home) = get(&app, &me, "/home").await;
        assert!(
            home.contains("href=\"/wellbeing/change\""),
            "the home page offers the change"
        );
        let (to, html) = get(&app, &me, "/wellbeing/change").await;
        assert_eq!(to, "");
        assert!(html.contains("Oma olo: parempi kuin alussa"), "{html}");
        assert!(html.contains("Omat päätökset: nyt vaikeampaa kuin alussa"));
        assert!(html.contains("Terveys ja keho: sama kuin alussa"));
        assert!(html.contains("Alussa: Huonosti") && html.contains("Lopussa: Hyvin"));
        assert!(
            html.contains("data-concept=\"wb-change-better\""),
            "with symbols"
        );
        assert!(html.contains("data-concept=\"wb-scale-4\""));
        let (_, overview) = get(&app, &me, "/wellbeing").await;
        assert!(
            overview.contains("Läheinen Liisa vastasi."),
            "who answered the start"
        );
        assert!(
            overview.contains("Eero vastasi yksin."),
            "who answered the survey"
        );
        // A finished round through a direct address: told in plain words, no form.
        let (_, page) = get(&app, &me, "/wellbeing/survey/heard").await;
        assert!(page.contains("Olet jo vastannut tähän. Vastauksia ei voi enää muuttaa."));
        assert!(!page.contains("save_wellbeing_step"));
        let fields = [
            ("round", "survey".to_owned()),
            ("step", "heard".to_owned()),
            ("version", "99".to_owned()),
            ("idem", app::forms::idempotency::new_key()),
            ("choice", "1".to_owned()),
        ];
        let to = post(&app, &me, "save_wellbeing_step", &fields).await;
        assert_eq!(to, "/wellbeing/survey/heard?error=locked");
    }
}

#[tokio::test]
async fn a_relative_without_the_plan_right_sees_no_wellbeing_and_reads_are_logged() {
    use app::relatives::repo::{self as consent, Rights};
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let eero = client_named(db, "Eero").await;
        let money_only = Rights {
            see_money: true,
            ..Rights::default()
        };
        let pirjo = app::people::repo::create_relative(&mut db.conn().await.expect("c"), "Pirjo")
            .await
            .expect("relative");
        let row =
            app::relatives::service::change(db, eero, pirjo, money_only, PersonRef::client(eero))
                .await
                .expect("consent");
        let maria = super::maria(db).await;
        consent::confirm(
            &mut db.conn().await.expect("c"),
            row.consent_id,
            eero,
            maria,
        )
        .await
        .expect("confirm");
        let pirjo_session = session_for(db, PersonRef::relative(pirjo), Some(eero), Place::Home)
            .await
            .expect("session");
        let before = log_rows(db, eero).await.len();
        for path in ["/wellbeing", "/wellbeing/change", "/wellbeing/start/feel"] {
            let (to, html) = get(&app, &pirjo_session, path).await;
            assert_eq!(to, "/forbidden", "{path}");
            assert!(!html.contains("Kitaratunnit"), "{path}");
        }
        let rows = log_rows(db, eero).await;
        assert_eq!(rows.len(), before + 3, "each refused try is logged");
        assert!(rows[..3].iter().all(|r| r.entry.outcome() == "denied"));
        // The client's own reading is not logged; the worker's reading is, once.
        let own = session_for(db, PersonRef::client(eero), Some(eero), Place::Home)
            .await
            .expect("session");
        get(&app, &own, "/wellbeing").await;
        assert_eq!(log_rows(db, eero).await.len(), before + 3);
        let worker = PersonRef::worker(maria);
        let w = session_for(db, worker, Some(eero), Place::Worker)
            .await
            .expect("s");
        let (_, caseload) = get(&app, &w, "/worker").await;
        let eero_part = caseload
            .split("<h2")
            .find(|p| p.contains(">Eero<"))
            .expect("Eero");
        assert!(eero_part.contains("Hyvinvointi: alussa vastattu, lopussa vastattu."));
        let helmi_part = caseload
            .split("<h2")
            .find(|p| p.contains(">Helmi<"))
            .expect("Helmi");
        assert!(helmi_part.contains("Hyvinvointi: alussa vastattu, lopussa puuttuu."));
        let aino_part = caseload
            .split("<h2")
            .find(|p| p.contains(">Aino<"))
            .expect("Aino");
        assert!(aino_part.contains("Hyvinvointi: asiakkaalla ei ole budjettia."));
        assert!(caseload.contains("href=\"/worker/summary\""));
        let (to, html) = get(&app, &w, "/wellbeing").await;
        assert_eq!(to, "");
        assert!(html.contains("Kykyviisari"));
        let rows = log_rows(db, eero).await;
        assert_eq!(rows.len(), before + 4);
        assert_eq!(rows[0].entry.actor_name, "Maria Virtanen");
        assert_eq!(rows[0].entry.outcome(), "success");
    }
}

#[tokio::test]
async fn a_client_answers_a_page_through_the_form() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let aino = client_named(db, "Aino").await;
        let maria = super::maria(db).await;
        period_for(db, aino, maria).await;
        let me = session_for(db, PersonRef::client(aino), Some(aino), Place::Home)
            .await
            .expect("session");
        let (_, home) = get(&app, &me, "/home").await;
        assert!(
            home.contains("href=\"/wellbeing/start/feel\""),
            "the start is offered"
        );
        let (_, page) = get(&app, &me, "/wellbeing/start/feel").await;
        assert!(page.contains("type=\"radio\""));
        let fields = [
            ("round", "start".to_owned()),
            ("step", "feel".to_owned()),
            ("version", hidden(&page, "version")),
            ("idem", hidden(&page, "idem")),
            ("choice", "5".to_owned()),
        ];
        let to = post(&app, &me, "save_wellbeing_step", &fields).await;
        assert_eq!(to, "/wellbeing/start/people");
        assert_eq!(
            post(&app, &me, "save_wellbeing_step", &fields).await,
            to,
            "a double tap"
        );
        let (_, again) = get(&app, &me, "/wellbeing/start/feel").await;
        assert!(
            again.contains("value=\"5\" checked"),
            "the answer is kept: {again}"
        );
    }
}
