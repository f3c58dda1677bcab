//! The circle's rules on the server: adding, changing and removing a person, choosing what
//! they help with (one press each), and what the pages show. Plain async functions over a
//! `Db`, called by the thin server functions in `api`.

use super::helps::{cards_of, is_help_card};
use super::person::{PersonError, PersonForm};
use super::repo::{self, Outcome, Write};
use super::view::{PersonView, RingView};
use super::{helps_path, person_path, CircleNotice};
use crate::db::{Db, StorageError};
use crate::forms::notice::Notice;
use crate::forms::refused as refused_forms;
use crate::i18n::Lang;
use crate::plan::content::Answer;
use crate::plan::section::Section;
use crate::wellbeing::service::Writer;
use serde::{Deserialize, Serialize};

/// A refused person form, kept for the page with its message.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Kept {
    pub form: PersonForm,
    pub error: Option<PersonError>,
}

fn form_name(no: i64) -> String {
    format!("circle:{no}")
}

async fn keep(db: &Db, on: &Writer, no: i64, kept: &Kept) -> Result<(), StorageError> {
    let json = serde_json::to_string(kept)?;
    refused_forms::put_refused(
        &mut *db.conn().await?,
        &on.session_id,
        on.client_id,
        &form_name(no),
        &json,
    )
    .await
}

/// The refused form of person `no` (0: a new one) this session sent, if any.
pub async fn kept(db: &Db, on: &Writer, no: i64) -> Result<Option<Kept>, StorageError> {
    Ok(
        refused_forms::refused(&mut *db.conn().await?, &on.session_id, on.client_id)
            .await?
            .into_iter()
            .find(|(form, _)| *form == form_name(no))
            .and_then(|(_, json)| serde_json::from_str(&json).ok()),
    )
}

async fn apply(
    db: &Db,
    on: &Writer,
    version: i64,
    keys: (&str, &str),
    write: &Write,
) -> Result<Outcome, StorageError> {
    let mut tx = db.write().await?;
    let outcome = repo::write(&mut tx, on.client_id, version, keys, &on.author, write).await?;
    if matches!(outcome, Outcome::Saved(_)) {
        tx.commit().await?;
    } else {
        // Nothing was written and the key stays unclaimed.
        tx.rollback().await?;
    }
    Ok(outcome)
}

/// Adds (`no` 0), changes or removes a person; returns the address of the next page.
pub async fn save_person(
    db: &Db,
    on: &Writer,
    no: i64,
    (version, idem): (i64, &str),
    form: PersonForm,
    remove: bool,
) -> Result<String, StorageError> {
    let here = person_path(no);
    let (write, destination) = if remove {
        (Write::Remove(no), CircleNotice::Removed.at("/circle"))
    } else {
        match form.parse() {
            Err(error) => {
                keep(
                    db,
                    on,
                    no,
                    &Kept {
                        form,
                        error: Some(error),
                    },
                )
                .await?;
                return Ok(here);
            }
            Ok(input) if no == 0 => (Write::Add(input), helps_path("{id}")),
            Ok(input) => (Write::Change(no, input), CircleNotice::Saved.at("/circle")),
        }
    };
    Ok(
        match apply(db, on, version, (idem, &destination), &write).await? {
            Outcome::Saved(id) => {
                refused_forms::clear_refused(
                    &mut *db.conn().await?,
                    &on.session_id,
                    on.client_id,
                    &form_name(no),
                )
                .await?;
                destination.replace("{id}", &id.to_string())
            }
            Outcome::Replayed(previous) if !previous.is_empty() => previous,
            Outcome::Replayed(_) => here,
            Outcome::Conflict => {
                keep(
                    db,
                    on,
                    no,
                    &Kept {
                        form,
                        error: Some(PersonError::Changed),
                    },
                )
                .await?;
                here
            }
        },
    )
}

/// Adds or takes away one help card of a person (one press); stays on the same page.
pub async fn toggle_help(
    db: &Db,
    on: &Writer,
    no: i64,
    (version, idem): (i64, &str),
    card: &str,
) -> Result<Option<String>, StorageError> {
    let people = repo::people(&mut *db.conn().await?, on.client_id).await?;
    let Some(person) = people.into_iter().find(|p| p.person_id == no) else {
        return Ok(None);
    };
    let here = helps_path(&no.to_string());
    if !is_help_card(card) {
        return Ok(Some(here));
    }
    let mut helps = person.helps_with.clone();
    if let Some(at) = helps.iter().position(|c| c == card) {
        helps.remove(at);
    } else {
        helps.push(card.to_owned());
    }
    let outcome = apply(db, on, version, (idem, &here), &Write::Helps(no, helps)).await?;
    Ok(Some(match outcome {
        Outcome::Saved(_) => here,
        Outcome::Replayed(previous) if !previous.is_empty() => previous,
        Outcome::Replayed(_) => here,
        Outcome::Conflict => CircleNotice::Changed.at(&here),
    }))
}

/// The circle as the pages show it: each ring with its people and their help cards.
pub async fn rings(db: &Db, on: &Writer, lang: Lang) -> Result<Vec<RingView>, StorageError> {
    let people = repo::people(&mut *db.conn().await?, on.client_id).await?;
    Ok(super::closeness::Closeness::ALL
        .into_iter()
        .map(|closeness| RingView {
            closeness,
            people: people
                .iter()
                .filter(|p| p.closeness == closeness)
                .map(|p| PersonView {
                    person_id: p.person_id,
                    name: p.name.clone(),
                    helps: cards_of(lang, &p.helps_with),
                })
                .collect(),
        })
        .collect())
}

/// What the client wrote in the helpers question before the circle existed, line by line:
/// from the draft, else from the newest saved plan.
pub async fn old_helpers(db: &Db, on: &Writer) -> Result<Vec<String>, StorageError> {
    let mut conn = db.conn().await?;
    let draft = crate::plan::repo::load_draft(&mut conn, on.client_id).await?;
    let answer = match draft.content.answer(Section::Helpers).cloned() {
        Some(answer) => Some(answer),
        None => crate::plan::repo::get_version(&mut conn, on.client_id, None)
            .await?
            .and_then(|v| v.content.answer(Section::Helpers).cloned()),
    };
    Ok(answer.as_ref().map(Answer::items).unwrap_or_default())
}
