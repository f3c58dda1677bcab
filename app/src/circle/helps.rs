//! The cards a person in the circle can help with: the plan's "what do you need help with"
//! cards (`plan::cards`), so the same words and pictures are used everywhere.

use crate::i18n::{tr, Lang};
use crate::mat::sort::CardView;
use crate::plan::cards::{catalogue, word_id, Card};
use crate::plan::section::Section;

fn card_view(lang: Lang, card: Card) -> CardView {
    CardView {
        word: tr(lang, &word_id(&card.id)),
        id: card.id,
        concept: card.symbol,
        place: None,
    }
}

/// The help cards in `lang`, in their order.
pub fn help_cards(lang: Lang) -> Vec<CardView> {
    catalogue()
        .for_section(Section::NeedHelp)
        .into_iter()
        .map(|c| card_view(lang, c))
        .collect()
}

/// Whether a card can be chosen as help.
pub fn is_help_card(id: &str) -> bool {
    catalogue().offers(Section::NeedHelp, id)
}

/// The cards with these ids, in `lang`, in the order given. A card no longer offered is
/// still drawn (it is in someone's circle); unknown ids are left out.
pub fn cards_of(lang: Lang, ids: &[String]) -> Vec<CardView> {
    ids.iter()
        .filter_map(|id| catalogue().card(id))
        .map(|c| card_view(lang, c))
        .collect()
}
