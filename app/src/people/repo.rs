//! Clients: the people whose plan and money Sopiva holds. How they sign in is in `cards`
//! and `pins`.

use super::{PersonKind, PersonRef};
use crate::db::{now_ms, StorageError};
use crate::ids::{ClientId, RelativeId};
use crate::session::repo as sessions;
use sqlx::AnyConnection;
use sqlx::Row;

/// A client as the rest of the app sees them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Client {
    pub client_id: ClientId,
    pub display_name: String,
}

/// Adds a client.
pub async fn create(conn: &mut AnyConnection, display_name: &str) -> Result<Client, StorageError> {
    // `sign_in_hash` is left from the placeholder sign-in and must be unique: a random value
    // that no code hashes to.
    let retired = format!("retired-{}", sessions::new_id());
    let row = sqlx::query(
        "insert into client (display_name, sign_in_hash, created_at) values ($1, $2, $3) returning client_id",
    )
    .bind(display_name)
    .bind(retired)
    .bind(now_ms())
    .fetch_one(&mut *conn)
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

pub async fn get(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Option<Client>, StorageError> {
    let row = sqlx::query("select client_id, display_name from client where client_id = $1")
        .bind(client_id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(client_from).transpose()
}

/// Every client, by name (for the admin page).
pub async fn list(conn: &mut AnyConnection) -> Result<Vec<Client>, StorageError> {
    let rows =
        sqlx::query("select client_id, display_name from client order by display_name, client_id")
            .fetch_all(&mut *conn)
            .await?;
    rows.iter().map(client_from).collect()
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64, StorageError> {
    let row = sqlx::query("select count(*) as n from client")
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get("n")?)
}

/// The display name of a person, or `None` if there is no such person.
pub async fn name_of(
    conn: &mut AnyConnection,
    person: PersonRef,
) -> Result<Option<String>, StorageError> {
    let sql = match person.kind {
        PersonKind::Client => "select display_name from client where client_id = $1",
        PersonKind::Relative => "select display_name from relative where relative_id = $1",
        PersonKind::Worker => "select display_name from worker where worker_id = $1",
    };
    let row = sqlx::query(sql)
        .bind(person.stored_id())
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| r.try_get("display_name")).transpose()?)
}

/// Adds a relative (their sign-in card is issued separately) and returns their id.
pub async fn create_relative(
    conn: &mut AnyConnection,
    display_name: &str,
) -> Result<RelativeId, StorageError> {
    let row = sqlx::query(
        "insert into relative (display_name, created_at) values ($1, $2) returning relative_id",
    )
    .bind(display_name)
    .bind(now_ms())
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("relative_id")?)
}
