//! What happens when a worker's money form or file is sent, each use case in one transaction.
//! The forms are parsed in `form`; the pages' data is built in `view`.

use crate::ids::{ClientId, DecisionId, LineId, SpendingId, WorkerId};

pub use super::file::{confirm_import, upload};
use super::form::{check_amount, check_date, check_text, parse_decision, parse_line};
use super::resend::{claim_new, resent};
use super::view::plan_wishes;
use super::{FieldError, FormState};
use crate::dates::today;
use crate::db::{Db, StorageError};
use crate::forms::idempotency::{self, Claim};
use crate::forms::refused as refused_forms;
use crate::money::repo::{self as store, EnteredBy, NewSpending, Saved};
use crate::plan::repo as plans;

/// Where the worker's money page is.
pub const PAGE: &str = "/worker/money";

/// Who is writing, for the money records.
pub fn by_worker(worker_id: WorkerId, name: &str) -> EnteredBy {
    EnteredBy {
        kind: crate::people::PersonKind::Worker,
        id: worker_id.0,
        name: name.to_owned(),
    }
}

pub(super) async fn refuse(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    key: &str,
    mut form: FormState,
    errors: Vec<(String, FieldError)>,
    anchor: &str,
) -> Result<String, StorageError> {
    form.errors = errors;
    refused_forms::put_refused(
        &mut *db.conn().await?,
        session_id,
        client_id,
        key,
        &serde_json::to_string(&form)?,
    )
    .await?;
    Ok(format!("{PAGE}?error={key}#{anchor}"))
}

/// A decision form was sent (`decision_id` None adds a new decision).
pub async fn submit_decision(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    by: &EnteredBy,
    decision_id: Option<DecisionId>,
    version: i64,
    form: FormState,
) -> Result<String, StorageError> {
    // The next decision's form, sent while the current one exists, keeps its own refusals.
    let next = decision_id.is_none() && form.get("next") == "1";
    let key = if next { "decision-next" } else { "decision" };
    let input = match parse_decision(&form) {
        Ok(input) => input,
        Err(errors) => return refuse(db, session_id, client_id, key, form, errors, key).await,
    };
    let mut tx = db.write().await?;
    let done = format!("{PAGE}?saved=decision#decision");
    if decision_id.is_none() {
        let answer = claim_new(&mut tx, &form.get("idem"), &form, client_id).await?;
        if answer != Claim::New {
            tx.rollback().await?;
            return resent(db, session_id, client_id, key, form, "granted", answer).await;
        }
    }
    match store::save_decision(&mut tx, client_id, decision_id, version, &input, by).await? {
        Saved::Saved(id) => {
            if decision_id.is_none() {
                // The personal-budget path (issue 14): a new decision is "decided".
                crate::path::service::after_decision_added(&mut tx, client_id, id, by).await?;
            }
            refused_forms::clear_refused(&mut tx, session_id, client_id, key).await?;
            idempotency::finish(&mut tx, &form.get("idem"), &done).await?;
            tx.commit().await?;
            Ok(done)
        }
        Saved::Conflict => {
            // Nothing was written; the refused form is kept outside this transaction.
            tx.rollback().await?;
            let errors = vec![("granted".to_owned(), FieldError::Changed)];
            refuse(db, session_id, client_id, key, form, errors, key).await
        }
    }
}

