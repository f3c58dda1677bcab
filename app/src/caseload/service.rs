//! The worker's caseload as plain functions: one page of the overview, in a fixed number
//! of queries, and the card and PIN actions, each in one transaction.

use super::paging::CaseloadView;
use super::{listing, repo};
use super::{CardAction, CaseloadClient, CaseloadRelative};
use crate::db::{now_ms, Db, StorageError};
use crate::ids::{ClientId, WorkerId};
use crate::people::PersonRef;
use crate::relatives::repo as consent;
use crate::session::repo as sessions;
use crate::sign_in::{cards, pins};

/// The page of the worker's caseload `view` asks for, with each shown client's relatives
/// and the sign-in state of each: four queries (the page with its follow-ups, relatives,
/// their sign-in, wellbeing), each bounded by the page, however big the caseload.
pub async fn overview(
    db: &Db,
    worker_id: WorkerId,
    view: CaseloadView,
) -> Result<(Vec<CaseloadClient>, CaseloadView, i64), StorageError> {
    let mut conn = db.conn().await?;
    let today = crate::dates::today();
    let listing = listing::page(&mut conn, worker_id, &view, now_ms(), today).await?;
    let ids: Vec<ClientId> = listing.clients.iter().map(|c| c.client_id).collect();
    let relatives = consent::relatives_on_caseload(&mut conn, worker_id, &ids).await?;
    let sign_in = repo::relatives_sign_in(&mut conn, worker_id, &ids).await?;
    // Wellbeing (issue 12).
    let wellbeing =
        crate::wellbeing::marks::caseload_marks(&mut conn, worker_id, &ids, today).await?;
    let clients = listing
        .clients
        .into_iter()
        .map(|c| CaseloadClient {
            client_id: c.client_id,
            name: c.name,
            has_card: c.has_card,
            locked: c.pin_failures >= pins::LOCK_AFTER,
            // Follow-up (issue 12): the next follow-up not completed.
            next_follow_up: c
                .next_due
                .map(|due| crate::followup::NextFollowUp::on(due, today)),
            wellbeing: wellbeing.get(&c.client_id).copied().unwrap_or_default(),
            relatives: relatives
                .iter()
                .filter(|r| r.client_id == c.client_id)
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
        .collect();
    let shown = CaseloadView {
        page: listing.page,
        ..view
    };
    Ok((clients, shown, listing.total))
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
