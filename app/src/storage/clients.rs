//! Clients: the people whose plan and money Sopiva holds. How they sign in is in `cards`
//! and `pins`.

use super::{now_ms, sessions, Db, StorageError};
use sqlx::Row;

/// A client as the rest of the app sees them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Client {
    pub client_id: i64,
    pub display_name: String,
}

/// Adds a client.
pub async fn create(db: &Db, display_name: &str) -> Result<Client, StorageError> {
    // `sign_in_hash` is left from the placeholder sign-in and must be unique: a random value
    // that no code hashes to.
    let retired = format!("retired-{}", sessions::new_id());
    let row = sqlx::query(
        "insert into client (display_name, sign_in_hash, created_at) values ($1, $2, $3) returning client_id",
    )
    .bind(display_name)
    .bind(retired)
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

pub async fn get(db: &Db, client_id: i64) -> Result<Option<Client>, StorageError> {
    let row = sqlx::query("select client_id, display_name from client where client_id = $1")
        .bind(client_id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(client_from).transpose()
}

/// Every client, by name (for the admin page).
pub async fn list(db: &Db) -> Result<Vec<Client>, StorageError> {
    let rows =
        sqlx::query("select client_id, display_name from client order by display_name, client_id")
            .fetch_all(&db.pool)
            .await?;
    rows.iter().map(client_from).collect()
}

pub async fn count(db: &Db) -> Result<i64, StorageError> {
    let row = sqlx::query("select count(*) as n from client")
        .fetch_one(&db.pool)
        .await?;
    Ok(row.try_get("n")?)
}
