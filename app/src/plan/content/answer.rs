//! The answer to one section: chosen picture cards and the client's own words, or goals
//! with how the client will know each went well. Each thing in an answer is a plan item
//! with a stable id, so money lines stay linked to it when the plan is put in a new order.

use serde::{Deserialize, Serialize};

/// One goal and how the client will know it went well. A goal may be a picture card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// Stable item id; empty in plans saved before items had ids (then the place is the id).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// The chosen picture card, if the goal is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    pub goal: String,
    pub how: String,
}

impl Goal {
    /// A goal in the client's own words.
    pub fn words(goal: impl Into<String>, how: impl Into<String>) -> Goal {
        Goal {
            goal: goal.into(),
            how: how.into(),
            ..Goal::default()
        }
    }
}

/// One thing in a section's answer: a chosen picture card or a line of own words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// The answer to one section. `Text` is how plans were kept before picture cards; it still
/// loads, and becomes `Items` when the section is next saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Text(String),
    Goals(Vec<Goal>),
    Items(Vec<Item>),
}

/// A plan item as the rest of Sopiva sees it (money links, summary, print, read-aloud).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    /// Stable within its section. Items from before ids existed have their place ("0", "1").
    pub id: String,
    pub card: Option<String>,
    /// The own words (empty for a card).
    pub text: String,
    /// For a goal: how the client will know it went well.
    pub how: String,
}

/// The id an item without one gets: its place, as links made by place used.
fn place_id(index: usize, id: &str) -> String {
    if id.is_empty() {
        index.to_string()
    } else {
        id.to_owned()
    }
}

/// Text lines, trimmed, without empty ones.
pub(super) fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(text) => text.is_empty(),
            Answer::Goals(goals) => goals.is_empty(),
            Answer::Items(items) => items.is_empty(),
        }
    }

    /// Every item in the client's order, each with its stable id.
    pub fn entries(&self) -> Vec<PlanItem> {
        match self {
            Answer::Text(text) => lines(text)
                .into_iter()
                .enumerate()
                .map(|(i, text)| PlanItem {
                    id: i.to_string(),
                    card: None,
                    text,
                    how: String::new(),
                })
                .collect(),
            Answer::Goals(goals) => goals
                .iter()
                .enumerate()
                .map(|(i, g)| PlanItem {
                    id: place_id(i, &g.id),
                    card: g.card.clone(),
                    text: g.goal.clone(),
                    how: g.how.clone(),
                })
                .collect(),
            Answer::Items(items) => items
                .iter()
                .map(|item| PlanItem {
                    id: item.id.clone(),
                    card: item.card.clone(),
                    text: item.text.clone(),
                    how: String::new(),
                })
                .collect(),
        }
    }

    /// The own words of each item (a card's entry is its card id), in order.
    pub fn items(&self) -> Vec<String> {
        self.entries()
            .into_iter()
            .map(|e| e.card.unwrap_or(e.text))
            .collect()
    }

    /// What each item says in a language: a card's word or the own words. Read aloud and
    /// shown where pictures cannot be.
    pub fn words(&self, lang: crate::i18n::Lang) -> Vec<String> {
        self.entries()
            .into_iter()
            .map(|e| match e.card {
                Some(card) => crate::i18n::tr(lang, &crate::plan::cards::word_id(&card)),
                None => e.text,
            })
            .collect()
    }

    /// The cards chosen, in order.
    pub fn cards(&self) -> Vec<String> {
        self.entries().into_iter().filter_map(|e| e.card).collect()
    }
}
