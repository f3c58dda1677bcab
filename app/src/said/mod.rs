//! Supported decision-making (issue 13): who said each statement written into the plan. A
//! worker beside the client starts a supported session; every statement saved is marked as
//! the client's own words, said with support (pictures, questions, someone close
//! interpreting) or the writer's own note. A relative writing for the client marks the same
//! way. The client can say "En ole samaa mieltä" on anything someone else wrote; that is
//! kept for good. Marks are stored beside the statements, keyed by a scope and an item
//! (`target`: a plan section in the draft or a version, a follow-up answer, a survey
//! comment), so the shape of an answer does not matter.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod sessions;
pub mod target;

use crate::plan::actor::{Actor, ActorRole};
use serde::{Deserialize, Serialize};

/// How a statement was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Said {
    /// The client's own words.
    Own,
    /// Said with support: with pictures.
    Pictures,
    /// Said with support: answering questions.
    Questions,
    /// Said with support: someone close interpreting.
    Interpreting,
    /// The writer's own note (a worker's or a relative's).
    Note,
}

impl Said {
    pub const ALL: [Said; 5] = [
        Said::Own,
        Said::Pictures,
        Said::Questions,
        Said::Interpreting,
        Said::Note,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Said::Own => "own",
            Said::Pictures => "pictures",
            Said::Questions => "questions",
            Said::Interpreting => "interpreting",
            Said::Note => "note",
        }
    }

    pub fn parse(text: &str) -> Option<Said> {
        Said::ALL.into_iter().find(|s| s.as_str() == text.trim())
    }

    /// The words of this choice in the form.
    pub fn choice_id(self) -> &'static str {
        match self {
            Said::Own => "said-choice-own",
            Said::Pictures => "said-choice-pictures",
            Said::Questions => "said-choice-questions",
            Said::Interpreting => "said-choice-interpreting",
            Said::Note => "said-choice-note",
        }
    }

    /// The symbol shown beside the mark, so the mark is never told by colour alone.
    pub fn concept(self) -> &'static str {
        // Symbol concepts of the bundled pack (a person alone, two people, a note).
        const ALONE: &str = "wb-alone";
        const HELPED: &str = "wb-helped";
        const NOTE: &str = "wb-comment";
        match self {
            Said::Own => ALONE,
            Said::Pictures | Said::Questions | Said::Interpreting => HELPED,
            Said::Note => NOTE,
        }
    }
}

/// How a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ended {
    /// Someone pressed "Lopeta keskustelu" or "Lopeta apu".
    Press,
    /// Nothing happened for the idle time, or the client signed out.
    Idle,
}

impl Ended {
    pub fn as_str(self) -> &'static str {
        match self {
            Ended::Press => "press",
            Ended::Idle => "idle",
        }
    }

    pub fn parse(text: &str) -> Option<Ended> {
        [Ended::Press, Ended::Idle]
            .into_iter()
            .find(|e| e.as_str() == text)
    }
}

/// One supported session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportedSession {
    pub id: i64,
    pub worker_id: crate::ids::WorkerId,
    pub worker_name: String,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    pub ended: Option<Ended>,
}

/// The client disagreed with a statement, in their own words (may be empty).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disagreement {
    pub words: String,
    pub at: i64,
}

/// A statement's mark as pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Where the statement is (see `target`): "draft", "v<N>", "followup:<date>", …
    pub scope: String,
    /// The section slug (or follow-up item) the statement is in.
    pub item: String,
    pub said: Said,
    /// Who pressed save.
    pub by: Actor,
    /// Written in a supported session.
    pub in_session: bool,
    pub marked_at: i64,
    pub disagreements: Vec<Disagreement>,
}

impl Mark {
    /// Someone other than the client wrote it, so the client may disagree.
    pub fn by_someone_else(&self) -> bool {
        self.by.role != ActorRole::Client
    }
}

/// The marks of one scope (the draft, one version, one follow-up…), and whether the reader
/// may disagree.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marks {
    /// "draft", "v<N>", "followup:<date>" or "wellbeing:<decision>:<round>".
    pub scope: String,
    pub marks: Vec<Mark>,
    /// The reader is the client (alone or with the worker beside them).
    pub may_disagree: bool,
}

impl Marks {
    pub fn of(&self, item: &str) -> Option<&Mark> {
        self.marks.iter().find(|m| m.item == item)
    }
}

/// The scope of a saved plan version's marks.
pub fn version_scope(version_no: i64) -> String {
    format!("v{version_no}")
}

crate::forms::notice::notices! {
    /// What the disagreement page tells.
    DisagreeNotice {
        /// The words are longer than allowed.
        TooLong = ("error", "long", "error-disagree-long"),
        /// The statement changed while the client was writing.
        Changed = ("error", "changed", "error-disagree-changed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_reads_back_and_nothing_else_does() {
        for said in Said::ALL {
            assert_eq!(Said::parse(said.as_str()), Some(said));
        }
        assert_eq!(Said::parse("worker"), None);
        assert_eq!(Said::parse(""), None);
    }
}
