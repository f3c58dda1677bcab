//! Opening the database: SQLite by default (a file created on first start), PostgreSQL when
//! the address says so. Migrations run at start and a failure stops the server.

use anyhow::Context;
use app::db::{Backend, Db};
use sqlx::any::AnyPoolOptions;
use sqlx::Executor;
use std::path::Path;

/// The SQLite settings that make "saved" mean saved: write-ahead log, full sync on every
/// commit, foreign keys on, and a wait instead of an error when another write is running.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

/// The oldest SQLite without the WAL-reset corruption bug (checklist R-2).
const SQLITE_FLOOR: [u32; 3] = [3, 51, 3];

/// Whether a `sqlite_version()` answer is at or above the floor; anything unreadable is not.
pub fn sqlite_version_is_safe(version: &str) -> bool {
    let parts: Option<Vec<u32>> = version.split('.').map(|p| p.parse().ok()).collect();
    parts.is_some_and(|parts| parts.as_slice() >= SQLITE_FLOOR.as_slice())
}

/// Which engine an address points to.
pub fn backend_of(url: &str) -> anyhow::Result<Backend> {
    if url.starts_with("sqlite:") {
        Ok(Backend::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Backend::Postgres)
    } else {
        anyhow::bail!("DATABASE_URL must start with sqlite: or postgres://")
    }
}

/// The default address: a SQLite file in the data directory, created if missing.
pub fn default_sqlite_url(data_dir: &Path) -> anyhow::Result<String> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("creating data directory {}", data_dir.display()))?;
    Ok(format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("sopiva.db").display()
    ))
}

/// How many connections the pool keeps: `SOPIVA_DB_CONNECTIONS`, or the engine's default.
/// A page holds a connection only for a few statements at a time, but under load the task
/// that holds it waits its turn on the runtime before giving it back, so a small pool makes
/// every other page wait in the pool's queue (see "Speed" in the README).
fn pool_size(backend: Backend) -> anyhow::Result<u32> {
    match std::env::var("SOPIVA_DB_CONNECTIONS") {
        Ok(value) => value
            .trim()
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .context("SOPIVA_DB_CONNECTIONS must be a whole number above 0"),
        Err(_) => Ok(match backend {
            Backend::Sqlite => 4,
            Backend::Postgres => 8,
        }),
    }
}

/// Connects, applies the engine's settings and runs the migrations as this same role.
pub async fn connect(url: &str) -> anyhow::Result<Db> {
    connect_owned(url, None).await
}

/// Connects as the app's role. On PostgreSQL with an owner address, the migrations run as the
/// owner and the app's role gets only what it needs: on the access log `SELECT` and `INSERT`,
/// so the app can neither change, delete nor empty the log, nor drop its guards (F5).
pub async fn connect_owned(url: &str, owner_url: Option<&str>) -> anyhow::Result<Db> {
    sqlx::any::install_default_drivers();
    let backend = backend_of(url)?;
    let pool = AnyPoolOptions::new()
        .max_connections(pool_size(backend)?)
        // Before handing out an idle connection the pool pings it by default: one more round
        // trip to SQLite's worker thread for every query a page makes. A SQLite connection is
        // a file handle in this process and cannot be lost like a network connection, so only
        // PostgreSQL's are tested (the pool still tests each one as it is given back).
        .test_before_acquire(backend == Backend::Postgres)
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    conn.execute(SQLITE_PRAGMAS).await?;
                }
                Ok(())
            })
        })
        .connect(url)
        .await
        .context("connecting to the database")?;
    if backend == Backend::Sqlite {
        let version: String = sqlx::query_scalar("select sqlite_version()")
            .fetch_one(&pool)
            .await
            .context("reading the SQLite version")?;
        anyhow::ensure!(
            sqlite_version_is_safe(&version),
            "SQLite {version} is too old: 3.51.3 or newer is needed (older ones can corrupt \
             a database in WAL mode)"
        );
    }
    let migrator = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    match owner_url.filter(|_| backend == Backend::Postgres) {
        Some(owner_url) => {
            let owner = AnyPoolOptions::new()
                .max_connections(1)
                .connect(owner_url)
                .await
                .context("connecting as the database owner")?;
            migrator
                .run(&owner)
                .await
                .context("running database migrations")?;
            let role: String = sqlx::query_scalar("select current_user::text")
                .fetch_one(&pool)
                .await?;
            grant_app_rights(&owner, &role).await?;
            owner.close().await;
        }
        None => migrator
            .run(&pool)
            .await
            .context("running database migrations")?,
    }
    Ok(Db { pool, backend })
}

/// What the app's role may do in an owner's database: read and write the tables, except the
/// access log, which it may only read and add to.
async fn grant_app_rights(owner: &sqlx::AnyPool, role: &str) -> anyhow::Result<()> {
    // A role name cannot be a bound parameter; it comes from the server (current_user) and is
    // used only when it is a plain lower-case name.
    anyhow::ensure!(
        !role.is_empty()
            && role
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
        "the app's database role {role:?} must be a plain lower-case name"
    );
    for statement in [
        format!("grant usage on schema public to {role}"),
        format!("grant select, insert, update, delete on all tables in schema public to {role}"),
        format!("grant usage, select on all sequences in schema public to {role}"),
        format!("revoke update, delete, truncate on access_log from {role}"),
    ] {
        sqlx::query(sqlx::AssertSqlSafe(statement))
            .execute(owner)
            .await
            .context("giving the app's role its rights")?;
    }
    Ok(())
}
