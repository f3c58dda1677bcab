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
    let device = crate::settings::use_device();
    let pack = use_context::<crate::symbols::SymbolPack>().unwrap_or_default();
    pack.symbols.get(&concept).cloned().map(|files| {
        let src = if device.prefs.contrast { files.black } else { files.colour };
        view! { <img class="symbol card-picture" src=src alt="" aria-hidden="true" width="96" height="96"/> }
    })
}
