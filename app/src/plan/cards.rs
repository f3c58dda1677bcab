//! The picture cards a plan question offers: which cards each section shows, in which
//! order, and which symbol each card has. The list is data, not code, so a service can
//! change it; the server loads it once at start, like the symbol pack.
//!
//! Format of the file (default `public/symbols/plan-cards.json`, or `SOPIVA_PLAN_CARDS`):
//!
//! ```json
//! { "cards":    { "<card id>": { "symbol": "<symbol concept>" }, ... },
//!   "sections": { "<section slug>": ["<card id>", ...], ... } }
//! ```
//!
//! - A card id is lowercase letters, digits and dashes. It is stored in saved plans, so a
//!   card in use is never renamed or removed (a service stops offering it instead).
//! - The card's word is the message `card-<id>` in `locales/<lang>/cards.ftl`
//!   ([`word_id`]); read-aloud says the same word.
//! - The symbol concept is a key of the symbol pack (`public/symbols/openmoji.json`).
//! - The same card may be offered in several sections (for example "cooking" in good-at,
//!   need-help and goals). Use [`CardCatalogue::for_section`] for a question's cards and
//!   [`CardCatalogue::card`] to draw a chosen card (also one no longer offered).

use crate::plan::section::Section;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// One picture card: its stable id and the symbol drawn on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    pub id: String,
    pub symbol: String,
}

/// One card's entry in the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct CardEntry {
    symbol: String,
}

/// The loaded card list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardCatalogue {
    cards: BTreeMap<String, CardEntry>,
    sections: BTreeMap<String, Vec<String>>,
}

/// Why a card file was refused at start.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("not valid JSON of the card-file shape: {0}")]
    Shape(#[from] serde_json::Error),
    #[error("card id {0:?} may only have lowercase letters, digits and dashes")]
    BadId(String),
    #[error("section {0:?} is not a plan section")]
    UnknownSection(String),
    #[error("section {section:?} offers card {card:?}, which is not in \"cards\"")]
    UnknownCard { section: String, card: String },
}

/// Whether a text can be a card id (and so is safe in a form field name and a message id).
pub fn is_card_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The message id of a card's word.
pub fn word_id(card_id: &str) -> String {
    format!("card-{card_id}")
}

impl CardCatalogue {
    /// Reads and checks a card file's JSON text.
    pub fn parse(json: &str) -> Result<CardCatalogue, CatalogueError> {
        let catalogue: CardCatalogue = serde_json::from_str(json)?;
        if let Some(bad) = catalogue.cards.keys().find(|id| !is_card_id(id)) {
            return Err(CatalogueError::BadId(bad.clone()));
        }
        for (slug, ids) in &catalogue.sections {
            if Section::from_slug(slug).is_none() {
                return Err(CatalogueError::UnknownSection(slug.clone()));
            }
            if let Some(card) = ids.iter().find(|id| !catalogue.cards.contains_key(*id)) {
                return Err(CatalogueError::UnknownCard {
                    section: slug.clone(),
                    card: card.clone(),
                });
            }
        }
        Ok(catalogue)
    }

    /// A card by id, offered anywhere or not.
    pub fn card(&self, id: &str) -> Option<Card> {
        self.cards.get(id).map(|entry| Card {
            id: id.to_owned(),
            symbol: entry.symbol.clone(),
        })
    }

    /// The cards a section's question offers, in the order shown. None for the helpers
    /// section unless the file lists some.
    pub fn for_section(&self, section: Section) -> Vec<Card> {
        self.sections
            .get(section.slug())
            .map(|ids| ids.iter().filter_map(|id| self.card(id)).collect())
            .unwrap_or_default()
    }

    /// Whether a section's question offers this card (a chosen card must be).
    pub fn offers(&self, section: Section, card_id: &str) -> bool {
        self.sections
            .get(section.slug())
            .is_some_and(|ids| ids.iter().any(|id| id == card_id))
    }

    /// Every card id in the file.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.cards.keys().map(String::as_str)
    }
}

static CATALOGUE: OnceLock<CardCatalogue> = OnceLock::new();

/// Sets the card list for this process (the server does it once at start).
pub fn install(catalogue: CardCatalogue) {
    let _ = CATALOGUE.set(catalogue);
}

/// The card list of this process; empty until installed (then questions offer text only).
pub fn catalogue() -> &'static CardCatalogue {
    static EMPTY: OnceLock<CardCatalogue> = OnceLock::new();
    CATALOGUE
        .get()
        .unwrap_or_else(|| EMPTY.get_or_init(CardCatalogue::default))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{has_message, Lang};

    const SHIPPED: &str = include_str!("../../../public/symbols/plan-cards.json");

    #[test]
    fn the_shipped_cards_have_words_in_every_language_and_a_symbol() {
        let catalogue = CardCatalogue::parse(SHIPPED).expect("shipped card file");
        let pack = crate::symbols::SymbolPack::parse(include_str!(
            "../../../public/symbols/openmoji.json"
        ))
        .expect("shipped symbol pack");
        for id in catalogue.ids() {
            for lang in Lang::ALL {
                assert!(
                    has_message(lang, &word_id(id)),
                    "{id} has no word in {lang:?}"
                );
            }
            let card = catalogue.card(id).expect("listed");
            assert!(
                pack.symbols.contains_key(&card.symbol),
                "{id} has no symbol"
            );
        }
        for section in Section::ALL {
            let count = catalogue.for_section(section).len();
            if section == Section::Helpers {
                assert_eq!(count, 0, "the helpers section is a circle of support");
            } else {
                assert!((12..=20).contains(&count), "{section:?} offers {count}");
            }
        }
    }

    #[test]
    fn a_file_naming_an_unknown_card_or_section_is_refused() {
        let unknown_card = r#"{"cards":{},"sections":{"goals":["x"]}}"#;
        assert!(matches!(
            CardCatalogue::parse(unknown_card),
            Err(CatalogueError::UnknownCard { .. })
        ));
        let unknown_section = r#"{"cards":{},"sections":{"hobbies":[]}}"#;
        assert!(matches!(
            CardCatalogue::parse(unknown_section),
            Err(CatalogueError::UnknownSection(_))
        ));
        let bad_id = r#"{"cards":{"A b":{"symbol":"x"}},"sections":{}}"#;
        assert!(matches!(
            CardCatalogue::parse(bad_id),
            Err(CatalogueError::BadId(_))
        ));
    }

    #[test]
    fn offers_only_the_sections_own_cards() {
        let catalogue = CardCatalogue::parse(SHIPPED).expect("shipped card file");
        assert!(catalogue.offers(Section::NeedHelp, "shopping"));
        assert!(!catalogue.offers(Section::Important, "shopping"));
        assert!(catalogue.card("shopping").is_some());
    }
}
