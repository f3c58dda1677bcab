//! Storage shared by both database engines. One copy of portable SQL runs on SQLite and on
//! PostgreSQL through sqlx's `Any` driver; the test suite runs every storage test on both.
//! Timestamps are UTC milliseconds since 1970, money is integer cents.

pub mod access_log;
pub mod cards;
pub mod clients;
pub mod consent;
pub mod idempotency;
pub mod money;
pub mod people;
pub mod pins;
pub mod plans;
pub mod prefs;
pub mod sessions;
pub mod workers;

use sqlx::AnyPool;

/// Which engine a pool talks to. Only migrations and connection settings differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database handle given to every server function through context.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

/// A storage failure. Details go to the server log, never to the user.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("stored data could not be read: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("hashing failed: {0}")]
    Crypto(String),
}

/// The current time in UTC milliseconds.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
