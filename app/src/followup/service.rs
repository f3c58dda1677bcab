//! Preparing a follow-up, on the server: which follow-up is next, what it asks about, and
//! saving one step. Every step is saved at once (the draft); a double tap writes once; a step
//! based on an older version is refused with the person's text kept.

use super::content::{FollowUpContent, ItemAnswer, Step, StepError, StepInput};
use super::dates::{self, DueDate};
use super::repo::{self, Record};
use super::{step_path, NextFollowUp};
use crate::dates::today;
use crate::db::{Db, StorageError};
use crate::forms::{idempotency, refused};
use crate::ids::ClientId;
use crate::plan::section::Section;
use crate::plan::service::Writer;
use serde::{Deserialize, Serialize};

/// The follow-up being prepared: its date, and what is saved so far (`version` 0: nothing).
#[derive(Clone, Debug)]
pub struct Current {
    pub date: DueDate,
    pub record: Option<Record>,
    pub content: FollowUpContent,
    pub version: i64,
}

/// The date as the pages show it.
pub fn next_of(date: &DueDate) -> NextFollowUp {
    NextFollowUp::on(date.due_on, today())
}

/// The client's next follow-up, for the home page and "Minun rahani".
pub async fn next(db: &Db, client_id: ClientId) -> Result<Option<NextFollowUp>, StorageError> {
    let all = dates::dates(&mut *db.conn().await?, client_id).await?;
    Ok(dates::current(&all).map(next_of))
}

/// What the follow-up asks about: every goal of the newest saved plan, and every wish that
/// the current decision's money serves, in the plan's order.
pub async fn items_for(db: &Db, client_id: ClientId) -> Result<Vec<ItemAnswer>, StorageError> {
    let Some(plan) =
        crate::plan::repo::get_version(&mut *db.conn().await?, client_id, None).await?
    else {
        return Ok(Vec::new());
    };
    let funded = crate::money::view::funded_wishes(db, client_id).await?;
    let mut items = Vec::new();
    for section in Section::ALL {
        let words = plan
            .content
            .answer(section)
            .map(|a| a.items())
            .unwrap_or_default();
        for (index, wish) in words.into_iter().enumerate() {
            let has_money = funded.iter().any(|f| {
                f.section == section.slug() && usize::try_from(f.item_index).ok() == Some(index)
            });
            if section == Section::Goals || has_money {
                items.push(ItemAnswer {
                    section: section.slug().to_owned(),
                    // "Osaan leipoa." reads as a wish in "Miten meni: Osaan leipoa?".
                    wish: wish.trim_end_matches(['.', '!', '?']).to_owned(),
                    rating: None,
                    words: None,
                });
            }
        }
    }
    Ok(items)
}

/// The follow-up to prepare now, or `None` when the client has no follow-up date waiting.
pub async fn current(db: &Db, client_id: ClientId) -> Result<Option<Current>, StorageError> {
    let all = dates::dates(&mut *db.conn().await?, client_id).await?;
    let Some(date) = dates::current(&all).cloned() else {
        return Ok(None);
    };
    let record = repo::for_date(&mut *db.conn().await?, client_id, date.date_id).await?;
    let (content, version) = match &record {
        Some(r) => (r.content.clone(), r.version),
        None => (
            FollowUpContent {
                items: items_for(db, client_id).await?,
                ..FollowUpContent::default()
            },
            0,
        ),
    };
    Ok(Some(Current {
        date,
        record,
        content,
        version,
    }))
}

/// The name a refused step is kept under for this session.
pub fn refused_name(no: i64) -> String {
    format!("followup-step-{no}")
}

/// A refused step, kept for the session that sent it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedStep {
    pub input: StepInput,
    pub error: StepError,
    pub base_version: i64,
}

/// A step's form as sent.
#[derive(Clone, Debug, Default)]
pub struct StepForm {
    pub no: i64,
    pub version: i64,
    pub idem: String,
    pub input: StepInput,
}

