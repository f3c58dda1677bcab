//! The slot for a card or one-time code issued just now: kept in the worker's session until
//! their next page shows it once.

use super::repo::hash_id;
use crate::db::StorageError;
use sqlx::AnyConnection;
use sqlx::Row;

/// Keeps a just-issued card code for the worker's next page (shown once).
pub async fn set_card_to_show(
    conn: &mut AnyConnection,
    id: &str,
    code: Option<&str>,
) -> Result<(), StorageError> {
    sqlx::query("update session set card_to_show = $1 where session_hash = $2")
        .bind(code)
        .bind(hash_id(id))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Takes the just-issued card code: it is removed as it is read.
pub async fn take_card_to_show(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<String>, StorageError> {
    let row = sqlx::query("select card_to_show from session where session_hash = $1")
        .bind(hash_id(id))
        .fetch_optional(&mut *conn)
        .await?;
    let code: Option<String> = match row {
        Some(r) => r.try_get("card_to_show")?,
        None => None,
    };
    if code.is_some() {
        set_card_to_show(conn, id, None).await?;
    }
    Ok(code)
}
