//! How close a person or thing in the circle of support is: the rings of the picture, from
//! the middle out.

use serde::{Deserialize, Serialize};

/// One ring of the circle of support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Closeness {
    Family,
    Friends,
    Paid,
    Services,
}

impl Closeness {
    /// From the middle out.
    pub const ALL: [Closeness; 4] = [
        Closeness::Family,
        Closeness::Friends,
        Closeness::Paid,
        Closeness::Services,
    ];

    /// The stored and form value.
    pub fn as_str(self) -> &'static str {
        match self {
            Closeness::Family => "family",
            Closeness::Friends => "friends",
            Closeness::Paid => "paid",
            Closeness::Services => "services",
        }
    }

    pub fn parse(text: &str) -> Option<Closeness> {
        Closeness::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// The ring's name ("Perheeni").
    pub fn word_id(self) -> &'static str {
        match self {
            Closeness::Family => "circle-family",
            Closeness::Friends => "circle-friends",
            Closeness::Paid => "circle-paid",
            Closeness::Services => "circle-services",
        }
    }

    pub fn concept(self) -> &'static str {
        match self {
            Closeness::Family => "relative",
            Closeness::Friends => "helpers",
            Closeness::Paid => "worker",
            Closeness::Services => "settings",
        }
    }

    /// The ring's number, 1 nearest the middle.
    pub fn ring(self) -> usize {
        self as usize + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_round_trip_from_the_middle_out() {
        for c in Closeness::ALL {
            assert_eq!(Closeness::parse(c.as_str()), Some(c));
        }
        assert_eq!(Closeness::parse("enemy"), None);
        assert_eq!(Closeness::Family.ring(), 1);
        assert_eq!(Closeness::Services.ring(), 4);
    }
}
