//! A small, repeatable random source (xorshift64*) for the property and load tests: the same
//! seed gives the same run, and the tests print the seed so a failure can be repeated.

/// xorshift64*: never seeded with 0 (a zero seed is turned into 1).
pub struct Random(pub u64);

impl Random {
    /// A source from `name` in the environment when set (to repeat a run), else from the clock.
    pub fn from_env(name: &str) -> (Random, u64) {
        let seed = std::env::var(name)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or_else(|| app::db::now_ms() as u64)
            .max(1);
        (Random(seed), seed)
    }

    pub fn number(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.number() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
}

/// A whole number from the environment (the full runs set the large counts), else `default`.
pub fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}
