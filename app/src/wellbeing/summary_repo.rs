//! The summaries' counts, in SQL on both engines. `worker` 0 means the whole service;
//! otherwise only clients on that worker's caseload count. A group's size is the number of
//! different people in it; a client with two finished periods adds two changes per area.

use super::items::Item;
use super::summary::{AreaCounts, GroupSummary, Shown};
use crate::db::StorageError;
use sqlx::{AnyConnection, Row};

/// Finished start and end rounds of the same period, with their answers per area. A macro,
/// so that each query is one literal string (no SQL is built at run time).
macro_rules! pairs {
    () => {
        " from wellbeing_round rs \
     join wellbeing_round re on re.client_id = rs.client_id and re.decision_id = rs.decision_id \
     join wellbeing_answer s on s.round_id = rs.round_id \
     join wellbeing_answer e on e.round_id = re.round_id and e.item = s.item \
     where rs.kind = 'start' and re.kind = 'end' \
     and rs.finished_at is not null and re.finished_at is not null \
     and ($1 = 0 or exists (select 1 from caseload c where c.worker_id = $1 \
     and c.client_id = rs.client_id))"
    };
}

pub(crate) fn item_of(row: &sqlx::any::AnyRow) -> Result<Item, StorageError> {
    let slug: String = row.try_get("item")?;
    Item::from_slug(&slug).ok_or(StorageError::Unknown(slug))
}

pub(super) async fn people(
    conn: &mut AnyConnection,
    sql: &'static str,
    worker: i64,
) -> Result<i64, StorageError> {
    let row = sqlx::query(sql).bind(worker).fetch_one(&mut *conn).await?;
    Ok(row.try_get("people")?)
}

/// The counts of one group.
pub async fn group(conn: &mut AnyConnection, worker: i64) -> Result<GroupSummary, StorageError> {
    let pair_people = people(
        conn,
        concat!("select count(distinct rs.client_id) as people", pairs!()),
        worker,
    )
    .await?;
    let rows = sqlx::query(concat!(
        "select s.item as item, count(case when e.score > s.score then 1 end) as improved, \
         count(case when e.score = s.score then 1 end) as same, \
         count(case when e.score < s.score then 1 end) as declined",
        pairs!(),
        " group by s.item"
    ))
    .bind(worker)
    .fetch_all(&mut *conn)
    .await?;
    let mut areas = Vec::new();
    for row in &rows {
        areas.push(AreaCounts {
            item: item_of(row)?,
            improved: row.try_get("improved")?,
            same: row.try_get("same")?,
            declined: row.try_get("declined")?,
        });
    }
    areas.sort_by_key(|a| a.item);
    let (survey_people, spreads) = super::satisfaction_repo::spreads(conn, worker).await?;
    Ok(GroupSummary {
        wellbeing: Shown::of(pair_people, areas),
        satisfaction: Shown::of(survey_people, spreads),
    })
}
