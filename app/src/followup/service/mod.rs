//! Preparing a follow-up, on the server: which follow-up is next, what it asks about, and
//! saving one step (`step`). Every step is saved at once (the draft); a double tap writes once;
//! a step based on an older version is refused with the person's text kept. `meeting_view`
//! builds the worker's page.

mod meeting_view;
mod step;

pub use meeting_view::meeting_data;
pub use step::{refused_name, refused_step, save_step, RefusedStep, StepForm};

use super::content::{FollowUpContent, ItemAnswer};
use super::dates::{self, DueDate};
use super::repo::{self, Record};
use super::NextFollowUp;
use crate::dates::today;
use crate::db::{Db, StorageError};
use crate::ids::ClientId;
use crate::plan::section::Section;

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
        let entries = plan
            .content
            .answer(section)
            .map(|a| a.entries())
            .unwrap_or_default();
        for entry in entries {
            let has_money = funded
                .iter()
                .any(|f| f.section == section.slug() && f.item_id == entry.id);
            // A card is kept as its word id and shown in the reader's language.
            let wish = match &entry.card {
                Some(card) => crate::plan::cards::word_id(card),
                None => entry.text,
            };
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
