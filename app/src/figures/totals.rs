//! The running totals the service view reads instead of the raw rows (migration 0015): the
//! used cents of each decision and the wellbeing change per area of each finished period.
//! Each is written in the same transaction as the rows it sums, and `recompute` fills them
//! again from the rows (after the generator's bulk insert).

use crate::db::StorageError;
use crate::ids::DecisionId;
use crate::money::amount::Cents;
use sqlx::AnyConnection;

/// Raises a decision's used cents by one new spending row (a correction's amount is below
/// zero). Called only when the row was written, in the same transaction: the increment is one
/// statement, so two writers at once both count, on both engines.
pub async fn add_used(
    conn: &mut AnyConnection,
    decision_id: DecisionId,
    cents: Cents,
) -> Result<(), StorageError> {
    sqlx::query("update budget_decision set used_cents = used_cents + $1 where decision_id = $2")
        .bind(cents)
        .bind(decision_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Finished start and end rounds of the same decision, answer by answer. A macro, so each
/// query stays one literal string.
macro_rules! finished_pairs {
    () => {
        " select rs.decision_id, rs.client_id, s.item, e.score - s.score \
         from wellbeing_round rs \
         join wellbeing_round re on re.decision_id = rs.decision_id and re.client_id = rs.client_id \
         join wellbeing_answer s on s.round_id = rs.round_id \
         join wellbeing_answer e on e.round_id = re.round_id and e.item = s.item \
         where rs.kind = 'start' and re.kind = 'end' \
         and rs.finished_at is not null and re.finished_at is not null"
    };
}

/// Stores a decision's wellbeing change per area once both its start and end rounds are
/// finished; before that it writes nothing. Called when a round is finished, in the same
/// transaction. Finished rounds never change, so a stored change stays right.
pub async fn store_change(
    conn: &mut AnyConnection,
    decision_id: DecisionId,
) -> Result<(), StorageError> {
    sqlx::query(concat!(
        "insert into wellbeing_change (decision_id, client_id, item, points)",
        finished_pairs!(),
        " and rs.decision_id = $1 on conflict (decision_id, item) do nothing"
    ))
    .bind(decision_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Fills every total again from the rows, in the caller's transaction (after a bulk insert
/// that did not keep them; migration 0015 does the same once).
pub async fn recompute(conn: &mut AnyConnection) -> Result<(), StorageError> {
    sqlx::query(
        "update budget_decision set used_cents = coalesce((select sum(s.amount_cents) \
         from spending s where s.decision_id = budget_decision.decision_id), 0)",
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query("delete from wellbeing_change")
        .execute(&mut *conn)
        .await?;
    sqlx::query(concat!(
        "insert into wellbeing_change (decision_id, client_id, item, points)",
        finished_pairs!()
    ))
    .execute(&mut *conn)
    .await?;
    Ok(())
}
