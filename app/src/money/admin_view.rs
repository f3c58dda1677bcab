//! What the worker's money page shows: the decision, its lines and spending, refused forms
//! with the worker's own text, and a file waiting to be confirmed.

use super::amount::field_text;
use super::form::split_wishes;
use super::view::{field_date, plan_wishes, spent_views};
use super::{FormState, LineForm, MoneyAdminData};
use crate::dates::today;
use crate::db::{Db, StorageError};
use crate::forms::idempotency;
use crate::forms::refused as refused_forms;
use crate::ids::LineId;
use crate::money::repo::{self as store};
use crate::people::repo::Client;
use crate::plan::repo as plans;
use std::collections::BTreeMap;

/// The worker's money page for a client on their caseload.
pub async fn admin_view(
    db: &Db,
    session_id: &str,
    client: &Client,
) -> Result<MoneyAdminData, StorageError> {
    let refused: BTreeMap<String, FormState> =
        refused_forms::refused(&mut *db.conn().await?, session_id, client.client_id)
            .await?
            .into_iter()
            .filter_map(|(name, json)| serde_json::from_str(&json).ok().map(|f| (name, f)))
            .collect();
    let decision =
        store::current_decision(&mut *db.conn().await?, client.client_id, today()).await?;
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
            Some(d) => FormState::from_pairs(&[
                ("period_start", field_date(d.period_start)),
                ("period_end", field_date(d.period_end)),
                ("granted", field_text(d.granted_cents)),
                ("reference", d.reference.clone()),
                (
                    "next_follow_up",
                    d.next_follow_up.map(field_date).unwrap_or_default(),
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
                .map(|w| format!("{}:{}", w.section, w.item_id))
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
                    form: FormState::from_pairs(&[
                        ("name", l.name.clone()),
                        ("amount", field_text(l.amount_cents)),
                        ("arrangement", l.arrangement.as_str().to_owned()),
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
        .unwrap_or_else(|| FormState::from_pairs(&[("spent_on", field_date(today()))]));
    let names: BTreeMap<LineId, String> =
        lines.iter().map(|l| (l.line_id, l.name.clone())).collect();
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
