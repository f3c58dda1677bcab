//! The key of the access log's chain. It is kept outside the database (a file the server
//! reads at start, see the server's settings), so whoever can write the database but not that
//! file cannot write rows whose hashes verify: a rewritten or recomputed chain is found.
//! Each row's hash is then an HMAC-SHA256 with this key; rows written before the key existed
//! keep their plain SHA-256 (the `keyed` column says which).

use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// Bytes in the key.
pub const KEY_BYTES: usize = 32;

static KEY: OnceLock<[u8; KEY_BYTES]> = OnceLock::new();

/// Makes `key` the key of this process's log rows. Only the first call counts: one process
/// writes one chain.
pub fn install(key: [u8; KEY_BYTES]) {
    let _ = KEY.set(key);
}

/// The installed key, if any.
pub fn current() -> Option<&'static [u8; KEY_BYTES]> {
    KEY.get()
}

/// HMAC-SHA256 (RFC 2104) of `message` with `key`, in hex.
pub fn hmac(key: &[u8; KEY_BYTES], message: &[u8]) -> String {
    const BLOCK: usize = 64;
    let mut inner_pad = [0x36u8; BLOCK];
    let mut outer_pad = [0x5cu8; BLOCK];
    for (i, byte) in key.iter().enumerate() {
        inner_pad[i] ^= byte;
        outer_pad[i] ^= byte;
    }
    let inner = Sha256::new()
        .chain_update(inner_pad)
        .chain_update(message)
        .finalize();
    hex::encode(
        Sha256::new()
            .chain_update(outer_pad)
            .chain_update(inner)
            .finalize(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_the_rfc_4231_test_case_2_shape_with_a_padded_key() {
        // RFC 4231 case 2 uses the key "Jefe"; a shorter key is padded with zeros, as here.
        let mut key = [0u8; KEY_BYTES];
        key[..4].copy_from_slice(b"Jefe");
        assert_eq!(
            hmac(&key, b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
