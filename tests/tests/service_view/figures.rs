//! The figures of a small generated service (200 clients, 3 years) equal the same figures
//! computed here from the raw rows, and a group under five shows nothing.

use app::db::Db;
use app::figures::{repo, Period, Shown, STAGES};
use chrono::NaiveDate;
use sqlx::Row;
use std::collections::{BTreeMap, HashMap};
use tests::{fresh_urls, TestApp};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

struct Decision {
    id: i64,
    client: i64,
    start: NaiveDate,
    end: NaiveDate,
    granted: i64,
}

async fn decisions(db: &Db) -> Vec<Decision> {
    let rows = sqlx::query(
        "select decision_id, client_id, period_start, period_end, granted_cents from budget_decision",
    )
    .fetch_all(&db.pool)
    .await
    .expect("decisions");
    rows.iter()
        .map(|r| Decision {
            id: r.get("decision_id"),
            client: r.get("client_id"),
            start: day(&r.get::<String, _>("period_start")),
            end: day(&r.get::<String, _>("period_end")),
            granted: r.get("granted_cents"),
        })
        .collect()
}

/// The figures, worked out in Rust from every row.
struct Expected {
    stages: BTreeMap<String, i64>,
    money: (i64, i64, i64, i64),
    cost: (i64, i64, i64),
    wellbeing_people: i64,
    /// item → (improved, same, declined, points)
    areas: BTreeMap<String, (i64, i64, i64, i64)>,
    survey_people: i64,
}

async fn expected(db: &Db, period: Period) -> Expected {
    let all = decisions(db).await;
    let inside: Vec<&Decision> = all
        .iter()
        .filter(|d| d.start <= period.to && d.end >= period.from)
        .collect();
    let ids: HashMap<i64, &Decision> = inside.iter().map(|d| (d.id, *d)).collect();
    let people = |ds: &mut dyn Iterator<Item = i64>| {
        let mut v: Vec<i64> = ds.collect();
        v.sort();
        v.dedup();
        v.len() as i64
    };
    // Money: spending dated up to the period's end.
    let mut used = 0;
    for r in sqlx::query("select decision_id, spent_on, amount_cents from spending")
        .fetch_all(&db.pool)
        .await
        .expect("spending")
    {
        let on = day(&r.get::<String, _>("spent_on"));
        if ids.contains_key(&r.get::<i64, _>("decision_id")) && on <= period.to {
            used += r.get::<i64, _>("amount_cents");
        }
    }
    let granted: i64 = inside.iter().map(|d| d.granted).sum();
    let money = (
        people(&mut inside.iter().map(|d| d.client)),
        inside.len() as i64,
        granted,
        used,
    );
    // Cost: the decisions with an earlier arrangement, its monthly cost times the months.
    let mut monthly: HashMap<i64, i64> = HashMap::new();
    for r in sqlx::query("select decision_id, monthly_cents from earlier_arrangement")
        .fetch_all(&db.pool)
        .await
        .expect("earlier")
    {
        *monthly.entry(r.get("decision_id")).or_default() += r.get::<i64, _>("monthly_cents");
    }
    use chrono::Datelike;
    let with_earlier: Vec<&&Decision> = inside
        .iter()
        .filter(|d| monthly.contains_key(&d.id))
        .collect();
    let earlier: i64 = with_earlier
        .iter()
        .map(|d| {
            let months = (d.end.year() - d.start.year()) as i64 * 12 + d.end.month() as i64
                - d.start.month() as i64
                + 1;
            monthly[&d.id] * months
        })
        .sum();
    let cost = (
        people(&mut with_earlier.iter().map(|d| d.client)),
        with_earlier.iter().map(|d| d.granted).sum(),
        earlier,
    );
    // Stages: each client's newest event before the end of the period.
    let mut newest: HashMap<i64, (i64, String)> = HashMap::new();
    for r in sqlx::query("select stage_event_id, client_id, stage, created_at from path_stage")
        .fetch_all(&db.pool)
        .await
        .expect("stages")
    {
        if r.get::<i64, _>("created_at") >= period.end_ms() {
            continue;
        }
        let id: i64 = r.get("stage_event_id");
        let entry = newest
            .entry(r.get("client_id"))
            .or_insert((0, String::new()));
        if id > entry.0 {
            *entry = (id, r.get("stage"));
        }
    }
    let mut stages = BTreeMap::new();
    for (_, stage) in newest.values() {
        *stages.entry(stage.clone()).or_insert(0) += 1;
    }
    // Wellbeing: finished start and end of the same decision, answer by answer.
    let mut rounds: HashMap<(i64, String), i64> = HashMap::new();
    let mut round_client: HashMap<i64, i64> = HashMap::new();
    for r in sqlx::query(
        "select round_id, client_id, decision_id, kind from wellbeing_round where finished_at is not null",
    )
    .fetch_all(&db.pool)
    .await
    .expect("rounds")
    {
        let decision: i64 = r.get("decision_id");
        if ids.contains_key(&decision) {
            rounds.insert((decision, r.get("kind")), r.get("round_id"));
            round_client.insert(r.get("round_id"), r.get("client_id"));
        }
    }
    let mut answers: HashMap<i64, Vec<(String, i64)>> = HashMap::new();
    for r in sqlx::query("select round_id, item, score from wellbeing_answer")
        .fetch_all(&db.pool)
        .await
        .expect("answers")
    {
        answers
            .entry(r.get("round_id"))
            .or_default()
            .push((r.get("item"), r.get("score")));
    }
    let mut areas: BTreeMap<String, (i64, i64, i64, i64)> = BTreeMap::new();
    let mut pair_clients = Vec::new();
    let mut survey_clients = Vec::new();
    for ((decision, kind), round) in &rounds {
        if kind == "survey" && answers.contains_key(round) {
            survey_clients.push(round_client[round]);
        }
        if kind != "start" {
            continue;
        }
        let Some(end) = rounds.get(&(*decision, "end".to_owned())) else {
            continue;
        };
        let ends = answers.get(end).cloned().unwrap_or_default();
        for (item, s) in answers.get(round).cloned().unwrap_or_default() {
            if let Some((_, e)) = ends.iter().find(|(i, _)| *i == item) {
                pair_clients.push(round_client[round]);
                let a = areas.entry(item).or_default();
                match e.cmp(&s) {
                    std::cmp::Ordering::Greater => a.0 += 1,
                    std::cmp::Ordering::Equal => a.1 += 1,
                    std::cmp::Ordering::Less => a.2 += 1,
                }
                a.3 += e - s;
            }
        }
    }
    Expected {
        stages,
        money,
        cost,
        wellbeing_people: people(&mut pair_clients.into_iter()),
        areas,
        survey_people: people(&mut survey_clients.into_iter()),
    }
}

