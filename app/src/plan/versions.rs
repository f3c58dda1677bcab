//! Saved plan versions: numbered per client, never changed once saved.

use super::actor::{Actor, ActorRole};
use crate::db::{now_ms, StorageError};
use crate::forms::idempotency;
use crate::ids::ClientId;
use crate::plan::content::PlanContent;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;

/// Facts about one saved version, without its content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionInfo {
    pub version_no: i64,
    pub saved_by: Actor,
    pub created_at: i64,
}

/// A saved version with its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedVersion {
    pub info: VersionInfo,
    pub content: PlanContent,
}

/// What happened when a version was saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionOutcome {
    Saved(i64),
    Replayed(String),
}

/// Saves the current draft as the next version. `destination` makes the page address
/// to go to from the new version number, remembered for a repeated sending.
pub async fn save_version(
    conn: &mut AnyConnection,
    client_id: ClientId,
    content: &PlanContent,
    actor: &Actor,
    idem_key: &str,
    destination: impl Fn(i64) -> String,
) -> Result<VersionOutcome, StorageError> {
    let now = now_ms();
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    if let Some(previous) = idempotency::claim(&mut tx, idem_key, client_id, now).await? {
        tx.rollback().await?;
        return Ok(VersionOutcome::Replayed(previous));
    }
    let row = sqlx::query(
        "insert into plan_version (client_id, version_no, content, saved_by_role, saved_by_name, created_at)
         select $1, coalesce(max(version_no), 0) + 1, $2, $3, $4, $5 from plan_version where client_id = $1
         returning version_no",
    )
    .bind(client_id)
    .bind(serde_json::to_string(content)?)
    .bind(actor.role.as_str())
    .bind(&actor.name)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let version_no: i64 = row.try_get("version_no")?;
    let scope = crate::said::version_scope(version_no);
    crate::said::repo::copy_to(&mut tx, client_id, "draft", &scope).await?;
    idempotency::finish(&mut tx, idem_key, &destination(version_no)).await?;
    tx.commit().await?;
    Ok(VersionOutcome::Saved(version_no))
}

fn version_info(row: &sqlx::any::AnyRow) -> Result<VersionInfo, StorageError> {
    let role: String = row.try_get("saved_by_role")?;
    Ok(VersionInfo {
        version_no: row.try_get("version_no")?,
        saved_by: Actor {
            role: ActorRole::parse(&role).unwrap_or(ActorRole::Worker),
            name: row.try_get("saved_by_name")?,
        },
        created_at: row.try_get("created_at")?,
    })
}

/// All saved versions of a client's plan, newest first.
pub async fn list_versions(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<VersionInfo>, StorageError> {
    let rows = sqlx::query(
        "select version_no, saved_by_role, saved_by_name, created_at from plan_version
         where client_id = $1 order by version_no desc",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(version_info).collect()
}

/// One saved version; `None` means the newest.
pub async fn get_version(
    conn: &mut AnyConnection,
    client_id: ClientId,
    version_no: Option<i64>,
) -> Result<Option<SavedVersion>, StorageError> {
    let row = sqlx::query(
        "select version_no, content, saved_by_role, saved_by_name, created_at from plan_version
         where client_id = $1 and ($2 = 0 or version_no = $2) order by version_no desc limit 1",
    )
    .bind(client_id)
    .bind(version_no.unwrap_or(0))
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        Some(row) => {
            let json: String = row.try_get("content")?;
            Ok(Some(SavedVersion {
                info: version_info(&row)?,
                content: serde_json::from_str(&json)?,
            }))
        }
        None => Ok(None),
    }
}
