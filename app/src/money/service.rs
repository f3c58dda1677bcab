//! The money rules over the database: the client's view, the worker's page, and what happens
//! when a worker's form or file is sent. The server functions in `api` call these.

use super::amount::{field_text, parse_euros};
use super::import::{self, KnownLine};
use super::pace;
use super::{
    FormState, FundedWish, LineForm, LineView, MoneyAdminData, MoneyTotals, MoneyView, SpentView,
    ARRANGEMENTS,
};
use crate::dates::today;
use crate::db::{Db, StorageError};
use crate::forms::idempotency;
use crate::money::repo::{
    self as store, DecisionInput, EnteredBy, LineInput, NewSpending, Saved, Spent, Wish,
};
use crate::people::repo::Client;
use crate::plan::content::{grapheme_len, PlanContent};
use crate::plan::repo as plans;
use crate::plan::section::Section;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Where the worker's money page is.
pub const PAGE: &str = "/worker/money";

fn date(text: &str) -> Option<NaiveDate> {
    import::parse_date(text)
}

fn days_between(from: &str, to: &str) -> i64 {
    match (date(from), date(to)) {
        (Some(a), Some(b)) => (b - a).num_days(),
        _ => 0,
    }
}

/// A stored date as a form shows it: "3.9.2026", the way the labels ask for it.
fn field_date(iso: &str) -> String {
    date(iso).map_or_else(|| iso.to_owned(), |d| d.format("%-d.%-m.%Y").to_string())
}

fn used_by_line(spending: &[Spent]) -> BTreeMap<i64, i64> {
    let mut used = BTreeMap::new();
    for s in spending {
        *used.entry(s.line_id).or_insert(0) += s.amount_cents;
    }
    used
}

fn spent_views(spending: &[Spent], names: &BTreeMap<i64, String>) -> Vec<SpentView> {
    spending
        .iter()
        .map(|s| SpentView {
            spending_id: s.spending_id,
            spent_on: s.spent_on.clone(),
            amount: s.amount_cents,
            line_name: names.get(&s.line_id).cloned().unwrap_or_default(),
            description: s.description.clone(),
            correction: s.reverses.is_some(),
            corrected: spending.iter().any(|o| o.reverses == Some(s.spending_id)),
        })
        .collect()
}

/// The client's "Minun rahani" page.
pub async fn client_view(
    db: &Db,
    client: &Client,
    is_client: bool,
) -> Result<MoneyView, StorageError> {
    let mut view = MoneyView {
        client_name: client.display_name.clone(),
        is_client,
        decision: None,
        lines: Vec::new(),
        spending: Vec::new(),
    };
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client.client_id, &today()).await?
    else {
        return Ok(view);
    };
    let lines = store::lines(&mut *db.conn().await?, decision.decision_id).await?;
    let spending = store::spending(&mut *db.conn().await?, decision.decision_id).await?;
    let used_per_line = used_by_line(&spending);
    let used: i64 = spending.iter().map(|s| s.amount_cents).sum();
    let days_total = days_between(&decision.period_start, &decision.period_end) + 1;
    let days_gone = (days_between(&decision.period_start, &today()) + 1).clamp(0, days_total);
    view.decision = Some(MoneyTotals {
        granted: decision.granted_cents,
        used,
        left: decision.granted_cents - used,
        period_start: decision.period_start.clone(),
        period_end: decision.period_end.clone(),
        next_follow_up: decision.next_follow_up.clone(),
        pace: pace::pace(used, decision.granted_cents, days_gone, days_total),
        portion: pace::portion(used, decision.granted_cents),
        months_gone: pace::months(days_gone),
        months_total: pace::months(days_total),
    });
    let names: BTreeMap<i64, String> = lines.iter().map(|l| (l.line_id, l.name.clone())).collect();
    view.lines = lines
        .iter()
        .map(|l| {
            let used = used_per_line.get(&l.line_id).copied().unwrap_or(0);
            LineView {
                name: l.name.clone(),
                amount: l.amount_cents,
                used,
                left: l.amount_cents - used,
                arrangement: l.arrangement.clone(),
                wishes: l
                    .wishes
                    .iter()
                    .map(|w| (w.section.clone(), w.item_text.clone()))
                    .collect(),
            }
        })
        .collect();
    view.spending = spent_views(&spending, &names);
    Ok(view)
}

