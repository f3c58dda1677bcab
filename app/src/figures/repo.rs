//! The service view's figures in SQL, on both engines, over all clients (never one person).
//! A decision belongs to the period when its own period overlaps it (`$1` the first day,
//! `$2` the last, as 'YYYY-MM-DD' text, which compares as dates). Sums are cast to bigint
//! because PostgreSQL sums bigints as numeric. Indexes for these queries: migration 0013;
//! the running totals they read: migration 0015 (`totals`).

use super::{AreaChange, CostFigures, MoneyFigures, Period, ServiceFigures, StageCount, STAGES};
use crate::db::StorageError;
use crate::wellbeing::summary::{AreaCounts, Shown};
use crate::wellbeing::summary_repo::item_of;
use sqlx::{AnyConnection, Row};

/// Whole calendar months from the start's month to the end's, both included
/// (1.1.–30.6. is 6), from the date text, the same on both engines.
macro_rules! months {
    () => {
        "((cast(substr(d.period_end, 1, 4) as integer) - cast(substr(d.period_start, 1, 4) as integer)) * 12 \
         + cast(substr(d.period_end, 6, 2) as integer) - cast(substr(d.period_start, 6, 2) as integer) + 1)"
    };
}

/// Where each client's plan is at the end of the period: their newest stage event by then.
/// Known stages come in path order, then any other stored value, each with its count.
pub async fn stages(
    conn: &mut AnyConnection,
    period: &Period,
) -> Result<Vec<StageCount>, StorageError> {
    let rows = sqlx::query(
        "select p.stage as stage, count(*) as people from path_stage p join \
         (select client_id, max(stage_event_id) as last from path_stage \
          where created_at < $1 group by client_id) l on l.last = p.stage_event_id \
         group by p.stage",
    )
    .bind(period.end_ms())
    .fetch_all(&mut *conn)
    .await?;
    let mut found: Vec<(String, i64)> = Vec::with_capacity(rows.len());
    for row in &rows {
        found.push((row.try_get("stage")?, row.try_get("people")?));
    }
    let count_of = |stage: &str| found.iter().find(|(s, _)| s == stage).map(|(_, n)| *n);
    let mut out: Vec<StageCount> = STAGES
        .iter()
        .map(|stage| StageCount {
            stage: (*stage).to_owned(),
            people: Some(count_of(stage).unwrap_or(0)),
        })
        .collect();
    let mut others: Vec<&(String, i64)> = found
        .iter()
        .filter(|(s, _)| !STAGES.contains(&s.as_str()))
        .collect();
    others.sort();
    out.extend(others.into_iter().map(|(stage, n)| StageCount {
        stage: stage.clone(),
        people: Some(*n),
    }));
    for cell in &mut out {
        cell.people = cell.people.filter(|n| super::shown_if(*n));
    }
    Ok(out)
}

/// Budget granted, used (spending dated up to the period's end) and left. Used is each
/// decision's running total (migration 0015) less its spending dated after the period, so
/// only those later rows are read: none for a period that ends today.
pub async fn money(
    conn: &mut AnyConnection,
    period: &Period,
) -> Result<Option<MoneyFigures>, StorageError> {
    let row = sqlx::query(concat!(
        "select count(distinct d.client_id) as people, count(*) as decisions, \
         cast(coalesce(sum(d.granted_cents), 0) as bigint) as granted, \
         cast(coalesce(sum(d.used_cents), 0) as bigint) as used \
         from budget_decision d where ",
        in_period!("d")
    ))
    .bind(period.from_text())
    .bind(period.to_text())
    .fetch_one(&mut *conn)
    .await?;
    let people: i64 = row.try_get("people")?;
    if !super::shown_if(people) {
        return Ok(None);
    }
    let later = later_spending(conn, period).await?;
    let granted: i64 = row.try_get("granted")?;
    let used = row.try_get::<i64, _>("used")? - later;
    Ok(Some(MoneyFigures {
        people,
        decisions: row.try_get("decisions")?,
        granted_cents: granted,
        used_cents: used,
        left_cents: granted - used,
    }))
}

