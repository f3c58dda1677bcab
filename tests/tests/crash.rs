//! Crash (issue 16, proofs): the real server binary runs as a child process under the load of
//! tests/src/load, is killed with SIGKILL at a random moment, and is started again on the same
//! database, round after round. Every time: SQLite's `PRAGMA integrity_check` is ok, every
//! write the server said was saved is there, a write that got no answer is there whole or
//! not at all, and nothing else is. On PostgreSQL the app server is killed the same way.
//!
//! The binary is target/debug/server (`bash .ci/build` makes it; `SOPIVA_SERVER_BIN` names
//! another). `SOPIVA_CRASH_ROUNDS` (default 3), `SOPIVA_CRASH_CLIENTS` (default 6) and
//! `SOPIVA_CRASH_SEED` set the run; the full run (tests/proofs.sh) uses 100 rounds.
//!
//! R-9, a full disk, on both engines: SQLite under a file-size limit, PostgreSQL on a small
//! tmpfs tablespace (that one mounts a filesystem: only with `SOPIVA_DISKFULL_POSTGRES`).

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
    /// Lines echoed to the test's output (the first few only).
    echoed: AtomicU64,
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
            let telling = address.is_none() || line.contains("WARN") || line.contains("ERROR");
            if telling && alarms.echoed.fetch_add(1, Ordering::SeqCst) < 20 {
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
        Server::start_limited(url, alarms, None)
    }

    /// The same, with no file of the server's larger than `file_limit` bytes when given: a
    /// full disk, as the server meets it (writes fail; SIGXFSZ is ignored, as a full disk
    /// sends no signal).
    fn start_limited(url: &str, alarms: &Arc<Alarms>, file_limit: Option<u64>) -> Server {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let data = std::env::temp_dir().join(format!("sopiva-crash-{}", std::process::id()));
        std::fs::create_dir_all(&data).expect("data folder");
        let mut command = match file_limit {
            None => Command::new(binary()),
            Some(bytes) => {
                let mut shell = Command::new("bash");
                let limit = format!("trap '' XFSZ; ulimit -f {}; exec \"$0\"", bytes / 1024);
                shell.arg("-c").arg(limit).arg(binary());
                shell
            }
        };
        let mut child = command
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
        let round_seed = random.number();
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

/// R-9, a full disk: the SQLite server may write its files only a little past their size
/// when the load starts. Writes then fail; each is answered with the plain problem page (or
/// an error status), never with "saved" for a write that is not there; nothing panics; and
/// after a restart with room again, every save that was told saved is there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_is_a_plain_error_and_loses_no_save() {
    let url = tests::sqlite_url().await.expect("url");
    let alarms = Arc::new(Alarms::default());
    let server = Server::start(&url, &alarms);
    let db = server::db::connect(&url).await.expect("database");
    let everyone = people(&db, &server.base, 4, "Levy")
        .await
        .expect("the simulated clients");
    server.kill();
    sqlx::query("pragma wal_checkpoint(truncate)")
        .execute(&db.pool)
        .await
        .expect("checkpoint");
    let path = url
        .trim_start_matches("sqlite://")
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    let size = std::fs::metadata(&path).expect("database file").len();
    let server = Server::start_limited(&url, &alarms, Some(size + 256 * 1024));
    fill_and_check(&db, &url, &alarms, &everyone, server, || {}).await;
}

/// Runs the load on a server that meets a full disk, then (after `make_room`) restarts it and
/// checks every save: the common part of R-9 on both engines.
async fn fill_and_check(
    db: &Db,
    url: &str,
    alarms: &Arc<Alarms>,
    everyone: &[Person],
    server: Server,
    make_room: impl FnOnce(),
) {
    let engine = url.split(':').next().unwrap_or_default().to_owned();
    let (mut total, mut records) = (Tally::default(), Vec::new());
    for person in everyone {
        let mut record = Record {
            errors_may_write: true,
            ..Record::default()
        };
        total.add(&run_person(person, &server.base, 150, 7, &mut record).await);
        records.push(record);
    }
    let still = tests::load::get(&reqwest::Client::new(), &server.base, "/about").await;
    assert_eq!(
        still.map(|(status, _)| status),
        Some(200),
        "the server still answers"
    );
    server.kill();
    make_room();
    let server = Server::start(url, alarms);
    for (person, record) in everyone.iter().zip(&mut records) {
        let problems = record.check(db, person.client_id).await.expect("check");
        assert!(problems.is_empty(), "after a full disk: {problems:#?}");
    }
    server.kill();
    println!(
        "disk full {engine}: {} saves told saved, {} refused with the problem page or an error \
         status ({} problem pages, {} answers 5xx), {} without answer; 0 lost, {} panics",
        total.saved,
        total.not_saved,
        total.problem_pages,
        total.status_5xx,
        total.no_answer,
        alarms.panics.load(Ordering::SeqCst),
    );
    assert!(total.not_saved > 0, "the disk never filled: {total:?}");
    assert_eq!(total.no_answer, 0, "every write got an answer");
    assert_eq!(
        alarms.panics.load(Ordering::SeqCst),
        0,
        "the server panicked"
    );
}

