//! The database handle shared by both engines, and how a use case gets a connection or one
//! transaction. Each feature's `repo` holds its own SQL and takes a connection, so a service
//! can run several repository calls in one transaction and commit once.
//! One copy of portable SQL runs on SQLite and on
//! PostgreSQL through sqlx's `Any` driver; the test suite runs every storage test on both.
//! Timestamps are UTC milliseconds since 1970, money is integer cents.

mod date;

pub use date::{date_of, opt_date_of, stored_date};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyPool, Transaction};

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

impl Db {
    /// A connection for reads, or for a use case that writes once.
    pub async fn conn(&self) -> Result<PoolConnection<Any>, StorageError> {
        Ok(self.pool.acquire().await?)
    }

    /// One transaction for a use case that writes more than once: all of it or nothing.
    /// On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`): a transaction that reads
    /// first and writes later could otherwise fail with "database is locked" when another
    /// writer committed in between, and the busy timeout does not help in that case.
    pub async fn write(&self) -> Result<Transaction<'static, Any>, StorageError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }
}

/// A storage failure. Details go to the server log, never to the user.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("stored data could not be read: {0}")]
    Corrupt(#[from] serde_json::Error),
    /// A stored kind, state or name that this version does not know: never read as a default.
    #[error("unknown stored value: {0}")]
    Unknown(String),
    #[error("hashing failed: {0}")]
    Crypto(String),
    /// Too many sign-ins at once: the caller says "wait a moment" instead of waiting on.
    #[error("busy")]
    Busy,
}

/// The current time in UTC milliseconds.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
