//! For a worker's caseload: whether each client's current period has its start and end
//! wellbeing. One query for the shown page of the caseload: the current period by the money's rule (the
//! decision covering today, else the newest; `money::repo::current_decision`), picked in SQL
//! per client, so that a client's earlier periods and their rounds are never read (at
//! national scale a caseload of 150 has 900 decisions and over 1,000 rounds).

use super::CaseloadMark;
use crate::db::{stored_date, StorageError};
use crate::ids::{ClientId, WorkerId};
use chrono::NaiveDate;
use sqlx::{AnyConnection, Row};
use std::collections::BTreeMap;

/// The mark of each of the given clients on the worker's caseload (the shown page), by
/// client id (a client without a decision has none).
pub async fn caseload_marks(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    clients: &[ClientId],
    today: NaiveDate,
) -> Result<BTreeMap<ClientId, CaseloadMark>, StorageError> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select c.client_id, \
         (select count(*) from wellbeing_round r where r.decision_id = d.decision_id \
         and r.kind = 'start' and r.finished_at is not null) as start_done, \
         (select count(*) from wellbeing_round r where r.decision_id = d.decision_id \
         and r.kind = 'end' and r.finished_at is not null) as end_done \
         from caseload c join budget_decision d on d.decision_id = \
         (select n.decision_id from budget_decision n where n.client_id = c.client_id \
         order by case when n.period_start <= $2 and n.period_end >= $2 then 0 else 1 end, \
         n.period_start desc, n.decision_id desc limit 1) where c.worker_id = $1 \
         and c.client_id in ({})",
        crate::caseload::listing::id_list(clients)
    )))
    .bind(worker_id)
    .bind(stored_date(today))
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("client_id")?,
                CaseloadMark {
                    has_period: true,
                    start_done: r.try_get::<i64, _>("start_done")? > 0,
                    end_done: r.try_get::<i64, _>("end_done")? > 0,
                },
            ))
        })
        .collect()
}
