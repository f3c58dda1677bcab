//! What the circle pages show, as the server functions send it (words already in the page's
//! language).

use super::closeness::Closeness;
use super::person::{CirclePerson, PersonError, PersonForm};
use crate::mat::sort::MatView;
use serde::{Deserialize, Serialize};

/// A help card as shown: its id, picture and word.
pub type HelpCard = crate::mat::sort::CardView;

/// One person in the circle as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonView {
    pub person_id: i64,
    pub name: String,
    pub helps: Vec<HelpCard>,
}

/// One ring with its people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RingView {
    pub closeness: Closeness,
    pub people: Vec<PersonView>,
}

/// The circle page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CircleData {
    pub client_name: String,
    pub rings: Vec<RingView>,
    /// The helpers answer written as text before, line by line.
    pub old_helpers: Vec<String>,
    pub may_write: bool,
}

/// The page that adds or changes one person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonPageData {
    /// None: a new person.
    pub person: Option<CirclePerson>,
    /// The address named a person who is not (or no longer) in the circle.
    pub missing: bool,
    pub form: PersonForm,
    pub error: Option<PersonError>,
    pub idem: String,
}

/// The page that chooses what a person helps with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpsPageData {
    /// None: no such person (taken away meanwhile); the page says so.
    pub person: Option<CirclePerson>,
    /// Every help card, `place` unused; chosen ones are in `person.helps_with`.
    pub cards: Vec<HelpCard>,
    pub idem: String,
}

/// A support line on the role map: its name and who provides it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineRole {
    pub name: String,
    pub arrangement: crate::money::Arrangement,
}

/// The role map.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RolesData {
    pub client_name: String,
    pub rings: Vec<RingView>,
    /// The workers with the client on their caseload.
    pub workers: Vec<String>,
    /// Shown only to those who may see the money.
    pub lines: Vec<LineRole>,
}

/// What the plan summary shows besides the answers: the circle and the finished mats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanExtras {
    pub rings: Vec<RingView>,
    pub mats: Vec<MatView>,
}
