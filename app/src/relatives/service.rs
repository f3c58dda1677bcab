//! The rules for relatives' rights, each use case in one transaction.

use super::repo::{self, Consent};
use super::Rights;
use crate::db::{now_ms, Db, StorageError};
use crate::ids::{ClientId, RelativeId};
use crate::people::PersonRef;
use crate::session::repo as sessions;
use crate::sign_in::cards;
use sqlx::AnyConnection;

/// How long a widening of rights waits for the client to change their mind.
pub const WAIT_MS: i64 = 24 * 3600 * 1000;

/// When new rights start: narrower or equal ones at once, wider ones after `WAIT_MS`.
pub fn starts_at(before: Rights, after: Rights, now: i64) -> i64 {
    if after.wider_than(before) {
        now + WAIT_MS
    } else {
        now
    }
}

/// Records new rights for a relative (see `starts_at`); any change still waiting is
/// cancelled. A change that takes one right away and gives another does both parts: what is
/// taken away ends now (a row with only what the old and new rights share), and only the
/// widening waits. Returns the row with the new rights.
pub async fn change(
    db: &Db,
    client_id: ClientId,
    relative_id: RelativeId,
    rights: Rights,
    by: PersonRef,
) -> Result<Consent, StorageError> {
    let mut tx = db.write().await?;
    let consent = change_in(&mut tx, client_id, relative_id, rights, by).await?;
    tx.commit().await?;
    Ok(consent)
}

async fn change_in(
    conn: &mut AnyConnection,
    client_id: ClientId,
    relative_id: RelativeId,
    rights: Rights,
    by: PersonRef,
) -> Result<Consent, StorageError> {
    let rights = rights.normalised();
    let now = now_ms();
    let before = repo::current(conn, client_id, relative_id)
        .await?
        .map(|c| c.rights)
        .unwrap_or_default();
    repo::cancel_waiting(conn, client_id, relative_id, now).await?;
    let effective_at = starts_at(before, rights, now);
    let kept = before.both(rights);
    if effective_at > now && kept != before {
        repo::insert(conn, client_id, relative_id, kept, by, now, now).await?;
    }
    repo::insert(conn, client_id, relative_id, rights, by, now, effective_at).await
}

/// What adding a relative led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    Added(RelativeId),
    /// The same form again (a double tap): nothing more was written.
    Repeated,
    /// The form's key came with another name: nothing was written.
    Different,
}

/// A worker adds a relative for a client: the person, a consent row with no rights yet (the
/// client chooses them), and a sign-in card whose code is kept for the worker's next page.
/// All of it or nothing, once per form key (`idem`): a double tap adds one relative, so the
/// first card's code is not lost.
pub async fn add_relative(
    db: &Db,
    client_id: ClientId,
    name: &str,
    worker: PersonRef,
    worker_session: &str,
    idem: &str,
) -> Result<Added, StorageError> {
    use crate::forms::idempotency::{self, Claim};
    let mut tx = db.write().await?;
    match idempotency::claim_contents(&mut tx, idem, client_id, now_ms(), name).await? {
        Claim::New => {}
        Claim::Repeat(_) => return Ok(Added::Repeated),
        Claim::Different => return Ok(Added::Different),
    }
    idempotency::finish(&mut tx, idem, "/worker").await?;
    let relative_id = crate::people::repo::create_relative(&mut tx, name).await?;
    change_in(&mut tx, client_id, relative_id, Rights::default(), worker).await?;
    let person = PersonRef::relative(relative_id);
    let code = cards::issue(&mut tx, person, worker.as_worker()).await?;
    sessions::set_card_to_show(&mut tx, worker_session, Some(&code)).await?;
    tx.commit().await?;
    Ok(Added::Added(relative_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rights(read_plan: bool, write_plan: bool, see_money: bool) -> Rights {
        Rights {
            read_plan,
            write_plan,
            see_money,
        }
    }

    #[test]
    fn narrowing_starts_now_and_widening_waits_a_day() {
        let now = 1_000;
        assert_eq!(
            starts_at(rights(true, true, true), rights(true, false, false), now),
            now
        );
        assert_eq!(
            starts_at(rights(true, false, false), rights(true, false, false), now),
            now
        );
        assert_eq!(
            starts_at(rights(true, false, false), rights(true, false, true), now),
            now + WAIT_MS
        );
    }
}
