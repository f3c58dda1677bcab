//! `server admin backup FILE`: a copy of the SQLite database while the server runs, checked
//! before it is called a backup. `VACUUM INTO` writes the copy from one read transaction, so
//! writers go on and the copy is one consistent moment. The copy is then opened read-only:
//! `PRAGMA integrity_check` must say ok and it must hold the same migrations as the source,
//! so a restore starts the same schema. PostgreSQL is backed up with `pg_dump` (README).

use anyhow::{bail, ensure, Context};
use app::db::{Backend, Db};
use sqlx::any::AnyPoolOptions;
use std::path::Path;

/// What a checked copy holds, for the message and for restore tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyFacts {
    pub clients: i64,
    pub plan_versions: i64,
    pub log_rows: i64,
}

/// Writes a checked copy of the database to `to`, which must not exist yet.
pub async fn backup(db: &Db, to: &Path) -> anyhow::Result<CopyFacts> {
    if db.backend != Backend::Sqlite {
        bail!("PostgreSQL is backed up with pg_dump; see Backup in README.md");
    }
    // VACUUM INTO refuses an existing file too; saying so first gives a clearer message.
    ensure!(!to.exists(), "{} exists; choose a new file", to.display());
    let path = to.to_str().context("the backup path must be valid UTF-8")?;
    sqlx::query("VACUUM INTO $1")
        .bind(path)
        .execute(&mut *db.conn().await?)
        .await
        .context("writing the copy")?;
    let source: Vec<String> = migrations(&db.pool).await?;
    let facts = check_copy(to, &source).await;
    if facts.is_err() {
        // A copy that failed its check is not a backup: nobody should restore it by mistake.
        let _ = std::fs::remove_file(to);
    }
    facts
}

async fn migrations(pool: &sqlx::AnyPool) -> anyhow::Result<Vec<String>> {
    let rows: Vec<(i64,)> =
        sqlx::query_as("select version from _sqlx_migrations where success order by version")
            .fetch_all(pool)
            .await
            .context("reading the migrations")?;
    Ok(rows.into_iter().map(|(v,)| v.to_string()).collect())
}

/// Opens a copy read-only and checks it: integrity, the same migrations as `expected`.
pub async fn check_copy(path: &Path, expected: &[String]) -> anyhow::Result<CopyFacts> {
    sqlx::any::install_default_drivers();
    let url = format!("sqlite://{}?mode=ro", path.display());
    let pool = AnyPoolOptions::new()
        .max_connections(1)
        .connect(&url)
        .await
        .context("opening the copy")?;
    let integrity: Vec<(String,)> = sqlx::query_as("pragma integrity_check")
        .fetch_all(&pool)
        .await?;
    ensure!(
        integrity.len() == 1 && integrity[0].0 == "ok",
        "the copy is damaged: {integrity:?}"
    );
    ensure!(
        migrations(&pool).await? == expected,
        "the copy does not hold the same migrations as the database"
    );
    let facts = CopyFacts {
        clients: count(&pool, "select count(*) from client").await?,
        plan_versions: count(&pool, "select count(*) from plan_version").await?,
        log_rows: count(&pool, "select count(*) from access_log").await?,
    };
    pool.close().await;
    Ok(facts)
}

async fn count(pool: &sqlx::AnyPool, sql: &'static str) -> anyhow::Result<i64> {
    Ok(sqlx::query_scalar(sql).fetch_one(pool).await?)
}
