//! The summaries: counts from SQL on both engines, and a group under five people hidden,
//! in the counts and on the worker's page.

use super::{get, period_for};
use app::db::Db;
use app::ids::{ClientId, DecisionId, WorkerId};
use app::people::PersonRef;
use app::plan::actor::{Actor, ActorRole};
use app::session::repo::Place;
use app::wellbeing::items::RoundKind;
use app::wellbeing::repo::{write, Outcome, Target, Write};
use app::wellbeing::round::{Answerer, Support};
use app::wellbeing::scale::Score;
use app::wellbeing::summary::Shown;
use app::wellbeing::summary_repo::group;
use tests::{fresh_dbs, fresh_urls, session_for, TestApp};

/// Answers and finishes a round.
async fn round(db: &Db, client: ClientId, decision: DecisionId, kind: RoundKind, score: i64) {
    let mut writes: Vec<Write> = kind
        .items()
        .iter()
        .map(|i| Write::Answer(*i, Score::from_i64(score).expect("score")))
        .collect();
    let by = Answerer {
        actor: Actor {
            role: ActorRole::Client,
            name: "X".into(),
        },
        support: Support::Alone,
    };
    writes.push(Write::Finish(by));
    for (version, w) in writes.iter().enumerate() {
        let key = app::forms::idempotency::new_key();
        let target = Target {
            client_id: client,
            decision_id: decision,
            kind,
            version: version as i64,
            idem: &key,
            destination: "",
        };
        let mut tx = db.write().await.expect("tx");
        assert_eq!(
            write(&mut tx, &target, w).await.expect("write"),
            Outcome::Saved
        );
        tx.commit().await.expect("commit");
    }
}

/// A client of `worker` whose period has a start of `start`, an end of `end` and a survey
/// answered `survey` everywhere.
async fn answered_client(db: &Db, worker: WorkerId, start: i64, end: i64, survey: i64) {
    let mut conn = db.conn().await.expect("connection");
    let client = app::people::repo::create(&mut conn, "Asiakas")
        .await
        .expect("client")
        .client_id;
    app::caseload::repo::assign(&mut conn, worker, client)
        .await
        .expect("assign");
    drop(conn);
    let decision = period_for(db, client, worker).await;
    round(db, client, decision, RoundKind::Start, start).await;
    round(db, client, decision, RoundKind::End, end).await;
    round(db, client, decision, RoundKind::Survey, survey).await;
}

#[tokio::test]
async fn counts_show_only_for_five_people_or_more() {
    for db in fresh_dbs().await.expect("databases") {
        let s = super::client_with_period(&db, "Aino").await;
        let other = app::sign_in::logins::create(&mut db.conn().await.expect("c"), "Pekka", false)
            .await
            .expect("worker");
        // Four on Maria's caseload: 2→4, 3→3, 4→2, 2→5; their surveys 5, 4, 4, 1.
        for (start, end, survey) in [(2, 4, 5), (3, 3, 4), (4, 2, 4), (2, 5, 1)] {
            answered_client(&db, s.worker, start, end, survey).await;
        }
        let mut conn = db.conn().await.expect("connection");
        let four = group(&mut conn, s.worker.0).await.expect("group");
        assert_eq!(four.wellbeing, Shown::Hidden, "four people are too few");
        assert_eq!(four.satisfaction, Shown::Hidden);
        // A fifth on another caseload: the service has five, Maria's caseload still four.
        answered_client(&db, other, 5, 1, 3).await;
        let mine = group(&mut conn, s.worker.0).await.expect("group");
        assert_eq!(mine.wellbeing, Shown::Hidden);
        let service = group(&mut conn, 0).await.expect("group");
        let Shown::Counts { people, rows } = service.wellbeing else {
            panic!("five people show");
        };
        assert_eq!(people, 5);
        assert_eq!(rows.len(), 6, "one row per area");
        for row in &rows {
            assert_eq!((row.improved, row.same, row.declined), (2, 1, 2), "{row:?}");
        }
        let Shown::Counts { people, rows } = service.satisfaction else {
            panic!("five surveys show");
        };
        assert_eq!(people, 5);
        assert_eq!(rows.len(), 4);
        assert!(
            rows.iter().all(|r| r.by_score == [1, 0, 1, 2, 1]),
            "{rows:?}"
        );
    }
}

#[tokio::test]
async fn the_summary_page_hides_small_groups_in_words() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let maria = super::maria(&app.db).await;
        let me = session_for(&app.db, PersonRef::worker(maria), None, Place::Worker)
            .await
            .expect("session");
        // The demo has one finished period (Eero's): both groups are hidden.
        let (to, html) = get(&app, &me, "/worker/summary").await;
        assert_eq!(to, "");
        assert_eq!(
            html.matches("Ryhmässä on alle 5 ihmistä.").count(),
            4,
            "{html}"
        );
        assert!(!html.contains("<td>"), "no number shows");
        for _ in 0..4 {
            answered_client(&app.db, maria, 2, 4, 5).await;
        }
        let (_, html) = get(&app, &me, "/worker/summary").await;
        assert!(html.contains("Ihmisiä: 5"), "{html}");
        assert!(!html.contains("Ryhmässä on alle 5 ihmistä."));
    }
}
