//! The worker records a Kykyviisari result: every number 0–10 and a date not in the future,
//! a refused form keeps what was typed, a double tap writes once, and only workers may.

use super::{get, post};
use app::people::PersonRef;
use app::session::repo::Place;
use tests::{fresh_urls, session_for, TestApp};

fn fields(idem: &str, overall: &str, mental: &str, date: &str) -> Vec<(&'static str, String)> {
    vec![
        ("idem", idem.to_owned()),
        ("taken_on", date.to_owned()),
        ("overall", overall.to_owned()),
        ("mental", mental.to_owned()),
        ("social", "6".to_owned()),
        ("physical", "7".to_owned()),
        ("skills", "8".to_owned()),
        ("everyday", "9".to_owned()),
    ]
}

#[tokio::test]
async fn a_result_is_checked_kept_when_refused_and_written_once() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let helmi = super::http_client(db, "Helmi").await;
        let maria = super::maria(db).await;
        let w = session_for(db, PersonRef::worker(maria), Some(helmi), Place::Worker)
            .await
            .expect("session");
        let bad = fields("k-bad", "11", "-1", "1.1.2099");
        assert_eq!(
            post(&app, &w, "save_kykyviisari", &bad).await,
            "/wellbeing/kykyviisari"
        );
        let (_, page) = get(&app, &w, "/wellbeing/kykyviisari").await;
        assert!(
            page.contains("Kirjoita kokonainen luku väliltä 0–10."),
            "{page}"
        );
        assert!(page.contains("Tämä päivä on vasta tulossa."));
        assert!(page.contains("value=\"11\""), "the typed text is kept");
        let list = |db| async move {
            app::wellbeing::kyky_repo::list(&mut app::db::Db::conn(db).await.expect("c"), helmi)
                .await
                .expect("list")
        };
        assert!(list(db).await.is_empty(), "nothing written");
        let good = fields("k-good", "7", "0", "3.11.2026");
        let to = post(&app, &w, "save_kykyviisari", &good).await;
        assert_eq!(to, "/wellbeing?saved=kyky");
        assert_eq!(
            post(&app, &w, "save_kykyviisari", &good).await,
            to,
            "a double tap"
        );
        let other = fields("k-good", "3", "0", "3.11.2026");
        let resent = post(&app, &w, "save_kykyviisari", &other).await;
        assert_eq!(resent, "/wellbeing/kykyviisari?error=resent");
        let saved = list(db).await;
        assert_eq!(saved.len(), 1, "written once");
        assert_eq!((saved[0].overall, saved[0].areas), (7, [0, 6, 7, 8, 9]));
        let (_, overview) = get(&app, &w, "/wellbeing").await;
        assert!(overview.contains("Kokonaisluku: 7 / 10"));
        // The client cannot record one.
        let own = session_for(db, PersonRef::client(helmi), Some(helmi), Place::Home)
            .await
            .expect("session");
        let own_try = fields("k-own", "5", "5", "1.1.2026");
        let tried = post(&app, &own, "save_kykyviisari", &own_try).await;
        assert_eq!(tried, "/forbidden");
        assert_eq!(list(db).await.len(), 1);
    }
}
