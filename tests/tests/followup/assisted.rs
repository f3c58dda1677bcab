//! The meeting at one screen: the worker signs in beside Helmi (worker-assisted mode) and
//! completes the follow-up in Helmi's own session. The notes and the new plan version are the
//! worker's, and Helmi's log says her worker was beside her.

use super::{client_id, complete_meeting, post, sign_in_card};
use app::plan::actor::ActorRole;
use tests::{fresh_urls, location, page, TestApp};

#[tokio::test]
async fn the_worker_beside_the_client_completes_it_and_is_named() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let id = client_id(&app, "Helmi").await;
        let helmi = app.client().expect("client");
        sign_in_card(&helmi, &app, "DEMO-HELMI-8642", "flower,ball,star,bicycle").await;
        // Alone, Helmi cannot hold the meeting.
        let alone = helmi
            .get(app.url("/worker/followup"))
            .send()
            .await
            .expect("get");
        assert_eq!(location(&alone), "/forbidden");

        let fields = [("user_name", "maria"), ("secret", "maria-demo-salasana")];
        let started = post(&helmi, &app, "/assist", "start_assist", &fields).await;
        assert_eq!(location(&started), "/home");
        let home = page(&helmi, &app, "/home").await;
        assert!(
            home.contains("href=\"/worker/followup\""),
            "the meeting is one tap away"
        );
        let (done, _) = complete_meeting(
            &helmi,
            &app,
            "Sovimme uimahallin vuoroista.",
            ("support", "Avustaja tulee myös lauantaina."),
        )
        .await;
        assert_eq!(location(&done), "/followup/history?saved=followup");

        let records = app::followup::repo::completed(&mut app.db.conn().await.expect("c"), id)
            .await
            .expect("completed");
        assert_eq!(records.len(), 1);
        let notes = records[0].content.notes.clone().expect("notes");
        assert_eq!(
            (notes.by.role, notes.by.name.as_str()),
            (ActorRole::Worker, "Maria Virtanen")
        );
        let newest = app::plan::repo::get_version(&mut app.db.conn().await.expect("c"), id, None)
            .await
            .expect("plan")
            .expect("version");
        assert_eq!(Some(newest.info.version_no), records[0].new_plan_version);
        assert_eq!(newest.info.saved_by.role, ActorRole::Worker);
        let history = page(&helmi, &app, "/followup/history").await;
        assert!(
            history.contains("Sovimme uimahallin vuoroista.") && history.contains("Maria Virtanen")
        );
    }
}
