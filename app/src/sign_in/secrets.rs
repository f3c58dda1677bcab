//! Secrets stored as Argon2id hashes: picture PINs and workers' passwords. Hashing is slow on
//! purpose, so it runs on a blocking thread and never while a write lock is held.

use crate::db::StorageError;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand::RngCore;

/// Checks a secret against an Argon2id hash made here. A malformed hash never matches.
pub fn verify_secret(secret: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| {
            Argon2::default()
                .verify_password(secret.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Hashes a secret (a worker's password) with Argon2id and a random salt.
pub fn hash_secret(secret: &str) -> Result<String, StorageError> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| StorageError::Crypto(e.to_string()))?;
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StorageError::Crypto(e.to_string()))
}

/// Argon2id is slow on purpose: run it on a blocking thread so that it never holds up the
/// other requests of the server.
/// The turn is taken before the try is counted, so a busy server never counts a try it did
/// not check.
pub async fn verify_secret_off_thread(secret: String, stored: String, turn: Turn) -> bool {
    tokio::task::spawn_blocking(move || {
        let right = verify_secret(&secret, &stored);
        drop(turn);
        right
    })
    .await
    .unwrap_or(false)
}

/// `hash_secret` on a blocking thread, in its turn.
pub async fn hash_secret_off_thread(secret: String) -> Result<String, StorageError> {
    let turn = argon2_turn().await?;
    tokio::task::spawn_blocking(move || {
        let hash = hash_secret(&secret);
        drop(turn);
        hash
    })
    .await
    .map_err(|e| StorageError::Crypto(e.to_string()))?
}

/// A turn to run Argon2. Each run takes 19 MiB of memory, so only a few run at once (twice
/// the cores) and the rest wait, at most `TURN_WAIT`: a burst of sign-ins cannot use up the
/// server's memory, and nobody waits for ever.
pub type Turn = tokio::sync::OwnedSemaphorePermit;

/// The longest wait for a turn before the sign-in is answered "wait a moment".
pub const TURN_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

fn turns() -> std::sync::Arc<tokio::sync::Semaphore> {
    static TURNS: std::sync::OnceLock<std::sync::Arc<tokio::sync::Semaphore>> =
        std::sync::OnceLock::new();
    TURNS
        .get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            std::sync::Arc::new(tokio::sync::Semaphore::new(2 * cores))
        })
        .clone()
}

/// Waits for a turn, at most `TURN_WAIT`; `Busy` when none came.
pub async fn argon2_turn() -> Result<Turn, StorageError> {
    turn_within(&turns(), TURN_WAIT).await
}

async fn turn_within(
    turns: &std::sync::Arc<tokio::sync::Semaphore>,
    wait: std::time::Duration,
) -> Result<Turn, StorageError> {
    match tokio::time::timeout(wait, turns.clone().acquire_owned()).await {
        Ok(Ok(turn)) => Ok(turn),
        _ => Err(StorageError::Busy),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_sign_in_waits_for_a_turn_only_so_long() {
        let turns = std::sync::Arc::new(tokio::sync::Semaphore::new(1));
        let held = turn_within(&turns, TURN_WAIT).await.expect("first turn");
        let started = std::time::Instant::now();
        let busy = turn_within(&turns, std::time::Duration::from_millis(50)).await;
        assert!(matches!(busy, Err(StorageError::Busy)));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        drop(held);
        assert!(turn_within(&turns, TURN_WAIT).await.is_ok(), "free again");
    }
}
