//! The survey's free comment: too long is refused with the text kept for the writer, and a
//! second editor's comment never silently replaces the first.

use super::client_with_period;
use app::plan::actor::{Actor, ActorRole};
use app::wellbeing::items::{Item, RoundKind, Step};
use app::wellbeing::service::{save_step, step_page, StepForm, Writer};

fn writer(client_id: app::ids::ClientId, session: &str) -> Writer {
    Writer {
        client_id,
        author: Actor {
            role: ActorRole::Client,
            name: "Aino".into(),
        },
        session_id: session.into(),
    }
}

fn comment(version: i64, idem: &str, text: &str) -> StepForm {
    StepForm {
        version,
        idem: idem.into(),
        comment: Some(text.into()),
        ..StepForm::default()
    }
}

#[tokio::test]
async fn a_refused_comment_keeps_the_writers_text() {
    for db in tests::fresh_dbs().await.expect("databases") {
        let s = client_with_period(&db, "Aino").await;
        let (me, other) = (writer(s.client, "session-a"), writer(s.client, "session-b"));
        let today = app::dates::today();
        let survey = RoundKind::Survey;
        let first = StepForm {
            version: 0,
            idem: "c0".into(),
            choice: Some("4".into()),
            ..StepForm::default()
        };
        save_step(&db, &me, survey, Step::Question(Item::Heard), first, today)
            .await
            .expect("first answer");
        // 1001 letters, each "ä" written as two code points: still 1001 letters.
        let long = "a\u{308}".repeat(1001);
        let to = save_step(
            &db,
            &me,
            survey,
            Step::Comment,
            comment(1, "c1", &long),
            today,
        )
        .await;
        assert_eq!(to.expect("refused"), "/wellbeing/survey/comment?error=long");
        let page = step_page(&db, &me, survey, Step::Comment, today, true).await;
        assert_eq!(page.expect("page").comment, long, "the text is kept");
        // Another editor saves a comment first; this writer's older form is refused, text kept.
        let to = save_step(
            &db,
            &other,
            survey,
            Step::Comment,
            comment(1, "c2", "Hyvä"),
            today,
        );
        assert_eq!(to.await.expect("saved"), "/wellbeing/survey/finish");
        let mine = "Minun kommenttini";
        let to = save_step(
            &db,
            &me,
            survey,
            Step::Comment,
            comment(1, "c3", mine),
            today,
        )
        .await;
        assert_eq!(
            to.expect("refused"),
            "/wellbeing/survey/comment?error=changed"
        );
        let page = step_page(&db, &me, survey, Step::Comment, today, true).await;
        assert_eq!(page.expect("page").comment, mine);
        let page = step_page(&db, &other, survey, Step::Comment, today, false).await;
        assert_eq!(
            page.expect("page").comment,
            "Hyvä",
            "the saved comment stays"
        );
    }
}
