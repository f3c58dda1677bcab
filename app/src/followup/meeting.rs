//! The follow-up meeting, on the server: the worker completes the follow-up with notes and
//! the agreed change. An agreed change to the plan is saved as a new plan version made from
//! the newest one, so everything else carries forward and nothing is typed twice. Also the
//! worker adding a follow-up date.

use super::content::{AgreedChange, Said};
use super::service::current;
use super::{FollowUpNotice, MeetingError, MeetingInput};
use crate::db::{Db, StorageError};
use crate::forms::notice::Notice;
use crate::forms::{idempotency, refused};
use crate::ids::ClientId;
use crate::plan::content::{grapheme_len, Answer, Goal, PlanContent};
use crate::plan::content::{MAX_ANSWER_GRAPHEMES, MAX_GOAL_GRAPHEMES};
use crate::plan::repo as plans;
use crate::plan::section::Section;
use crate::plan::service::Writer;
use serde::{Deserialize, Serialize};

/// The worker's follow-up page.
pub const PAGE: &str = "/worker/followup";
/// The name a refused meeting form is kept under for the session.
pub const REFUSED: &str = "followup-meeting";

/// A refused meeting form, kept for the worker's session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedMeeting {
    pub input: MeetingInput,
    pub errors: Vec<(String, MeetingError)>,
    pub base_version: i64,
}

/// Refused fields of the meeting form and why: (field id, error).
pub type MeetingErrors = Vec<(String, MeetingError)>;

