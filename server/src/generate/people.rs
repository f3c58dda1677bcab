//! The generated workers and cards: every generated client is on one caseload of `CASELOAD`
//! clients and has a sign-in card, as in a service in use, so the caseload page can be
//! measured at national scale. The first generated worker and client can sign in (`BENCH_*`
//! below, printed by the command), for `.ci/bench`. The other cards' hashes match no code.

use super::parts::Insert;
use app::db::Db;
use app::people::PersonRef;
use app::sign_in::{cards, logins, pins};
use sqlx::Row;

/// Clients on each generated worker's caseload (a large one).
pub const CASELOAD: i64 = 150;
/// Who signs in for the benchmark: the first generated worker and client.
pub const BENCH_WORKER: &str = "kansallinen";
pub const BENCH_SECRET: &str = "kansallinen-salasana";
pub const BENCH_CARD: &str = "KANSALLINEN-0001";
pub const BENCH_PICTURES: &str = "flower,ball,star,bicycle";

/// Makes one worker per `CASELOAD` clients of `first..first + count` with those clients on
/// their caseload, and gives the first worker and client their sign-in (once per database).
/// Returns how many workers were made.
pub async fn caseloads(db: &Db, first: i64, count: i64) -> anyhow::Result<i64> {
    let now = app::db::now_ms();
    let mut workers = Vec::new();
    let mut sql = Vec::new();
    let mut card_sql = Vec::new();
    {
        let mut cards = Insert::new(
            &mut card_sql,
            db.backend,
            "sign_in_card",
            "owner_kind, owner_id, token_hash, issued_by, issued_at",
            false,
        );
        let mut insert = Insert::new(
            &mut sql,
            db.backend,
            "caseload",
            "worker_id, client_id, added_at",
            false,
        );
        for start in (first..first + count).step_by(CASELOAD as usize) {
            let name = format!("Työntekijä {}", workers.len() + 1);
            let worker = logins::create(&mut *db.conn().await?, &name, false).await?;
            for client in start..(start + CASELOAD).min(first + count) {
                insert.row(format!("{}, {client}, {now}", worker.0));
                cards.row(format!(
                    "'client', {client}, 'generated-card-{client}', {}, {now}",
                    worker.0
                ));
            }
            workers.push(worker);
        }
    }
    let mut tx = db.write().await?;
    for statement in sql.into_iter().chain(card_sql) {
        sqlx::raw_sql(sqlx::AssertSqlSafe(statement))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    let Some(&worker) = workers.first() else {
        return Ok(0);
    };
    let taken = sqlx::query("select count(*) as n from worker_login where subject = $1")
        .bind(logins::normal_user_name(BENCH_WORKER))
        .fetch_one(&db.pool)
        .await?
        .try_get::<i64, _>("n")?;
    if taken == 0 {
        let mut conn = db.conn().await?;
        logins::set_password(&mut conn, worker, BENCH_WORKER, BENCH_SECRET).await?;
        let client = PersonRef::client(app::ids::ClientId(first));
        cards::issue_with_code(&mut conn, client, Some(worker), BENCH_CARD).await?;
        let pin = pins::Pin::parse(BENCH_PICTURES)
            .ok_or_else(|| anyhow::anyhow!("the benchmark's picture PIN"))?;
        pins::set(&mut conn, client, &pin).await?;
    }
    Ok(workers.len() as i64)
}
