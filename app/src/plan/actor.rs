//! Who wrote a plan text: the client, a relative helping, or a worker (the role and name are
//! stored with each section and version).

use serde::{Deserialize, Serialize};

/// Who wrote something, for the record shown to the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActorRole {
    Client,
    Helper,
    Worker,
}

impl ActorRole {
    pub const ALL: [ActorRole; 3] = [ActorRole::Client, ActorRole::Helper, ActorRole::Worker];

    pub fn as_str(self) -> &'static str {
        match self {
            ActorRole::Client => "client",
            ActorRole::Helper => "helper",
            ActorRole::Worker => "worker",
        }
    }

    pub fn parse(text: &str) -> Option<ActorRole> {
        match text {
            "client" => Some(ActorRole::Client),
            "helper" => Some(ActorRole::Helper),
            "worker" => Some(ActorRole::Worker),
            _ => None,
        }
    }
}

/// A person acting on a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub role: ActorRole,
    pub name: String,
}
