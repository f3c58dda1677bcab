//! Workers, how they prove who they are, and their caseloads.
//!
//! A worker's identity is a (provider, subject) pair in `worker_login`: today the password
//! provider (subject = user name, secret = Argon2id hash); Suomi.fi would be another provider
//! with the person's `sub` as subject. One-time codes are a second way in for the first
//! sign-in or a forgotten password (`codes`); wrong tries are counted in `worker_tries`.

use crate::db::{now_ms, StorageError};
use crate::ids::WorkerId;
use crate::sign_in::pins;
use sqlx::AnyConnection;
use sqlx::Row;

/// The password provider's name in `worker_login`.
pub const PASSWORD: &str = "password";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worker {
    pub worker_id: WorkerId,
    pub display_name: String,
    pub is_admin: bool,
    /// A team lead sees the service's figures and never a person's data (issue 14).
    pub is_team_lead: bool,
    /// Until when (UTC ms) the worker must wait after wrong sign-ins; 0 when not.
    pub wait_until: i64,
}

fn worker_from(row: &sqlx::any::AnyRow) -> Result<Worker, StorageError> {
    Ok(Worker {
        worker_id: row.try_get("worker_id")?,
        display_name: row.try_get("display_name")?,
        is_admin: row.try_get::<i64, _>("is_admin")? != 0,
        is_team_lead: row.try_get::<i64, _>("is_team_lead")? != 0,
        wait_until: row.try_get("wait_until")?,
    })
}

/// Adds a worker and returns their id.
pub async fn create(
    conn: &mut AnyConnection,
    display_name: &str,
    is_admin: bool,
) -> Result<WorkerId, StorageError> {
    let row = sqlx::query(
        "insert into worker (display_name, created_at, is_admin) values ($1, $2, $3) returning worker_id",
    )
    .bind(display_name)
    .bind(now_ms())
    .bind(i64::from(is_admin))
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("worker_id")?)
}

pub async fn get(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<Option<Worker>, StorageError> {
    let row = sqlx::query(
        "select worker_id, display_name, is_admin, is_team_lead, wait_until from worker \
         where worker_id = $1",
    )
    .bind(worker_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(worker_from).transpose()
}

/// All workers, by name (for the admin page).
pub async fn list(conn: &mut AnyConnection) -> Result<Vec<Worker>, StorageError> {
    let rows = sqlx::query(
        "select worker_id, display_name, is_admin, is_team_lead, wait_until from worker \
         order by display_name, worker_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(worker_from).collect()
}

/// Makes a worker a team lead or takes the role away. `false` when there is no such worker.
pub async fn set_team_lead(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    on: bool,
) -> Result<bool, StorageError> {
    let done = sqlx::query("update worker set is_team_lead = $1 where worker_id = $2")
        .bind(i64::from(on))
        .bind(worker_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets (or replaces) the worker's user name and password.
pub async fn set_password(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    user_name: &str,
    password: &str,
) -> Result<(), StorageError> {
    let hash = pins::hash_secret_off_thread(password.to_owned()).await?;
    set_password_hash(conn, worker_id, user_name, &hash).await
}

/// Like `set_password`, with the password already hashed (so a caller can hash it before
/// opening its transaction).
pub async fn set_password_hash(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    user_name: &str,
    hash: &str,
) -> Result<(), StorageError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    sqlx::query("delete from worker_login where worker_id = $1 and provider = $2")
        .bind(worker_id)
        .bind(PASSWORD)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "insert into worker_login (provider, subject, worker_id, secret_hash) values ($1, $2, $3, $4)",
    )
    .bind(PASSWORD)
    .bind(normal_user_name(user_name))
    .bind(worker_id)
    .bind(hash)
    .execute(&mut *tx)
    .await?;
    Ok(tx.commit().await?)
}

/// Gives a worker a user name without a password yet: they sign in first with a one-time
/// code.
pub async fn set_user_name(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    user_name: &str,
) -> Result<(), StorageError> {
    sqlx::query(
        "insert into worker_login (provider, subject, worker_id, secret_hash) values ($1, $2, $3, null)",
    )
    .bind(PASSWORD)
    .bind(normal_user_name(user_name))
    .bind(worker_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The worker's user name for the password provider.
pub async fn user_name_of(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<Option<String>, StorageError> {
    let row =
        sqlx::query("select subject from worker_login where provider = $1 and worker_id = $2")
            .bind(PASSWORD)
            .bind(worker_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.map(|r| r.try_get("subject")).transpose()?)
}

/// Whether the worker may sign in: an admin has not taken them out of use.
pub async fn is_active(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<bool, StorageError> {
    let row =
        sqlx::query("select worker_id from worker where worker_id = $1 and deactivated_at is null")
            .bind(worker_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.is_some())
}

/// Takes a worker out of use: they can no longer sign in (see `is_active`).
pub async fn deactivate(conn: &mut AnyConnection, worker_id: WorkerId) -> Result<(), StorageError> {
    sqlx::query("update worker set deactivated_at = $1 where worker_id = $2")
        .bind(now_ms())
        .bind(worker_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// User names compare without case or surrounding spaces.
pub fn normal_user_name(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The worker an identity (provider, subject) belongs to, with the stored secret hash.
pub async fn login(
    conn: &mut AnyConnection,
    provider: &str,
    subject: &str,
) -> Result<Option<(WorkerId, Option<String>)>, StorageError> {
    let row = sqlx::query(
        "select worker_id, secret_hash from worker_login where provider = $1 and subject = $2",
    )
    .bind(provider)
    .bind(subject)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| Ok((r.try_get("worker_id")?, r.try_get("secret_hash")?)))
        .transpose()
}
