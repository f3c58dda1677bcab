//! A round as stored: its answers so far, its version, and once finished, who answered.

use super::items::{Item, RoundKind};
use super::scale::Score;
use crate::ids::DecisionId;
use crate::plan::actor::{Actor, ActorRole};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Whether the client answered alone or with someone helping (told on the last page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Support {
    Alone,
    Helped,
}

impl Support {
    pub fn as_str(self) -> &'static str {
        match self {
            Support::Alone => "alone",
            Support::Helped => "helped",
        }
    }

    pub fn parse(text: &str) -> Option<Support> {
        match text {
            "alone" => Some(Support::Alone),
            "helped" => Some(Support::Helped),
            _ => None,
        }
    }
}

/// Who answered a finished round: the writer the access check named (the client, a relative
/// or the worker beside the client) and whether the client had help.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answerer {
    pub actor: Actor,
    pub support: Support,
}

impl Answerer {
    /// The sentence that says who answered.
    pub fn message_id(&self) -> &'static str {
        match (self.actor.role, self.support) {
            (ActorRole::Client, Support::Alone) => "answered-client-alone",
            (ActorRole::Client, Support::Helped) => "answered-client-helped",
            (ActorRole::Helper, _) => "answered-relative",
            (ActorRole::Worker, _) => "answered-with-worker",
        }
    }
}

/// One round of one decision's period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub round_id: i64,
    pub decision_id: DecisionId,
    pub kind: RoundKind,
    pub version: i64,
    pub answers: BTreeMap<Item, Score>,
    pub comment: Option<String>,
    pub answered_by: Option<Answerer>,
    pub finished_at: Option<i64>,
}

impl Round {
    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// The first question without an answer.
    pub fn first_unanswered(&self) -> Option<Item> {
        self.kind
            .items()
            .iter()
            .copied()
            .find(|i| !self.answers.contains_key(i))
    }
}
