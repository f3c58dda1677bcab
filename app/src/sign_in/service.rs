//! The steps of a card and picture-PIN sign-in, over the database. The server functions in
//! `api` call these and only map the outcome to cookies and a redirect.

use super::{PictureMode, PictureNotice};
use crate::db::{now_ms, Db, StorageError};
use crate::people::PersonRef;
use crate::relatives::repo as consent;
use crate::session::repo::{self as sessions, Attempt, NewSession, Place};
use crate::sign_in::cards;
use crate::sign_in::pins::{self, Pin, PinCheck};
use crate::sign_in::turns::{argon2_turn, TURN_WAIT_SECONDS};

/// What one press on the picture page led to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PickOutcome {
    /// Show the picture page again, with this error code if any (`wrong`, `wait-<s>`,
    /// `locked`, `mismatch`, `again`).
    Again(Option<PictureNotice>),
    /// Signed in: the new session id, and who.
    SignedIn {
        session_id: String,
        person: PersonRef,
    },
    /// The sign-in in progress is gone (too old, or the card was revoked).
    Gone,
    /// The card has no PIN and the time to choose one has passed: ask a worker.
    Expired,
}

/// The mode of the picture page for this sign-in in progress.
pub async fn mode(db: &Db, attempt: &Attempt) -> Result<Option<PictureMode>, StorageError> {
    let Some(card) = cards::get(&mut *db.conn().await?, attempt.card_id).await? else {
        return Ok(None);
    };
    Ok(Some(
        if pins::is_set(&mut *db.conn().await?, card.owner).await? {
            PictureMode::SignIn
        } else if attempt.confirm.is_some() {
            PictureMode::Confirm
        } else {
            PictureMode::Choose
        },
    ))
}

/// Handles one press: a picture, `undo` (take the last one away) or `restart`.
pub async fn pick(
    db: &Db,
    attempt_id: &str,
    attempt: &Attempt,
    press: &str,
) -> Result<PickOutcome, StorageError> {
    let Some(card) = cards::get(&mut *db.conn().await?, attempt.card_id).await? else {
        sessions::end_attempt(&mut *db.conn().await?, attempt_id).await?;
        return Ok(PickOutcome::Gone);
    };
    let Some(mut picks) = pins::parse_picks(&attempt.picks) else {
        sessions::update_attempt(
            &mut *db.conn().await?,
            attempt_id,
            "",
            attempt.confirm.as_deref(),
        )
        .await?;
        return Ok(PickOutcome::Again(None));
    };
    match press {
        "undo" => {
            picks.pop();
        }
        "restart" => picks.clear(),
        picture => match super::picture(picture) {
            Some(known) if picks.len() < pins::PIN_LENGTH => picks.push(known),
            _ => return Ok(PickOutcome::Again(None)),
        },
    }
    let joined = picks.join(",");
    let Some(pin) = Pin::parse(&joined) else {
        sessions::update_attempt(
            &mut *db.conn().await?,
            attempt_id,
            &joined,
            attempt.confirm.as_deref(),
        )
        .await?;
        return Ok(PickOutcome::Again(None));
    };
    if pins::is_set(&mut *db.conn().await?, card.owner).await? {
        return finish_sign_in(db, attempt_id, attempt, &card, &pin).await;
    }
    if !card.may_choose(now_ms()) {
        sessions::end_attempt(&mut *db.conn().await?, attempt_id).await?;
        return Ok(PickOutcome::Expired);
    }
    // The first choice of a new PIN is kept only as its Argon2 hash (security review F16).
    let Some(first) = attempt.confirm.as_deref() else {
        let first = pins::hash_secret_off_thread(pin.secret()).await?;
        sessions::update_attempt(&mut *db.conn().await?, attempt_id, "", Some(&first)).await?;
        return Ok(PickOutcome::Again(Some(PictureNotice::Again)));
    };
    let Some(turn) = argon2_turn().await else {
        return Ok(PickOutcome::Again(Some(busy())));
    };
    if pins::verify_secret_off_thread(pin.secret(), first.to_owned(), turn).await {
        pins::set(&mut *db.conn().await?, card.owner, &pin).await?;
        return start_session(db, attempt_id, attempt, &card).await;
    }
    sessions::update_attempt(&mut *db.conn().await?, attempt_id, "", None).await?;
    Ok(PickOutcome::Again(Some(PictureNotice::Mismatch)))
}

