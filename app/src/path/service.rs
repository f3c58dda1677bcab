//! What happens on the path: a saved plan goes to the worker by the rule, a new decision is
//! "decided", a worker moves the plan and enters the earlier arrangement. Each write in one
//! transaction, with the form's key (a double tap writes once) and the version it was based
//! on (a stale write is refused and the worker's text kept).

use super::arrangements::{self, Input, Kind};
use super::repo::{self, NewStage};
use super::{arrangement_key, PathNow, Stage};
use crate::dates::today;
use crate::db::{now_ms, Db, StorageError};
use crate::forms::idempotency::{self, Claim};
use crate::forms::refused as refused_forms;
use crate::ids::{ClientId, DecisionId, WorkerId};
use crate::money::form::{check_amount, check_text, date};
use crate::money::repo::{EnteredBy, Saved};
use crate::money::{FieldError, FormState};
use crate::plan::content::grapheme_len;

/// Where the worker's path page is.
pub const PAGE: &str = "/worker/path";
/// The longest group recommendation or note, in graphemes.
pub const MAX_NOTE: usize = 1000;

/// Where the plan is now and the next step, for the home page.
pub async fn now(db: &Db, client_id: ClientId) -> Result<Option<PathNow>, StorageError> {
    let current = repo::current(&mut *db.conn().await?, client_id).await?;
    Ok(current.map(|(event, _)| PathNow {
        stage: event.stage,
        next: event.stage.next(),
        next_on: event.next_on,
    }))
}

/// A plan was saved as a new version by `by_name`: while written, it goes to the worker.
pub async fn after_plan_saved(
    db: &Db,
    client_id: ClientId,
    by_name: &str,
) -> Result<(), StorageError> {
    let mut tx = db.write().await?;
    let now = repo::current(&mut tx, client_id)
        .await?
        .map(|(e, _)| e.stage);
    if let Some(stage) = Stage::after_plan_saved(now) {
        let event = NewStage {
            client_id,
            stage,
            decision_id: None,
            next_on: None,
            note: "",
            by_kind: "rule",
            by_id: None,
            by_name,
            idem: None,
        };
        repo::record(&mut tx, &event).await?;
    }
    Ok(tx.commit().await?)
}

/// A new decision was entered: the plan is decided, in the same transaction as the decision.
pub async fn after_decision_added(
    conn: &mut sqlx::AnyConnection,
    client_id: ClientId,
    decision_id: DecisionId,
    by: &EnteredBy,
) -> Result<(), StorageError> {
    let event = NewStage {
        client_id,
        stage: Stage::Decided,
        decision_id: Some(decision_id),
        next_on: None,
        note: "",
        by_kind: by.kind.as_str(),
        by_id: Some(by.id),
        by_name: &by.name,
        idem: None,
    };
    repo::record(conn, &event).await.map(|_| ())
}

/// The worker who writes, and the session their refused forms are kept for.
#[derive(Clone, Debug)]
pub struct Writer {
    pub worker_id: WorkerId,
    pub name: String,
    pub session_id: String,
    pub client_id: ClientId,
}

async fn refuse(
    db: &Db,
    w: &Writer,
    key: &str,
    mut form: FormState,
    errors: Vec<(String, FieldError)>,
) -> Result<String, StorageError> {
    form.errors = errors;
    let json = serde_json::to_string(&form)?;
    let mut conn = db.conn().await?;
    refused_forms::put_refused(&mut conn, &w.session_id, w.client_id, key, &json).await?;
    Ok(format!("{PAGE}?error={key}#{key}"))
}

/// The answer to a form whose key was used: a repeat leads where the first did; the same
/// key with other contents is refused at `field`.
async fn resent(
    db: &Db,
    w: &Writer,
    key: &str,
    form: FormState,
    field: &str,
    answer: Claim,
) -> Result<String, StorageError> {
    match answer {
        Claim::Repeat(page) if !page.is_empty() => Ok(page),
        Claim::Repeat(_) => Ok(PAGE.to_owned()),
        Claim::New | Claim::Different => {
            let errors = vec![(field.to_owned(), FieldError::Resent)];
            refuse(db, w, key, form, errors).await
        }
    }
}