/// Checks the meeting form: the agreed change (if any) and the part of the plan it goes to.
pub fn parse(input: &MeetingInput) -> Result<(String, Option<AgreedChange>), MeetingErrors> {
    let notes = input.notes.replace("\r\n", "\n").trim().to_owned();
    let text = input.change_text.trim().to_owned();
    let mut errors = Vec::new();
    if grapheme_len(&notes) > MAX_ANSWER_GRAPHEMES {
        errors.push(("notes".to_owned(), MeetingError::TooLong));
    }
    if grapheme_len(&text) > MAX_GOAL_GRAPHEMES {
        errors.push(("change_text".to_owned(), MeetingError::TooLong));
    }
    let section = Section::from_slug(input.change_section.trim());
    if !text.is_empty() && section.is_none() {
        errors.push(("change_section".to_owned(), MeetingError::SectionMissing));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let agreed = section.filter(|_| !text.is_empty()).map(|s| AgreedChange {
        section: s.slug().to_owned(),
        text,
    });
    Ok((notes, agreed))
}

/// The plan with the agreed change: one more wish or goal in its section; the rest as it was.
pub fn with_change(plan: &PlanContent, change: &AgreedChange) -> PlanContent {
    let mut next = plan.clone();
    let Some(section) = Section::from_slug(&change.section) else {
        return next;
    };
    let answer = match (section, plan.answer(section).cloned()) {
        (Section::Goals, Some(Answer::Goals(mut goals))) => {
            goals.push(Goal {
                goal: change.text.clone(),
                how: String::new(),
            });
            Answer::Goals(goals)
        }
        (Section::Goals, _) => Answer::Goals(vec![Goal {
            goal: change.text.clone(),
            how: String::new(),
        }]),
        (_, Some(Answer::Text(text))) if !text.is_empty() => {
            Answer::Text(format!("{text}\n{}", change.text))
        }
        _ => Answer::Text(change.text.clone()),
    };
    next.set(section, answer);
    next
}

async fn refuse(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    kept: RefusedMeeting,
) -> Result<String, StorageError> {
    let json = serde_json::to_string(&kept)?;
    refused::put_refused(
        &mut *db.conn().await?,
        session_id,
        client_id,
        REFUSED,
        &json,
    )
    .await?;
    Ok(format!("{PAGE}#meeting"))
}

/// The meeting form as sent.
#[derive(Clone, Debug, Default)]
pub struct MeetingForm {
    pub version: i64,
    pub idem: String,
    pub input: MeetingInput,
}

/// Completes the follow-up: notes and the agreed change, and for a change a new plan version
/// (and the same change in the plan's draft), all in one transaction.
pub async fn complete(
    db: &Db,
    on: &Writer,
    session_id: &str,
    form: MeetingForm,
) -> Result<String, StorageError> {
    let Some(current) = current(db, on.client_id).await? else {
        return Ok(PAGE.to_owned());
    };
    let (notes, agreed) = match parse(&form.input) {
        Ok(parsed) => parsed,
        Err(errors) => {
            let kept = RefusedMeeting {
                input: form.input,
                errors,
                base_version: form.version,
            };
            return refuse(db, session_id, on.client_id, kept).await;
        }
    };
    let mut content = current.content.clone();
    content.notes = (!notes.is_empty()).then(|| Said {
        text: notes,
        by: on.author.clone(),
    });
    content.agreed = agreed.clone();
    let done = FollowUpNotice::Completed.at("/followup/history");
    let mut tx = db.write().await?;
    let now = crate::db::now_ms();
    if let Some(first) = idempotency::claim(&mut tx, &form.idem, on.client_id, now).await? {
        tx.rollback().await?;
        return Ok(if first.is_empty() { done } else { first });
    }
    let id = match (&current.record, form.version == current.version) {
        (_, false) => None,
        (Some(r), true) => Some(r.follow_up_id),
        (None, true) => {
            super::repo::create(&mut tx, on.client_id, current.date.date_id, &content).await?;
            super::repo::for_date(&mut tx, on.client_id, current.date.date_id)
                .await?
                .map(|r| r.follow_up_id)
        }
    };
    let version = current.version.max(1);
    let new_version = match &agreed {
        Some(change) => Some(new_plan_version(&mut tx, on, change, &form.idem).await?),
        None => None,
    };
    let completed = match id {
        Some(id) => {
            let by = &on.author.name;
            super::repo::complete(&mut tx, id, &content, version, by, new_version).await?
        }
        None => false,
    };
    if !completed {
        tx.rollback().await?;
        let kept = RefusedMeeting {
            input: form.input,
            errors: vec![("notes".to_owned(), MeetingError::ChangedByOther)],
            base_version: current.version,
        };
        return refuse(db, session_id, on.client_id, kept).await;
    }
    refused::clear_refused(&mut tx, session_id, on.client_id, REFUSED).await?;
    idempotency::finish(&mut tx, &form.idem, &done).await?;
    tx.commit().await?;
    Ok(done)
}

/// Saves the newest plan with the change as the next version, and puts the same change in
/// the draft, so the client's working copy does not look unsaved. Returns the version number.
async fn new_plan_version(
    conn: &mut sqlx::AnyConnection,
    on: &Writer,
    change: &AgreedChange,
    idem: &str,
) -> Result<i64, StorageError> {
    let newest = plans::get_version(conn, on.client_id, None).await?;
    let base = newest.map(|v| v.content).unwrap_or_default();
    let next = with_change(&base, change);
    let key = format!("{idem}-plan");
    let outcome = plans::save_version(conn, on.client_id, &next, &on.author, &key, |n| {
        format!("/plan/versions/{n}")
    })
    .await?;
    let plans::VersionOutcome::Saved(number) = outcome else {
        return Err(StorageError::Unknown(
            "plan version key used twice".to_owned(),
        ));
    };
    let draft = plans::load_draft(conn, on.client_id).await?;
    if let Some(section) = Section::from_slug(&change.section) {
        let changed = with_change(&draft.content, change);
        if let Some(answer) = changed.answer(section) {
            let key = format!("{idem}-draft");
            let version = draft.version(section);
            // A section someone is editing right now keeps their text; the new version has
            // the change either way.
            plans::save_section(
                conn,
                on.client_id,
                section,
                answer,
                version,
                &key,
                "",
                &on.author,
            )
            .await?;
        }
    }
    Ok(number)
}

/// A worker adds a follow-up date for the client. Returns the page with what happened.
pub async fn add_date(
    db: &Db,
    client_id: ClientId,
    idem: &str,
    text: &str,
) -> Result<String, StorageError> {
    let Some(date) = crate::money::form::date(text) else {
        return Ok(format!("{}#dates", FollowUpNotice::DateWrong.at(PAGE)));
    };
    let decision = crate::money::repo::current_decision(
        &mut *db.conn().await?,
        client_id,
        crate::dates::today(),
    )
    .await?;
    let mut tx = db.write().await?;
    let now = crate::db::now_ms();
    if let Some(first) = idempotency::claim(&mut tx, idem, client_id, now).await? {
        tx.rollback().await?;
        return Ok(if first.is_empty() {
            PAGE.to_owned()
        } else {
            first
        });
    }
    let decision_id = decision.map(|d| d.decision_id);
    let added = super::dates::add_by_worker(&mut tx, client_id, decision_id, date).await?;
    let notice = if added {
        FollowUpNotice::DateAdded
    } else {
        FollowUpNotice::DateTaken
    };
    let done = format!("{}#dates", notice.at(PAGE));
    idempotency::finish(&mut tx, idem, &done).await?;
    tx.commit().await?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_adds_one_wish_and_keeps_the_rest() {
        let mut plan = PlanContent::default();
        plan.set(Section::Important, Answer::Text("Sanna".into()));
        plan.set(
            Section::Goals,
            Answer::Goals(vec![Goal {
                goal: "Uin".into(),
                how: String::new(),
            }]),
        );
        let change = AgreedChange {
            section: "goals".into(),
            text: "Leivon".into(),
        };
        let next = with_change(&plan, &change);
        assert_eq!(
            next.answer(Section::Important),
            plan.answer(Section::Important)
        );
        assert_eq!(
            next.answer(Section::Goals).map(Answer::items),
            Some(vec!["Uin".into(), "Leivon".into()])
        );
        let line = AgreedChange {
            section: "important".into(),
            text: "Metsä".into(),
        };
        assert_eq!(
            with_change(&plan, &line)
                .answer(Section::Important)
                .map(Answer::items),
            Some(vec!["Sanna".into(), "Metsä".into()])
        );
    }

    #[test]
    fn a_change_needs_its_section_and_no_change_is_fine() {
        let input = MeetingInput {
            notes: "Hyvä tapaaminen".into(),
            change_section: String::new(),
            change_text: "Leivon".into(),
        };
        assert_eq!(
            parse(&input).err().map(|e| e[0].1),
            Some(MeetingError::SectionMissing)
        );
        let none = MeetingInput {
            change_text: String::new(),
            ..input
        };
        assert_eq!(parse(&none), Ok(("Hyvä tapaaminen".to_owned(), None)));
    }
}