/// The spending dated after the period of the period's decisions. Whether any spending is
/// dated after it is first asked of the date index (migration 0017): for a period that ends
/// today there is none, and the sum would otherwise look into every decision of the period.
async fn later_spending(conn: &mut AnyConnection, period: &Period) -> Result<i64, StorageError> {
    let any: i64 = sqlx::query(
        "select count(*) as n from (select 1 from spending where spent_on > $1 limit 1) x",
    )
    .bind(period.to_text())
    .fetch_one(&mut *conn)
    .await?
    .try_get("n")?;
    if any == 0 {
        return Ok(0);
    }
    Ok(sqlx::query(concat!(
        "select cast(coalesce(sum(s.amount_cents), 0) as bigint) as later \
         from budget_decision d join spending s on s.decision_id = d.decision_id \
         and s.spent_on > $2 where ",
        in_period!("d")
    ))
    .bind(period.from_text())
    .bind(period.to_text())
    .fetch_one(&mut *conn)
    .await?
    .try_get("later")?)
}

/// The budget next to the earlier arrangement, for the period's decisions that have one.
pub async fn cost(
    conn: &mut AnyConnection,
    period: &Period,
) -> Result<Option<CostFigures>, StorageError> {
    let row = sqlx::query(concat!(
        "select count(distinct d.client_id) as people, count(*) as decisions, \
         cast(coalesce(sum(d.granted_cents), 0) as bigint) as budget, \
         cast(coalesce(sum(e.monthly * ",
        months!(),
        "), 0) as bigint) as earlier \
         from budget_decision d join (select decision_id, sum(monthly_cents) as monthly \
         from earlier_arrangement group by decision_id) e on e.decision_id = d.decision_id \
         where ",
        in_period!("d")
    ))
    .bind(period.from_text())
    .bind(period.to_text())
    .fetch_one(&mut *conn)
    .await?;
    let people: i64 = row.try_get("people")?;
    if !super::shown_if(people) {
        return Ok(None);
    }
    let budget: i64 = row.try_get("budget")?;
    let earlier: i64 = row.try_get("earlier")?;
    Ok(Some(CostFigures {
        people,
        decisions: row.try_get("decisions")?,
        budget_cents: budget,
        earlier_cents: earlier,
        difference_cents: budget - earlier,
        budget_per_client_cents: budget / people,
        earlier_per_client_cents: earlier / people,
    }))
}

/// The stored wellbeing changes (migration 0015) of the period's decisions.
macro_rules! pairs {
    () => {
        concat!(
            " from budget_decision d join wellbeing_change c on c.decision_id = d.decision_id \
             where ",
            in_period!("d")
        )
    };
}

/// How many people a figure comes from: `sql` selects `people`, with the period's first and
/// last day as `$1` and `$2`.
pub(super) async fn people(
    conn: &mut AnyConnection,
    sql: &'static str,
    period: &Period,
) -> Result<i64, StorageError> {
    Ok(sqlx::query(sql)
        .bind(period.from_text())
        .bind(period.to_text())
        .fetch_one(&mut *conn)
        .await?
        .try_get("people")?)
}

/// Per area how many improved, stayed or declined, and the sum of the changes.
pub async fn wellbeing(
    conn: &mut AnyConnection,
    period: &Period,
) -> Result<Shown<AreaChange>, StorageError> {
    let sql = concat!("select count(distinct d.client_id) as people", pairs!());
    let people = people(conn, sql, period).await?;
    if !super::shown_if(people) {
        return Ok(Shown::Hidden);
    }
    let rows = sqlx::query(concat!(
        "select c.item as item, count(case when c.points > 0 then 1 end) as improved, \
         count(case when c.points = 0 then 1 end) as same, \
         count(case when c.points < 0 then 1 end) as declined, \
         cast(sum(c.points) as bigint) as points",
        pairs!(),
        " group by c.item"
    ))
    .bind(period.from_text())
    .bind(period.to_text())
    .fetch_all(&mut *conn)
    .await?;
    let mut areas = Vec::with_capacity(rows.len());
    for row in &rows {
        areas.push(AreaChange {
            counts: AreaCounts {
                item: item_of(row)?,
                improved: row.try_get("improved")?,
                same: row.try_get("same")?,
                declined: row.try_get("declined")?,
            },
            points: row.try_get("points")?,
        });
    }
    areas.sort_by_key(|a| a.counts.item);
    Ok(Shown::of(people, areas))
}

/// Every figure of the period.
pub async fn figures(
    conn: &mut AnyConnection,
    period: Period,
) -> Result<ServiceFigures, StorageError> {
    Ok(ServiceFigures {
        stages: stages(conn, &period).await?,
        money: money(conn, &period).await?,
        cost: cost(conn, &period).await?,
        wellbeing: wellbeing(conn, &period).await?,
        satisfaction: super::satisfaction::spreads(conn, &period).await?,
        period,
    })
}
