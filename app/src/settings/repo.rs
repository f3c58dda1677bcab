//! Personal settings kept on the server for a signed-in client.

use crate::db::{now_ms, StorageError};
use crate::ids::ClientId;
use crate::settings::Prefs;
use sqlx::AnyConnection;
use sqlx::Row;

pub async fn load(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Option<Prefs>, StorageError> {
    let row = sqlx::query("select prefs from client_prefs where client_id = $1")
        .bind(client_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match row {
        Some(row) => Prefs::parse(&row.try_get::<String, _>("prefs")?),
        None => None,
    })
}

pub async fn save(
    conn: &mut AnyConnection,
    client_id: ClientId,
    prefs: Prefs,
) -> Result<(), StorageError> {
    sqlx::query(
        "insert into client_prefs (client_id, prefs, updated_at) values ($1, $2, $3)
         on conflict (client_id) do update set prefs = excluded.prefs, updated_at = excluded.updated_at",
    )
    .bind(client_id)
    .bind(prefs.encode())
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(())
}
