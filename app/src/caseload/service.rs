//! The worker's caseload as plain functions: the overview the page shows, in a fixed number
//! of queries, and the card and PIN actions, each in one transaction.

use super::repo;
use super::{CardAction, CaseloadClient, CaseloadRelative};
use crate::db::{Db, StorageError};
use crate::ids::WorkerId;
use crate::people::PersonRef;
use crate::relatives::repo as consent;
use crate::session::repo as sessions;
use crate::sign_in::{cards, pins};

/// Every client on the worker's caseload with their relatives and the sign-in state of
/// each: four queries (the fourth: follow-ups), however many clients and relatives.
pub async fn overview(db: &Db, worker_id: WorkerId) -> Result<Vec<CaseloadClient>, StorageError> {
    let mut conn = db.conn().await?;
    let clients = repo::clients_with_sign_in(&mut conn, worker_id).await?;
    let relatives = consent::relatives_on_caseload(&mut conn, worker_id).await?;
    let sign_in = repo::relatives_sign_in(&mut conn, worker_id).await?;
    // Follow-up (issue 12): one more query for every client's next follow-up.
    let follow_ups = crate::followup::dates::caseload_next(&mut conn, worker_id).await?;
    let today = crate::dates::today();
    // Wellbeing (issue 12).
    let wellbeing = crate::wellbeing::marks::caseload_marks(&mut conn, worker_id, today).await?;
    Ok(clients
        .into_iter()
        .map(|c| CaseloadClient {
            client_id: c.client.client_id,
            name: c.client.display_name,
            has_card: c.has_card,
            locked: c.pin_failures >= pins::LOCK_AFTER,
            next_follow_up: follow_ups
                .iter()
                .find(|(id, _)| *id == c.client.client_id)
                .map(|(_, due)| crate::followup::NextFollowUp::on(*due, today)),
            wellbeing: wellbeing
                .get(&c.client.client_id)
                .copied()
                .unwrap_or_default(),
            relatives: relatives
                .iter()
                .filter(|r| r.client_id == c.client.client_id)
                .map(|r| {
                    let (has_card, failures) = sign_in
                        .iter()
                        .find(|(id, _, _)| *id == r.relative_id)
                        .map_or((false, 0), |(_, card, failures)| (*card, *failures));
                    CaseloadRelative {
                        relative_id: r.relative_id,
                        name: r.name.clone(),
                        has_card,
                        locked: failures >= pins::LOCK_AFTER,
                        waiting_consent: r.waiting.map(|w| w.consent_id),
                    }
                })
                .collect(),
        })
        .collect())
}

/// Does a card or PIN action for a person, all of it or nothing. A new card's code is kept
/// for the worker's next page (`worker_session`), where it is shown once.
pub async fn card_action(
    db: &Db,
    action: CardAction,
    person: PersonRef,
    worker_id: WorkerId,
    worker_session: &str,
) -> Result<(), StorageError> {
    let mut tx = db.write().await?;
    match action {
        CardAction::Issue => {
            let code = cards::issue(&mut tx, person, Some(worker_id)).await?;
            sessions::set_card_to_show(&mut tx, worker_session, Some(&code)).await?;
        }
        CardAction::Revoke => cards::revoke(&mut tx, person).await?,
        CardAction::Unlock => pins::unlock(&mut tx, person).await?,
        CardAction::Reset => {
            pins::reset(&mut tx, person).await?;
            sessions::delete_for(&mut tx, person).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
