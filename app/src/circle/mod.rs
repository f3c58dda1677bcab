//! My circle of support ("Minua auttavat"): the people and things that help the client, how
//! close each is, and what they help with (help cards); shown as a picture with rings and in
//! words. Also the role map: what the client, their close people, their worker and each
//! support line do, from the same data. Storage is `repo`, the rules `service`, the thin
//! server functions `api`, the pages `pages`.

pub mod api;
pub mod closeness;
#[cfg(feature = "ssr")]
pub mod helps;
pub mod pages;
pub mod person;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod roles;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;

crate::forms::notice::notices! {
    /// What the circle pages tell.
    CircleNotice {
        /// Someone else changed the person first.
        Changed = ("error", "changed", "circle-error-changed"),
        /// A person was saved.
        Saved = ("saved", "person", "circle-saved"),
        /// A person was taken away.
        Removed = ("saved", "removed", "circle-removed"),
    }
}

/// The page of person `no` (0: a new person).
pub fn person_path(no: i64) -> String {
    format!("/circle/person/{no}")
}

/// The help cards page of a person (`id` may be a placeholder filled in later).
pub fn helps_path(id: &str) -> String {
    format!("/circle/person/{id}/helps")
}
