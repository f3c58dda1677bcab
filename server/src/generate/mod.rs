//! `server admin generate-national --clients N [--years Y] [--seed S]`: fills a database with
//! national-scale made-up data for the service view's benchmark (issue 14): clients with a
//! plan, stage events, a six-month budget decision after another for `years` years (each
//! with an earlier arrangement, two support lines and about 28 spending rows, so 60,000
//! clients and 3 years make about 10 million), follow-ups, and wellbeing and the survey for
//! the last year's decisions; then caseloads of generated workers and cards (`people`). Rows
//! go in as multi-row inserts, one transaction per 500 clients. Every text is a fixed word
//! and every number is made here, so the SQL is built from nothing typed by anyone. Ids are
//! chosen here (on PostgreSQL with `overriding system value`, and the sequences moved past
//! them afterwards), so nothing is read back.

use anyhow::Context;
use app::db::{Backend, Db};
use app::wellbeing::items::Item;
use chrono::{Datelike, Months, NaiveDate};
use parts::{Insert, Rng};

mod parts;
pub mod people;

/// Clients per transaction.
const BATCH: usize = 500;
/// Spending rows per decision.
const SPENDING_PER_DECISION: u32 = 28;

/// What was made.
#[derive(Debug, Default)]
pub struct Made {
    pub clients: i64,
    pub decisions: i64,
    pub spending: i64,
    pub wellbeing_rounds: i64,
    pub workers: i64,
    pub seconds: f64,
}

async fn next_id(db: &Db, table: &str, column: &str) -> anyhow::Result<i64> {
    use sqlx::Row;
    let sql = format!("select cast(coalesce(max({column}), 0) as bigint) as m from {table}");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_one(&db.pool)
        .await?;
    Ok(row.try_get::<i64, _>("m")? + 1)
}

/// The tables whose ids are chosen here.
const ID_TABLES: [(&str, &str); 5] = [
    ("client", "client_id"),
    ("budget_decision", "decision_id"),
    ("support_line", "line_id"),
    ("wellbeing_round", "round_id"),
    ("follow_up_date", "date_id"),
];

fn date(d: NaiveDate) -> String {
    format!("'{}'", d.format("%Y-%m-%d"))
}

/// The one plan every generated client has, as the plan pages store it.
fn plan_json() -> anyhow::Result<String> {
    use app::plan::content::{Answer, Goal, PlanContent};
    use app::plan::section::Section;
    let mut plan = PlanContent::default();
    plan.set(
        Section::Important,
        Answer::Text("Uinti ja ystävät".to_owned()),
    );
    plan.set(
        Section::Goals,
        Answer::Goals(vec![Goal::words("Käyn uimassa", "Käyn joka viikko")]),
    );
    let text = serde_json::to_string(&plan)?;
    // Goes into SQL as a literal: no quote may end it early.
    anyhow::ensure!(!text.contains('\''), "plan text has a quote");
    Ok(text)
}

