//! A chosen picture card as it is shown everywhere: its symbol (large) and its word. The
//! word says the same as the picture, so the picture is decorative for screen readers.

use crate::i18n::{tr, Lang};
use crate::plan::cards::{catalogue, word_id};
use leptos::prelude::*;

/// The picture of a card, or nothing when the pack has none (the word still shows).
pub fn card_picture(card_id: &str, size: u32) -> Option<impl IntoView> {
    let card = catalogue().card(card_id)?;
    let src = crate::symbols::symbol_src(&card.symbol)?;
    Some(view! {
        <img class="symbol card-symbol" src=src alt="" aria-hidden="true" width=size height=size data-card=card_id.to_owned()/>
    })
}

/// A card's word in a language.
pub fn card_word(lang: Lang, card_id: &str) -> String {
    tr(lang, &word_id(card_id))
}

/// A chosen card shown for reading: picture above its word.
#[component]
pub fn CardFace(card: String, lang: Lang) -> impl IntoView {
    view! {
        <span class="card-face">
            {card_picture(&card, 64)}
            <span class="card-word">{card_word(lang, &card)}</span>
        </span>
    }
}
