//! The plan's rules on the server: what happens when a section or the whole plan is sent.
//! Plain async functions over a `Db`, called by the thin server functions in `api`.

use super::content::{FieldError, FieldErrorKind, PlanContent, SectionInput};
use super::section::Section;
use crate::db::{Db, StorageError};
use crate::forms::notice::Notice;
use crate::ids::ClientId;
use crate::plan::repo::{self as plans, Actor, Pending, SaveOutcome, VersionOutcome};

/// A section form as sent, already split into its parts.
#[derive(Clone, Debug, Default)]
pub struct SectionForm {
    /// The section version the form was made from; anything unreadable counts as 0.
    pub version: i64,
    pub idem: String,
    /// The user came from the check-your-answers page and goes back there.
    pub from_check: bool,
    /// Who said it, stored with it (see `said`).
    pub mark: Option<crate::said::repo::NewMark>,
    pub input: SectionInput,
}

/// The page to show after a section was accepted.
pub fn next_page(section: Section, from_check: bool) -> String {
    match (from_check, section.next()) {
        (false, Some(next)) => next.path(),
        _ => "/plan/check".to_owned(),
    }
}

/// The client whose plan is written, and who is writing (the client, a relative or a
/// worker), as the access check found them.
#[derive(Clone, Debug)]
pub struct Writer {
    pub client_id: ClientId,
    pub author: Actor,
}

/// Handles a sent section form and returns the address of the page to show next.
/// Refused input is kept on the server for the sending session (`session_id`) and the same
/// page is shown again with the errors.
pub async fn submit_section(
    db: &Db,
    on: &Writer,
    session_id: &str,
    section: Section,
    form: SectionForm,
) -> Result<String, StorageError> {
    let again = if form.from_check {
        format!("{}?from=check", section.path())
    } else {
        section.path()
    };
    let draft = plans::load_draft(&mut *db.conn().await?, on.client_id).await?;
    let previous = draft.content.answer(section);
    let answer = match form
        .input
        .parse(section, previous, &mut PlanContent::new_item_id)
    {
        Ok(answer) => answer,
        Err(errors) => {
            let pending = Pending {
                input: form.input,
                errors,
                base_version: form.version,
                said: form.mark.as_ref().map(|m| m.said),
            };
            let conn = &mut *db.conn().await?;
            plans::set_pending(conn, session_id, on.client_id, section, &pending).await?;
            return Ok(again);
        }
    };
    // "Ylös" / "Alas" saves and shows the same page again, at the order list.
    let destination = if form.input.shift.is_empty() {
        next_page(section, form.from_check)
    } else {
        format!("{again}#order")
    };
    let outcome = plans::save_marked(
        &mut *db.conn().await?,
        on.client_id,
        section,
        &answer,
        form.version,
        &form.idem,
        &destination,
        &on.author,
        form.mark.as_ref(),
    )
    .await?;
    match outcome {
        SaveOutcome::Saved => {
            let conn = &mut *db.conn().await?;
            plans::clear_pending(conn, session_id, on.client_id, section).await?;
            Ok(destination)
        }
        SaveOutcome::Replayed(previous) if !previous.is_empty() => Ok(previous),
        SaveOutcome::Replayed(_) => Ok(again),
        SaveOutcome::Conflict { current_version } => {
            let field = if section == Section::Goals {
                "goal-1"
            } else {
                "answer"
            };
            let pending = Pending {
                input: form.input,
                errors: vec![FieldError {
                    field: field.to_owned(),
                    kind: FieldErrorKind::ChangedByOther,
                }],
                base_version: current_version,
                said: form.mark.as_ref().map(|m| m.said),
            };
            let conn = &mut *db.conn().await?;
            plans::set_pending(conn, session_id, on.client_id, section, &pending).await?;
            Ok(again)
        }
    }
}

/// Keeps what is typed so far, unchecked, as the section's open input: the page shows it
/// again, and "Jatka" checks and saves it. Returns the same page's address.
pub async fn autosave_section(
    db: &Db,
    on: &Writer,
    session_id: &str,
    section: Section,
    form: SectionForm,
) -> Result<String, StorageError> {
    let pending = Pending {
        input: form.input,
        errors: Vec::new(),
        base_version: form.version,
        said: form.mark.as_ref().map(|m| m.said),
    };
    let conn = &mut *db.conn().await?;
    plans::set_pending(conn, session_id, on.client_id, section, &pending).await?;
    Ok(section.path())
}

/// Saves the draft as a new plan version and returns the address of the confirmation page.
/// An empty plan is not saved: the check page says why.
pub async fn submit_plan(db: &Db, on: &Writer, idem: &str) -> Result<String, StorageError> {
    let draft = plans::load_draft(&mut *db.conn().await?, on.client_id).await?;
    if draft.content.is_empty() {
        return Ok(super::PlanNotice::Empty.at("/plan/check"));
    }
    let outcome = plans::save_version(
        &mut *db.conn().await?,
        on.client_id,
        &draft.content,
        &on.author,
        idem,
        |n| format!("/plan/saved/{n}"),
    )
    .await?;
    if let VersionOutcome::Saved(_) = outcome {
        // The personal-budget path (issue 14): a plan being written goes to the worker.
        crate::path::service::after_plan_saved(db, on.client_id, &on.author.name).await?;
    }
    Ok(match outcome {
        VersionOutcome::Saved(n) => format!("/plan/saved/{n}"),
        VersionOutcome::Replayed(previous) if !previous.is_empty() => previous,
        VersionOutcome::Replayed(_) => "/plan/check".to_owned(),
    })
}

/// Whether the draft says something the newest saved version (if any) does not.
pub fn has_unsaved_changes(draft: &PlanContent, newest: Option<&PlanContent>) -> bool {
    match newest {
        Some(saved) => saved != draft,
        None => !draft.is_empty(),
    }
}

/// The first section without an answer, where a returning client continues.
pub fn first_unanswered(content: &PlanContent) -> Option<Section> {
    Section::ALL
        .into_iter()
        .find(|s| content.answer(*s).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::content::Answer;

    #[test]
    fn next_page_walks_the_sections_then_goes_to_check() {
        assert_eq!(next_page(Section::Important, false), "/plan/step/good-at");
        assert_eq!(next_page(Section::Goals, false), "/plan/check");
        assert_eq!(next_page(Section::Important, true), "/plan/check");
    }

    #[test]
    fn unsaved_changes_compare_the_draft_with_the_newest_version() {
        let mut draft = PlanContent::default();
        assert!(
            !has_unsaved_changes(&draft, None),
            "nothing written, nothing unsaved"
        );
        draft.set(Section::Important, Answer::Text("Kissa".into()));
        assert!(has_unsaved_changes(&draft, None));
        assert!(!has_unsaved_changes(&draft, Some(&draft.clone())));
        assert!(has_unsaved_changes(&draft, Some(&PlanContent::default())));
    }

    #[test]
    fn first_unanswered_skips_answered_sections() {
        let mut content = PlanContent::default();
        assert_eq!(first_unanswered(&content), Some(Section::Important));
        content.set(Section::Important, Answer::Text("Kissa".into()));
        assert_eq!(first_unanswered(&content), Some(Section::GoodAt));
    }
}