/// The wishes that have money for them in the current decision, for the plan summary.
pub async fn funded_wishes(db: &Db, client_id: i64) -> Result<Vec<FundedWish>, StorageError> {
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, &today()).await?
    else {
        return Ok(Vec::new());
    };
    let mut funded = Vec::new();
    for line in store::lines(&mut *db.conn().await?, decision.decision_id).await? {
        for wish in &line.wishes {
            funded.push(FundedWish {
                section: wish.section.clone(),
                item_index: wish.item_index,
                line_name: line.name.clone(),
                amount: line.amount_cents,
            });
        }
    }
    Ok(funded)
}

/// Every wish of the plan a support line can serve: (key "section:index", section, words).
pub fn plan_wishes(content: &PlanContent) -> Vec<(String, String, String)> {
    let mut list = Vec::new();
    for section in Section::ALL {
        let items = content
            .answer(section)
            .map(|a| a.items())
            .unwrap_or_default();
        for (index, text) in items.into_iter().enumerate() {
            list.push((
                format!("{}:{index}", section.slug()),
                section.slug().to_owned(),
                text,
            ));
        }
    }
    list
}

fn form_of(pairs: &[(&str, String)]) -> FormState {
    FormState {
        fields: pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
        errors: Vec::new(),
    }
}

/// The worker's money page for a client on their caseload.
pub async fn admin_view(
    db: &Db,
    session_id: &str,
    client: &Client,
) -> Result<MoneyAdminData, StorageError> {
    let refused: BTreeMap<String, FormState> = store::refused(&mut *db.conn().await?, session_id)
        .await?
        .into_iter()
        .filter_map(|(name, json)| serde_json::from_str(&json).ok().map(|f| (name, f)))
        .collect();
    let decision =
        store::current_decision(&mut *db.conn().await?, client.client_id, &today()).await?;
    let draft = plans::load_draft(&mut *db.conn().await?, client.client_id).await?;
    let wishes = plan_wishes(&draft.content);
    let lines = match &decision {
        Some(d) => store::lines(&mut *db.conn().await?, d.decision_id).await?,
        None => Vec::new(),
    };
    let spending = match &decision {
        Some(d) => store::spending(&mut *db.conn().await?, d.decision_id).await?,
        None => Vec::new(),
    };
    let decision_form = refused
        .get("decision")
        .cloned()
        .unwrap_or_else(|| match &decision {
            Some(d) => form_of(&[
                ("period_start", field_date(&d.period_start)),
                ("period_end", field_date(&d.period_end)),
                ("granted", field_text(d.granted_cents)),
                ("reference", d.reference.clone()),
                (
                    "next_follow_up",
                    d.next_follow_up
                        .as_deref()
                        .map(field_date)
                        .unwrap_or_default(),
                ),
            ]),
            None => FormState::default(),
        });
    let line_forms = lines
        .iter()
        .map(|l| {
            let key = format!("line-{}", l.line_id);
            let keys = l
                .wishes
                .iter()
                .map(|w| format!("{}:{}", w.section, w.item_index))
                .collect();
            match refused.get(&key) {
                Some(form) => LineForm {
                    line_id: Some(l.line_id),
                    version: l.version,
                    wishes: split_wishes(&form.get("wishes")),
                    form: form.clone(),
                },
                None => LineForm {
                    line_id: Some(l.line_id),
                    version: l.version,
                    form: form_of(&[
                        ("name", l.name.clone()),
                        ("amount", field_text(l.amount_cents)),
                        ("arrangement", l.arrangement.clone()),
                    ]),
                    wishes: keys,
                },
            }
        })
        .collect();
    let new_form = refused.get("line-new").cloned().unwrap_or_default();
    let new_line = LineForm {
        line_id: None,
        version: 0,
        wishes: split_wishes(&new_form.get("wishes")),
        form: new_form,
    };
    let spending_form = refused
        .get("spending")
        .cloned()
        .unwrap_or_else(|| form_of(&[("spent_on", field_date(&today()))]));
    let names: BTreeMap<i64, String> = lines.iter().map(|l| (l.line_id, l.name.clone())).collect();
    let pending = store::get_import(&mut *db.conn().await?, session_id)
        .await?
        .filter(|p| p.client_id == client.client_id);
    let import_rows = pending.and_then(|p| serde_json::from_str(&p.rows_json).ok());
    Ok(MoneyAdminData {
        client_name: client.display_name.clone(),
        decision_id: decision.as_ref().map(|d| d.decision_id),
        decision_version: decision.as_ref().map_or(0, |d| d.version),
        decision: decision_form,
        lines: line_forms,
        new_line,
        wishes,
        spending_form,
        spending: spent_views(&spending, &names),
        line_choices: lines.iter().map(|l| (l.line_id, l.name.clone())).collect(),
        import_rows,
        import_error: refused.get("import").and_then(|f| f.error("file")),
        idem: idempotency::new_key(),
    })
}

