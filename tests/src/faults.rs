//! Faults for tests: make one kind of write to one table fail, on either engine, to prove that
//! a use case is one transaction (all of it or nothing), and count the statements a request
//! runs.

use app::db::{Backend, Db};

/// A kind of write a trigger can refuse.
#[derive(Clone, Copy, Debug)]
pub enum Write {
    Insert,
    Update,
    Delete,
}

impl Write {
    fn sql(self) -> &'static str {
        match self {
            Write::Insert => "insert",
            Write::Update => "update",
            Write::Delete => "delete",
        }
    }
}

fn trigger_name(table: &str, write: Write) -> String {
    format!("refuse_{}_{table}", write.sql())
}

/// From now on every `write` to `table` fails, as a broken disk or a constraint would. The
/// table name comes from the test's own code, never from input.
pub async fn refuse(db: &Db, table: &str, write: Write) -> anyhow::Result<()> {
    let name = trigger_name(table, write);
    let op = write.sql();
    let statements = match db.backend {
        Backend::Sqlite => vec![format!(
            "create trigger {name} before {op} on {table} \
             begin select raise(abort, 'refused by the test'); end"
        )],
        Backend::Postgres => vec![
            "create or replace function refused_by_test() returns trigger language plpgsql \
             as $$ begin raise exception 'refused by the test'; end $$"
                .to_owned(),
            format!(
                "create trigger {name} before {op} on {table} \
                 for each row execute function refused_by_test()"
            ),
        ],
    };
    for sql in statements {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

/// Undoes `refuse`.
pub async fn allow(db: &Db, table: &str, write: Write) -> anyhow::Result<()> {
    let name = trigger_name(table, write);
    let sql = match db.backend {
        Backend::Sqlite => format!("drop trigger {name}"),
        Backend::Postgres => format!("drop trigger {name} on {table}"),
    };
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The rows a query returns, each as one text (the query selects one text column).
pub async fn texts(db: &Db, sql: &str) -> Vec<String> {
    use sqlx::Row;
    sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_all(&db.pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .iter()
        .map(|r| r.try_get::<String, _>(0).expect("text column"))
        .collect()
}

/// How many rows a table has.
pub async fn count(db: &Db, table: &str) -> i64 {
    use sqlx::Row;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "select count(*) as n from {table}"
    )))
    .fetch_one(&db.pool)
    .await
    .expect("count")
    .try_get("n")
    .expect("n")
}

/// Counts the SQL statements sqlx runs in this process (its `sqlx::query` log events), so a
/// test can see whether a page's queries grow with its data. Tests run one at a time, so
/// the count is the page's own.
pub mod statements {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::OnceLock;
    use tracing::{Event, Metadata, Subscriber};

    static COUNT: AtomicU64 = AtomicU64::new(0);
    static INSTALLED: OnceLock<bool> = OnceLock::new();

    struct Counter;

    impl Subscriber for Counter {
        fn enabled(&self, metadata: &Metadata<'_>) -> bool {
            metadata.target() == "sqlx::query"
        }
        fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
            tracing::span::Id::from_u64(1)
        }
        fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
        fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
        fn event(&self, event: &Event<'_>) {
            if event.metadata().target() == "sqlx::query" {
                COUNT.fetch_add(1, Ordering::SeqCst);
            }
        }
        fn enter(&self, _: &tracing::span::Id) {}
        fn exit(&self, _: &tracing::span::Id) {}
    }

    /// Starts counting (once per process). Returns false when another subscriber was
    /// already installed, in which case nothing is counted.
    pub fn install() -> bool {
        *INSTALLED.get_or_init(|| tracing::subscriber::set_global_default(Counter).is_ok())
    }

    /// Statements run so far.
    pub fn so_far() -> u64 {
        COUNT.load(Ordering::SeqCst)
    }
}
