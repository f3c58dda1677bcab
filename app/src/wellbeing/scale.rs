//! The five-point symbol scale every question uses, and the change between two answers.

use serde::{Deserialize, Serialize};

/// An answer on the scale: 1 (very bad) to 5 (very good). Made only by `parse`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Score(u8);

impl Score {
    pub const ALL: [Score; 5] = [Score(1), Score(2), Score(3), Score(4), Score(5)];

    /// Reads a sent or stored value; anything but 1 to 5 is `None`.
    pub fn parse(text: &str) -> Option<Score> {
        text.trim().parse::<i64>().ok().and_then(Score::from_i64)
    }

    pub fn from_i64(value: i64) -> Option<Score> {
        u8::try_from(value)
            .ok()
            .filter(|v| (1..=5).contains(v))
            .map(Score)
    }

    pub fn value(self) -> i64 {
        i64::from(self.0)
    }

    /// The word shown beside the symbol.
    pub fn word_id(self) -> &'static str {
        match self.0 {
            1 => "wb-scale-1",
            2 => "wb-scale-2",
            3 => "wb-scale-3",
            4 => "wb-scale-4",
            _ => "wb-scale-5",
        }
    }

    /// The symbol of this point: the symbol pack names it like its word.
    pub fn concept(self) -> &'static str {
        self.word_id()
    }
}

/// How an area changed between the start and the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Better,
    Same,
    Worse,
}

impl Change {
    pub fn between(start: Score, end: Score) -> Change {
        match end.cmp(&start) {
            std::cmp::Ordering::Greater => Change::Better,
            std::cmp::Ordering::Equal => Change::Same,
            std::cmp::Ordering::Less => Change::Worse,
        }
    }

    /// The sentence told to the client: "{ $area }: parempi kuin alussa".
    pub fn sentence_id(self) -> &'static str {
        match self {
            Change::Better => "wb-change-better",
            Change::Same => "wb-change-same",
            Change::Worse => "wb-change-worse",
        }
    }

    /// The symbol of this change, named like its sentence.
    pub fn concept(self) -> &'static str {
        self.sentence_id()
    }
}