fn split_wishes(joined: &str) -> Vec<String> {
    joined
        .split(',')
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect()
}

fn check_date(form: &FormState, field: &str, errors: &mut Vec<(String, String)>) -> Option<String> {
    let text = form.get(field);
    match date(&text) {
        Some(d) => Some(d.format("%Y-%m-%d").to_string()),
        None => {
            let id = if text.trim().is_empty() {
                "error-date-empty"
            } else {
                "error-date"
            };
            errors.push((field.to_owned(), id.to_owned()));
            None
        }
    }
}

fn check_amount(form: &FormState, field: &str, errors: &mut Vec<(String, String)>) -> Option<i64> {
    match parse_euros(&form.get(field)) {
        Ok(0) => {
            errors.push((field.to_owned(), "error-amount-empty".to_owned()));
            None
        }
        Ok(cents) => Some(cents),
        Err(e) => {
            errors.push((field.to_owned(), e.message_id().to_owned()));
            None
        }
    }
}

fn check_text(
    form: &FormState,
    field: &str,
    max: usize,
    errors: &mut Vec<(String, String)>,
) -> String {
    let text = form.get(field).trim().to_owned();
    if text.is_empty() {
        errors.push((field.to_owned(), "error-text-empty".to_owned()));
    } else if grapheme_len(&text) > max {
        errors.push((field.to_owned(), "error-text-long".to_owned()));
    }
    text
}

/// Checks a decision form: dates, the order of the dates, the amount, the reference.
pub fn parse_decision(form: &FormState) -> Result<DecisionInput, Vec<(String, String)>> {
    let mut errors = Vec::new();
    let start = check_date(form, "period_start", &mut errors);
    let end = check_date(form, "period_end", &mut errors);
    if let (Some(s), Some(e)) = (&start, &end) {
        if e < s {
            errors.push(("period_end".to_owned(), "error-period-order".to_owned()));
        }
    }
    let granted = check_amount(form, "granted", &mut errors);
    let reference = check_text(form, "reference", 80, &mut errors);
    let follow_up = if form.get("next_follow_up").trim().is_empty() {
        None
    } else {
        check_date(form, "next_follow_up", &mut errors)
    };
    match (start, end, granted) {
        (Some(period_start), Some(period_end), Some(granted_cents)) if errors.is_empty() => {
            Ok(DecisionInput {
                period_start,
                period_end,
                granted_cents,
                reference,
                next_follow_up: follow_up,
            })
        }
        _ => Err(errors),
    }
}

