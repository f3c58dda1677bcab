//! Saving one step of preparing, and the refused step a session gets back with its text.

use super::current;
use crate::db::{Db, StorageError};
use crate::followup::content::{Step, StepError, StepInput};
use crate::followup::{repo, step_path};
use crate::forms::{idempotency, refused};
use crate::ids::ClientId;
use crate::plan::service::Writer;
use serde::{Deserialize, Serialize};

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
    /// The mark the writer chose, kept with their text.
    #[serde(default)]
    pub said: Option<crate::said::Said>,
}

/// A step's form as sent.
#[derive(Clone, Debug, Default)]
pub struct StepForm {
    pub no: i64,
    pub version: i64,
    pub idem: String,
    pub input: StepInput,
    /// Who said it, stored with it (see `said`).
    pub mark: Option<crate::said::repo::NewMark>,
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
        said: form.mark.as_ref().map(|m| m.said),
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
    if let Some(mark) = &form.mark {
        let scope = crate::said::target::followup_scope(current.date.date_id);
        let item = crate::said::target::followup_item(step);
        crate::said::repo::put(&mut tx, on.client_id, &scope, &item, mark).await?;
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
