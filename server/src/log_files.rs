//! The access log's files outside the database: the chain's key (`log.key`) and the head the
//! verifier saw last (`log-head`), both in the data folder unless `SOPIVA_LOG_KEY_FILE` and
//! `SOPIVA_LOG_HEAD_FILE` name other places. Run the web server as a user who can read the
//! key but not write the head, and `server admin verify-log` as one who can write the head:
//! then the web server cannot hide a rewritten log from the verifier.

use anyhow::Context;
use app::access::log::key::KEY_BYTES;
use std::path::{Path, PathBuf};

/// Where the chain's key is kept.
pub fn key_file(data_dir: &Path) -> PathBuf {
    std::env::var("SOPIVA_LOG_KEY_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|_| data_dir.join("log.key"))
}

/// Where the verifier keeps the head it saw last.
pub fn head_file(data_dir: &Path) -> PathBuf {
    std::env::var("SOPIVA_LOG_HEAD_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|_| data_dir.join("log-head"))
}

/// Reads the key, or makes a new random one (readable by its owner only) on the first start.
pub fn load_or_create_key(path: &Path) -> anyhow::Result<[u8; KEY_BYTES]> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let bytes = hex::decode(text.trim())
                .with_context(|| format!("{} is not a hex key", path.display()))?;
            bytes
                .try_into()
                .map_err(|_| anyhow::anyhow!("{} must hold {KEY_BYTES} bytes", path.display()))
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            use rand::RngCore;
            use std::io::Write;
            use std::os::unix::fs::OpenOptionsExt;
            let mut key = [0u8; KEY_BYTES];
            rand::rng().fill_bytes(&mut key);
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder)?;
            }
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
                .with_context(|| format!("creating {}", path.display()))?;
            file.write_all(hex::encode(key).as_bytes())?;
            file.sync_all()?;
            Ok(key)
        }
        Err(error) => Err(error).with_context(|| format!("reading {}", path.display())),
    }
}
