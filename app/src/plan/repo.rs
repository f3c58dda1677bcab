//! Plan drafts and saved plan versions.
//!
//! The draft is kept per section, each with its own version number, so two people editing
//! different sections never collide, and two people editing the same section are told instead
//! of one silently overwriting the other. Saved versions are never changed or deleted.

use crate::db::{now_ms, StorageError};
use crate::forms::idempotency;
use crate::plan::content::{Answer, FieldError, PlanContent, SectionInput};
use crate::plan::section::Section;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;
use std::collections::BTreeMap;

/// Who wrote something, for the record shown to the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActorRole {
    Client,
    Helper,
    Worker,
}

impl ActorRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorRole::Client => "client",
            ActorRole::Helper => "helper",
            ActorRole::Worker => "worker",
        }
    }

    pub fn parse(text: &str) -> Option<ActorRole> {
        match text {
            "client" => Some(ActorRole::Client),
            "helper" => Some(ActorRole::Helper),
            "worker" => Some(ActorRole::Worker),
            _ => None,
        }
    }
}

/// A person acting on a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub role: ActorRole,
    pub name: String,
}

/// The working copy of a plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub content: PlanContent,
    /// Version of each section; a section never saved has version 0.
    pub versions: BTreeMap<Section, i64>,
    /// When any section was last changed.
    pub updated_at: Option<i64>,
}

impl Draft {
    pub fn version(&self, section: Section) -> i64 {
        self.versions.get(&section).copied().unwrap_or(0)
    }
}

pub async fn load_draft(conn: &mut AnyConnection, client_id: i64) -> Result<Draft, StorageError> {
    let rows = sqlx::query(
        "select section, answer, version, updated_at from plan_draft_section where client_id = $1",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut draft = Draft::default();
    for row in rows {
        let slug: String = row.try_get("section")?;
        // A section name this build does not know is left alone rather than lost.
        let Some(section) = Section::from_slug(&slug) else {
            continue;
        };
        let answer: Option<String> = row.try_get("answer")?;
        if let Some(json) = answer {
            draft
                .content
                .set(section, serde_json::from_str::<Answer>(&json)?);
        }
        draft.versions.insert(section, row.try_get("version")?);
        let updated: i64 = row.try_get("updated_at")?;
        draft.updated_at = Some(draft.updated_at.map_or(updated, |u| u.max(updated)));
    }
    Ok(draft)
}

/// What happened to a write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Written now.
    Saved,
    /// This form was already sent; here is where the first sending led.
    Replayed(String),
    /// Someone else saved the section after this form was made.
    Conflict { current_version: i64 },
}

/// Saves one section of the draft if nobody else changed it since `expected_version`.
#[allow(clippy::too_many_arguments)]
pub async fn save_section(
    conn: &mut AnyConnection,
    client_id: i64,
    section: Section,
    answer: &Answer,
    expected_version: i64,
    idem_key: &str,
    destination: &str,
    actor: &Actor,
) -> Result<SaveOutcome, StorageError> {
    let now = now_ms();
    let answer_json = if answer.is_empty() {
        None
    } else {
        Some(serde_json::to_string(answer)?)
    };
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    if let Some(previous) = idempotency::claim(&mut tx, idem_key, client_id, now).await? {
        tx.rollback().await?;
        return Ok(SaveOutcome::Replayed(previous));
    }
    let written = if expected_version == 0 {
        sqlx::query(
            "insert into plan_draft_section (client_id, section, answer, version, updated_at, updated_by_role, updated_by_name)
             values ($1, $2, $3, 1, $4, $5, $6) on conflict (client_id, section) do nothing",
        )
        .bind(client_id)
        .bind(section.slug())
        .bind(answer_json)
        .bind(now)
        .bind(actor.role.as_str())
        .bind(&actor.name)
        .execute(&mut *tx)
        .await?
        .rows_affected()
    } else {
        sqlx::query(
            "update plan_draft_section set answer = $1, version = version + 1, updated_at = $2,
             updated_by_role = $3, updated_by_name = $4
             where client_id = $5 and section = $6 and version = $7",
        )
        .bind(answer_json)
        .bind(now)
        .bind(actor.role.as_str())
        .bind(&actor.name)
        .bind(client_id)
        .bind(section.slug())
        .bind(expected_version)
        .execute(&mut *tx)
        .await?
        .rows_affected()
    };
    if written == 0 {
        let row = sqlx::query(
            "select version from plan_draft_section where client_id = $1 and section = $2",
        )
        .bind(client_id)
        .bind(section.slug())
        .fetch_optional(&mut *tx)
        .await?;
        let current_version = row.map(|r| r.try_get("version")).transpose()?.unwrap_or(0);
        // The key stays unclaimed: the user may send the same form again after checking.
        tx.rollback().await?;
        return Ok(SaveOutcome::Conflict { current_version });
    }
    sqlx::query("delete from plan_pending where client_id = $1 and section = $2")
        .bind(client_id)
        .bind(section.slug())
        .execute(&mut *tx)
        .await?;
    idempotency::finish(&mut tx, idem_key, destination).await?;
    tx.commit().await?;
    Ok(SaveOutcome::Saved)
}

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
    client_id: i64,
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
    client_id: i64,
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
    client_id: i64,
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
    client_id: i64,
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
    client_id: i64,
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
