//! What the worker's follow-up page shows, built on the server.

use super::{current, next_of};
use crate::db::{Db, StorageError};
use crate::followup::dates;
use crate::forms::{idempotency, refused};

/// The worker's follow-up page: the follow-up so far, the meeting form (with a refused one
/// of this session kept as typed) and every date.
pub async fn meeting_data(
    db: &Db,
    client: &crate::people::repo::Client,
    session_id: &str,
) -> Result<crate::followup::MeetingData, StorageError> {
    use crate::followup::meeting::{RefusedMeeting, REFUSED};
    let client_id = client.client_id;
    let current = current(db, client_id).await?;
    let forms = refused::refused(&mut *db.conn().await?, session_id, client_id).await?;
    let kept: Option<RefusedMeeting> = match forms.into_iter().find(|(f, _)| f == REFUSED) {
        Some((_, json)) => Some(serde_json::from_str(&json)?),
        None => None,
    };
    let all = dates::dates(&mut *db.conn().await?, client_id).await?;
    // The worker's page shows whose words each answer is; the client disagrees on their own
    // pages.
    let marks = match &current {
        Some(c) => {
            let scope = crate::said::target::followup_scope(c.date.date_id);
            let marks = crate::said::repo::marks(&mut *db.conn().await?, client_id, &scope).await?;
            crate::said::Marks {
                scope,
                marks,
                may_disagree: false,
            }
        }
        None => crate::said::Marks::default(),
    };
    let version = current.as_ref().map_or(0, |c| c.version);
    let (input, errors, version) = match kept {
        Some(k) => (k.input, k.errors, k.base_version),
        None => (
            crate::followup::MeetingInput::default(),
            Vec::new(),
            version,
        ),
    };
    Ok(crate::followup::MeetingData {
        client_name: client.display_name.clone(),
        next: current.as_ref().map(|c| next_of(&c.date)),
        content: current.map(|c| c.content).unwrap_or_default(),
        marks,
        version,
        input,
        errors,
        dates: all.iter().map(|d| (d.due_on, d.done)).collect(),
        idem: idempotency::new_key(),
    })
}
