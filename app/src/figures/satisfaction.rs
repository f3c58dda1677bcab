//! The spread of satisfaction for the service view: the finished surveys of the period's
//! decisions, per item how many chose each point.

use super::Period;
use crate::db::StorageError;
use crate::wellbeing::satisfaction_repo::spreads_of;
use crate::wellbeing::summary::{Shown, Spread};
use sqlx::AnyConnection;

macro_rules! surveys {
    () => {
        concat!(
            " from budget_decision d join wellbeing_round r on r.decision_id = d.decision_id \
         join wellbeing_answer a on a.round_id = r.round_id \
         where r.kind = 'survey' and r.finished_at is not null \
         and ",
            in_period!("d")
        )
    };
}

pub async fn spreads(
    conn: &mut AnyConnection,
    period: &Period,
) -> Result<Shown<Spread>, StorageError> {
    let sql = concat!("select count(distinct r.client_id) as people", surveys!());
    let people = super::repo::people(conn, sql, period).await?;
    if !super::shown_if(people) {
        return Ok(Shown::Hidden);
    }
    let rows = sqlx::query(concat!(
        "select a.item as item, a.score as score, count(*) as n",
        surveys!(),
        " group by a.item, a.score"
    ))
    .bind(period.from_text())
    .bind(period.to_text())
    .fetch_all(&mut *conn)
    .await?;
    Ok(Shown::of(people, spreads_of(&rows)?))
}
