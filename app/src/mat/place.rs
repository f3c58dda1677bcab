//! The three places on the mat: I like it, I am not sure, I do not like it.

use serde::{Deserialize, Serialize};

/// Where a card was put.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Place {
    Like,
    Unsure,
    Dislike,
}

impl Place {
    pub const ALL: [Place; 3] = [Place::Like, Place::Unsure, Place::Dislike];

    /// The stored and form value.
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Like => "like",
            Place::Unsure => "unsure",
            Place::Dislike => "dislike",
        }
    }

    pub fn parse(text: &str) -> Option<Place> {
        Place::ALL.into_iter().find(|p| p.as_str() == text)
    }

    /// The words on the button and over the mat's column.
    pub fn word_id(self) -> &'static str {
        match self {
            Place::Like => "mat-like",
            Place::Unsure => "mat-unsure",
            Place::Dislike => "mat-dislike",
        }
    }

    /// The symbol beside the words (never the only sign of the place).
    pub fn concept(self) -> &'static str {
        match self {
            Place::Like => "yes",
            Place::Unsure => "help",
            Place::Dislike => "no",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_round_trip_and_nothing_else_parses() {
        for place in Place::ALL {
            assert_eq!(Place::parse(place.as_str()), Some(place));
        }
        assert_eq!(Place::parse("love"), None);
        assert_eq!(Place::parse(""), None);
    }
}
