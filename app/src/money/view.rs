//! What the money pages show: the client's "Minun rahani" and the worker's decision page,
//! built from the stored decision, lines and spending. Read only.

use crate::ids::{ClientId, LineId};
use crate::money::amount::Cents;

pub use super::admin_view::admin_view;
use super::pace;
use super::{FundedWish, LineView, MoneyTotals, MoneyView, SpentView};
use crate::dates::today;
use crate::db::{Db, StorageError};
use crate::money::repo::{self as store, Spent};
use crate::people::repo::Client;
use crate::plan::content::PlanContent;
use crate::plan::section::Section;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Where the worker's money page is.
pub const PAGE: &str = "/worker/money";

fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// A stored date as a form shows it: "3.9.2026", the way the labels ask for it.
pub(super) fn field_date(date: NaiveDate) -> String {
    date.format("%-d.%-m.%Y").to_string()
}

pub(super) fn used_by_line(spending: &[Spent]) -> BTreeMap<LineId, Cents> {
    let mut used = BTreeMap::new();
    for s in spending {
        *used.entry(s.line_id).or_insert(Cents::ZERO) += s.amount_cents;
    }
    used
}

pub(super) fn spent_views(spending: &[Spent], names: &BTreeMap<LineId, String>) -> Vec<SpentView> {
    spending
        .iter()
        .map(|s| SpentView {
            spending_id: s.spending_id,
            spent_on: s.spent_on,
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
        store::current_decision(&mut *db.conn().await?, client.client_id, today()).await?
    else {
        return Ok(view);
    };
    let lines = store::lines(&mut *db.conn().await?, decision.decision_id).await?;
    let spending = store::spending(&mut *db.conn().await?, decision.decision_id).await?;
    let used_per_line = used_by_line(&spending);
    let used: Cents = spending.iter().map(|s| s.amount_cents).sum();
    let days_total = days_between(decision.period_start, decision.period_end) + 1;
    let days_gone = (days_between(decision.period_start, today()) + 1).clamp(0, days_total);
    view.decision = Some(MoneyTotals {
        granted: decision.granted_cents,
        used,
        left: decision.granted_cents - used,
        period_start: decision.period_start,
        period_end: decision.period_end,
        // Follow-up (issue 12): the earliest follow-up date not completed yet.
        next_follow_up: crate::followup::service::next(db, client.client_id)
            .await?
            .map(|n| n.due_on),
        pace: pace::pace(used, decision.granted_cents, days_gone, days_total),
        months_gone: pace::months(days_gone),
        months_total: pace::months(days_total),
    });
    let names: BTreeMap<LineId, String> =
        lines.iter().map(|l| (l.line_id, l.name.clone())).collect();
    view.lines = lines
        .iter()
        .map(|l| {
            let used = used_per_line.get(&l.line_id).copied().unwrap_or_default();
            LineView {
                name: l.name.clone(),
                amount: l.amount_cents,
                used,
                left: l.amount_cents - used,
                arrangement: l.arrangement,
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
pub async fn funded_wishes(db: &Db, client_id: ClientId) -> Result<Vec<FundedWish>, StorageError> {
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, today()).await?
    else {
        return Ok(Vec::new());
    };
    let mut funded = Vec::new();
    for line in store::lines(&mut *db.conn().await?, decision.decision_id).await? {
        for wish in &line.wishes {
            funded.push(FundedWish {
                section: wish.section.clone(),
                item_id: wish.item_id.clone(),
                line_name: line.name.clone(),
                amount: line.amount_cents,
            });
        }
    }
    Ok(funded)
}

/// Every wish of the plan a support line can serve: (key "section:item id", section,
/// words). A card's words are its word id (`card-…`), shown in the reader's language by
/// [`wish_text`].
pub fn plan_wishes(content: &PlanContent) -> Vec<(String, String, String)> {
    let mut list = Vec::new();
    for section in Section::ALL {
        let entries = content
            .answer(section)
            .map(|a| a.entries())
            .unwrap_or_default();
        for entry in entries {
            list.push((
                format!("{}:{}", section.slug(), entry.id),
                section.slug().to_owned(),
                match &entry.card {
                    Some(card) => crate::plan::cards::word_id(card),
                    None => entry.text,
                },
            ));
        }
    }
    list
}