/// A tmpfs of its own, mounted for the PostgreSQL disk-full test; unmounted when dropped.
struct SmallDisk {
    dir: std::path::PathBuf,
}

impl SmallDisk {
    fn run(program: &str, args: &[&str]) -> String {
        let out = Command::new(program)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{program}: {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Mounts `size` (as `mount -o size=` takes it) for the `postgres` user.
    fn mount(size: &str) -> SmallDisk {
        let dir = std::env::temp_dir().join(format!("sopiva-full-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mount point");
        let path = dir.to_str().expect("a UTF-8 path");
        SmallDisk::run(
            "mount",
            &["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs", path],
        );
        SmallDisk::run("chown", &["postgres:postgres", path]);
        SmallDisk { dir }
    }

    fn path(&self) -> &str {
        self.dir.to_str().expect("a UTF-8 path")
    }

    /// Bytes in use on it.
    fn used(&self) -> u64 {
        let out = SmallDisk::run("df", &["-B1", "--output=used", self.path()]);
        out.lines()
            .nth(1)
            .and_then(|l| l.trim().parse().ok())
            .expect("df")
    }

    fn resize(&self, bytes: u64) {
        let size = format!("remount,size={}k", bytes.div_ceil(4096) * 4);
        SmallDisk::run("mount", &["-o", &size, self.path()]);
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
        let _ = std::fs::remove_dir(&self.dir);
    }
}

/// R-9 on PostgreSQL: the database is moved to a tablespace on a tmpfs that has only 256 KB
/// free, and the load runs until writes fail ("could not extend file": No space left on
/// device). The same promises as on SQLite. It mounts a filesystem, so it needs root and
/// PostgreSQL on this machine: it runs when `SOPIVA_DISKFULL_POSTGRES` is set
/// (tests/proofs.sh sets it) and says so when skipped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_on_postgresql_is_a_plain_error_and_loses_no_save() {
    if std::env::var("SOPIVA_DISKFULL_POSTGRES").is_err() {
        eprintln!("notice: SOPIVA_DISKFULL_POSTGRES not set, PostgreSQL disk-full test skipped");
        return;
    }
    let url = tests::postgres_url()
        .await
        .expect("url")
        .expect("SOPIVA_TEST_POSTGRES");
    let alarms = Arc::new(Alarms::default());
    let server = Server::start(&url, &alarms);
    let db = server::db::connect(&url).await.expect("database");
    let everyone = people(&db, &server.base, 4, "Levy")
        .await
        .expect("the simulated clients");
    server.kill();
    db.pool.close().await;
    let disk = SmallDisk::mount("256m");
    let name = url.rsplit('/').next().unwrap_or_default().to_owned();
    let admin = std::env::var("SOPIVA_TEST_POSTGRES").expect("admin address");
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
        .await
        .expect("admin connection");
    // The names are made by the test from digits and letters, never from input.
    for sql in [
        format!("create tablespace {name} location '{}'", disk.path()),
        format!("alter database {name} set tablespace {name}"),
    ] {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut conn)
            .await
            .expect("moving the database to the small disk");
    }
    disk.resize(disk.used() + 256 * 1024);
    let db = server::db::connect(&url).await.expect("database");
    let server = Server::start(&url, &alarms);
    fill_and_check(&db, &url, &alarms, &everyone, server, || {
        disk.resize(256 * 1024 * 1024)
    })
    .await;
    db.pool.close().await;
    for sql in [
        format!("drop database {name} with (force)"),
        format!("drop tablespace {name}"),
    ] {
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut conn)
            .await
            .expect("cleaning up");
    }
}
