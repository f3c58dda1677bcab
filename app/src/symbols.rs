//! Symbols beside text. Which picture stands for which concept comes from one data file (a
//! "symbol pack", by default `public/symbols/openmoji.json`), so an organisation that holds a
//! licence for another set can use its own pack without code changes. A symbol beside text
//! that says the same is decorative: screen readers skip it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The files of one concept's symbol: colour, and black line for high contrast.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SymbolFiles {
    pub colour: String,
    pub black: String,
}

/// A loaded symbol pack.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SymbolPack {
    pub pack: String,
    #[serde(default)]
    pub attribution: String,
    pub symbols: BTreeMap<String, SymbolFiles>,
}

impl SymbolPack {
    /// Reads a pack from its JSON text.
    pub fn parse(json: &str) -> Result<SymbolPack, serde_json::Error> {
        serde_json::from_str(json)
    }
}

/// The picture file for a concept in the user's contrast, read in place from the shared pack
/// (the server provides it as `Arc<SymbolPack>`: a page shows a dozen symbols, and copying
/// the whole pack for each one cost more than the rest of the symbol); nothing when the pack
/// has none.
pub fn symbol_src(concept: &str) -> Option<String> {
    let device = crate::settings::use_device();
    leptos::reactive::owner::with_context::<std::sync::Arc<SymbolPack>, _>(|pack| {
        pack.symbols.get(concept).map(|files| {
            if device.prefs.contrast {
                files.black.clone()
            } else {
                files.colour.clone()
            }
        })
    })
    .flatten()
}

/// The decorative picture for a concept, or nothing when the pack has none or the user
/// turned pictures off (then CSS hides it; the markup stays the same for every user).
/// The server provides the pack as `Arc<SymbolPack>`: a page shows a dozen symbols, and
/// copying the whole pack for each one cost more than the rest of the symbol.
#[component]
pub fn Symbol(concept: &'static str) -> impl IntoView {
    symbol_src(concept).map(|src| {
        view! { <img class="symbol" src=src alt="" aria-hidden="true" width="40" height="40" data-concept=concept/> }
    })
}