async fn keep_refused(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    form: &StepForm,
    error: StepError,
    base_version: i64,
) -> Result<String, StorageError> {
    let kept = RefusedStep {
        input: form.input.clone(),
        error,
        base_version,
    };
    let json = serde_json::to_string(&kept)?;
    let name = refused_name(form.no);
    refused::put_refused(&mut *db.conn().await?, session_id, client_id, &name, &json).await?;
    Ok(step_path(form.no))
}

/// Saves one step and returns the page to show next: the next step, the check page, or the
/// same step again with the refusal.
pub async fn save_step(
    db: &Db,
    on: &Writer,
    session_id: &str,
    form: StepForm,
) -> Result<String, StorageError> {
    let Some(current) = current(db, on.client_id).await? else {
        return Ok("/followup".to_owned());
    };
    let total = current.content.items.len();
    let Some(step) = Step::from_no(form.no, total) else {
        return Ok("/followup".to_owned());
    };
    let mut content = current.content.clone();
    if let Err(error) = content.apply(step, &form.input, &on.author) {
        return keep_refused(db, session_id, on.client_id, &form, error, form.version).await;
    }
    let next = match Step::from_no(form.no + 1, total) {
        Some(_) => step_path(form.no + 1),
        None => "/followup/check".to_owned(),
    };
    let mut tx = db.write().await?;
    let now = crate::db::now_ms();
    if let Some(first) = idempotency::claim(&mut tx, &form.idem, on.client_id, now).await? {
        tx.rollback().await?;
        return Ok(if first.is_empty() { next } else { first });
    }
    let written = match (&current.record, form.version == current.version) {
        (_, false) => false,
        (None, true) => repo::create(&mut tx, on.client_id, current.date.date_id, &content).await?,
        (Some(r), true) => repo::save(&mut tx, r.follow_up_id, &content, form.version).await?,
    };
    if !written {
        // Nothing is written and the key stays unused, so the same form can be sent again.
        tx.rollback().await?;
        let error = StepError::ChangedByOther;
        return keep_refused(db, session_id, on.client_id, &form, error, current.version).await;
    }
    refused::clear_refused(&mut tx, session_id, on.client_id, &refused_name(form.no)).await?;
    idempotency::finish(&mut tx, &form.idem, &next).await?;
    tx.commit().await?;
    Ok(next)
}

/// A refused step of this session, if the step's page should show one.
pub async fn refused_step(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    no: i64,
) -> Result<Option<RefusedStep>, StorageError> {
    let forms = refused::refused(&mut *db.conn().await?, session_id, client_id).await?;
    let name = refused_name(no);
    match forms.into_iter().find(|(form, _)| *form == name) {
        Some((_, json)) => Ok(Some(serde_json::from_str(&json)?)),
        None => Ok(None),
    }
}

/// The worker's follow-up page: the follow-up so far, the meeting form (with a refused one
/// of this session kept as typed) and every date.
pub async fn meeting_data(
    db: &Db,
    client: &crate::people::repo::Client,
    session_id: &str,
) -> Result<super::MeetingData, StorageError> {
    use super::meeting::{RefusedMeeting, REFUSED};
    let client_id = client.client_id;
    let current = current(db, client_id).await?;
    let forms = refused::refused(&mut *db.conn().await?, session_id, client_id).await?;
    let kept: Option<RefusedMeeting> = match forms.into_iter().find(|(f, _)| f == REFUSED) {
        Some((_, json)) => Some(serde_json::from_str(&json)?),
        None => None,
    };
    let all = dates::dates(&mut *db.conn().await?, client_id).await?;
    let version = current.as_ref().map_or(0, |c| c.version);
    let (input, errors, version) = match kept {
        Some(k) => (k.input, k.errors, k.base_version),
        None => (super::MeetingInput::default(), Vec::new(), version),
    };
    Ok(super::MeetingData {
        client_name: client.display_name.clone(),
        next: current.as_ref().map(|c| next_of(&c.date)),
        content: current.map(|c| c.content).unwrap_or_default(),
        version,
        input,
        errors,
        dates: all.iter().map(|d| (d.due_on, d.done)).collect(),
        idem: idempotency::new_key(),
    })
}
