//! Secrets stored as Argon2id hashes: picture PINs and workers' passwords. Hashing is slow on
//! purpose, so it runs on a blocking thread and never while a write lock is held.

use crate::db::StorageError;
use crate::sign_in::turns::{argon2_turn, Turn};
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
    let turn = argon2_turn().await.ok_or(StorageError::Busy)?;
    tokio::task::spawn_blocking(move || {
        let hash = hash_secret(&secret);
        drop(turn);
        hash
    })
    .await
    .map_err(|e| StorageError::Crypto(e.to_string()))?
}
