//! The money pages: the client's "Minun rahani" and the worker's decision page.

pub mod client;
pub mod worker;
