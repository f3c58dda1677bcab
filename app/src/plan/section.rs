//! The six sections of the good-life plan, their order and their names in URLs and messages.

use crate::speech::lists::{self, ListenList};
use serde::{Deserialize, Serialize};

/// One section of the plan. The order of the variants is the order of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Section {
    Important,
    GoodAt,
    Helpers,
    NeedHelp,
    Support,
    Goals,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Important,
        Section::GoodAt,
        Section::Helpers,
        Section::NeedHelp,
        Section::Support,
        Section::Goals,
    ];

    /// The language-neutral name used in URLs and storage.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Important => "important",
            Section::GoodAt => "good-at",
            Section::Helpers => "helpers",
            Section::NeedHelp => "need-help",
            Section::Support => "support",
            Section::Goals => "goals",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The step number shown to the user, starting at 1.
    pub fn step(self) -> usize {
        self as usize + 1
    }

    pub fn next(self) -> Option<Section> {
        Section::ALL.get(self as usize + 1).copied()
    }

    pub fn previous(self) -> Option<Section> {
        (self as usize)
            .checked_sub(1)
            .and_then(|i| Section::ALL.get(i).copied())
    }

    /// The page address of this section's question.
    pub fn path(self) -> String {
        format!("/plan/step/{}", self.slug())
    }

    /// Message id of the section's name (also the page question).
    pub fn title_id(self) -> &'static str {
        match self {
            Section::Important => "section-important",
            Section::GoodAt => "section-good-at",
            Section::Helpers => "section-helpers",
            Section::NeedHelp => "section-need-help",
            Section::Support => "section-support",
            Section::Goals => "section-goals",
        }
    }

    /// Message id of the question asked on the section's page.
    pub fn question_id(self) -> &'static str {
        match self {
            Section::Important => "question-important",
            Section::GoodAt => "question-good-at",
            Section::Helpers => "question-helpers",
            Section::NeedHelp => "question-need-help",
            Section::Support => "question-support",
            Section::Goals => "question-goals",
        }
    }

    /// Message id of the short hint under the question.
    pub fn hint_id(self) -> &'static str {
        match self {
            Section::Important => "hint-important",
            Section::GoodAt => "hint-good-at",
            Section::Helpers => "hint-helpers",
            Section::NeedHelp => "hint-need-help",
            Section::Support => "hint-support",
            Section::Goals => "hint-goals",
        }
    }

    /// What "Kuuntele" reads on the section's page: its question and hint.
    pub fn listen(self) -> ListenList {
        match self {
            Section::Important => lists::QUESTION_IMPORTANT,
            Section::GoodAt => lists::QUESTION_GOOD_AT,
            Section::Helpers => lists::QUESTION_HELPERS,
            Section::NeedHelp => lists::QUESTION_NEED_HELP,
            Section::Support => lists::QUESTION_SUPPORT,
            Section::Goals => lists::QUESTION_GOALS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_unknown_slugs_are_rejected() {
        for section in Section::ALL {
            assert_eq!(Section::from_slug(section.slug()), Some(section));
        }
        assert_eq!(Section::from_slug("../etc"), None);
    }

    #[test]
    fn journey_order_has_six_steps_with_ends() {
        assert_eq!(Section::Important.step(), 1);
        assert_eq!(Section::Goals.step(), 6);
        assert_eq!(Section::Important.previous(), None);
        assert_eq!(Section::Goals.next(), None);
        assert_eq!(Section::Helpers.next(), Some(Section::NeedHelp));
        assert_eq!(Section::Helpers.previous(), Some(Section::GoodAt));
    }
}
