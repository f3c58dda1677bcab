//! Follow-up dates in storage: made from a decision's period when it is saved, added by a
//! worker, and read for the client's pages and the worker's caseload.

use super::schedule::dates_to_add;
use crate::db::{date_of, now_ms, stored_date, StorageError};
use crate::ids::{ClientId, DecisionId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sqlx::{AnyConnection, Row};

/// One follow-up date of a client, and whether its follow-up was completed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueDate {
    pub date_id: i64,
    pub due_on: NaiveDate,
    pub done: bool,
}

async fn insert(
    conn: &mut AnyConnection,
    client_id: ClientId,
    decision_id: Option<DecisionId>,
    due_on: NaiveDate,
    added_by: &str,
) -> Result<bool, StorageError> {
    let rows = sqlx::query(
        "insert into follow_up_date (client_id, decision_id, due_on, added_by, created_at)
         values ($1, $2, $3, $4, $5) on conflict (client_id, due_on) do nothing",
    )
    .bind(client_id)
    .bind(decision_id)
    .bind(stored_date(due_on))
    .bind(added_by)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(rows == 1)
}

/// Makes a saved decision's dates: the worker's date (if given), then the rule's dates so
/// that no two follow-ups are over three months apart. Dates the rule made earlier for this
/// decision that are still ahead and not started are made again, so a changed period is
/// followed.
pub async fn make_for_decision(
    conn: &mut AnyConnection,
    client_id: ClientId,
    decision_id: DecisionId,
    period: (NaiveDate, NaiveDate),
    worker_date: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(), StorageError> {
    if let Some(date) = worker_date {
        insert(conn, client_id, Some(decision_id), date, "worker").await?;
    }
    sqlx::query(
        "delete from follow_up_date where decision_id = $1 and added_by = 'rule' and due_on > $2
         and date_id not in (select date_id from follow_up)",
    )
    .bind(decision_id)
    .bind(stored_date(today))
    .execute(&mut *conn)
    .await?;
    let kept: Vec<NaiveDate> = dates(conn, client_id)
        .await?
        .into_iter()
        .map(|d| d.due_on)
        .collect();
    for date in dates_to_add(period.0, period.1, &kept) {
        insert(conn, client_id, Some(decision_id), date, "rule").await?;
    }
    Ok(())
}

/// A worker adds a date. `false`: the client has a follow-up on that day already.
pub async fn add_by_worker(
    conn: &mut AnyConnection,
    client_id: ClientId,
    decision_id: Option<DecisionId>,
    due_on: NaiveDate,
) -> Result<bool, StorageError> {
    insert(conn, client_id, decision_id, due_on, "worker").await
}

/// Every follow-up date of a client, earliest first.
pub async fn dates(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<DueDate>, StorageError> {
    let rows = sqlx::query(
        "select d.date_id, d.due_on, f.completed_at from follow_up_date d
         left join follow_up f on f.date_id = d.date_id
         where d.client_id = $1 order by d.due_on",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DueDate {
                date_id: r.try_get("date_id")?,
                due_on: date_of(r, "due_on")?,
                done: r.try_get::<Option<i64>, _>("completed_at")?.is_some(),
            })
        })
        .collect()
}

/// The follow-up to prepare and hold next: the earliest date not completed yet.
pub fn current(dates: &[DueDate]) -> Option<&DueDate> {
    dates.iter().find(|d| !d.done)
}
