//! The mat's rules on the server: which card comes next, putting or moving a card, finishing,
//! and what a page shows. Plain async functions over a `Db`, called by the thin server
//! functions in `api`.

use super::catalogue::{catalogue, MatTopic};
use super::place::Place;
use super::repo::{self, Outcome, Target, Write};
use super::sort::{finished_message, CardView, Finished, MatView, Sort};
use super::{card_path, finish_path, whole_path, MatNotice};
use crate::db::{Db, StorageError};
use crate::forms::notice::Notice;
use crate::forms::refused as refused_forms;
use crate::i18n::Lang;
use crate::wellbeing::round::{Answerer, Support};
use crate::wellbeing::service::Writer;
use serde::{Deserialize, Serialize};

/// A mat form as sent.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct MatForm {
    pub version: i64,
    pub idem: String,
    /// The card page sends the card and the place pressed.
    pub card: Option<String>,
    pub place: Option<String>,
    /// The whole mat sends "card:place" from the move button pressed.
    pub shift: Option<String>,
    /// The last page sends whether someone helped,
    pub support: Option<String>,
    /// and whose view it is (see `said`), kept as sent when the press is refused.
    #[serde(default)]
    pub said: Option<String>,
    /// The mark stored when the press finishes the sort.
    #[serde(skip)]
    pub mark: Option<crate::said::repo::NewMark>,
}

/// What a press asks for, read once from the form.
fn parse(topic: &MatTopic, form: &MatForm) -> Option<(String, Place)> {
    let (card, place) = match &form.shift {
        Some(shift) => shift.split_once(':')?,
        None => (form.card.as_deref()?, form.place.as_deref()?),
    };
    let place = Place::parse(place)?;
    topic.card(card).map(|c| (c.id.clone(), place))
}

fn form_name(topic: &str) -> String {
    format!("mat:{topic}")
}

/// A topic's mat with the words of `lang`.
pub fn view(topic: &MatTopic, sort: Option<&Sort>) -> MatView {
    MatView {
        topic: topic.id.clone(),
        title: topic.title.clone(),
        concept: topic.concept.clone(),
        version: sort.map_or(0, |s| s.version),
        cards: topic
            .options
            .iter()
            .map(|c| CardView {
                id: c.id.clone(),
                concept: c.concept.clone(),
                word: c.word.clone(),
                place: sort.and_then(|s| s.cards.get(&c.id).copied()),
            })
            .collect(),
        finished: sort.and_then(|s| {
            let by = s.finished_by.as_ref()?;
            Some(Finished {
                at: s.finished_at?,
                message_id: finished_message(by).to_owned(),
                name: by.actor.name.clone(),
                mark: None,
            })
        }),
    }
}

/// Every topic's mat for one client.
pub async fn mats(db: &Db, on: &Writer, lang: Lang) -> Result<Vec<MatView>, StorageError> {
    let sorts = repo::sorts(&mut *db.conn().await?, on.client_id).await?;
    let marks = crate::said::repo::marks(
        &mut *db.conn().await?,
        on.client_id,
        crate::said::target::MAT,
    )
    .await?;
    Ok(catalogue()
        .topics(lang)
        .iter()
        .map(|t| {
            let mut mat = view(t, sorts.iter().find(|s| s.topic == t.id));
            if let Some(finished) = &mut mat.finished {
                finished.mark = marks.iter().find(|m| m.item == t.id).cloned();
            }
            mat
        })
        .collect())
}

