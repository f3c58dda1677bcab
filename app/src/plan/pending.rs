//! Refused input of a plan section, kept on the server so the page shows it again with the
//! error, until the section is saved.

use crate::db::{now_ms, StorageError};
use crate::ids::ClientId;
use crate::plan::content::{FieldError, SectionInput};
use crate::plan::section::Section;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;

/// Input that was refused, kept on the server so the user finds their text again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub input: SectionInput,
    pub errors: Vec<FieldError>,
    /// The section version the next sending of the form should be based on.
    pub base_version: i64,
}

pub async fn set_pending(
    conn: &mut AnyConnection,
    client_id: ClientId,
    section: Section,
    pending: &Pending,
) -> Result<(), StorageError> {
    sqlx::query(
        "insert into plan_pending (client_id, section, pending, updated_at) values ($1, $2, $3, $4)
         on conflict (client_id, section) do update set pending = excluded.pending, updated_at = excluded.updated_at",
    )
    .bind(client_id)
    .bind(section.slug())
    .bind(serde_json::to_string(pending)?)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn pending(
    conn: &mut AnyConnection,
    client_id: ClientId,
    section: Section,
) -> Result<Option<Pending>, StorageError> {
    let row = sqlx::query("select pending from plan_pending where client_id = $1 and section = $2")
        .bind(client_id)
        .bind(section.slug())
        .fetch_optional(&mut *conn)
        .await?;
    match row {
        Some(row) => {
            let json: String = row.try_get("pending")?;
            Ok(Some(serde_json::from_str(&json)?))
        }
        None => Ok(None),
    }
}