/// Checks a support-line form against the plan's wishes.
pub fn parse_line(
    form: &FormState,
    wishes: &[(String, String, String)],
) -> Result<LineInput, Vec<(String, String)>> {
    let mut errors = Vec::new();
    let name = check_text(form, "name", 80, &mut errors);
    let amount = check_amount(form, "amount", &mut errors);
    let arrangement = form.get("arrangement");
    if !ARRANGEMENTS.contains(&arrangement.as_str()) {
        errors.push(("arrangement".to_owned(), "error-arrangement".to_owned()));
    }
    let chosen = split_wishes(&form.get("wishes"));
    let linked: Vec<Wish> = wishes
        .iter()
        .filter(|(key, ..)| chosen.contains(key))
        .filter_map(|(key, section, text)| {
            let index = key.rsplit(':').next()?.parse().ok()?;
            Some(Wish {
                section: section.clone(),
                item_index: index,
                item_text: text.clone(),
            })
        })
        .collect();
    if linked.is_empty() {
        errors.push(("wishes".to_owned(), "error-wish-missing".to_owned()));
    }
    match amount {
        Some(amount_cents) if errors.is_empty() => Ok(LineInput {
            name,
            amount_cents,
            arrangement,
            wishes: linked,
        }),
        _ => Err(errors),
    }
}

/// Who is writing, for the money records.
pub fn by_worker(worker_id: i64, name: &str) -> EnteredBy {
    EnteredBy {
        kind: "worker".to_owned(),
        id: worker_id,
        name: name.to_owned(),
    }
}

async fn refuse(
    db: &Db,
    session_id: &str,
    key: &str,
    mut form: FormState,
    errors: Vec<(String, String)>,
    anchor: &str,
) -> Result<String, StorageError> {
    form.errors = errors;
    store::put_refused(
        &mut *db.conn().await?,
        session_id,
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
    client_id: i64,
    by: &EnteredBy,
    decision_id: Option<i64>,
    version: i64,
    form: FormState,
) -> Result<String, StorageError> {
    let input = match parse_decision(&form) {
        Ok(input) => input,
        Err(errors) => return refuse(db, session_id, "decision", form, errors, "decision").await,
    };
    let mut tx = db.write().await?;
    match store::save_decision(&mut tx, client_id, decision_id, version, &input, by).await? {
        Saved::Saved(_) => {
            store::clear_refused(&mut tx, session_id, "decision").await?;
            tx.commit().await?;
            Ok(format!("{PAGE}?saved=decision#decision"))
        }
        Saved::Conflict => {
            // Nothing was written; the refused form is kept outside this transaction.
            tx.rollback().await?;
            let errors = vec![("granted".to_owned(), "error-money-changed".to_owned())];
            refuse(db, session_id, "decision", form, errors, "decision").await
        }
    }
}

/// A support-line form was sent (`line_id` None adds a line to the current decision).
pub async fn submit_line(
    db: &Db,
    session_id: &str,
    client_id: i64,
    line_id: Option<i64>,
    version: i64,
    form: FormState,
) -> Result<String, StorageError> {
    let key = line_id.map_or("line-new".to_owned(), |id| format!("line-{id}"));
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, &today()).await?
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
        Err(errors) => return refuse(db, session_id, &key, form, errors, &key).await,
    };
    let mut tx = db.write().await?;
    match store::save_line(&mut tx, decision.decision_id, line_id, version, &input).await? {
        Saved::Saved(_) => {
            store::clear_refused(&mut tx, session_id, &key).await?;
            tx.commit().await?;
            Ok(format!("{PAGE}?saved=line#lines"))
        }
        Saved::Conflict => {
            tx.rollback().await?;
            let errors = vec![("amount".to_owned(), "error-money-changed".to_owned())];
            refuse(db, session_id, &key, form, errors, &key).await
        }
    }
}

/// A spending form was sent.
pub async fn submit_spending(
    db: &Db,
    session_id: &str,
    client_id: i64,
    by: &EnteredBy,
    idem: &str,
    form: FormState,
) -> Result<String, StorageError> {
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, &today()).await?
    else {
        return Ok(PAGE.to_owned());
    };
    let lines = store::lines(&mut *db.conn().await?, decision.decision_id).await?;
    let mut errors = Vec::new();
    let spent_on = check_date(&form, "spent_on", &mut errors);
    let amount = check_amount(&form, "amount", &mut errors);
    let description = check_text(&form, "description", 200, &mut errors);
    let line_id = form
        .get("line_id")
        .parse::<i64>()
        .ok()
        .filter(|id| lines.iter().any(|l| l.line_id == *id));
    if line_id.is_none() {
        errors.push(("line_id".to_owned(), "error-line-missing".to_owned()));
    }
    let (Some(spent_on), Some(amount_cents), Some(line_id), true) =
        (spent_on, amount, line_id, errors.is_empty())
    else {
        return refuse(db, session_id, "spending", form, errors, "spending").await;
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
    store::add_spending(&mut tx, &entry, by).await?;
    store::clear_refused(&mut tx, session_id, "spending").await?;
    tx.commit().await?;
    Ok(format!("{PAGE}?saved=spending#spending"))
}

