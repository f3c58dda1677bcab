//! The access log: who read or changed whose data, kept so the client can see it.

#[cfg(feature = "ssr")]
pub mod repo;
