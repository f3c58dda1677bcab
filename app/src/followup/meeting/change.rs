//! The meeting form checked once, and the agreed change applied to a plan: one more wish or
//! goal in its section, everything else as it was.

use crate::followup::content::AgreedChange;
use crate::followup::{MeetingError, MeetingInput};
use crate::plan::content::{grapheme_len, Answer, Goal, Item, PlanContent};
use crate::plan::content::{MAX_ANSWER_GRAPHEMES, MAX_GOAL_GRAPHEMES};
use crate::plan::section::Section;

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
    with_change_as(plan, change, &PlanContent::new_item_id())
}

/// `with_change`, naming the new item `id`: the new version and the draft get the same item,
/// so the draft does not look changed next to the version it was saved as.
pub fn with_change_as(plan: &PlanContent, change: &AgreedChange, id: &str) -> PlanContent {
    let new_id = || id.to_owned();
    let mut next = plan.clone();
    let Some(section) = Section::from_slug(&change.section) else {
        return next;
    };
    let answer = match (section, plan.answer(section).cloned()) {
        (Section::Goals, Some(Answer::Goals(mut goals))) => {
            goals.push(Goal {
                id: new_id(),
                ..Goal::words(change.text.clone(), "")
            });
            Answer::Goals(goals)
        }
        (Section::Goals, _) => Answer::Goals(vec![Goal {
            id: new_id(),
            ..Goal::words(change.text.clone(), "")
        }]),
        (_, Some(Answer::Text(text))) if !text.is_empty() => {
            Answer::Text(format!("{text}\n{}", change.text))
        }
        (_, Some(Answer::Items(mut items))) => {
            items.push(Item {
                id: new_id(),
                card: None,
                text: change.text.clone(),
            });
            Answer::Items(items)
        }
        _ => Answer::Text(change.text.clone()),
    };
    next.set(section, answer);
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_adds_one_wish_and_keeps_the_rest() {
        let mut plan = PlanContent::default();
        plan.set(Section::Important, Answer::Text("Sanna".into()));
        plan.set(Section::Goals, Answer::Goals(vec![Goal::words("Uin", "")]));
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
