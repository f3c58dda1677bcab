//! The follow-up meeting, on the server: the worker completes the follow-up with notes and
//! the agreed change. An agreed change to the plan is saved as a new plan version made from
//! the newest one, so everything else carries forward and nothing is typed twice (`change`,
//! `plan_version`). Also the worker adding a follow-up date (`date`).

mod change;
mod date;
mod plan_version;

pub use change::{parse, with_change, with_change_as, MeetingErrors};
pub use date::add_date;

use super::content::Said;
use super::service::current;
use super::{FollowUpNotice, MeetingError, MeetingInput};
use crate::db::{Db, StorageError};
use crate::forms::notice::Notice;
use crate::forms::{idempotency, refused};
use crate::ids::ClientId;
use crate::plan::service::Writer;
use plan_version::new_plan_version;
use serde::{Deserialize, Serialize};

/// The worker's follow-up page.
pub const PAGE: &str = "/worker/followup";
/// The name a refused meeting form is kept under for the session.
pub const REFUSED: &str = "followup-meeting";

/// A refused meeting form, kept for the worker's session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedMeeting {
    pub input: MeetingInput,
    pub errors: Vec<(String, MeetingError)>,
    pub base_version: i64,
}

async fn refuse(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    kept: RefusedMeeting,
) -> Result<String, StorageError> {
    let json = serde_json::to_string(&kept)?;
    refused::put_refused(
        &mut *db.conn().await?,
        session_id,
        client_id,
        REFUSED,
        &json,
    )
    .await?;
    Ok(format!("{PAGE}#meeting"))
}

/// The meeting form as sent.
#[derive(Clone, Debug, Default)]
pub struct MeetingForm {
    pub version: i64,
    pub idem: String,
    pub input: MeetingInput,
}

/// Completes the follow-up: notes and the agreed change, and for a change a new plan version
/// (and the same change in the plan's draft), all in one transaction.
pub async fn complete(
    db: &Db,
    on: &Writer,
    session_id: &str,
    form: MeetingForm,
) -> Result<String, StorageError> {
    let Some(current) = current(db, on.client_id).await? else {
        return Ok(PAGE.to_owned());
    };
    let (notes, agreed) = match parse(&form.input) {
        Ok(parsed) => parsed,
        Err(errors) => {
            let kept = RefusedMeeting {
                input: form.input,
                errors,
                base_version: form.version,
            };
            return refuse(db, session_id, on.client_id, kept).await;
        }
    };
    let mut content = current.content.clone();
    content.notes = (!notes.is_empty()).then(|| Said {
        text: notes,
        by: on.author.clone(),
    });
    content.agreed = agreed.clone();
    let done = FollowUpNotice::Completed.at("/followup/history");
    let mut tx = db.write().await?;
    let now = crate::db::now_ms();
    if let Some(first) = idempotency::claim(&mut tx, &form.idem, on.client_id, now).await? {
        tx.rollback().await?;
        return Ok(if first.is_empty() { done } else { first });
    }
    let id = match (&current.record, form.version == current.version) {
        (_, false) => None,
        (Some(r), true) => Some(r.follow_up_id),
        (None, true) => {
            // Started by someone else meanwhile: their answers are newer than this page.
            let date_id = current.date.date_id;
            if super::repo::create(&mut tx, on.client_id, date_id, &content).await? {
                super::repo::for_date(&mut tx, on.client_id, date_id)
                    .await?
                    .map(|r| r.follow_up_id)
            } else {
                None
            }
        }
    };
    let version = current.version.max(1);
    let new_version = match &agreed {
        Some(change) => Some(new_plan_version(&mut tx, on, change, &form.idem).await?),
        None => None,
    };
    let completed = match id {
        Some(id) => {
            let by = &on.author.name;
            super::repo::complete(&mut tx, id, &content, version, by, new_version).await?
        }
        None => false,
    };
    if !completed {
        tx.rollback().await?;
        let kept = RefusedMeeting {
            input: form.input,
            errors: vec![("notes".to_owned(), MeetingError::ChangedByOther)],
            base_version: current.version,
        };
        return refuse(db, session_id, on.client_id, kept).await;
    }
    crate::path::follow_up_done::after_follow_up_completed(&mut tx, on.client_id, &on.author)
        .await?;
    refused::clear_refused(&mut tx, session_id, on.client_id, REFUSED).await?;
    idempotency::finish(&mut tx, &form.idem, &done).await?;
    tx.commit().await?;
    Ok(done)
}
