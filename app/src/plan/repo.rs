//! Plan drafts and saved plan versions.
//!
//! The draft is kept per section, each with its own version number, so two people editing
//! different sections never collide, and two people editing the same section are told instead
//! of one silently overwriting the other. Saved versions are never changed or deleted.

use crate::ids::ClientId;

pub use super::actor::{Actor, ActorRole};
pub use super::pending::{clear_pending, pending, set_pending, Pending};
pub use super::versions::{
    get_version, list_versions, save_version, SavedVersion, VersionInfo, VersionOutcome,
};
use crate::db::{now_ms, StorageError};
use crate::forms::idempotency;
use crate::plan::content::{Answer, PlanContent};
use crate::plan::section::Section;
use sqlx::AnyConnection;
use sqlx::Row;
use std::collections::BTreeMap;

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

pub async fn load_draft(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Draft, StorageError> {
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
    client_id: ClientId,
    section: Section,
    answer: &Answer,
    expected_version: i64,
    idem_key: &str,
    destination: &str,
    actor: &Actor,
) -> Result<SaveOutcome, StorageError> {
    let (version, key) = (expected_version, idem_key);
    save_marked(
        conn,
        client_id,
        section,
        answer,
        version,
        key,
        destination,
        actor,
        None,
    )
    .await
}

/// `save_section` with who said it (see `said`), stored in the same transaction.
#[allow(clippy::too_many_arguments)]
pub async fn save_marked(
    conn: &mut AnyConnection,
    client_id: ClientId,
    section: Section,
    answer: &Answer,
    expected_version: i64,
    idem_key: &str,
    destination: &str,
    actor: &Actor,
    mark: Option<&crate::said::repo::NewMark>,
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
    if let Some(mark) = mark {
        crate::said::repo::put(&mut tx, client_id, "draft", section.slug(), mark).await?;
    }
    idempotency::finish(&mut tx, idem_key, destination).await?;
    tx.commit().await?;
    Ok(SaveOutcome::Saved)
}