async fn check(db: &Db, period: Period) {
    let got = repo::figures(&mut db.conn().await.expect("connection"), period)
        .await
        .expect("figures");
    let want = expected(db, period).await;
    for cell in &got.stages {
        let n = want.stages.get(&cell.stage).copied().unwrap_or(0);
        let shown = if n >= 5 { Some(n) } else { None };
        assert_eq!(cell.people, shown, "stage {}", cell.stage);
    }
    let m = got.money.expect("money shown");
    assert_eq!(
        (m.people, m.decisions, m.granted_cents, m.used_cents),
        want.money
    );
    assert_eq!(m.left_cents, want.money.2 - want.money.3);
    let c = got.cost.expect("cost shown");
    assert_eq!((c.people, c.budget_cents, c.earlier_cents), want.cost);
    assert_eq!(c.difference_cents, want.cost.1 - want.cost.2);
    assert_eq!(c.budget_per_client_cents, want.cost.1 / want.cost.0);
    match got.wellbeing {
        Shown::Counts { people, rows } => {
            assert_eq!(people, want.wellbeing_people);
            let got: BTreeMap<String, (i64, i64, i64, i64)> = rows
                .iter()
                .map(|a| {
                    let c = a.counts;
                    (
                        c.item.slug().to_owned(),
                        (c.improved, c.same, c.declined, a.points),
                    )
                })
                .collect();
            assert_eq!(got, want.areas);
        }
        Shown::Hidden => assert!(want.wellbeing_people < 5, "wellbeing hidden"),
    }
    match got.satisfaction {
        Shown::Counts { people, .. } => assert_eq!(people, want.survey_people),
        Shown::Hidden => assert!(want.survey_people < 5, "survey hidden"),
    }
}

#[tokio::test]
async fn the_figures_equal_an_independent_computation_and_small_groups_show_nothing() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let db = &app.db;
        let today = app::dates::today();
        let made = server::generate::generate(db, 200, 3, 7, today)
            .await
            .expect("generate");
        assert_eq!(made.clients, 200);
        assert!(made.spending > 200 * 28 * 5, "{made:?}");
        let this_year = Period::default_for(today);
        check(db, this_year).await;
        check(
            db,
            Period {
                from: this_year.from - chrono::Months::new(36),
                to: today,
            },
        )
        .await;
        // A period that ends inside decisions: their later spending is not counted.
        check(
            db,
            Period {
                from: this_year.from - chrono::Months::new(24),
                to: this_year.from - chrono::Months::new(9) + chrono::Duration::days(14),
            },
        )
        .await;
        // The figures come from the running totals (migration 0015), which the generator
        // filled: a total that drifted from the rows would change the money figure.
        let period = Period::default_for(today);
        sqlx::query("update budget_decision set used_cents = used_cents + 1")
            .execute(&db.pool)
            .await
            .expect("drift");
        let drifted = repo::money(&mut db.conn().await.expect("connection"), &period)
            .await
            .expect("money")
            .expect("shown");
        assert_ne!(drifted.used_cents, expected(db, period).await.money.3);
        app::figures::totals::recompute(&mut db.conn().await.expect("connection"))
            .await
            .expect("recompute");
        check(db, period).await;
        // The generated stages are all known ones, and every one has people.
        let got = repo::figures(&mut db.conn().await.expect("connection"), this_year)
            .await
            .expect("figures");
        assert_eq!(got.stages.len(), STAGES.len());

        // Three people with a decision in 1999: every figure of that year shows nothing.
        for n in 0..3 {
            let client = app::people::repo::create(
                &mut db.conn().await.expect("connection"),
                &format!("Pieni {n}"),
            )
            .await
            .expect("client")
            .client_id;
            sqlx::query(
                "insert into budget_decision (client_id, period_start, period_end, granted_cents, \
                 reference, entered_by_id, entered_by_name, version, created_at, updated_at) \
                 values ($1, '1999-01-01', '1999-06-30', 100000, 'X', \
                 (select min(worker_id) from worker), 'X', 1, 0, 0)",
            )
            .bind(client)
            .execute(&db.pool)
            .await
            .expect("decision");
        }
        let small = Period {
            from: day("1999-01-01"),
            to: day("1999-12-31"),
        };
        let got = repo::figures(&mut db.conn().await.expect("connection"), small)
            .await
            .expect("figures");
        assert_eq!(got.money, None, "3 people: hidden");
        assert_eq!(got.cost, None);
        assert_eq!(got.wellbeing, Shown::Hidden);
        assert_eq!(got.satisfaction, Shown::Hidden);
        assert!(got.stages.iter().all(|s| s.people.is_none()));
    }
}
