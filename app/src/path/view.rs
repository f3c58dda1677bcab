//! What the worker's path page shows: the stage now and every change, the stage form, and
//! each decision with its earlier arrangement and the comparison. Read only.

use super::arrangement_key;
use super::arrangements;
use super::cost::compare;
use super::{ArrangementForm, DecisionCost, PathAdminData, StageEvent};
use crate::db::{Db, StorageError};
use crate::forms::refused as refused_forms;
use crate::money::amount::field_text;
use crate::money::FormState;
use crate::people::repo::Client;

fn kept(refused: &[(String, String)], key: &str) -> Option<FormState> {
    refused
        .iter()
        .find(|(name, _)| name == key)
        .and_then(|(_, json)| serde_json::from_str(json).ok())
}

/// The worker's path page for `client`, with this session's refused forms.
pub async fn admin_view(
    db: &Db,
    session_id: &str,
    client: &Client,
) -> Result<PathAdminData, StorageError> {
    let client_id = client.client_id;
    let refused = refused_forms::refused(&mut *db.conn().await?, session_id, client_id).await?;
    let history: Vec<StageEvent> = super::repo::history(&mut *db.conn().await?, client_id)
        .await?
        .into_iter()
        .map(|(e, _)| e)
        .collect();
    let now = super::service::now(db, client_id).await?;
    let version = history.first().map_or(0, |e| e.id);
    let next = now.as_ref().map_or(super::Stage::Writing, |n| n.next);
    let form =
        kept(&refused, "stage").unwrap_or_else(|| FormState::from_pairs(&[("stage", next.slug())]));
    let rows = arrangements::of_client(&mut *db.conn().await?, client_id).await?;
    let mut decisions = Vec::new();
    for d in super::periods::decisions(db, client_id).await? {
        let mine: Vec<&arrangements::Row> = rows
            .iter()
            .filter(|r| r.decision_id == d.decision_id)
            .collect();
        let forms = mine
            .iter()
            .map(|r| {
                let key = arrangement_key(d.decision_id, Some(r.arrangement_id));
                let form = kept(&refused, &key).unwrap_or_else(|| {
                    FormState::from_pairs(&[
                        ("what", r.what.clone()),
                        ("kind", r.kind.slug().to_owned()),
                        ("monthly", field_text(r.monthly)),
                    ])
                });
                ArrangementForm {
                    arrangement_id: Some(r.arrangement_id),
                    version: r.version,
                    form,
                }
            })
            .collect();
        let new_form = kept(&refused, &arrangement_key(d.decision_id, None))
            .unwrap_or_else(|| FormState::from_pairs(&[("kind", "before")]));
        let days = (d.period_end - d.period_start).num_days() + 1;
        let monthly: Vec<_> = mine.iter().map(|r| r.monthly).collect();
        decisions.push(DecisionCost {
            decision_id: d.decision_id,
            period_start: d.period_start,
            period_end: d.period_end,
            granted: d.granted,
            rows: forms,
            new_row: ArrangementForm {
                arrangement_id: None,
                version: 0,
                form: new_form,
            },
            comparison: (!monthly.is_empty()).then(|| compare(d.granted, days, &monthly)),
        });
    }
    Ok(PathAdminData {
        client_name: client.display_name.clone(),
        now,
        history,
        version,
        form,
        decisions,
        idem: crate::forms::idempotency::new_key(),
    })
}
