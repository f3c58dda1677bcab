//! The generator's two tools: a small reproducible random source, and multi-row insert
//! statements built from values the generator made itself.

use app::db::Backend;

/// Rows per insert statement.
const ROWS: usize = 1000;
/// A small, fast, reproducible generator (SplitMix64).
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub(super) fn between(&mut self, low: i64, high: i64) -> i64 {
        low + (self.next() % ((high - low + 1) as u64)) as i64
    }
}

/// Multi-row insert statements for one table, flushed every `ROWS` rows.
pub(super) struct Insert<'a> {
    head: String,
    rows: Vec<String>,
    out: &'a mut Vec<String>,
}

impl<'a> Insert<'a> {
    pub(super) fn new(
        out: &'a mut Vec<String>,
        backend: Backend,
        table: &str,
        columns: &str,
        ids: bool,
    ) -> Self {
        let over = if ids && backend == Backend::Postgres {
            " overriding system value"
        } else {
            ""
        };
        Insert {
            head: format!("insert into {table} ({columns}){over} values "),
            rows: Vec::new(),
            out,
        }
    }

    pub(super) fn row(&mut self, values: String) {
        self.rows.push(format!("({values})"));
        if self.rows.len() == ROWS {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if !self.rows.is_empty() {
            self.out
                .push(format!("{}{}", self.head, self.rows.join(",")));
            self.rows.clear();
        }
    }
}

impl Drop for Insert<'_> {
    fn drop(&mut self) {
        self.flush();
    }
}
