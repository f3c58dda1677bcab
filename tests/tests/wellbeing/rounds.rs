//! Rounds through the service on both databases: one page at a time, a double tap, a second
//! editor, the last page, and a finished round that stays as it was.

use super::client_with_period;
use app::db::Db;
use app::ids::ClientId;
use app::plan::actor::{Actor, ActorRole};
use app::wellbeing::items::{Item, RoundKind, Step};
use app::wellbeing::round::{Round, Support};
use app::wellbeing::scale::Score;
use app::wellbeing::service::{current_rounds, save_step, step_page, StepForm, Writer};

fn writer(client_id: ClientId, role: ActorRole, name: &str, session: &str) -> Writer {
    Writer {
        client_id,
        author: Actor {
            role,
            name: name.into(),
        },
        session_id: session.into(),
    }
}

fn form(version: i64, idem: &str, choice: &str) -> StepForm {
    StepForm {
        version,
        idem: idem.into(),
        choice: Some(choice.into()),
        ..StepForm::default()
    }
}

async fn round(db: &Db, client: ClientId, kind: RoundKind) -> Option<Round> {
    let (_, rounds) = current_rounds(db, client, app::dates::today())
        .await
        .expect("rounds");
    rounds.into_iter().find(|r| r.kind == kind)
}

fn q(item: Item) -> Step {
    Step::Question(item)
}

#[tokio::test]
async fn each_page_is_saved_and_a_double_tap_writes_once() {
    for db in tests::fresh_dbs().await.expect("databases") {
        let s = client_with_period(&db, "Aino").await;
        let me = writer(s.client, ActorRole::Client, "Aino", "session-a");
        let today = app::dates::today();
        let start = RoundKind::Start;
        let to = save_step(&db, &me, start, q(Item::Feel), form(0, "k1", "4"), today).await;
        assert_eq!(to.expect("save"), "/wellbeing/start/people");
        let saved = round(&db, s.client, start).await.expect("a draft round");
        assert_eq!(saved.version, 1);
        assert_eq!(saved.answers.get(&Item::Feel).map(|s| s.value()), Some(4));
        assert!(!saved.is_finished());
        // The same form again (a double tap, a reload): nothing more is written.
        let again = save_step(&db, &me, start, q(Item::Feel), form(0, "k1", "2"), today).await;
        assert_eq!(again.expect("replay"), "/wellbeing/start/people");
        let saved = round(&db, s.client, start).await.expect("round");
        assert_eq!(saved.version, 1, "written once");
        assert_eq!(saved.answers.get(&Item::Feel).map(|s| s.value()), Some(4));
        // Nothing chosen, or a point off the scale: refused, nothing written.
        for bad in ["", "0", "6", "kolme"] {
            let to = save_step(&db, &me, start, q(Item::People), form(1, bad, bad), today).await;
            assert_eq!(to.expect("refused"), "/wellbeing/start/people?error=empty");
        }
        assert_eq!(round(&db, s.client, start).await.expect("round").version, 1);
        let to = save_step(&db, &me, start, q(Item::People), form(1, "k2", "3"), today).await;
        assert_eq!(to.expect("save"), "/wellbeing/start/health");
        let page = step_page(&db, &me, start, q(Item::People), today, true).await;
        let page = page.expect("page");
        assert_eq!(
            page.chosen.map(Score::value),
            Some(3),
            "the saved answer shows"
        );
        assert_eq!(page.version, 2);
    }
}

#[tokio::test]
async fn a_second_editor_is_refused_and_keeps_their_choice() {
    for db in tests::fresh_dbs().await.expect("databases") {
        let s = client_with_period(&db, "Eero").await;
        let eero = writer(s.client, ActorRole::Client, "Eero", "session-e");
        let liisa = writer(s.client, ActorRole::Helper, "Liisa", "session-l");
        let today = app::dates::today();
        let start = RoundKind::Start;
        save_step(&db, &eero, start, q(Item::Feel), form(0, "e1", "3"), today)
            .await
            .expect("first");
        // Both open the same page at version 1; Liisa sends first.
        let to = save_step(
            &db,
            &liisa,
            start,
            q(Item::People),
            form(1, "l1", "5"),
            today,
        )
        .await;
        assert_eq!(to.expect("liisa"), "/wellbeing/start/health");
        let to = save_step(
            &db,
            &eero,
            start,
            q(Item::People),
            form(1, "e2", "1"),
            today,
        )
        .await;
        assert_eq!(to.expect("eero"), "/wellbeing/start/people?error=changed");
        let saved = round(&db, s.client, start).await.expect("round");
        assert_eq!(saved.answers.get(&Item::People).map(|s| s.value()), Some(5));
        assert_eq!(saved.version, 2, "the refused write changed nothing");
        // Eero's page shows his own choice again, with the newest version to send it on.
        let page = step_page(&db, &eero, start, q(Item::People), today, true).await;
        let page = page.expect("page");
        assert_eq!(page.chosen.map(Score::value), Some(1));
        assert_eq!(page.version, 2);
        // Liisa's page shows what is saved, not Eero's kept choice.
        let page = step_page(&db, &liisa, start, q(Item::People), today, false).await;
        assert_eq!(page.expect("page").chosen.map(Score::value), Some(5));
        // Sent again from the refreshed page, Eero's choice is saved.
        let to = save_step(
            &db,
            &eero,
            start,
            q(Item::People),
            form(2, "e2", "1"),
            today,
        )
        .await;
        assert_eq!(to.expect("again"), "/wellbeing/start/health");
    }
}

