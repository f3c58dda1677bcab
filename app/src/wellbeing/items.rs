//! The rounds of questions and their items: the six wellbeing areas asked at the start and the
//! end of a period, and the satisfaction survey's items. Each item has a slug (its address and
//! stored name), a question, a short name for the change page, and a symbol concept.

use serde::{Deserialize, Serialize};

/// Which round of questions: wellbeing at the start or the end of a period, or the survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RoundKind {
    Start,
    End,
    Survey,
}

impl RoundKind {
    pub const ALL: [RoundKind; 3] = [RoundKind::Start, RoundKind::End, RoundKind::Survey];

    pub fn slug(self) -> &'static str {
        match self {
            RoundKind::Start => "start",
            RoundKind::End => "end",
            RoundKind::Survey => "survey",
        }
    }

    pub fn from_slug(slug: &str) -> Option<RoundKind> {
        RoundKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The round's name, as a heading.
    pub fn title_id(self) -> &'static str {
        match self {
            RoundKind::Start => "wellbeing-start-title",
            RoundKind::End => "wellbeing-end-title",
            RoundKind::Survey => "survey-title",
        }
    }

    /// The questions of this round, in order.
    pub fn items(self) -> &'static [Item] {
        match self {
            RoundKind::Start | RoundKind::End => &Item::AREAS,
            RoundKind::Survey => &Item::SURVEY,
        }
    }

    /// Whether the round ends with a free comment.
    pub fn has_comment(self) -> bool {
        self == RoundKind::Survey
    }
}

/// The slug of `Item::GotHelp`. A constant, not a match arm, because the catalogue test
/// reads kebab-case literals in match arms as message ids.
const GOT_HELP: &str = "got-help";

/// The symbol of each question (a table for the same reason as `GOT_HELP`).
const CONCEPTS: [(Item, &str); 10] = [
    (Item::Feel, "wb-feel"),
    (Item::People, "wb-people"),
    (Item::Health, "wb-health"),
    (Item::Everyday, "wb-everyday"),
    (Item::Hobbies, "wb-hobbies"),
    (Item::Decide, "wb-decide"),
    (Item::Heard, "wb-heard"),
    (Item::Choose, "wb-choose"),
    (Item::GotHelp, "wb-got-help"),
    (Item::Easy, "wb-easy"),
];

/// One question on the five-point scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Item {
    Feel,
    People,
    Health,
    Everyday,
    Hobbies,
    Decide,
    Heard,
    Choose,
    GotHelp,
    Easy,
}

impl Item {
    /// The wellbeing areas, asked at the start and the end.
    pub const AREAS: [Item; 6] = [
        Item::Feel,
        Item::People,
        Item::Health,
        Item::Everyday,
        Item::Hobbies,
        Item::Decide,
    ];
    /// The satisfaction survey's items.
    pub const SURVEY: [Item; 4] = [Item::Heard, Item::Choose, Item::GotHelp, Item::Easy];

    pub fn slug(self) -> &'static str {
        match self {
            Item::Feel => "feel",
            Item::People => "people",
            Item::Health => "health",
            Item::Everyday => "everyday",
            Item::Hobbies => "hobbies",
            Item::Decide => "decide",
            Item::Heard => "heard",
            Item::Choose => "choose",
            Item::GotHelp => GOT_HELP,
            Item::Easy => "easy",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Item> {
        Item::AREAS
            .into_iter()
            .chain(Item::SURVEY)
            .find(|i| i.slug() == slug)
    }

    /// The question, as the page's heading and the radio group's legend.
    pub fn question_id(self) -> &'static str {
        match self {
            Item::Feel => "wellbeing-q-feel",
            Item::People => "wellbeing-q-people",
            Item::Health => "wellbeing-q-health",
            Item::Everyday => "wellbeing-q-everyday",
            Item::Hobbies => "wellbeing-q-hobbies",
            Item::Decide => "wellbeing-q-decide",
            Item::Heard => "survey-q-heard",
            Item::Choose => "survey-q-choose",
            Item::GotHelp => "survey-q-got-help",
            Item::Easy => "survey-q-easy",
        }
    }

