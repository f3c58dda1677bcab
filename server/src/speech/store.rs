//! The speech cache on disk: storing a new file, marking one heard, deleting what the index
//! lets go, and listing the folder when the index needs it (see `cache`).

use super::{Speech, TEMP_COUNTER};
use std::sync::atomic::Ordering;

impl Speech {
    /// A cache file was served: it is now the most recently used. Before the folder has been
    /// listed there is no order to keep yet, and listing it here would cost every hit.
    pub(super) async fn mark_heard(&self, name: &str) {
        let mut index = self.index.lock().await;
        if index.listed() {
            let evicted = index.use_file(name);
            self.delete(evicted).await;
        }
    }

    /// Deletes cache files the index let go. One that is already gone is fine.
    async fn delete(&self, names: Vec<String>) {
        for name in names {
            let path = self.cache_dir.join(&name);
            match tokio::fs::remove_file(&path).await {
                Ok(()) => {}
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    tracing::warn!(%error, path = %path.display(), "old speech cache file not deleted")
                }
            }
        }
    }

    /// The `.wav` files in the cache folder, with their modification times.
    async fn list_cache(&self) -> std::io::Result<Vec<(String, std::time::SystemTime)>> {
        let mut found = Vec::new();
        let mut entries = tokio::fs::read_dir(&self.cache_dir).await?;
        while let Some(entry) = entries.next_entry().await? {
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            if !name.ends_with(".wav") {
                continue;
            }
            let modified = entry
                .metadata()
                .await
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            found.push((name, modified));
        }
        Ok(found)
    }

    /// Writes a cache file so that no reader ever sees half of it: the audio goes to a
    /// temporary file first, which then takes the final name in one step.
    ///
    /// Anyone may ask for interface text, so the cache is kept to `SpeechLimits::cache_files`:
    /// room for the new file is made first by deleting the files used longest ago.
    pub(super) async fn store(
        &self,
        name: &str,
        path: &std::path::Path,
        wav: &[u8],
    ) -> std::io::Result<()> {
        if self.limits.cache_files == 0 {
            return Ok(());
        }
        tokio::fs::create_dir_all(&self.cache_dir).await?;
        {
            let mut index = self.index.lock().await;
            if index.store_needs_listing() {
                let found = self.list_cache().await?;
                index.replace_listing(found);
            }
            let evicted = index.use_file(name);
            self.delete(evicted).await;
        }
        let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = path.with_extension(format!("tmp-{}-{n}", std::process::id()));
        let written = match tokio::fs::write(&temp, wav).await {
            Ok(()) => tokio::fs::rename(&temp, path).await,
            Err(error) => Err(error),
        };
        if written.is_err() {
            // A half-written file must not stay behind; it may already be gone.
            let _ = tokio::fs::remove_file(&temp).await;
        }
        written
    }
}
