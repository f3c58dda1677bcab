//! "Miten meni?": the three-point scale, each point with its words and its symbol.

use serde::{Deserialize, Serialize};

/// How something went, in the client's own view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rating {
    Good,
    SoSo,
    NotGood,
}

impl Rating {
    /// In the order the scale shows them.
    pub const ALL: [Rating; 3] = [Rating::Good, Rating::SoSo, Rating::NotGood];

    /// The value the form sends.
    pub fn slug(self) -> &'static str {
        ["good", "so-so", "not-good"][self as usize]
    }

    /// Anything else than the three values is no answer.
    pub fn parse(text: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.slug() == text.trim())
    }

    /// The words for the point, also the text equivalent of its symbol.
    pub fn message_id(self) -> &'static str {
        [
            "followup-rating-good",
            "followup-rating-so-so",
            "followup-rating-not-good",
        ][self as usize]
    }

    /// The symbol concept (see `public/symbols`).
    pub fn concept(self) -> &'static str {
        ["went-good", "went-so-so", "went-not-good"][self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_and_others_are_no_answer() {
        for rating in Rating::ALL {
            assert_eq!(Rating::parse(rating.slug()), Some(rating));
        }
        assert_eq!(Rating::parse("excellent"), None);
        assert_eq!(Rating::parse(""), None);
    }
}