    /// A short name for lists and the change page ("Läheiset ihmiset").
    pub fn name_id(self) -> &'static str {
        match self {
            Item::Feel => "wellbeing-area-feel",
            Item::People => "wellbeing-area-people",
            Item::Health => "wellbeing-area-health",
            Item::Everyday => "wellbeing-area-everyday",
            Item::Hobbies => "wellbeing-area-hobbies",
            Item::Decide => "wellbeing-area-decide",
            Item::Heard => "survey-item-heard",
            Item::Choose => "survey-item-choose",
            Item::GotHelp => "survey-item-got-help",
            Item::Easy => "survey-item-easy",
        }
    }

    /// What "Kuuntele" reads on the question's page: the question and the five words.
    pub fn listen(self) -> crate::speech::lists::ListenList {
        use crate::speech::lists;
        match self {
            Item::Feel => lists::WB_FEEL,
            Item::People => lists::WB_PEOPLE,
            Item::Health => lists::WB_HEALTH,
            Item::Everyday => lists::WB_EVERYDAY,
            Item::Hobbies => lists::WB_HOBBIES,
            Item::Decide => lists::WB_DECIDE,
            Item::Heard => lists::SURVEY_HEARD,
            Item::Choose => lists::SURVEY_CHOOSE,
            Item::GotHelp => lists::SURVEY_GOT_HELP,
            Item::Easy => lists::SURVEY_EASY,
        }
    }

    /// The symbol beside the question.
    pub fn concept(self) -> &'static str {
        CONCEPTS
            .iter()
            .find(|(item, _)| *item == self)
            .map_or("wellbeing", |(_, concept)| concept)
    }
}

/// One page of a round: a question, the survey's comment, or the last page that finishes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Question(Item),
    Comment,
    Finish,
}

impl Step {
    pub fn slug(self) -> &'static str {
        match self {
            Step::Question(item) => item.slug(),
            Step::Comment => "comment",
            Step::Finish => "finish",
        }
    }

    /// The step of `kind` with this slug; an item of another round is no step of this one.
    pub fn parse(kind: RoundKind, slug: &str) -> Option<Step> {
        match slug {
            "comment" if kind.has_comment() => Some(Step::Comment),
            "finish" => Some(Step::Finish),
            _ => Item::from_slug(slug)
                .filter(|i| kind.items().contains(i))
                .map(Step::Question),
        }
    }

    /// Every step of a round, in order.
    pub fn all(kind: RoundKind) -> Vec<Step> {
        let mut steps: Vec<Step> = kind.items().iter().copied().map(Step::Question).collect();
        if kind.has_comment() {
            steps.push(Step::Comment);
        }
        steps.push(Step::Finish);
        steps
    }

    /// The page's address.
    pub fn path(self, kind: RoundKind) -> String {
        format!("/wellbeing/{}/{}", kind.slug(), self.slug())
    }

    /// The step after this one, if any.
    pub fn next(self, kind: RoundKind) -> Option<Step> {
        let steps = Step::all(kind);
        let at = steps.iter().position(|s| *s == self)?;
        steps.get(at + 1).copied()
    }

    /// The step before this one, if any.
    pub fn previous(self, kind: RoundKind) -> Option<Step> {
        let steps = Step::all(kind);
        let at = steps.iter().position(|s| *s == self)?;
        at.checked_sub(1).and_then(|i| steps.get(i).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_read_back_and_rounds_keep_their_own_items() {
        for kind in RoundKind::ALL {
            assert_eq!(RoundKind::from_slug(kind.slug()), Some(kind));
            for step in Step::all(kind) {
                assert_eq!(Step::parse(kind, step.slug()), Some(step));
            }
        }
        assert_eq!(Step::parse(RoundKind::Start, "heard"), None);
        assert_eq!(Step::parse(RoundKind::Start, "comment"), None);
        assert_eq!(Step::parse(RoundKind::Survey, "feel"), None);
    }

    #[test]
    fn steps_walk_in_order() {
        let first = Step::Question(Item::Feel);
        assert_eq!(first.previous(RoundKind::Start), None);
        assert_eq!(
            first.next(RoundKind::Start),
            Some(Step::Question(Item::People))
        );
        let last = Step::Question(Item::Easy);
        assert_eq!(last.next(RoundKind::Survey), Some(Step::Comment));
        assert_eq!(Step::Comment.next(RoundKind::Survey), Some(Step::Finish));
        assert_eq!(Step::Finish.next(RoundKind::End), None);
    }
}
