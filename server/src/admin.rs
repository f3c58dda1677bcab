//! `server admin …`: managing workers and caseloads from the command line, and checking the
//! access log's hash chain. Uses the same database settings as the server.
//!
//! ```text
//! server admin add-worker "Maria Virtanen" maria [--admin]   prints a one-time code
//! server admin add-client "Aino"                              prints the client's id
//! server admin assign <worker id> <client id>
//! server admin unassign <worker id> <client id>
//! server admin list
//! server admin verify-log                                     exit 1 if a row was changed
//! server admin backup FILE                                    a checked copy (SQLite)
//! server admin generate-national --clients 60000 [--years 3] [--seed 1]   made-up data
//! ```

use anyhow::{bail, Context};
use app::access::log::repo as access_log;
use app::caseload::repo as caseload_repo;
use app::db::Db;
use app::people::repo as clients;
use app::sign_in::logins as workers;

/// Checks the access log: every row as written (hashes, with the key for keyed rows), and the
/// chain still holding the head this command saw last (kept in `head_file`, outside the
/// database). On success the head is written anew; on a problem nothing is written.
pub async fn verify_log(db: &Db, head_file: &std::path::Path) -> anyhow::Result<String> {
    if let Some(log_id) = access_log::verify(&mut *db.conn().await?).await? {
        bail!("access log: row {log_id} was changed or removed");
    }
    let mut conn = db.conn().await?;
    match std::fs::read_to_string(head_file) {
        Ok(text) => {
            let earlier: access_log::Head = serde_json::from_str(&text)
                .with_context(|| format!("{} is not a log head", head_file.display()))?;
            if !access_log::holds(&mut conn, &earlier).await? {
                bail!(
                    "access log: rows were removed or rewritten since the last check \
                     ({} rows then, the last with id {})",
                    earlier.rows,
                    earlier.last_id
                );
            }
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(error).context("reading the log head"),
    }
    let now = access_log::head(&mut conn).await?;
    std::fs::write(head_file, serde_json::to_string(&now)?)
        .with_context(|| format!("writing {}", head_file.display()))?;
    Ok(format!(
        "access log: every row is as written ({} rows)",
        now.rows
    ))
}

fn id<T: std::str::FromStr>(arg: Option<&String>, what: &str) -> anyhow::Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    arg.with_context(|| format!("missing {what}"))?
        .parse()
        .with_context(|| format!("{what} must be a number"))
}

/// Times the service view's figures (what `/service` reads) for this year and for the last
/// three years, five times each, and prints each time (`tests/bench/service.sh`).
async fn bench_service(db: &Db) -> anyhow::Result<String> {
    use app::figures::Period;
    let today = app::dates::today();
    let this_year = Period::default_for(today);
    let three_years = Period {
        from: this_year.from - chrono::Months::new(36),
        to: today,
    };
    let mut out = String::new();
    for (name, period) in [("this year", this_year), ("three years", three_years)] {
        let mut times = Vec::new();
        for _ in 0..5 {
            let started = std::time::Instant::now();
            let figures = app::figures::repo::figures(&mut *db.conn().await?, period).await?;
            times.push(started.elapsed().as_millis());
            if times.len() == 1 {
                let m = figures
                    .money
                    .map(|m| (m.people, m.decisions))
                    .unwrap_or_default();
                out.push_str(&format!("{name}: {} people with {} decisions\n", m.0, m.1));
            }
        }
        out.push_str(&format!("{name}: service view in ms: {times:?}\n"));
    }
    Ok(out)
}

/// Runs one admin command and returns what to print.
pub async fn run(db: &Db, args: &[String]) -> anyhow::Result<String> {
    let command = args.first().map(String::as_str).unwrap_or("help");
    match command {
        "add-worker" => {
            let (Some(name), Some(user)) = (args.get(1), args.get(2)) else {
                bail!("usage: server admin add-worker NAME USER_NAME [--admin]");
            };
            let admin = args.iter().any(|a| a == "--admin");
            let (worker_id, code) =
                app::admin::service::add_worker(db, name, user, admin, None).await?;
            Ok(format!(
                "worker {worker_id}; one-time code (valid 24 hours): {code}"
            ))
        }
        "add-client" => {
            let name = args.get(1).context("usage: server admin add-client NAME")?;
            let client_id = app::admin::service::add_client(db, name).await?;
            Ok(format!("client {client_id}"))
        }
        "assign" | "unassign" => {
            let worker_id = id(args.get(1), "worker id")?;
            let client_id = id(args.get(2), "client id")?;
            if workers::get(&mut *db.conn().await?, worker_id)
                .await?
                .is_none()
                || clients::get(&mut *db.conn().await?, client_id)
                    .await?
                    .is_none()
            {
                bail!("no such worker or client");
            }
            app::admin::service::assign(db, None, worker_id, client_id, command == "assign")
                .await?;
            Ok(format!(
                "{command}ed client {client_id} to worker {worker_id}"
            ))
        }
        "list" => {
            let mut out = String::new();
            for w in workers::list(&mut *db.conn().await?).await? {
                let names: Vec<String> =
                    caseload_repo::caseload(&mut *db.conn().await?, w.worker_id)
                        .await?
                        .into_iter()
                        .map(|c| format!("{} ({})", c.display_name, c.client_id))
                        .collect();
                let admin = if w.is_admin { " [admin]" } else { "" };
                out.push_str(&format!(
                    "worker {} {}{admin}: {}\n",
                    w.worker_id,
                    w.display_name,
                    names.join(", ")
                ));
            }
            Ok(out)
        }
        "verify-log" => {
            let data_dir = crate::Settings::from_env()?.data_dir;
            verify_log(db, &crate::log_files::head_file(&data_dir)).await
        }
        "backup" => {
            let to = args.get(1).context("usage: server admin backup FILE")?;
            let facts = crate::backup::backup(db, std::path::Path::new(to)).await?;
            Ok(format!(
                "backup {to}: integrity ok; {} clients, {} plan versions, {} log rows",
                facts.clients, facts.plan_versions, facts.log_rows
            ))
        }
        "generate-national" => {
            let flag = |name: &str| -> anyhow::Result<Option<u64>> {
                match args.iter().position(|a| a == name) {
                    Some(at) => Ok(Some(id(args.get(at + 1), name)?)),
                    None => Ok(None),
                }
            };
            let clients = flag("--clients")?.unwrap_or(60_000) as usize;
            let years = flag("--years")?.unwrap_or(3) as u32;
            let seed = flag("--seed")?.unwrap_or(1);
            let made =
                crate::generate::generate(db, clients, years, seed, app::dates::today()).await?;
            use crate::generate::people::{BENCH_CARD, BENCH_PICTURES, BENCH_SECRET, BENCH_WORKER};
            Ok(format!(
                "generated {} clients, {} decisions, {} spending rows, {} wellbeing rounds, \
                 {} workers with caseloads in {:.1} s\n\
                 to measure: BENCH_CARD={BENCH_CARD} BENCH_PICTURES={BENCH_PICTURES} \
                 BENCH_WORKER={BENCH_WORKER} BENCH_SECRET={BENCH_SECRET}",
                made.clients,
                made.decisions,
                made.spending,
                made.wellbeing_rounds,
                made.workers,
                made.seconds
            ))
        }
        "bench-service" => bench_service(db).await,
        _ => bail!(
            "commands: add-worker NAME USER_NAME [--admin], add-client NAME, assign WORKER CLIENT, \
             unassign WORKER CLIENT, list, verify-log, backup FILE, \
             generate-national --clients N [--years Y] [--seed S]"
        ),
    }
}
