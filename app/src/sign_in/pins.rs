//! Picture PINs: four pictures in order, chosen from a grid of twelve. A picture PIN is what
//! the person knows; the card is what they have. The PIN is stored as an Argon2id hash.
//!
//! Wrong PINs are counted per person and per card, never per address (everyone at a kiosk
//! shares one address). From the fourth wrong PIN in a row the person waits before the next
//! try, longer each time; after ten a worker must unlock. So at most ten wrong PINs are
//! possible per person, far under the limit of 100 an hour.

pub use super::secrets::{
    hash_secret, hash_secret_off_thread, verify_secret, verify_secret_off_thread,
};
pub use super::throttle::{
    capped_wait_sql, clear_failures, failures, next_wait_sql, reserve_try, wait_after, Reservation,
};
use crate::db::{now_ms, StorageError};
use crate::people::PersonRef;
use crate::sign_in::cards;
use sqlx::AnyConnection;
use sqlx::Row;

/// How many pictures a PIN has.
pub const PIN_LENGTH: usize = 4;

/// Wrong PINs in a row after which only a worker can unlock.
pub const LOCK_AFTER: i64 = 10;

/// Wrong PINs in a row that are allowed without waiting.
pub const FREE_TRIES: i64 = 3;

/// A complete picture PIN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin(Vec<&'static str>);

impl Pin {
    /// Reads picture names separated by commas; `None` unless it is exactly four known pictures.
    pub fn parse(text: &str) -> Option<Pin> {
        let picks = parse_picks(text)?;
        (picks.len() == PIN_LENGTH).then_some(Pin(picks))
    }

    pub(crate) fn secret(&self) -> String {
        self.0.join(",")
    }
}

/// Reads a list of picture names (possibly empty or incomplete); `None` if any is unknown
/// or there are too many.
pub fn parse_picks(text: &str) -> Option<Vec<&'static str>> {
    let picks: Option<Vec<&'static str>> = text
        .split(',')
        .filter(|p| !p.is_empty())
        .map(crate::sign_in::picture)
        .collect();
    picks.filter(|p| p.len() <= PIN_LENGTH)
}

/// What a PIN check found (see `sign_in::service::check_pin`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinCheck {
    Right,
    Wrong,
    /// Too many wrong PINs just now: try again at this time (UTC ms). The PIN was not checked.
    Wait(i64),
    /// Ten wrong PINs in a row: a worker must unlock. The PIN was not checked.
    Locked,
    /// No PIN chosen yet.
    NotSet,
    /// The server is busy with other sign-ins; nothing was checked or counted.
    Busy,
}

/// Sets a new PIN and clears the failure count.
pub async fn set(
    conn: &mut AnyConnection,
    owner: PersonRef,
    pin: &Pin,
) -> Result<(), StorageError> {
    let hash = hash_secret_off_thread(pin.secret()).await?;
    // Hashed before the transaction: a write lock is never held while Argon2 runs.
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    clear_row(&mut tx, owner).await?;
    sqlx::query(
        "insert into picture_pin (owner_kind, owner_id, pin_hash, updated_at) values ($1, $2, $3, $4)",
    )
    .bind(owner.kind.as_str())
    .bind(owner.stored_id())
    .bind(hash)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    cards::reset_failures(&mut tx, owner).await?;
    Ok(tx.commit().await?)
}

async fn clear_row(conn: &mut AnyConnection, owner: PersonRef) -> Result<(), StorageError> {
    sqlx::query("delete from picture_pin where owner_kind = $1 and owner_id = $2")
        .bind(owner.kind.as_str())
        .bind(owner.stored_id())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Forgets the PIN: the person chooses a new one at their next sign-in with their card.
pub async fn reset(conn: &mut AnyConnection, owner: PersonRef) -> Result<(), StorageError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    clear_row(&mut tx, owner).await?;
    cards::reset_failures(&mut tx, owner).await?;
    cards::reopen_choice(&mut tx, owner).await?;
    Ok(tx.commit().await?)
}

/// A worker's unlock: the failure counts go back to 0 and any wait ends.
pub async fn unlock(conn: &mut AnyConnection, owner: PersonRef) -> Result<(), StorageError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    sqlx::query(
        "update picture_pin set failures = 0, wait_until = 0 where owner_kind = $1 and owner_id = $2",
    )
    .bind(owner.kind.as_str())
    .bind(owner.stored_id())
    .execute(&mut *tx)
    .await?;
    cards::reset_failures(&mut tx, owner).await?;
    Ok(tx.commit().await?)
}

/// Whether the person has chosen a PIN.
pub async fn is_set(conn: &mut AnyConnection, owner: PersonRef) -> Result<bool, StorageError> {
    Ok(load(conn, owner)
        .await?
        .is_some_and(|row| row.hash.is_some()))
}

/// Whether the person is locked out (ten wrong PINs in a row).
pub async fn is_locked(conn: &mut AnyConnection, owner: PersonRef) -> Result<bool, StorageError> {
    Ok(load(conn, owner)
        .await?
        .is_some_and(|row| row.failures >= LOCK_AFTER))
}

pub(crate) struct PinRow {
    pub(crate) hash: Option<String>,
    pub(crate) failures: i64,
    pub(crate) wait_until: i64,
}

pub(crate) async fn load(
    conn: &mut AnyConnection,
    owner: PersonRef,
) -> Result<Option<PinRow>, StorageError> {
    let row = sqlx::query(
        "select pin_hash, failures, wait_until from picture_pin where owner_kind = $1 and owner_id = $2",
    )
    .bind(owner.kind.as_str())
    .bind(owner.stored_id())
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        Ok(PinRow {
            hash: r.try_get("pin_hash")?,
            failures: r.try_get("failures")?,
            wait_until: r.try_get("wait_until")?,
        })
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_start_at_the_fourth_wrong_pin_and_grow() {
        assert_eq!(wait_after(1), 0);
        assert_eq!(wait_after(3), 0);
        assert_eq!(wait_after(4), 30_000);
        assert_eq!(wait_after(5), 60_000);
        assert!(wait_after(9) > wait_after(8));
    }

    #[test]
    fn the_wait_in_sql_follows_wait_after() {
        let sql = next_wait_sql("failures");
        assert!(sql.contains("when failures = 0 then 0 "));
        assert!(sql.contains(&format!("when failures = 3 then {} ", wait_after(4))));
        assert!(sql.ends_with(&format!("else {} end)", wait_after(20))));
        assert_eq!(wait_after(14), wait_after(20));
    }

    #[test]
    fn only_four_known_pictures_make_a_pin() {
        assert!(Pin::parse("dog,cat,sun,house").is_some());
        assert!(Pin::parse("dog,cat,sun").is_none());
        assert!(Pin::parse("dog,cat,sun,house,car").is_none());
        assert!(Pin::parse("dog,cat,sun,unicorn").is_none());
        assert_eq!(parse_picks(""), Some(Vec::new()));
    }

    #[test]
    fn secrets_are_hashed_with_argon2id() {
        let hash = hash_secret("kissa").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_secret("kissa", &hash));
        assert!(!verify_secret("koira", &hash));
        assert!(!verify_secret("kissa", "not a hash"));
    }
}
