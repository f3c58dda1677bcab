//! Crash (issue 16, proofs): the real server binary runs as a child process under the load of
//! tests/src/load, is killed with SIGKILL at a random moment, and is started again on the same
//! database, round after round. Every time: SQLite's `PRAGMA integrity_check` is ok, every
//! write the server said was saved is there, a write that got no answer is there whole or
//! not at all, and nothing else is. On PostgreSQL the app server is killed the same way.
//!
//! The binary is target/debug/server (`bash .ci/build` makes it; `SOPIVA_SERVER_BIN` names
//! another). `SOPIVA_CRASH_ROUNDS` (default 3), `SOPIVA_CRASH_CLIENTS` (default 6) and
//! `SOPIVA_CRASH_SEED` set the run; the full run (tests/proofs.sh) uses 100 rounds.

use app::db::{Backend, Db};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tests::load::{people, run_person, Person, Record, Tally};
use tests::random::{env_count, Random};

/// The server binary as a child process, and what its output said.
struct Server {
    child: Child,
    base: String,
}

/// Lines of the server's output that must never appear, counted over the whole test.
#[derive(Default)]
struct Alarms {
    locked: AtomicU64,
    panics: AtomicU64,
}

fn binary() -> std::path::PathBuf {
    match std::env::var("SOPIVA_SERVER_BIN") {
        Ok(path) => path.into(),
        Err(_) => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/debug/server"),
    }
}

/// Reads one output stream of the server on a thread of its own, counting alarms, and sends
/// on the address line.
fn watch(
    stream: impl std::io::Read + Send + 'static,
    alarms: Arc<Alarms>,
    address: Option<std::sync::mpsc::Sender<String>>,
) {
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            // The server's warnings and errors go to the test's output, to read on a failure.
            if address.is_none() || line.contains("WARN") || line.contains("ERROR") {
                eprintln!("server: {line}");
            }
            if line.contains("database is locked") {
                alarms.locked.fetch_add(1, Ordering::SeqCst);
            }
            if line.contains("panicked") {
                alarms.panics.fetch_add(1, Ordering::SeqCst);
            }
            if let (Some(to), Some(base)) = (&address, line.strip_prefix("Sopiva is running at ")) {
                let _ = to.send(base.trim().to_owned());
            }
        }
    });
}

impl Server {
    /// Starts the server on `url` with demo data (loaded only into an empty database) and
    /// waits for its address.
    fn start(url: &str, alarms: &Arc<Alarms>) -> Server {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let data = std::env::temp_dir().join(format!("sopiva-crash-{}", std::process::id()));
        std::fs::create_dir_all(&data).expect("data folder");
        let mut child = Command::new(binary())
            .current_dir(&root)
            .env("DATABASE_URL", url)
            .env("SOPIVA_ADDR", "127.0.0.1:0")
            .env("SOPIVA_DEMO", "1")
            .env("SOPIVA_DATA_DIR", &data)
            .env("LEPTOS_SITE_ROOT", "target/site")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{}: {e} (run bash .ci/build)", binary().display()));
        let (to, address) = std::sync::mpsc::channel();
        watch(
            child.stdout.take().expect("stdout"),
            alarms.clone(),
            Some(to),
        );
        watch(child.stderr.take().expect("stderr"), alarms.clone(), None);
        let base = address
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect(
            "the server says where it runs (its output is above; an old binary? bash .ci/build)",
        );
        Server { child, base }
    }

    /// SIGKILL: no shutdown, no flush, no goodbye.
    fn kill(mut self) {
        self.child.kill().expect("kill -9");
        self.child.wait().expect("the server is gone");
    }
}

async fn integrity(db: &Db) -> String {
    if db.backend != Backend::Sqlite {
        return "ok".to_owned();
    }
    let rows: Vec<String> = sqlx::query_scalar("pragma integrity_check")
        .fetch_all(&db.pool)
        .await
        .expect("integrity check");
    rows.join("; ")
}

/// Runs every person's load until the server is killed after `after` milliseconds.
async fn load_until_killed(
    server: Server,
    everyone: &[Arc<Person>],
    records: Vec<Record>,
    after: u64,
    seed: u64,
) -> (Vec<Record>, Tally) {
    let mut tasks = Vec::new();
    for (person, mut record) in everyone.iter().cloned().zip(records) {
        let base = server.base.clone();
        tasks.push(tokio::spawn(async move {
            // More writes than fit before the kill: the kill ends every person's run.
            let tally = run_person(&person, &base, 100_000, seed, &mut record).await;
            (record, tally)
        }));
    }
    tokio::time::sleep(std::time::Duration::from_millis(after)).await;
    server.kill();
    let mut records = Vec::new();
    let mut total = Tally::default();
    for task in tasks {
        let (record, tally) = task.await.expect("a simulated client");
        total.add(&tally);
        records.push(record);
    }
    (records, total)
}

async fn crash_rounds(url: &str, rounds: usize, clients: usize, seed: u64) {
    let engine = url.split(':').next().unwrap_or_default().to_owned();
    let alarms = Arc::new(Alarms::default());
    let mut server = Server::start(url, &alarms);
    let db = server::db::connect(url).await.expect("database");
    let everyone: Vec<Arc<Person>> = people(&db, &server.base, clients, "Kaatuminen")
        .await
        .expect("the simulated clients")
        .into_iter()
        .map(Arc::new)
        .collect();
    let mut records = vec![Record::default(); everyone.len()];
    let mut random = Random(seed);
    let (mut total, mut unsure, mut told) = (Tally::default(), 0, 0);
    for round in 0..rounds {
        let after = 50 + random.below(1_500) as u64;
        let round_seed = random.next();
        let (after_kill, tally) =
            load_until_killed(server, &everyone, records, after, round_seed).await;
        total.add(&tally);
        unsure += tally.no_answer;
        server = Server::start(url, &alarms);
        let check = integrity(&db).await;
        assert_eq!(check, "ok", "{engine} round {round} seed {seed}: integrity");
        records = after_kill;
        for (person, record) in everyone.iter().zip(&mut records) {
            let problems = record.check(&db, person.client_id).await.expect("check");
            assert!(
                problems.is_empty(),
                "{engine} round {round} seed {seed}, killed after {after} ms: {problems:#?}"
            );
        }
        told = records.iter().map(Record::saved).sum::<usize>();
    }
    server.kill();
    println!(
        "crash {engine} seed {seed}: {rounds} kills, {} saves told saved ({told} items checked \
         each round), {unsure} writes cut off by the kill; integrity ok every time, 0 lost; \
         {} answers 5xx, {} problem pages, {} 'database is locked', {} panics",
        total.saved,
        total.status_5xx,
        total.problem_pages,
        alarms.locked.load(Ordering::SeqCst),
        alarms.panics.load(Ordering::SeqCst),
    );
    assert_eq!(
        (total.status_5xx, total.problem_pages, total.not_saved),
        (0, 0, 0),
        "{engine} seed {seed}: {:?}",
        total.examples
    );
    assert_eq!(
        alarms.locked.load(Ordering::SeqCst),
        0,
        "database is locked"
    );
    assert_eq!(
        alarms.panics.load(Ordering::SeqCst),
        0,
        "the server panicked"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_server_loses_no_save_it_promised() {
    let rounds = env_count("SOPIVA_CRASH_ROUNDS", 3);
    let clients = env_count("SOPIVA_CRASH_CLIENTS", 6).max(1);
    let (_, seed) = Random::from_env("SOPIVA_CRASH_SEED");
    for url in tests::fresh_urls().await.expect("databases") {
        crash_rounds(&url, rounds, clients, seed).await;
    }
}