#[tokio::test]
async fn the_last_page_records_who_answered_and_locks_the_round() {
    for db in tests::fresh_dbs().await.expect("databases") {
        let s = client_with_period(&db, "Helmi").await;
        let liisa = writer(s.client, ActorRole::Helper, "Liisa", "session-l");
        let today = app::dates::today();
        let end = RoundKind::End;
        let finish = |v: i64, key: &str, support: Option<&str>| StepForm {
            version: v,
            idem: key.into(),
            support: support.map(str::to_owned),
            ..StepForm::default()
        };
        let early = save_step(
            &db,
            &liisa,
            end,
            Step::Finish,
            finish(0, "f0", Some("alone")),
            today,
        );
        assert_eq!(
            early.await.expect("missing"),
            "/wellbeing/end/feel?error=missing"
        );
        for (n, item) in Item::AREAS.into_iter().enumerate() {
            let key = format!("a{n}");
            save_step(&db, &liisa, end, q(item), form(n as i64, &key, "4"), today)
                .await
                .expect("answer");
        }
        let no_support = save_step(&db, &liisa, end, Step::Finish, finish(6, "f1", None), today);
        assert_eq!(
            no_support.await.expect("refused"),
            "/wellbeing/end/finish?error=support"
        );
        let done = save_step(
            &db,
            &liisa,
            end,
            Step::Finish,
            finish(6, "f2", Some("helped")),
            today,
        );
        assert_eq!(done.await.expect("finish"), "/wellbeing?saved=round");
        let saved = round(&db, s.client, end).await.expect("round");
        assert!(saved.is_finished());
        let by = saved.answered_by.clone().expect("who answered");
        assert_eq!(by.actor.role, ActorRole::Helper);
        assert_eq!(by.actor.name, "Liisa");
        assert_eq!(by.support, Support::Helped);
        // Changing an answer afterwards, even with the right version: refused, nothing changes.
        let late = save_step(&db, &liisa, end, q(Item::Feel), form(7, "late", "1"), today).await;
        assert_eq!(late.expect("locked"), "/wellbeing/end/feel?error=locked");
        let after = round(&db, s.client, end).await.expect("round");
        assert_eq!(after.answers, saved.answers);
        assert_eq!(after.version, saved.version);
        let page = step_page(&db, &liisa, end, q(Item::Feel), today, false).await;
        assert!(page.expect("page").locked);
    }
}

#[tokio::test]
async fn the_end_opens_only_in_the_last_month() {
    for db in tests::fresh_dbs().await.expect("databases") {
        let s = client_with_period(&db, "Aino").await;
        let me = writer(s.client, ActorRole::Client, "Aino", "session-a");
        let early = app::dates::today() - chrono::Duration::days(60);
        let to = save_step(
            &db,
            &me,
            RoundKind::End,
            q(Item::Feel),
            form(0, "x", "3"),
            early,
        )
        .await;
        assert_eq!(to.expect("closed"), "/wellbeing?error=not-yet");
        let to = save_step(
            &db,
            &me,
            RoundKind::Start,
            q(Item::Feel),
            form(0, "y", "3"),
            early,
        )
        .await;
        assert_eq!(to.expect("open"), "/wellbeing/start/people");
    }
}

#[tokio::test]
async fn first_answers_sent_at_once_make_one_round_and_refuse_the_rest() {
    for db in tests::fresh_dbs().await.expect("databases") {
        let s = client_with_period(&db, "Aino").await;
        let today = app::dates::today();
        let tries = (0..6).map(|n| {
            // Six editors (six sessions), each sending the first answer with their own key.
            let session = format!("session-{n}");
            let (db, me) = (
                db.clone(),
                writer(s.client, ActorRole::Client, "Aino", &session),
            );
            let f = form(0, &format!("race-{n}"), "3");
            async move { save_step(&db, &me, RoundKind::Start, q(Item::Feel), f, today).await }
        });
        let results = futures_join(tries).await;
        let saved = results
            .iter()
            .filter(|r| *r == "/wellbeing/start/people")
            .count();
        assert_eq!(saved, 1, "{results:?}");
        assert!(results.iter().all(|r| r.starts_with("/wellbeing/start/")));
        assert_eq!(
            round(&db, s.client, RoundKind::Start)
                .await
                .expect("round")
                .version,
            1
        );
    }
}

/// Runs the tries at once on the runtime and returns where each led.
async fn futures_join<F>(tries: impl Iterator<Item = F>) -> Vec<String>
where
    F: std::future::Future<Output = Result<String, app::db::StorageError>> + Send + 'static,
{
    let handles: Vec<_> = tries.map(tokio::spawn).collect();
    let mut results = Vec::new();
    for handle in handles {
        results.push(handle.await.expect("task").expect("no storage error"));
    }
    results
}
