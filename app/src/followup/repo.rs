//! Follow-ups in storage. Each write names the version it was based on and changes nothing
//! when someone else wrote first; a completed follow-up is never changed again.

use super::content::FollowUpContent;
use crate::db::{date_of, now_ms, StorageError};
use crate::ids::ClientId;
use chrono::NaiveDate;
use sqlx::{AnyConnection, Row};

/// A query for whole records of one client (`$1`), with the rest of its `where` clause: one
/// column list for every reader, joined at compile time (no SQL is built at run time).
macro_rules! with_record {
    ($rest:literal) => {
        concat!(
            "select f.follow_up_id, f.date_id, d.due_on, f.content, f.version, f.completed_at, ",
            "f.completed_by_name, f.new_plan_version ",
            "from follow_up f join follow_up_date d on d.date_id = f.date_id ",
            "where f.client_id = $1 and ",
            $rest
        )
    };
}

/// A stored follow-up with its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub follow_up_id: i64,
    pub date_id: i64,
    pub due_on: NaiveDate,
    pub content: FollowUpContent,
    pub version: i64,
    pub completed_at: Option<i64>,
    pub completed_by_name: Option<String>,
    pub new_plan_version: Option<i64>,
}

fn record(r: &sqlx::any::AnyRow) -> Result<Record, StorageError> {
    let json: String = r.try_get("content")?;
    Ok(Record {
        follow_up_id: r.try_get("follow_up_id")?,
        date_id: r.try_get("date_id")?,
        due_on: date_of(r, "due_on")?,
        content: serde_json::from_str(&json)?,
        version: r.try_get("version")?,
        completed_at: r.try_get("completed_at")?,
        completed_by_name: r.try_get("completed_by_name")?,
        new_plan_version: r.try_get("new_plan_version")?,
    })
}

/// The follow-up of one of this client's dates, if one was started.
pub async fn for_date(
    conn: &mut AnyConnection,
    client_id: ClientId,
    date_id: i64,
) -> Result<Option<Record>, StorageError> {
    let row = sqlx::query(with_record!("f.date_id = $2"))
        .bind(client_id)
        .bind(date_id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(record).transpose()
}

/// The completed follow-ups of a client, newest first.
pub async fn completed(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<Record>, StorageError> {
    let rows = sqlx::query(with_record!(
        "f.completed_at is not null order by d.due_on desc"
    ))
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(record).collect()
}

/// Starts the follow-up of a date at version 1. `false`: it was started already.
pub async fn create(
    conn: &mut AnyConnection,
    client_id: ClientId,
    date_id: i64,
    content: &FollowUpContent,
) -> Result<bool, StorageError> {
    let rows = sqlx::query(
        "insert into follow_up (client_id, date_id, content, version, updated_at)
         values ($1, $2, $3, 1, $4) on conflict (date_id) do nothing",
    )
    .bind(client_id)
    .bind(date_id)
    .bind(serde_json::to_string(content)?)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(rows == 1)
}

/// Writes the content if the follow-up is still at `version` and not completed.
/// `false`: someone else wrote first (or it was completed); nothing was written.
pub async fn save(
    conn: &mut AnyConnection,
    follow_up_id: i64,
    content: &FollowUpContent,
    version: i64,
) -> Result<bool, StorageError> {
    let rows = sqlx::query(
        "update follow_up set content = $1, version = version + 1, updated_at = $2
         where follow_up_id = $3 and version = $4 and completed_at is null",
    )
    .bind(serde_json::to_string(content)?)
    .bind(now_ms())
    .bind(follow_up_id)
    .bind(version)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(rows == 1)
}

/// Completes the follow-up at the meeting, if still at `version`.
pub async fn complete(
    conn: &mut AnyConnection,
    follow_up_id: i64,
    content: &FollowUpContent,
    version: i64,
    by_name: &str,
    new_plan_version: Option<i64>,
) -> Result<bool, StorageError> {
    let now = now_ms();
    let rows = sqlx::query(
        "update follow_up set content = $1, version = version + 1, updated_at = $2,
         completed_at = $2, completed_by_name = $3, new_plan_version = $4
         where follow_up_id = $5 and version = $6 and completed_at is null",
    )
    .bind(serde_json::to_string(content)?)
    .bind(now)
    .bind(by_name)
    .bind(new_plan_version)
    .bind(follow_up_id)
    .bind(version)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(rows == 1)
}
