//! The answer to one section: free text, or goals with how the client will know each went
//! well.

use serde::{Deserialize, Serialize};

/// One goal and how the client will know it went well.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub goal: String,
    pub how: String,
}

/// The answer to one section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Text(String),
    Goals(Vec<Goal>),
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(text) => text.is_empty(),
            Answer::Goals(goals) => goals.is_empty(),
        }
    }

    /// The separate things the client wrote: one per line of a text answer, or one per goal.
    /// Later features (money) link to these items.
    pub fn items(&self) -> Vec<String> {
        match self {
            Answer::Text(text) => text
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect(),
            Answer::Goals(goals) => goals.iter().map(|g| g.goal.clone()).collect(),
        }
    }
}
