//! The running totals the service view reads (migration 0015) stay equal to the rows they
//! sum: after typed entries by two editors at once, a double tap, corrections (one of them
//! stale, sent twice at once) and an import, on both databases.

use app::db::Db;
use app::ids::{ClientId, SpendingId};
use app::money::repo as store;
use app::money::service::{self, by_worker};
use app::money::FormState;
use sqlx::Row;
use tests::{client_named, fresh_urls, TestApp};

/// Every decision's running total next to the sum of its spending rows.
async fn totals(db: &Db) -> Vec<(i64, i64, i64)> {
    sqlx::query(
        "select d.decision_id as id, d.used_cents as total, \
         cast(coalesce((select sum(s.amount_cents) from spending s \
         where s.decision_id = d.decision_id), 0) as bigint) as summed \
         from budget_decision d order by d.decision_id",
    )
    .fetch_all(&db.pool)
    .await
    .expect("totals")
    .iter()
    .map(|r| (r.get("id"), r.get("total"), r.get("summed")))
    .collect()
}

/// The stored wellbeing changes, and the same worked out from the finished rounds' answers.
async fn changes(db: &Db) -> (Vec<(i64, String, i64)>, Vec<(i64, String, i64)>) {
    let stored = sqlx::query("select decision_id, item, points from wellbeing_change")
        .fetch_all(&db.pool)
        .await
        .expect("stored");
    let answers = sqlx::query(
        "select r.decision_id, r.kind, a.item, a.score from wellbeing_round r \
         join wellbeing_answer a on a.round_id = r.round_id where r.finished_at is not null",
    )
    .fetch_all(&db.pool)
    .await
    .expect("answers");
    let mut by_round = std::collections::BTreeMap::new();
    for r in &answers {
        let key = (r.get::<i64, _>("decision_id"), r.get::<String, _>("item"));
        let score: i64 = r.get("score");
        let slot = by_round.entry(key).or_insert((None, None));
        match r.get::<String, _>("kind").as_str() {
            "start" => slot.0 = Some(score),
            "end" => slot.1 = Some(score),
            _ => {}
        }
    }
    let mut worked: Vec<(i64, String, i64)> = by_round
        .into_iter()
        .filter_map(|((d, item), pair)| match pair {
            (Some(s), Some(e)) => Some((d, item, e - s)),
            _ => None,
        })
        .collect();
    let mut stored: Vec<(i64, String, i64)> = stored
        .iter()
        .map(|r| (r.get("decision_id"), r.get("item"), r.get("points")))
        .collect();
    worked.sort();
    stored.sort();
    (stored, worked)
}

async fn assert_totals(db: &Db, when: &str) {
    let (stored, worked) = changes(db).await;
    assert_eq!(stored, worked, "wellbeing changes {when}");
    let rows = totals(db).await;
    assert!(!rows.is_empty());
    for (id, total, summed) in rows {
        assert_eq!(total, summed, "decision {id} {when}");
    }
}

/// Sends one typed entry of `euros` as the worker `who` would, with the form key `idem`.
async fn typed(db: Db, client: ClientId, line: String, who: i64, idem: String, euros: i64) {
    let by = by_worker(app::ids::WorkerId(who), "Työntekijä");
    let today = app::dates::today().format("%Y-%m-%d").to_string();
    let form = FormState::from_pairs(&[
        ("spent_on", today.as_str()),
        ("amount", &euros.to_string()),
        ("line_id", &line),
        ("description", "Uimahalli"),
    ]);
    service::submit_spending(&db, "session", client, &by, &idem, form)
        .await
        .expect("spending");
}

async fn used_of(db: &Db, client: ClientId) -> i64 {
    let decision = store::current_decision(
        &mut db.conn().await.expect("conn"),
        client,
        app::dates::today(),
    )
    .await
    .expect("decision")
    .expect("a current decision");
    sqlx::query("select used_cents from budget_decision where decision_id = $1")
        .bind(decision.decision_id)
        .fetch_one(&db.pool)
        .await
        .expect("used")
        .get("used_cents")
}

#[tokio::test]
async fn the_used_total_equals_the_sum_of_spending_after_every_kind_of_write() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = app.db.clone();
        // The demo's rows went in through the same writes; the migration's backfill agrees.
        assert_totals(&db, "after the demo").await;
        // The demo finished some start and end rounds through the app's own writes.
        assert!(
            !changes(&db).await.0.is_empty(),
            "the demo has wellbeing changes"
        );
        // A demo client whose current decision has a support line.
        let mut found = None;
        for name in ["Eero", "Aino", "Helmi"] {
            let client = client_named(&app, name).await;
            let today = app::dates::today();
            let mut conn = db.conn().await.expect("conn");
            let Some(decision) = store::current_decision(&mut conn, client, today)
                .await
                .expect("decision")
            else {
                continue;
            };
            let lines = store::lines(&mut conn, decision.decision_id)
                .await
                .expect("lines");
            if let Some(line) = lines.first() {
                found = Some((client, line.line_id.to_string()));
                break;
            }
        }
        let (client, line) = found.expect("a demo client with a support line");
        let before = used_of(&db, client).await;

        // Two editors, four entries each, all at once; and one form tapped three times.
        let mut tasks = Vec::new();
        for n in 0..8 {
            let key = format!("editor-{n}");
            tasks.push(tokio::spawn(typed(
                db.clone(),
                client,
                line.clone(),
                1 + n % 2,
                key,
                10,
            )));
        }
        for _ in 0..3 {
            let key = "double-tap".to_owned();
            tasks.push(tokio::spawn(typed(
                db.clone(),
                client,
                line.clone(),
                1,
                key,
                7,
            )));
        }
        for task in tasks {
            task.await.expect("task");
        }
        assert_eq!(used_of(&db, client).await, before + 8 * 1000 + 700);
        assert_totals(&db, "after typed entries and a double tap").await;

        // A correction sent by two editors at once, and later again from a stale page:
        // written once.
        let id: SpendingId =
            sqlx::query("select spending_id from spending where idem_key = 'double-tap'")
                .fetch_one(&db.pool)
                .await
                .expect("row")
                .get("spending_id");
        let by = by_worker(app::ids::WorkerId(1), "Maria");
        let by2 = by_worker(app::ids::WorkerId(2), "Pekka");
        let (a, b) = tokio::join!(
            service::reverse(&db, client, &by, id),
            service::reverse(&db, client, &by2, id)
        );
        a.expect("reverse");
        b.expect("reverse");
        service::reverse(&db, client, &by, id).await.expect("stale");
        assert_eq!(used_of(&db, client).await, before + 8 * 1000);
        assert_totals(&db, "after corrections").await;
    }
}
