//! Refused forms kept on the server for the session that sent them and the client they were
//! about, so the page shows the person's own text again next to the message, however the form
//! travelled, and never on another client's page (security review F12). The stored form name
//! is the client's id and the form's name (`12:decision`).

use crate::db::{now_ms, StorageError};
use crate::ids::ClientId;
use crate::session::repo::hash_id;
use sqlx::AnyConnection;
use sqlx::Row;

fn stored_name(client_id: ClientId, form: &str) -> String {
    format!("{client_id}:{form}")
}

/// Keeps a refused form's fields and errors (JSON) for this session and client, in place of
/// an earlier one. One statement (an upsert), so two refusals of one form from one session at
/// the same moment both succeed, the later one kept (a delete and an insert hit the key).
pub async fn put_refused(
    conn: &mut AnyConnection,
    session_id: &str,
    client_id: ClientId,
    form: &str,
    fields_json: &str,
) -> Result<(), StorageError> {
    sqlx::query(
        "insert into refused_form (session_hash, form, fields_json, created_at) values ($1, $2, $3, $4)
         on conflict (session_hash, form) do update
         set fields_json = excluded.fields_json, created_at = excluded.created_at",
    )
    .bind(hash_id(session_id))
    .bind(stored_name(client_id, form))
    .bind(fields_json)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The refused forms of this session about this client, by form name.
pub async fn refused(
    conn: &mut AnyConnection,
    session_id: &str,
    client_id: ClientId,
) -> Result<Vec<(String, String)>, StorageError> {
    let rows = sqlx::query("select form, fields_json from refused_form where session_hash = $1")
        .bind(hash_id(session_id))
        .fetch_all(&mut *conn)
        .await?;
    let prefix = stored_name(client_id, "");
    let mut forms = Vec::new();
    for row in &rows {
        let name: String = row.try_get("form")?;
        if let Some(form) = name.strip_prefix(&prefix) {
            forms.push((form.to_owned(), row.try_get("fields_json")?));
        }
    }
    Ok(forms)
}

pub async fn clear_refused(
    conn: &mut AnyConnection,
    session_id: &str,
    client_id: ClientId,
    form: &str,
) -> Result<(), StorageError> {
    sqlx::query("delete from refused_form where session_hash = $1 and form = $2")
        .bind(hash_id(session_id))
        .bind(stored_name(client_id, form))
        .execute(&mut *conn)
        .await?;
    Ok(())
}