/// Fills the database. `today` decides which periods have ended.
pub async fn generate(
    db: &Db,
    clients: usize,
    years: u32,
    seed: u64,
    today: NaiveDate,
) -> anyhow::Result<Made> {
    let started = std::time::Instant::now();
    let worker = app::sign_in::logins::create(&mut *db.conn().await?, "Generaattori", false)
        .await
        .context("the generator's worker")?;
    let worker = worker.0;
    let mut ids = Vec::new();
    for (table, column) in ID_TABLES {
        ids.push(next_id(db, table, column).await?);
    }
    let (mut client_id, mut decision_id, mut line_id, mut round_id, mut date_id) =
        (ids[0], ids[1], ids[2], ids[3], ids[4]);
    // The periods run to the end of this year; one that has not started yet is left out.
    let first_start =
        NaiveDate::from_ymd_opt(today.year() + 1 - years as i32, 1, 1).context("start date")?;
    let periods = (years * 2) as usize;
    let plan = plan_json()?;
    let follow_up = serde_json::to_string(&app::followup::content::FollowUpContent::default())?;
    let mut rng = Rng(seed);
    let mut made = Made::default();
    let now = app::db::now_ms();
    let first_client = client_id;
    let mut done = 0;
    while done < clients {
        let count = BATCH.min(clients - done);
        let mut sql: Vec<String> = Vec::new();
        {
            let b = db.backend;
            let mut c = Insert::new(
                &mut sql,
                b,
                "client",
                "client_id, display_name, sign_in_hash, created_at",
                true,
            );
            for i in 0..count as i64 {
                c.row(format!(
                    "{}, 'Henkilö {}', 'generated-{seed}-{}', {now}",
                    client_id + i,
                    client_id + i,
                    client_id + i
                ));
            }
        }
        {
            let b = db.backend;
            let mut p = Insert::new(
                &mut sql,
                b,
                "plan_version",
                "client_id, version_no, content, saved_by_role, saved_by_name, created_at",
                false,
            );
            for i in 0..count as i64 {
                p.row(format!(
                    "{}, 1, '{plan}', 'client', 'Henkilö', {now}",
                    client_id + i
                ));
            }
        }
        let mut stages = Vec::new();
        let mut decisions = Vec::new();
        let mut arrangements = Vec::new();
        let mut lines = Vec::new();
        let mut spending = Vec::new();
        let mut rounds = Vec::new();
        let mut answers = Vec::new();
        let mut dates = Vec::new();
        let mut follow_ups = Vec::new();
        for i in 0..count as i64 {
            let client = client_id + i;
            let stage = app::figures::STAGES[rng.between(0, 6) as usize];
            let at = now - rng.between(0, 300) * 86_400_000;
            stages.push(format!(
                "{client}, 'writing', null, '', 'rule', null, 'Sopiva', {}",
                at - 86_400_000
            ));
            stages.push(format!(
                "{client}, '{stage}', null, '', 'worker', {worker}, 'Generaattori', {at}"
            ));
            for k in 0..periods {
                let start = first_start + Months::new(6 * k as u32);
                let end = (start + Months::new(6)).pred_opt().context("end date")?;
                if start > today {
                    break;
                }
                let granted = rng.between(300_000, 2_000_000);
                decisions.push(format!(
                    "{decision_id}, {client}, {}, {}, {granted}, 'HB-{decision_id}', null, {worker}, 'Generaattori', 1, {now}, {now}",
                    date(start), date(end)
                ));
                let monthly = granted / 6 * rng.between(80, 130) / 100;
                arrangements.push(format!("{decision_id}, {client}, 'Palvelusetelit', 'before', {monthly}, 1, {worker}, 'Generaattori', {now}"));
                for l in 0..2 {
                    lines.push(format!(
                        "{}, {decision_id}, 'Tuki {}', {}, 'self', 1, {now}",
                        line_id + l,
                        l + 1,
                        granted / 2
                    ));
                }
                let days = (end.min(today) - start).num_days().max(0);
                for s in 0..SPENDING_PER_DECISION {
                    let on = start + chrono::Duration::days(rng.between(0, days));
                    let line = line_id + i64::from(s % 2);
                    let amount = rng.between(1_000, granted / i64::from(SPENDING_PER_DECISION));
                    spending.push(format!(
                        "{client}, {decision_id}, {line}, {}, {amount}, 'Käyttö', 'worker', {worker}, 'Generaattori', 'typed', {now}",
                        date(on)
                    ));
                }
                let due = start + Months::new(3);
                dates.push(format!(
                    "{date_id}, {client}, {decision_id}, {}, 'rule', {now}",
                    date(due)
                ));
                if due < today {
                    follow_ups.push(format!(
                        "{client}, {date_id}, '{follow_up}', 1, {now}, {now}, 'Generaattori', null"
                    ));
                }
                date_id += 1;
                let last_year = end >= today - Months::new(12);
                if last_year {
                    let ended = end < today;
                    let kinds: &[&str] = if ended {
                        &["start", "end", "survey"]
                    } else {
                        &["start"]
                    };
                    for kind in kinds {
                        rounds.push(format!(
                            "{round_id}, {client}, {decision_id}, '{kind}', 1, null, 'client', 'Henkilö', 'alone', {now}, {now}, {now}"
                        ));
                        let items: &[Item] = if *kind == "survey" {
                            &Item::SURVEY
                        } else {
                            &Item::AREAS
                        };
                        for item in items {
                            answers.push(format!(
                                "{round_id}, '{}', {}",
                                item.slug(),
                                rng.between(1, 5)
                            ));
                        }
                        round_id += 1;
                        made.wellbeing_rounds += 1;
                    }
                }
                decision_id += 1;
                line_id += 2;
                made.decisions += 1;
                made.spending += i64::from(SPENDING_PER_DECISION);
            }
        }
        let b = db.backend;
        for (table, columns, ids, rows) in [
            ("path_stage", "client_id, stage, decision_id, note, by_kind, by_id, by_name, created_at", false, stages),
            ("budget_decision", "decision_id, client_id, period_start, period_end, granted_cents, reference, next_follow_up, entered_by_id, entered_by_name, version, created_at, updated_at", true, decisions),
            ("earlier_arrangement", "decision_id, client_id, what, kind, monthly_cents, version, entered_by_id, entered_by_name, created_at", false, arrangements),
            ("support_line", "line_id, decision_id, name, amount_cents, arrangement, version, created_at", true, lines),
            ("spending", "client_id, decision_id, line_id, spent_on, amount_cents, description, entered_by_kind, entered_by_id, entered_by_name, source, created_at", false, spending),
            ("follow_up_date", "date_id, client_id, decision_id, due_on, added_by, created_at", true, dates),
            ("follow_up", "client_id, date_id, content, version, updated_at, completed_at, completed_by_name, new_plan_version", false, follow_ups),
            ("wellbeing_round", "round_id, client_id, decision_id, kind, version, comment, answered_by_role, answered_by_name, support, finished_at, created_at, updated_at", true, rounds),
            ("wellbeing_answer", "round_id, item, score", false, answers),
        ] {
            let mut insert = Insert::new(&mut sql, b, table, columns, ids);
            for row in rows {
                insert.row(row);
            }
        }
        let mut tx = db.write().await?;
        for statement in sql {
            sqlx::raw_sql(sqlx::AssertSqlSafe(statement))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        client_id += count as i64;
        done += count;
        made.clients += count as i64;
    }
    made.workers = people::caseloads(db, first_client, made.clients).await?;
    // The service view's running totals, from the rows just written (migration 0015).
    let mut tx = db.write().await?;
    app::figures::totals::recompute(&mut tx).await?;
    tx.commit().await?;
    finish(db).await?;
    made.seconds = started.elapsed().as_secs_f64();
    Ok(made)
}

/// Moves PostgreSQL's id sequences past the ids chosen here, and refreshes the planner's
/// statistics (and, on PostgreSQL, the visibility map that index-only scans need).
async fn finish(db: &Db) -> anyhow::Result<()> {
    if db.backend == Backend::Postgres {
        for (table, column) in ID_TABLES {
            let sql = format!(
                "select setval(pg_get_serial_sequence('{table}', '{column}'), \
                 (select coalesce(max({column}), 1) from {table}))"
            );
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                .execute(&db.pool)
                .await?;
        }
        sqlx::raw_sql("vacuum analyze").execute(&db.pool).await?;
    } else {
        sqlx::raw_sql("analyze").execute(&db.pool).await?;
    }
    Ok(())
}