/// A worker moves the plan to a stage, with the date of the next step and a note (the
/// group's recommendation). `version` is the stage event the worker saw (0: none).
pub async fn move_stage(db: &Db, w: &Writer, form: FormState) -> Result<String, StorageError> {
    let mut errors = Vec::new();
    let stage = Stage::parse(&form.get("stage"));
    if stage.is_none() {
        errors.push(("stage".to_owned(), FieldError::TextEmpty));
    }
    let next_text = form.get("next_on");
    let next_on = date(&next_text);
    if next_on.is_none() && !next_text.trim().is_empty() {
        errors.push(("next_on".to_owned(), FieldError::Date));
    }
    let note = form.get("note").trim().to_owned();
    if grapheme_len(&note) > MAX_NOTE {
        errors.push(("note".to_owned(), FieldError::TextLong));
    }
    let (Some(stage), true) = (stage, errors.is_empty()) else {
        return refuse(db, w, "stage", form, errors).await;
    };
    let decision = match stage {
        Stage::Writing | Stage::WorkerReads | Stage::Group => None,
        _ => crate::money::repo::current_decision(&mut *db.conn().await?, w.client_id, today())
            .await?
            .map(|d| d.decision_id),
    };
    let version: i64 = form.get("version").trim().parse().unwrap_or(-1);
    let idem = form.get("idem");
    let mut tx = db.write().await?;
    let claim =
        idempotency::claim_contents(&mut tx, &idem, w.client_id, now_ms(), &form.contents())
            .await?;
    if claim != Claim::New {
        tx.rollback().await?;
        return resent(db, w, "stage", form, "stage", claim).await;
    }
    let seen = repo::current(&mut tx, w.client_id)
        .await?
        .map_or(0, |(e, _)| e.id);
    if seen != version {
        tx.rollback().await?;
        let errors = vec![("stage".to_owned(), FieldError::Changed)];
        return refuse(db, w, "stage", form, errors).await;
    }
    let event = NewStage {
        client_id: w.client_id,
        stage,
        decision_id: decision,
        next_on,
        note: &note,
        by_kind: "worker",
        by_id: Some(w.worker_id.0),
        by_name: &w.name,
        idem: Some(&idem),
    };
    repo::record(&mut tx, &event).await?;
    refused_forms::clear_refused(&mut tx, &w.session_id, w.client_id, "stage").await?;
    let done = format!("{PAGE}?saved=stage#stage");
    idempotency::finish(&mut tx, &idem, &done).await?;
    tx.commit().await?;
    Ok(done)
}

fn parse_arrangement(form: &FormState) -> Result<Input, Vec<(String, FieldError)>> {
    let mut errors = Vec::new();
    let what = check_text(form, "what", 200, &mut errors);
    let kind = Kind::parse(&form.get("kind"));
    if kind.is_none() {
        errors.push(("kind".to_owned(), FieldError::Arrangement));
    }
    let monthly = check_amount(form, "monthly", &mut errors);
    match (kind, monthly, errors.is_empty()) {
        (Some(kind), Some(monthly), true) => Ok(Input {
            what,
            kind,
            monthly,
        }),
        _ => Err(errors),
    }
}

/// A worker enters or changes a row of a decision's earlier arrangement.
pub async fn submit_arrangement(
    db: &Db,
    w: &Writer,
    form: FormState,
) -> Result<String, StorageError> {
    let decisions = super::periods::decisions(db, w.client_id).await?;
    let Some(decision_id) = form
        .get("decision_id")
        .trim()
        .parse::<DecisionId>()
        .ok()
        .filter(|id| decisions.iter().any(|d| d.decision_id == *id))
    else {
        return Ok(PAGE.to_owned());
    };
    let id: Option<i64> = form.get("arrangement_id").trim().parse().ok();
    let key = arrangement_key(decision_id, id);
    let input = match parse_arrangement(&form) {
        Ok(input) => input,
        Err(errors) => return refuse(db, w, &key, form, errors).await,
    };
    let version: i64 = form.get("version").trim().parse().unwrap_or(-1);
    let idem = form.get("idem");
    let mut tx = db.write().await?;
    if id.is_none() {
        let claim =
            idempotency::claim_contents(&mut tx, &idem, w.client_id, now_ms(), &form.contents())
                .await?;
        if claim != Claim::New {
            tx.rollback().await?;
            return resent(db, w, &key, form, "monthly", claim).await;
        }
    }
    let by = (w.worker_id, w.name.as_str());
    let saved =
        arrangements::save(&mut tx, w.client_id, decision_id, id, version, &input, by).await?;
    if saved == Saved::Conflict {
        tx.rollback().await?;
        let errors = vec![("monthly".to_owned(), FieldError::Changed)];
        return refuse(db, w, &key, form, errors).await;
    }
    refused_forms::clear_refused(&mut tx, &w.session_id, w.client_id, &key).await?;
    let done = format!("{PAGE}?saved=arrangement#decision-{decision_id}");
    if id.is_none() {
        idempotency::finish(&mut tx, &idem, &done).await?;
    }
    tx.commit().await?;
    Ok(done)
}
