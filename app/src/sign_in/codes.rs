//! One-time codes: an admin gives one to a worker for the first sign-in or a forgotten
//! password. Only a hash of the code is stored.

use crate::db::{now_ms, StorageError};
use crate::ids::WorkerId;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use sqlx::Row;

/// How long a one-time code works: a day, because an admin hands it over in person.
pub const CODE_LIFETIME_MS: i64 = 24 * 3600 * 1000;

fn code_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    hex::encode(Sha256::digest(normal.as_bytes()))
}

/// Makes a one-time code (120 random bits) for the worker and returns it; it works once,
/// for a day.
pub async fn new_one_time_code(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<String, StorageError> {
    let mut bytes = [0u8; 15];
    rand::rng().fill_bytes(&mut bytes);
    let code = hex::encode_upper(bytes);
    sqlx::query("insert into worker_code (code_hash, worker_id, expires_at) values ($1, $2, $3)")
        .bind(code_hash(&code))
        .bind(worker_id)
        .bind(now_ms() + CODE_LIFETIME_MS)
        .execute(&mut *conn)
        .await?;
    Ok(code)
}

/// Uses a one-time code: the worker it belongs to, if it is unused and not expired. Using
/// it and checking it are one statement, so two requests cannot both use it.
pub async fn use_one_time_code(
    conn: &mut AnyConnection,
    code: &str,
) -> Result<Option<WorkerId>, StorageError> {
    let now = now_ms();
    let row = sqlx::query(
        "update worker_code set used_at = $1 \
         where code_hash = $2 and used_at is null and expires_at > $1 returning worker_id",
    )
    .bind(now)
    .bind(code_hash(code))
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| r.try_get("worker_id")).transpose()?)
}
