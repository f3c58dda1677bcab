//! A flood guard on the worker sign-in path only: at most `MAX_TRIES` tries from one address
//! in `WINDOW_MS`, whatever the user names. It stops one machine from trying password after
//! password against every worker. Cards and picture PINs never go through it, because
//! everyone at a kiosk shares one address. Kept in memory per server: a restart forgets it,
//! which is fine for a flood guard (the per-worker counter is in the database).

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// The time over which tries from one address are counted.
pub const WINDOW_MS: i64 = 5 * 60 * 1000;
/// Tries from one address allowed in that time.
pub const MAX_TRIES: usize = 20;

#[derive(Clone, Debug, Default)]
pub struct FloodGuard(Arc<Mutex<HashMap<IpAddr, VecDeque<i64>>>>);

impl FloodGuard {
    /// Counts a try from `address` at `now` (UTC ms) and says whether it may go on. A refused
    /// try is not counted, so an address that stops trying is let in again after the window.
    pub fn allow(&self, address: IpAddr, now: i64) -> bool {
        let Ok(mut tries) = self.0.lock() else {
            return false;
        };
        tries.retain(|_, times| {
            while times.front().is_some_and(|at| *at <= now - WINDOW_MS) {
                times.pop_front();
            }
            !times.is_empty()
        });
        let times = tries.entry(address).or_default();
        if times.len() >= MAX_TRIES {
            return false;
        }
        times.push_back(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_address_is_slowed_after_its_tries_and_let_in_again_later() {
        let guard = FloodGuard::default();
        let (one, other) = ([10, 0, 0, 1].into(), [10, 0, 0, 2].into());
        for n in 0..MAX_TRIES {
            assert!(guard.allow(one, 1_000 + n as i64), "try {n}");
        }
        assert!(!guard.allow(one, 2_000), "one too many");
        assert!(guard.allow(other, 2_000), "another address is not slowed");
        assert!(guard.allow(one, 1_000 + WINDOW_MS + 1), "after the window");
    }
}