/// A support-line form was sent (`line_id` None adds a line to the current decision).
pub async fn submit_line(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    line_id: Option<LineId>,
    version: i64,
    form: FormState,
) -> Result<String, StorageError> {
    let key = line_id.map_or("line-new".to_owned(), |id| format!("line-{id}"));
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, today()).await?
    else {
        return Ok(PAGE.to_owned());
    };
    if let Some(id) = line_id {
        let own = store::lines(&mut *db.conn().await?, decision.decision_id)
            .await?
            .iter()
            .any(|l| l.line_id == id);
        if !own {
            return Ok(PAGE.to_owned());
        }
    }
    let draft = plans::load_draft(&mut *db.conn().await?, client_id).await?;
    let input = match parse_line(&form, &plan_wishes(&draft.content)) {
        Ok(input) => input,
        Err(errors) => return refuse(db, session_id, client_id, &key, form, errors, &key).await,
    };
    let mut tx = db.write().await?;
    let done = format!("{PAGE}?saved=line#lines");
    if line_id.is_none() {
        let answer = claim_new(&mut tx, &form.get("idem"), &form, client_id).await?;
        if answer != Claim::New {
            tx.rollback().await?;
            return resent(db, session_id, client_id, &key, form, "amount", answer).await;
        }
    }
    match store::save_line(&mut tx, decision.decision_id, line_id, version, &input).await? {
        Saved::Saved(_) => {
            refused_forms::clear_refused(&mut tx, session_id, client_id, &key).await?;
            idempotency::finish(&mut tx, &form.get("idem"), &done).await?;
            tx.commit().await?;
            Ok(done)
        }
        Saved::Conflict => {
            tx.rollback().await?;
            let errors = vec![("amount".to_owned(), FieldError::Changed)];
            refuse(db, session_id, client_id, &key, form, errors, &key).await
        }
    }
}

/// A spending form was sent.
pub async fn submit_spending(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    by: &EnteredBy,
    idem: &str,
    form: FormState,
) -> Result<String, StorageError> {
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, today()).await?
    else {
        return Ok(PAGE.to_owned());
    };
    let lines = store::lines(&mut *db.conn().await?, decision.decision_id).await?;
    let mut errors = Vec::new();
    // Money spent outside the decision's period is not this decision's money.
    let spent_on = check_date(&form, "spent_on", &mut errors).filter(|day| {
        let inside = (decision.period_start..=decision.period_end).contains(day);
        if !inside {
            errors.push(("spent_on".to_owned(), FieldError::OutsidePeriod));
        }
        inside
    });
    let amount = check_amount(&form, "amount", &mut errors);
    let description = check_text(&form, "description", 200, &mut errors);
    let line_id = form
        .get("line_id")
        .parse::<LineId>()
        .ok()
        .filter(|id| lines.iter().any(|l| l.line_id == *id));
    if line_id.is_none() {
        errors.push(("line_id".to_owned(), FieldError::LineMissing));
    }
    let (Some(spent_on), Some(amount_cents), Some(line_id), true) =
        (spent_on, amount, line_id, errors.is_empty())
    else {
        return refuse(
            db, session_id, client_id, "spending", form, errors, "spending",
        )
        .await;
    };
    let entry = NewSpending {
        client_id,
        decision_id: decision.decision_id,
        line_id,
        spent_on,
        amount_cents,
        description,
        source: "typed",
        import_ref: None,
        reverses: None,
        idem: Some(idem.to_owned()),
    };
    let mut tx = db.write().await?;
    let answer = claim_new(&mut tx, idem, &form, client_id).await?;
    if answer != Claim::New {
        tx.rollback().await?;
        return resent(
            db, session_id, client_id, "spending", form, "amount", answer,
        )
        .await;
    }
    let done = format!("{PAGE}?saved=spending#spending");
    store::add_spending(&mut tx, &entry, by).await?;
    refused_forms::clear_refused(&mut tx, session_id, client_id, "spending").await?;
    idempotency::finish(&mut tx, idem, &done).await?;
    tx.commit().await?;
    Ok(done)
}

/// Corrects an entry by adding its opposite. An entry is corrected at most once, and a
/// correction is not corrected again.
pub async fn reverse(
    db: &Db,
    client_id: ClientId,
    by: &EnteredBy,
    spending_id: SpendingId,
) -> Result<String, StorageError> {
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, today()).await?
    else {
        return Ok(PAGE.to_owned());
    };
    let spending = store::spending(&mut *db.conn().await?, decision.decision_id).await?;
    let Some(original) = spending
        .iter()
        .find(|s| s.spending_id == spending_id && s.reverses.is_none())
    else {
        return Ok(PAGE.to_owned());
    };
    let entry = NewSpending {
        client_id,
        decision_id: decision.decision_id,
        line_id: original.line_id,
        spent_on: today(),
        amount_cents: -original.amount_cents,
        description: original.description.clone(),
        source: "typed",
        import_ref: None,
        reverses: Some(original.spending_id),
        idem: None,
    };
    store::add_spending(&mut *db.conn().await?, &entry, by).await?;
    Ok(format!("{PAGE}?saved=spending#spending"))
}
