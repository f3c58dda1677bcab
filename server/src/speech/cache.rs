//! The speech cache's index: which WAV files the cache folder holds and in what order they
//! were last used, kept in memory so that a cache miss does not list the folder.
//!
//! The folder is listed when the first file is stored and again after as many stores as the
//! cache may hold files (so the listing costs little per store). A new listing picks up files
//! that others added or removed, for example a second server sharing the folder or an
//! operator clearing it. When the cache is full, the files used longest ago are deleted.

use std::collections::{BTreeMap, HashMap};
use std::time::SystemTime;

/// File names and their last use. The ticks come from a counter, not the clock, so two uses
/// in the same instant still have an order.
pub(super) struct CacheIndex {
    max_files: usize,
    listed: bool,
    stores_since_listing: usize,
    clock: u64,
    used: HashMap<String, u64>,
    by_use: BTreeMap<u64, String>,
}

impl CacheIndex {
    pub(super) fn new(max_files: usize) -> CacheIndex {
        CacheIndex {
            max_files,
            listed: false,
            stores_since_listing: 0,
            clock: 0,
            used: HashMap::new(),
            by_use: BTreeMap::new(),
        }
    }

    /// Whether the folder has been listed since the server started.
    pub(super) fn listed(&self) -> bool {
        self.listed
    }

    /// Counts a store; true when the folder should be listed before it.
    pub(super) fn store_needs_listing(&mut self) -> bool {
        self.stores_since_listing += 1;
        !self.listed || self.stores_since_listing > self.max_files
    }

    /// Replaces the index with the `.wav` files found in the folder. Files this index knows
    /// keep their order of use; the others are taken as older, oldest modified first.
    pub(super) fn replace_listing(&mut self, found: Vec<(String, SystemTime)>) {
        let mut files: Vec<(Option<u64>, SystemTime, String)> = found
            .into_iter()
            .map(|(name, modified)| (self.used.get(&name).copied(), modified, name))
            .collect();
        files.sort();
        self.used.clear();
        self.by_use.clear();
        self.clock = 0;
        for (_, _, name) in files {
            self.touch(name);
        }
        self.listed = true;
        self.stores_since_listing = 0;
    }

    /// Marks a file as used just now and returns the files to delete so that at most the
    /// maximum remain, used longest ago first. A new file is counted before it is written,
    /// so the folder never holds more than the maximum.
    pub(super) fn use_file(&mut self, name: &str) -> Vec<String> {
        self.touch(name.to_owned());
        let mut evicted = Vec::new();
        while self.used.len() > self.max_files {
            let Some((_, oldest)) = self.by_use.pop_first() else {
                break;
            };
            self.used.remove(&oldest);
            evicted.push(oldest);
        }
        evicted
    }

    fn touch(&mut self, name: String) {
        let tick = self.clock;
        self.clock += 1;
        if let Some(old) = self.used.insert(name.clone(), tick) {
            self.by_use.remove(&old);
        }
        self.by_use.insert(tick, name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(seconds: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn the_file_used_longest_ago_goes_first() {
        let mut index = CacheIndex::new(2);
        assert!(index.use_file("a").is_empty());
        assert!(index.use_file("b").is_empty());
        // "a" is heard again, so "b" is now the oldest.
        assert!(index.use_file("a").is_empty());
        assert_eq!(index.use_file("c"), ["b"]);
        assert_eq!(index.use_file("d"), ["a"]);
    }

    #[test]
    fn a_listing_keeps_known_order_and_puts_unknown_files_first() {
        let mut index = CacheIndex::new(3);
        assert!(index.store_needs_listing());
        index.replace_listing(vec![("old".into(), at(5)), ("older".into(), at(1))]);
        assert!(index.listed());
        index.use_file("mine");
        index.replace_listing(vec![
            ("mine".into(), at(1)),
            ("old".into(), at(5)),
            ("older".into(), at(1)),
            ("theirs".into(), at(9)),
        ]);
        assert_eq!(index.use_file("new"), ["theirs", "older"]);
        assert_eq!(index.use_file("newer"), ["old"]);
    }

    #[test]
    fn the_folder_is_listed_again_after_as_many_stores_as_it_holds() {
        let mut index = CacheIndex::new(2);
        assert!(index.store_needs_listing());
        index.replace_listing(Vec::new());
        assert!(!index.store_needs_listing());
        assert!(!index.store_needs_listing());
        assert!(index.store_needs_listing());
    }
}
