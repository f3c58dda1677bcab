//! One client's sort of one topic as stored, and as the pages show it (with the words of the
//! page's language filled in on the server).

use super::place::Place;
use crate::wellbeing::round::Answerer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A sort as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sort {
    pub sort_id: i64,
    pub topic: String,
    pub version: i64,
    pub cards: BTreeMap<String, Place>,
    /// Who was writing when the client finished, and whether someone helped.
    pub finished_by: Option<Answerer>,
    pub finished_at: Option<i64>,
    pub updated_at: i64,
}

/// A card as a page shows it: its id, picture and word, and where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardView {
    pub id: String,
    pub concept: String,
    pub word: String,
    pub place: Option<Place>,
}

/// A topic's mat as a page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatView {
    pub topic: String,
    pub title: String,
    pub concept: String,
    pub version: i64,
    /// Every card of the topic, in the file's order.
    pub cards: Vec<CardView>,
    /// The sentence that says who sorted, once finished ("Helmi teki tämän yksin.").
    pub finished: Option<Finished>,
}

/// When a sort was finished and who was there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finished {
    pub at: i64,
    pub message_id: String,
    pub name: String,
    /// Whose view it is, as marked when it was finished (see `said`).
    pub mark: Option<crate::said::Mark>,
}

impl MatView {
    /// The first card not yet placed.
    pub fn next_card(&self) -> Option<&CardView> {
        self.cards.iter().find(|c| c.place.is_none())
    }

    pub fn placed(&self) -> usize {
        self.cards.iter().filter(|c| c.place.is_some()).count()
    }

    /// The cards at one place.
    pub fn at(&self, place: Place) -> Vec<CardView> {
        self.cards
            .iter()
            .filter(|c| c.place == Some(place))
            .cloned()
            .collect()
    }
}

/// The sentence id that says who sorted.
pub fn finished_message(by: &Answerer) -> &'static str {
    use crate::plan::actor::ActorRole;
    use crate::wellbeing::round::Support;
    match (by.actor.role, by.support) {
        (ActorRole::Client, Support::Alone) => "mat-by-client-alone",
        (ActorRole::Client, Support::Helped) => "mat-by-client-helped",
        (ActorRole::Helper, _) => "mat-by-relative",
        (ActorRole::Worker, _) => "mat-by-worker",
    }
}
