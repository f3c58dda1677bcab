//! Kiosk devices. A worker marks a device as a kiosk with the kiosk code; the server gives it
//! a random token, kept here only as its hash, in a `__Host-` cookie that scripts cannot read
//! and other sites cannot set. The server's kiosk layer reads the mark from that cookie on
//! every request and ignores any kiosk cookie a browser set itself. Any kiosk token at all
//! means kiosk limits, even one whose row is gone: a device that was a kiosk stays one until
//! a worker turns kiosk mode off on it (fail closed).

use crate::db::{now_ms, StorageError};
use crate::session::repo::{hash_id, new_id};
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

/// The cookie that carries the device's kiosk token.
pub const TOKEN_COOKIE: &str = "__Host-kiosk";

/// Registers a new kiosk device and returns the token for its cookie.
pub async fn register(conn: &mut AnyConnection) -> Result<String, StorageError> {
    let token = new_id();
    sqlx::query("insert into kiosk_device (token_hash, created_at) values ($1, $2)")
        .bind(hash_id(&token))
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    Ok(token)
}

/// Marks the device with this token as no longer a kiosk.
pub async fn remove(conn: &mut AnyConnection, token: &str) -> Result<(), StorageError> {
    sqlx::query("update kiosk_device set removed_at = $1 where token_hash = $2")
        .bind(now_ms())
        .bind(hash_id(token))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether the typed kiosk code is the expected one. Both are hashed first and every byte is
/// compared, so the time taken does not tell how much of a guess was right.
pub fn code_matches(typed: &str, expected: &str) -> bool {
    let (a, b) = (
        Sha256::digest(typed.trim().as_bytes()),
        Sha256::digest(expected.as_bytes()),
    );
    a.iter()
        .zip(b.iter())
        .fold(0u8, |diff, (x, y)| diff | (x ^ y))
        == 0
}

#[cfg(test)]
mod tests {
    use super::code_matches;

    #[test]
    fn only_the_right_code_matches() {
        assert!(code_matches(" omatori-kiosk ", "omatori-kiosk"));
        assert!(!code_matches("omatori-kiosl", "omatori-kiosk"));
        assert!(!code_matches("", "omatori-kiosk"));
    }
}
