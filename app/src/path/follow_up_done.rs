//! A completed follow-up moves the plan on the path (issue 14): the budget is in use again
//! until the next follow-up date, which the home page shows as the next step, or the last
//! follow-up of an ending period ends it. Recorded with who completed it, in the meeting's
//! own transaction.

use super::repo::{self, NewStage};
use super::Stage;
use crate::dates::today;
use crate::db::StorageError;
use crate::ids::ClientId;
use crate::plan::actor::Actor;

/// A follow-up was completed by `by`: the change of stage by `Stage::after_follow_up`,
/// with the next follow-up date (the home page's next step), in the same transaction. The
/// period is ending when its decision ends within a month.
pub async fn after_follow_up_completed(
    conn: &mut sqlx::AnyConnection,
    client_id: ClientId,
    by: &Actor,
) -> Result<(), StorageError> {
    let now = repo::current(&mut *conn, client_id)
        .await?
        .map(|(e, _)| e.stage);
    let dates = crate::followup::dates::dates(&mut *conn, client_id).await?;
    let next_on = crate::followup::dates::current(&dates).map(|d| d.due_on);
    let decision = crate::money::repo::current_decision(&mut *conn, client_id, today()).await?;
    let ending = decision
        .as_ref()
        .is_none_or(|d| d.period_end <= today() + chrono::Duration::days(31));
    let Some(stage) = Stage::after_follow_up(now, next_on.is_some(), ending) else {
        return Ok(());
    };
    let event = NewStage {
        client_id,
        stage,
        decision_id: decision.map(|d| d.decision_id),
        next_on: next_on.filter(|_| stage == Stage::InUse),
        note: "",
        by_kind: by.role.as_str(),
        by_id: None,
        by_name: &by.name,
        idem: None,
    };
    repo::record(conn, &event).await.map(|_| ())
}
