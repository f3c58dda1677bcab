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

/// Connects, applies the engine's settings and runs the migrations.
pub async fn connect(url: &str) -> anyhow::Result<Db> {
    sqlx::any::install_default_drivers();
    let backend = backend_of(url)?;
    let pool = AnyPoolOptions::new()
        .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
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
    let migrator = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
    };
    migrator
        .run(&pool)
        .await
        .context("running database migrations")?;
    Ok(Db { pool, backend })
}
