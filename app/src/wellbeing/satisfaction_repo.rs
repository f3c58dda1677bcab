//! The spread of satisfaction for the summaries: per survey item, how many chose each
//! point, and how many people answered. `worker` 0 means the whole service.

use super::scale::Score;
use super::summary::Spread;
use super::summary_repo::{item_of, people};
use crate::db::StorageError;
use sqlx::{AnyConnection, Row};

/// Finished surveys with their answers.
macro_rules! surveys {
    () => {
        " from wellbeing_round r join wellbeing_answer a on a.round_id = r.round_id \
     where r.kind = 'survey' and r.finished_at is not null \
     and ($1 = 0 or exists (select 1 from caseload c where c.worker_id = $1 \
     and c.client_id = r.client_id))"
    };
}

/// The people who finished a survey, and each item's spread.
pub async fn spreads(
    conn: &mut AnyConnection,
    worker: i64,
) -> Result<(i64, Vec<Spread>), StorageError> {
    let survey_people = people(
        conn,
        concat!("select count(distinct r.client_id) as people", surveys!()),
        worker,
    )
    .await?;
    let rows = sqlx::query(concat!(
        "select a.item as item, a.score as score, count(*) as n",
        surveys!(),
        " group by a.item, a.score"
    ))
    .bind(worker)
    .fetch_all(&mut *conn)
    .await?;
    let spreads = spreads_of(&rows)?;
    Ok((survey_people, spreads))
}

/// Each item's spread from rows of (item, score, n), in item order (also the service view's).
pub fn spreads_of(rows: &[sqlx::any::AnyRow]) -> Result<Vec<Spread>, StorageError> {
    let mut spreads: Vec<Spread> = Vec::new();
    for row in rows {
        let item = item_of(row)?;
        let score: i64 = row.try_get("score")?;
        let score = Score::from_i64(score).ok_or(StorageError::Unknown(score.to_string()))?;
        let n: i64 = row.try_get("n")?;
        let at = match spreads.iter().position(|s| s.item == item) {
            Some(at) => at,
            None => {
                spreads.push(Spread {
                    item,
                    by_score: [0; 5],
                });
                spreads.len() - 1
            }
        };
        spreads[at].by_score[(score.value() - 1) as usize] += n;
    }
    spreads.sort_by_key(|s| s.item);
    Ok(spreads)
}