/// What the picture page says when the server is busy with other sign-ins: wait a moment.
fn busy() -> PictureNotice {
    PictureNotice::Wait(TURN_WAIT_SECONDS as i64)
}

async fn finish_sign_in(
    db: &Db,
    attempt_id: &str,
    attempt: &Attempt,
    card: &cards::Card,
    pin: &Pin,
) -> Result<PickOutcome, StorageError> {
    let error = match check_pin(db, card, pin).await? {
        PinCheck::Right => return start_session(db, attempt_id, attempt, card).await,
        PinCheck::Wrong => PictureNotice::Wrong,
        PinCheck::Wait(until) => PictureNotice::Wait(((until - now_ms()) / 1000).max(1)),
        PinCheck::Locked => PictureNotice::Locked,
        PinCheck::NotSet => PictureNotice::Again,
        PinCheck::Busy => busy(),
    };
    sessions::update_attempt(&mut *db.conn().await?, attempt_id, "", None).await?;
    Ok(PickOutcome::Again(Some(error)))
}

/// Checks a PIN given with a card. The try is reserved (counted) in the database before the
/// slow Argon2 check, and refused unchecked during a wait or a lock, so parallel tries count
/// one by one. No connection is held while Argon2 runs.
pub async fn check_pin(db: &Db, card: &cards::Card, pin: &Pin) -> Result<PinCheck, StorageError> {
    if card.failures >= pins::LOCK_AFTER {
        return Ok(PinCheck::Locked);
    }
    let Some(turn) = argon2_turn().await else {
        return Ok(PinCheck::Busy);
    };
    let reserved = pins::reserve_try(&mut *db.conn().await?, card.owner, now_ms()).await?;
    let hash = match reserved {
        pins::Reservation::Check { hash, .. } => hash,
        pins::Reservation::Wait(until) => return Ok(PinCheck::Wait(until)),
        pins::Reservation::Locked => return Ok(PinCheck::Locked),
        pins::Reservation::NotSet => return Ok(PinCheck::NotSet),
    };
    if pins::verify_secret_off_thread(pin.secret(), hash, turn).await {
        let mut tx = db.write().await?;
        pins::clear_failures(&mut tx, card.owner).await?;
        cards::reset_failures(&mut tx, card.owner).await?;
        tx.commit().await?;
        return Ok(PinCheck::Right);
    }
    cards::add_failure(&mut *db.conn().await?, card.card_id).await?;
    Ok(PinCheck::Wrong)
}

async fn start_session(
    db: &Db,
    attempt_id: &str,
    attempt: &Attempt,
    card: &cards::Card,
) -> Result<PickOutcome, StorageError> {
    // The attempt ends and the session starts together: never a used attempt without a
    // session, nor a session whose attempt could be used again.
    let mut tx = db.write().await?;
    sessions::end_attempt(&mut tx, attempt_id).await?;
    let subject_client_id = match (card.owner.as_client(), card.owner.as_relative()) {
        (Some(client_id), _) => Some(client_id),
        // A relative who helps one client goes straight to that client.
        (_, Some(relative_id)) => match consent::clients_of(&mut tx, relative_id).await?.as_slice()
        {
            [(only, _)] => Some(*only),
            _ => None,
        },
        _ => None,
    };
    let place = if attempt.place == Place::Kiosk {
        Place::Kiosk
    } else {
        Place::Home
    };
    let new = NewSession {
        actor: card.owner,
        subject_client_id,
        place,
        card_id: Some(card.card_id),
    };
    let session_id = sessions::create(&mut tx, &new).await?;
    tx.commit().await?;
    Ok(PickOutcome::SignedIn {
        session_id,
        person: card.owner,
    })
}
