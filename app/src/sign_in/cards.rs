//! Sign-in cards. A worker issues a card to a client or a relative; it carries a QR code and
//! the same code to type. The code has 120 random bits and is stored only as its SHA-256
//! hash (a hash of a secret this long needs no slow hash). Issuing a new card revokes the old
//! one, and revoking a card ends every session started with it.

use crate::db::{now_ms, StorageError};
use crate::ids::WorkerId;
use crate::people::{PersonKind, PersonRef};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use sqlx::Row;

/// Letters of the printed code: Crockford's base 32, without I, L, O and U, so that nothing
/// looks like another character.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// How long a new card (or a card whose PIN a worker reset) lets its holder choose the
/// picture PIN (`CHOOSE_DAYS`, which the worker sees when handing the card over). After that
/// a found or forgotten card cannot be taken over by choosing a PIN for it.
pub const CHOOSE_WINDOW_MS: i64 = super::CHOOSE_DAYS * 24 * 3600 * 1000;

/// A card in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Card {
    pub card_id: i64,
    pub owner: PersonRef,
    /// Wrong picture PINs in a row with this card.
    pub failures: i64,
    /// Until when (UTC ms) the holder may choose a picture PIN if none is set.
    pub choose_until: Option<i64>,
}

impl Card {
    /// Whether a PIN may be chosen with this card now (when the owner has none).
    pub fn may_choose(&self, now: i64) -> bool {
        self.choose_until.is_some_and(|until| now < until)
    }
}

/// A new random card code: 24 characters (120 bits) in groups of four.
pub fn new_code() -> String {
    let mut bytes = [0u8; 15];
    rand::rng().fill_bytes(&mut bytes);
    encode(&bytes)
}

fn encode(bytes: &[u8; 15]) -> String {
    let mut bits: u128 = 0;
    for b in bytes {
        bits = (bits << 8) | u128::from(*b);
    }
    let chars: Vec<char> = (0..24)
        .rev()
        .map(|i| char::from(ALPHABET[((bits >> (i * 5)) & 31) as usize]))
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The code as typed or scanned, made comparable: case, spaces and dashes do not matter, and
/// the look-alikes O, I and L are read as 0 and 1.
pub fn normalise(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

fn hash(code: &str) -> String {
    hex::encode(Sha256::digest(normalise(code).as_bytes()))
}

/// Issues a card with a new random code and returns the code (shown once, never stored).
pub async fn issue(
    conn: &mut AnyConnection,
    owner: PersonRef,
    issued_by: Option<WorkerId>,
) -> Result<String, StorageError> {
    let code = new_code();
    issue_with_code(conn, owner, issued_by, &code).await?;
    Ok(code)
}

/// Issues a card with a given code. Only the demo data uses a fixed code.
pub async fn issue_with_code(
    conn: &mut AnyConnection,
    owner: PersonRef,
    issued_by: Option<WorkerId>,
    code: &str,
) -> Result<(), StorageError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    revoke(&mut tx, owner).await?;
    sqlx::query(
        "insert into sign_in_card (owner_kind, owner_id, token_hash, issued_by, issued_at, \
         choose_until) values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(owner.kind.as_str())
    .bind(owner.stored_id())
    .bind(hash(code))
    .bind(issued_by)
    .bind(now_ms())
    .bind(now_ms() + CHOOSE_WINDOW_MS)
    .execute(&mut *tx)
    .await?;
    Ok(tx.commit().await?)
}

/// Revokes the person's card in use, if any, and ends the sessions started with it.
pub async fn revoke(conn: &mut AnyConnection, owner: PersonRef) -> Result<(), StorageError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    sqlx::query(
        "delete from session where card_id in (select card_id from sign_in_card \
         where owner_kind = $1 and owner_id = $2)",
    )
    .bind(owner.kind.as_str())
    .bind(owner.stored_id())
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "update sign_in_card set revoked_at = $1 \
         where owner_kind = $2 and owner_id = $3 and revoked_at is null",
    )
    .bind(now_ms())
    .bind(owner.kind.as_str())
    .bind(owner.stored_id())
    .execute(&mut *tx)
    .await?;
    Ok(tx.commit().await?)
}

fn card_from(row: &sqlx::any::AnyRow) -> Result<Card, StorageError> {
    let kind: String = row.try_get("owner_kind")?;
    let kind = PersonKind::parse(&kind)
        .ok_or_else(|| StorageError::Unknown(format!("sign_in_card.owner_kind: {kind}")))?;
    Ok(Card {
        card_id: row.try_get("card_id")?,
        owner: PersonRef::from_stored(kind, row.try_get("owner_id")?),
        failures: row.try_get("failures")?,
        choose_until: row.try_get("choose_until")?,
    })
}

const CARD_COLUMNS: &str = "card_id, owner_kind, owner_id, failures, choose_until";

/// The card in use with this code, if any.
pub async fn find(conn: &mut AnyConnection, code: &str) -> Result<Option<Card>, StorageError> {
    if normalise(code).is_empty() {
        return Ok(None);
    }
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {CARD_COLUMNS} from sign_in_card where token_hash = $1 and revoked_at is null"
    )))
    .bind(hash(code))
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(card_from).transpose()
}

/// The card in use with this id, if it is still in use.
pub async fn get(conn: &mut AnyConnection, card_id: i64) -> Result<Option<Card>, StorageError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {CARD_COLUMNS} from sign_in_card where card_id = $1 and revoked_at is null"
    )))
    .bind(card_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(card_from).transpose()
}

/// Opens the choice of a new picture PIN again on the person's card in use, for
/// `CHOOSE_WINDOW_MS` (a worker reset the PIN).
pub async fn reopen_choice(conn: &mut AnyConnection, owner: PersonRef) -> Result<(), StorageError> {
    sqlx::query(
        "update sign_in_card set choose_until = $1 \
         where owner_kind = $2 and owner_id = $3 and revoked_at is null",
    )
    .bind(now_ms() + CHOOSE_WINDOW_MS)
    .bind(owner.kind.as_str())
    .bind(owner.stored_id())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Counts one more wrong picture PIN with this card.
pub async fn add_failure(conn: &mut AnyConnection, card_id: i64) -> Result<(), StorageError> {
    sqlx::query("update sign_in_card set failures = failures + 1 where card_id = $1")
        .bind(card_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Sets the failure count of the person's cards back to 0 (after a right PIN or an unlock).
pub async fn reset_failures(
    conn: &mut AnyConnection,
    owner: PersonRef,
) -> Result<(), StorageError> {
    sqlx::query("update sign_in_card set failures = 0 where owner_kind = $1 and owner_id = $2")
        .bind(owner.kind.as_str())
        .bind(owner.stored_id())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_120_bits_in_six_groups() {
        let code = new_code();
        assert_eq!(code.len(), 29);
        assert_eq!(code.split('-').count(), 6);
        assert_ne!(code, new_code());
        assert_eq!(encode(&[0xff; 15]), "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assert_eq!(encode(&[0; 15]), "0000-0000-0000-0000-0000-0000");
    }

    #[test]
    fn typing_differences_do_not_matter() {
        assert_eq!(hash("abcd-0o1l"), hash("ABCD 0011"));
        assert_ne!(hash("ABCD-0011"), hash("ABCD-0012"));
    }
}
