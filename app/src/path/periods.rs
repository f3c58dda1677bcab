//! The client's decision periods, newest first: each with its amount, what was used, its
//! follow-ups and its wellbeing change. Read only; never the earlier arrangement's cost.

use super::PeriodView;
use crate::db::{date_of, Db, StorageError};
use crate::ids::{ClientId, DecisionId};
use crate::money::amount::Cents;
use crate::wellbeing::scale::Change;
use chrono::NaiveDate;
use sqlx::Row;

/// A decision's id and period, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionRow {
    pub decision_id: DecisionId,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub granted: Cents,
}

/// Every decision of the client, the newest period first.
pub async fn decisions(db: &Db, client_id: ClientId) -> Result<Vec<DecisionRow>, StorageError> {
    let rows = sqlx::query(
        "select decision_id, period_start, period_end, granted_cents from budget_decision \
         where client_id = $1 order by period_start desc, decision_id desc",
    )
    .bind(client_id)
    .fetch_all(&mut *db.conn().await?)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DecisionRow {
                decision_id: r.try_get("decision_id")?,
                period_start: date_of(r, "period_start")?,
                period_end: date_of(r, "period_end")?,
                granted: r.try_get("granted_cents")?,
            })
        })
        .collect()
}

async fn used(db: &Db, decision_id: DecisionId) -> Result<Cents, StorageError> {
    let row = sqlx::query(
        "select cast(coalesce(sum(amount_cents), 0) as bigint) as used from spending \
         where decision_id = $1",
    )
    .bind(decision_id)
    .fetch_one(&mut *db.conn().await?)
    .await?;
    // PostgreSQL sums bigints as numeric: the cast brings it back to an integer.
    Ok(Cents(row.try_get::<i64, _>("used")?))
}

async fn follow_ups(
    db: &Db,
    decision_id: DecisionId,
) -> Result<Vec<(NaiveDate, bool)>, StorageError> {
    let rows = sqlx::query(
        "select d.due_on, f.completed_at from follow_up_date d \
         left join follow_up f on f.date_id = d.date_id \
         where d.decision_id = $1 order by d.due_on",
    )
    .bind(decision_id)
    .fetch_all(&mut *db.conn().await?)
    .await?;
    rows.iter()
        .map(|r| {
            let done = r.try_get::<Option<i64>, _>("completed_at")?.is_some();
            Ok((date_of(r, "due_on")?, done))
        })
        .collect()
}

/// How many wellbeing areas went better, stayed the same and went worse in the period.
async fn wellbeing(
    db: &Db,
    client_id: ClientId,
    decision_id: DecisionId,
) -> Result<Option<(i64, i64, i64)>, StorageError> {
    let rounds =
        crate::wellbeing::repo::rounds(&mut *db.conn().await?, client_id, decision_id).await?;
    let changes = crate::wellbeing::period::changes(&rounds);
    if changes.is_empty() {
        return Ok(None);
    }
    let count = |c: Change| changes.iter().filter(|a| a.change == c).count() as i64;
    Ok(Some((
        count(Change::Better),
        count(Change::Same),
        count(Change::Worse),
    )))
}

/// The client's periods as they read them; `current` marks the money page's decision.
pub async fn periods(
    db: &Db,
    client_id: ClientId,
    current: Option<DecisionId>,
) -> Result<Vec<PeriodView>, StorageError> {
    let mut out = Vec::new();
    for d in decisions(db, client_id).await? {
        out.push(PeriodView {
            period_start: d.period_start,
            period_end: d.period_end,
            granted: d.granted,
            used: used(db, d.decision_id).await?,
            follow_ups: follow_ups(db, d.decision_id).await?,
            wellbeing: wellbeing(db, client_id, d.decision_id).await?,
            current: current == Some(d.decision_id),
        });
    }
    Ok(out)
}