/// One topic's mat, and the card the person pressed last if it was refused.
pub async fn mat(
    db: &Db,
    on: &Writer,
    lang: Lang,
    topic: &str,
) -> Result<Option<(MatView, Option<MatForm>)>, StorageError> {
    let Some(topic) = catalogue().topic(lang, topic) else {
        return Ok(None);
    };
    let sorts = repo::sorts(&mut *db.conn().await?, on.client_id).await?;
    let kept: Option<MatForm> =
        refused_forms::refused(&mut *db.conn().await?, &on.session_id, on.client_id)
            .await?
            .into_iter()
            .find(|(form, _)| *form == form_name(&topic.id))
            .and_then(|(_, json)| serde_json::from_str(&json).ok());
    Ok(Some((
        view(topic, sorts.iter().find(|s| s.topic == topic.id)),
        kept,
    )))
}

/// Saves one press and returns the address of the page to show next: the next card, the
/// whole mat, or the topic list once finished. `None`: no such topic.
pub async fn press(
    db: &Db,
    on: &Writer,
    topic_id: &str,
    finish: bool,
    form: MatForm,
) -> Result<Option<String>, StorageError> {
    // Ids are the same in every language, so any language's file answers "is it a card?".
    let Some(topic) = catalogue().topic(Lang::Fi, topic_id) else {
        return Ok(None);
    };
    let sorts = repo::sorts(&mut *db.conn().await?, on.client_id).await?;
    let sort = sorts.iter().find(|s| s.topic == topic.id);
    let here = if finish {
        finish_path(&topic.id)
    } else if form.shift.is_some() {
        whole_path(&topic.id)
    } else {
        card_path(&topic.id)
    };
    let (write, destination) = if finish {
        if topic
            .options
            .iter()
            .any(|c| !sort.is_some_and(|s| s.cards.contains_key(&c.id)))
        {
            return Ok(Some(MatNotice::Missing.at(&card_path(&topic.id))));
        }
        let Some(support) = form.support.as_deref().and_then(Support::parse) else {
            return Ok(Some(MatNotice::SupportMissing.at(&here)));
        };
        let by = Answerer {
            actor: on.author.clone(),
            support,
        };
        (Write::Finish(by), MatNotice::Saved.at("/mat"))
    } else {
        let Some((card, place)) = parse(topic, &form) else {
            return Ok(Some(here));
        };
        let left = topic
            .options
            .iter()
            .filter(|c| c.id != card && !sort.is_some_and(|s| s.cards.contains_key(&c.id)))
            .count();
        let next = if form.shift.is_some() || left == 0 {
            whole_path(&topic.id)
        } else {
            card_path(&topic.id)
        };
        (Write::Place(card, place), next)
    };
    let target = Target {
        client_id: on.client_id,
        topic: &topic.id,
        version: form.version,
        idem: &form.idem,
        destination: &destination,
    };
    let name = form_name(&topic.id);
    let mut tx = db.write().await?;
    let outcome = repo::write(&mut tx, &target, &write).await?;
    if outcome == Outcome::Saved {
        if let (Write::Finish(_), Some(mark)) = (&write, &form.mark) {
            let scope = crate::said::target::MAT;
            crate::said::repo::put(&mut tx, on.client_id, scope, &topic.id, mark).await?;
        }
        refused_forms::clear_refused(&mut tx, &on.session_id, on.client_id, &name).await?;
        tx.commit().await?;
    } else {
        // Nothing was written and the key stays unclaimed.
        tx.rollback().await?;
    }
    Ok(Some(match outcome {
        Outcome::Saved => destination,
        Outcome::Replayed(previous) if !previous.is_empty() => previous,
        Outcome::Replayed(_) => here,
        Outcome::Conflict => {
            let json = serde_json::to_string(&form)?;
            refused_forms::put_refused(
                &mut *db.conn().await?,
                &on.session_id,
                on.client_id,
                &name,
                &json,
            )
            .await?;
            MatNotice::Changed.at(&here)
        }
    }))
}

/// The finished mats, for the plan summary.
pub async fn finished(db: &Db, on: &Writer, lang: Lang) -> Result<Vec<MatView>, StorageError> {
    Ok(mats(db, on, lang)
        .await?
        .into_iter()
        .filter(|m| m.finished.is_some())
        .collect())
}
