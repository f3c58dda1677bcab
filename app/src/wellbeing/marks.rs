//! For a worker's caseload: whether each client's current period has its start and end
//! wellbeing. Two queries however many clients; the current period by the money's rule.

use super::items::RoundKind;
use super::period::{current, Period};
use super::CaseloadMark;
use crate::db::{date_of, StorageError};
use crate::ids::{ClientId, DecisionId, WorkerId};
use chrono::NaiveDate;
use sqlx::{AnyConnection, Row};
use std::collections::BTreeMap;

/// Each caseload client's mark, by client id (a client without a decision has none).
pub async fn caseload_marks(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    today: NaiveDate,
) -> Result<BTreeMap<ClientId, CaseloadMark>, StorageError> {
    let rows = sqlx::query(
        "select d.client_id, d.decision_id, d.period_start, d.period_end from budget_decision d \
         join caseload c on c.client_id = d.client_id where c.worker_id = $1",
    )
    .bind(worker_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut periods: BTreeMap<ClientId, Vec<Period>> = BTreeMap::new();
    for r in &rows {
        let client: ClientId = r.try_get("client_id")?;
        periods.entry(client).or_default().push(Period {
            decision_id: r.try_get("decision_id")?,
            start: date_of(r, "period_start")?,
            end: date_of(r, "period_end")?,
        });
    }
    let rows = sqlx::query(
        "select r.decision_id, r.kind from wellbeing_round r \
         join caseload c on c.client_id = r.client_id \
         where c.worker_id = $1 and r.finished_at is not null",
    )
    .bind(worker_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut done: Vec<(DecisionId, RoundKind)> = Vec::new();
    for r in &rows {
        let kind: String = r.try_get("kind")?;
        if let Some(kind) = RoundKind::from_slug(&kind) {
            done.push((r.try_get("decision_id")?, kind));
        }
    }
    Ok(periods
        .into_iter()
        .filter_map(|(client, list)| {
            let p = current(&list, today)?;
            let has = |kind| done.contains(&(p.decision_id, kind));
            Some((
                client,
                CaseloadMark {
                    has_period: true,
                    start_done: has(RoundKind::Start),
                    end_done: has(RoundKind::End),
                },
            ))
        })
        .collect())
}