/// Corrects an entry by adding its opposite. An entry is corrected at most once, and a
/// correction is not corrected again.
pub async fn reverse(
    db: &Db,
    client_id: i64,
    by: &EnteredBy,
    spending_id: i64,
) -> Result<String, StorageError> {
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, &today()).await?
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

/// An uploaded file: every row is checked and kept for the worker to look at. Nothing is
/// written to the spending yet.
pub async fn upload(
    db: &Db,
    session_id: &str,
    client_id: i64,
    text: &str,
) -> Result<String, StorageError> {
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, &today()).await?
    else {
        return Ok(PAGE.to_owned());
    };
    let known: Vec<KnownLine> = store::lines(&mut *db.conn().await?, decision.decision_id)
        .await?
        .into_iter()
        .map(|l| KnownLine {
            line_id: l.line_id,
            name: l.name,
        })
        .collect();
    let imported = store::imported_refs(&mut *db.conn().await?, client_id).await?;
    let (Some(period_start), Some(period_end)) =
        (date(&decision.period_start), date(&decision.period_end))
    else {
        return Ok(PAGE.to_owned());
    };
    let ctx = import::Context {
        lines: &known,
        period_start,
        period_end,
        imported: &imported,
    };
    match import::read(text, &ctx) {
        Ok(rows) => {
            let pending = store::PendingImport {
                client_id,
                decision_id: decision.decision_id,
                rows_json: serde_json::to_string(&rows)?,
            };
            let mut tx = db.write().await?;
            store::clear_refused(&mut tx, session_id, "import").await?;
            store::put_import(&mut tx, session_id, &pending).await?;
            tx.commit().await?;
            Ok(format!("{PAGE}#import"))
        }
        Err(problem) => {
            let id = match problem {
                import::FileProblem::Empty => "import-file-empty",
                import::FileProblem::Header => "import-file-header",
            };
            let errors = vec![("file".to_owned(), id.to_owned())];
            refuse(
                db,
                session_id,
                "import",
                FormState::default(),
                errors,
                "import",
            )
            .await
        }
    }
}

/// Writes the good rows of the file the worker looked at; returns how many were written.
/// The same file twice writes nothing the second time (the finance system's ids are unique).
pub async fn confirm_import(
    db: &Db,
    session_id: &str,
    client_id: i64,
    by: &EnteredBy,
) -> Result<String, StorageError> {
    let Some(pending) = store::get_import(&mut *db.conn().await?, session_id)
        .await?
        .filter(|p| p.client_id == client_id)
    else {
        return Ok(PAGE.to_owned());
    };
    let rows: Vec<import::Row> = serde_json::from_str(&pending.rows_json)?;
    // The whole file or nothing: a failure half-way must not leave half a file written.
    let mut tx = db.write().await?;
    let mut written = 0;
    for row in rows.iter().filter(|r| r.problem.is_none()) {
        let (Some(spent_on), Some(amount_cents), Some(line_id)) =
            (&row.spent_on, row.amount_cents, row.line_id)
        else {
            continue;
        };
        let entry = NewSpending {
            client_id,
            decision_id: pending.decision_id,
            line_id,
            spent_on: spent_on.clone(),
            amount_cents,
            description: row.description.clone(),
            source: "import",
            import_ref: Some(row.reference.clone()),
            reverses: None,
            idem: None,
        };
        if store::add_spending(&mut tx, &entry, by).await? {
            written += 1;
        }
    }
    store::drop_import(&mut tx, session_id).await?;
    tx.commit().await?;
    Ok(format!("{PAGE}?imported={written}#import"))
}
