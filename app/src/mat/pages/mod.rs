//! The mat pages: the topic list, one card at a time, the whole mat, the last page, and the
//! finished mat as the plan shows it.

pub mod card;
pub mod finish;
pub mod list;
pub mod result;
pub mod whole;

use leptos::prelude::*;

/// The picture of a card from the symbol pack (decorative: the word is always beside it).
#[component]
pub fn Picture(concept: String) -> impl IntoView {
    crate::symbols::symbol_src(&concept).map(|src| {
        view! { <img class="symbol card-picture" src=src alt="" aria-hidden="true" width="96" height="96"/> }
    })
}
