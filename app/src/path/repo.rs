//! The stored path: one row per change of stage (the newest is where the plan is now).

use super::{Stage, StageEvent};
use crate::db::{now_ms, opt_date_of, stored_date, StorageError};
use crate::ids::{ClientId, DecisionId};
use chrono::NaiveDate;
use sqlx::AnyConnection;
use sqlx::Row;

/// A change of stage to record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStage<'a> {
    pub client_id: ClientId,
    pub stage: Stage,
    pub decision_id: Option<DecisionId>,
    pub next_on: Option<NaiveDate>,
    pub note: &'a str,
    /// client, relative, worker or rule.
    pub by_kind: &'a str,
    pub by_id: Option<i64>,
    pub by_name: &'a str,
    pub idem: Option<&'a str>,
}

/// Records a change of stage; returns its id.
pub async fn record(conn: &mut AnyConnection, s: &NewStage<'_>) -> Result<i64, StorageError> {
    let row = sqlx::query(
        "insert into path_stage (client_id, stage, decision_id, next_on, note, by_kind, by_id, \
         by_name, idem_key, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         returning stage_event_id",
    )
    .bind(s.client_id)
    .bind(s.stage.slug())
    .bind(s.decision_id)
    .bind(s.next_on.map(stored_date))
    .bind(s.note)
    .bind(s.by_kind)
    .bind(s.by_id)
    .bind(s.by_name)
    .bind(s.idem)
    .bind(now_ms())
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("stage_event_id")?)
}

fn event_from(
    r: &sqlx::any::AnyRow,
) -> Result<Option<(StageEvent, Option<DecisionId>)>, StorageError> {
    let slug: String = r.try_get("stage")?;
    // A stage this version does not know is skipped, never guessed.
    let Some(stage) = Stage::parse(&slug) else {
        return Ok(None);
    };
    let event = StageEvent {
        id: r.try_get("stage_event_id")?,
        stage,
        next_on: opt_date_of(r, "next_on")?,
        note: r.try_get("note")?,
        by_kind: r.try_get("by_kind")?,
        by_name: r.try_get("by_name")?,
        at_ms: r.try_get("created_at")?,
    };
    Ok(Some((event, r.try_get("decision_id")?)))
}

const COLUMNS: &str =
    "stage_event_id, stage, decision_id, next_on, note, by_kind, by_name, created_at";

/// Every change of stage of the client, newest first, with the decision each belongs to.
pub async fn history(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<(StageEvent, Option<DecisionId>)>, StorageError> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from path_stage where client_id = $1 order by stage_event_id desc"
    )))
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for row in &rows {
        out.extend(event_from(row)?);
    }
    Ok(out)
}

/// Where the client's plan is now: the newest change of stage.
pub async fn current(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Option<(StageEvent, Option<DecisionId>)>, StorageError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from path_stage where client_id = $1 \
         order by stage_event_id desc limit 1"
    )))
    .bind(client_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        Some(r) => event_from(&r)?,
        None => None,
    })
}
