//! The worker completes Helmi's follow-up at the meeting with an agreed change: the change
//! starts a new plan version that carries everything else forward, the follow-up is readable
//! in the history, and the next date comes up. The client cannot complete it herself.

use super::{
    client_id, complete_meeting, hidden, maria_opens, post, send_step, sign_in_card, step_form,
};
use app::plan::content::Answer;
use app::plan::repo as plans;
use app::plan::section::Section;
use tests::{fresh_urls, location, page, TestApp};

#[tokio::test]
async fn the_worker_completes_it_and_the_agreed_change_is_a_new_plan_version() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let id = client_id(&app, "Helmi").await;
        let helmi = app.client().expect("client");
        sign_in_card(&helmi, &app, "DEMO-HELMI-8642", "flower,ball,star,bicycle").await;
        let (_, version, idem) = step_form(&helmi, &app, 3).await;
        send_step(&helmi, &app, 3, &version, &idem, "good", "Uin joka viikko.").await;
        let before = plans::get_version(&mut app.db.conn().await.expect("c"), id, None)
            .await
            .expect("plan")
            .expect("saved plan");

        // Helmi cannot complete it herself.
        let refused = helmi
            .get(app.url("/worker/followup"))
            .send()
            .await
            .expect("get");
        assert_eq!(location(&refused), "/forbidden");

        let maria = maria_opens(&app, id).await;
        let meeting = page(&maria, &app, "/worker/followup").await;
        assert!(
            meeting.contains("Seuranta: Helmi") && meeting.contains("Uin joka viikko."),
            "{meeting}"
        );
        let (version, idem) = (hidden(&meeting, "version"), hidden(&meeting, "idem"));

        // Helmi answers once more while Maria writes: Maria's form is refused, her text kept.
        let (_, v, key) = step_form(&helmi, &app, 4).await;
        send_step(&helmi, &app, 4, &v, &key, "", "Avustaja tulee ajallaan.").await;
        let stale = [
            ("version", version.as_str()),
            ("idem", idem.as_str()),
            ("notes", "Kirjoitin tämän ensin."),
        ];
        let refused = post(
            &maria,
            &app,
            "/worker/followup",
            "complete_follow_up",
            &stale,
        )
        .await;
        assert_eq!(location(&refused), "/worker/followup#meeting");
        let meeting = page(&maria, &app, "/worker/followup").await;
        assert!(
            meeting.contains("Joku muu tallensi tämän juuri.")
                && meeting.contains("Kirjoitin tämän ensin.")
        );
        assert!(
            meeting.contains("Avustaja tulee ajallaan."),
            "Helmi's new answer is shown"
        );
        let (done, fields) = complete_meeting(
            &maria,
            &app,
            "Helmi haluaa jatkaa uintia.",
            ("goals", "Opettelen sukeltamaan"),
        )
        .await;
        assert_eq!(location(&done), "/followup/history?saved=followup");
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let again = post(
            &maria,
            &app,
            "/worker/followup",
            "complete_follow_up",
            &fields,
        )
        .await;
        assert_eq!(
            location(&again),
            "/followup/history?saved=followup",
            "double tap"
        );

        // One new version; the goal is added, every other section carried forward.
        let versions = plans::list_versions(&mut app.db.conn().await.expect("c"), id)
            .await
            .expect("list");
        assert_eq!(versions.len(), 3, "one new version");
        let after = plans::get_version(&mut app.db.conn().await.expect("c"), id, None)
            .await
            .expect("plan")
            .expect("new version");
        assert_eq!(after.info.version_no, 3);
        assert_eq!(after.info.saved_by.name, "Maria Virtanen");
        for section in Section::ALL.into_iter().filter(|s| *s != Section::Goals) {
            assert_eq!(
                after.content.answer(section),
                before.content.answer(section),
                "{section:?}"
            );
        }
        assert_eq!(
            after.content.answer(Section::Goals).map(Answer::items),
            Some(vec![
                "Käyn uimassa".to_owned(),
                "Opettelen sukeltamaan".to_owned()
            ])
        );
        // The draft has the change too, so the home page does not offer unsaved work.
        let home = page(&helmi, &app, "/home").await;
        assert!(!home.contains("Jatka suunnitelmaa") && home.contains("Seuraava seuranta on"));

        // Readable in the history, side by side with the earlier ones, with the new version.
        let history = page(&helmi, &app, "/followup/history").await;
        assert!(
            history.contains("Helmi haluaa jatkaa uintia.")
                && history.contains("Opettelen sukeltamaan")
        );
        assert!(history.contains("href=\"/plan/versions/3\""));
        let next = app::followup::service::next(&app.db, id)
            .await
            .expect("next")
            .expect("date");
        assert!(next.due_on > chrono::Utc::now().date_naive() + chrono::Duration::days(30));
        // Completing it moved the plan: the budget is in use again, by Maria, once for the
        // double tap, and Helmi's home page shows the next follow-up with its date.
        let stages = sqlx::query_as::<_, (String, String, Option<String>)>(
            "select stage, by_name, next_on from path_stage where client_id = $1 \
             order by stage_event_id desc",
        )
        .bind(id)
        .fetch_all(&app.db.pool)
        .await
        .expect("stages");
        let due = next.due_on.format("%Y-%m-%d").to_string();
        assert_eq!(
            stages[0],
            ("in-use".to_owned(), "Maria Virtanen".to_owned(), Some(due))
        );
        assert_eq!(stages[1].0, "in-use", "the demo's stage before it");
        assert_eq!(stages.len(), 5, "written once: {stages:?}");
        let home = page(&helmi, &app, "/home").await;
        assert!(home.contains("data-next=\"follow-up\""), "{home}");
        let shown = app::dates::format_date(app::i18n::Lang::Fi, next.due_on);
        assert!(home.contains(&format!("Päivä: {shown}")), "{home}");

        // The worker adds a date: a wrong one is refused in words, a right one is saved.
        let meeting = page(&maria, &app, "/worker/followup").await;
        let key = format!("{}-date", hidden(&meeting, "idem"));
        let bad = [("idem", key.as_str()), ("due_on", "huomenna")];
        let sent = post(&maria, &app, "/worker/followup", "add_follow_up_date", &bad).await;
        assert_eq!(
            location(&sent),
            "/worker/followup?error=followup-date#dates"
        );
        let shown = page(&maria, &app, "/worker/followup?error=followup-date").await;
        assert!(shown.contains("Kirjoita päivä näin: 15.3.2027."));
        let good = [("idem", key.as_str()), ("due_on", "1.2.2030")];
        let sent = post(
            &maria,
            &app,
            "/worker/followup",
            "add_follow_up_date",
            &good,
        )
        .await;
        assert_eq!(
            location(&sent),
            "/worker/followup?saved=followup-date#dates"
        );
    }
}
