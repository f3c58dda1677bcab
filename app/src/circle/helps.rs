//! The cards a person in the circle can help with: the cards of the plan's "what do you need
//! help with" question, so the same words and pictures are used everywhere.

use crate::i18n::Lang;
use crate::mat::catalogue::{catalogue, MatCard};
use crate::mat::sort::CardView;

/// The help cards in `lang`, in their order.
pub fn help_cards(lang: Lang) -> Vec<MatCard> {
    // The everyday topic of the mat holds the same help cards until the plan's own card
    // catalogue is merged (issue 13, picture answers).
    catalogue()
        .topic(lang, "arkeni")
        .map(|t| t.options.clone())
        .unwrap_or_default()
}

/// A help card as the pages show it.
pub fn card_view(card: MatCard) -> CardView {
    CardView {
        id: card.id,
        concept: card.concept,
        word: card.word,
        place: None,
    }
}

/// The cards with these ids, in `lang`, in the order given; unknown ids are left out.
pub fn cards_of(lang: Lang, ids: &[String]) -> Vec<CardView> {
    let all = help_cards(lang);
    ids.iter()
        .filter_map(|id| all.iter().find(|c| &c.id == id).cloned())
        .map(card_view)
        .collect()
}
