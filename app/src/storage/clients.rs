//! Clients and their placeholder sign-in codes. The code is stored only as a SHA-256 hash;
//! issue 5 replaces this with cards and picture PINs behind the same `find_by_code` call.

use super::{now_ms, Db, StorageError};
use sha2::{Digest, Sha256};
use sqlx::Row;

/// A client as the rest of the app sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    pub client_id: i64,
    pub display_name: String,
}

/// Normalises a typed code (case, spaces, dashes) and hashes it, so "Aino 2468" matches "aino-2468".
pub fn hash_code(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    hex::encode(Sha256::digest(normal.as_bytes()))
}

pub async fn create(
    db: &Db,
    display_name: &str,
    sign_in_code: &str,
) -> Result<Client, StorageError> {
    let row = sqlx::query(
        "insert into client (display_name, sign_in_hash, created_at) values ($1, $2, $3) returning client_id",
    )
    .bind(display_name)
    .bind(hash_code(sign_in_code))
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await?;
    Ok(Client {
        client_id: row.try_get("client_id")?,
        display_name: display_name.to_owned(),
    })
}

fn client_from(row: &sqlx::any::AnyRow) -> Result<Client, StorageError> {
    Ok(Client {
        client_id: row.try_get("client_id")?,
        display_name: row.try_get("display_name")?,
    })
}

/// Finds the client whose sign-in code this is. An empty code matches nobody.
pub async fn find_by_code(db: &Db, code: &str) -> Result<Option<Client>, StorageError> {
    if code.trim().is_empty() {
        return Ok(None);
    }
    let row = sqlx::query("select client_id, display_name from client where sign_in_hash = $1")
        .bind(hash_code(code))
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(client_from).transpose()
}

pub async fn get(db: &Db, client_id: i64) -> Result<Option<Client>, StorageError> {
    let row = sqlx::query("select client_id, display_name from client where client_id = $1")
        .bind(client_id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(client_from).transpose()
}

pub async fn count(db: &Db) -> Result<i64, StorageError> {
    let row = sqlx::query("select count(*) as n from client")
        .fetch_one(&db.pool)
        .await?;
    Ok(row.try_get("n")?)
}

#[cfg(test)]
mod tests {
    use super::hash_code;

    #[test]
    fn typed_codes_are_normalised_before_hashing() {
        assert_eq!(hash_code("Aino 2468"), hash_code("aino-2468"));
        assert_ne!(hash_code("aino-2468"), hash_code("aino-2469"));
    }
}
