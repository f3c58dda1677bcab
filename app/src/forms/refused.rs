//! Refused forms kept on the server for the session that sent them, so the page shows the
//! person's own text again next to the message, however the form travelled.

use crate::db::{now_ms, StorageError};
use crate::session::repo::hash_id;
use sqlx::AnyConnection;
use sqlx::Row;

/// Keeps a refused form's fields and errors (JSON) for this session.
pub async fn put_refused(
    conn: &mut AnyConnection,
    session_id: &str,
    form: &str,
    fields_json: &str,
) -> Result<(), StorageError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    clear_refused(&mut tx, session_id, form).await?;
    sqlx::query(
        "insert into refused_form (session_hash, form, fields_json, created_at) values ($1, $2, $3, $4)",
    )
    .bind(hash_id(session_id))
    .bind(form)
    .bind(fields_json)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    Ok(tx.commit().await?)
}

/// All refused forms of this session, by form name.
pub async fn refused(
    conn: &mut AnyConnection,
    session_id: &str,
) -> Result<Vec<(String, String)>, StorageError> {
    let rows = sqlx::query("select form, fields_json from refused_form where session_hash = $1")
        .bind(hash_id(session_id))
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("form")?, r.try_get("fields_json")?)))
        .collect()
}

pub async fn clear_refused(
    conn: &mut AnyConnection,
    session_id: &str,
    form: &str,
) -> Result<(), StorageError> {
    sqlx::query("delete from refused_form where session_hash = $1 and form = $2")
        .bind(hash_id(session_id))
        .bind(form)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
