//! A worker adds a follow-up date: a double tap adds it once, a date the client has already
//! is told, not added twice.

use super::PAGE;
use crate::db::{Db, StorageError};
use crate::followup::FollowUpNotice;
use crate::forms::idempotency;
use crate::forms::notice::Notice;
use crate::ids::ClientId;

/// A worker adds a follow-up date for the client. Returns the page with what happened.
pub async fn add_date(
    db: &Db,
    client_id: ClientId,
    idem: &str,
    text: &str,
) -> Result<String, StorageError> {
    let Some(date) = crate::money::form::date(text) else {
        return Ok(format!("{}#dates", FollowUpNotice::DateWrong.at(PAGE)));
    };
    let decision = crate::money::repo::current_decision(
        &mut *db.conn().await?,
        client_id,
        crate::dates::today(),
    )
    .await?;
    let mut tx = db.write().await?;
    let now = crate::db::now_ms();
    if let Some(first) = idempotency::claim(&mut tx, idem, client_id, now).await? {
        tx.rollback().await?;
        return Ok(if first.is_empty() {
            PAGE.to_owned()
        } else {
            first
        });
    }
    let decision_id = decision.map(|d| d.decision_id);
    let added =
        crate::followup::dates::add_by_worker(&mut tx, client_id, decision_id, date).await?;
    let notice = if added {
        FollowUpNotice::DateAdded
    } else {
        FollowUpNotice::DateTaken
    };
    let done = format!("{}#dates", notice.at(PAGE));
    idempotency::finish(&mut tx, idem, &done).await?;
    tx.commit().await?;
    Ok(done)
}
