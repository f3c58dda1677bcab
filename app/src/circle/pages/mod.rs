//! The circle pages: the circle (picture and words), one person, what a person helps with,
//! the role map, and the part the plan summary shows.

pub mod circle;
pub mod extras;
pub mod helps;
pub mod person;
pub mod picture;
pub mod roles;
