//! One page of a worker's caseload in one query: the clients needing action first (a PIN
//! locked, a follow-up late, a relative's change of rights waiting), then by name, at most
//! `PAGE_SIZE` of them, with each one's card and PIN state, next follow-up and how many the
//! whole list has. The ordering reads a few index rows per client of the caseload; only the
//! shown page leaves the database.

use super::paging::{CaseloadView, PageNumber, PAGE_SIZE};
use super::repo::sign_in_columns;
use crate::db::{opt_date_of, stored_date, StorageError};
use crate::ids::{ClientId, WorkerId};
use crate::sign_in::pins;
use chrono::NaiveDate;
use sqlx::{AnyConnection, Row};

/// A client on the shown page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedClient {
    pub client_id: ClientId,
    pub name: String,
    pub has_card: bool,
    pub pin_failures: i64,
    /// The next follow-up not completed.
    pub next_due: Option<NaiveDate>,
}

/// The shown page: its clients, its number (a page past the end is the last page) and how
/// many clients the whole list has (those found, when searching).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    pub clients: Vec<ListedClient>,
    pub page: PageNumber,
    pub total: i64,
}

/// The page of the caseload `view` asks for, as seen at `now` (ms) on `today`.
pub async fn page(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    view: &CaseloadView,
    now: i64,
    today: NaiveDate,
) -> Result<Listing, StorageError> {
    let (clients, total) = fetch(conn, worker_id, view, view.page, now, today).await?;
    if !clients.is_empty() || view.page == PageNumber::FIRST {
        return Ok(Listing {
            clients,
            page: view.page,
            total,
        });
    }
    // Past the end (an old link, a page typed by hand): count, then show the last page.
    let total = count(conn, worker_id, view).await?;
    let last = view.page.within(total);
    let (clients, _) = fetch(conn, worker_id, view, last, now, today).await?;
    Ok(Listing {
        clients,
        page: last,
        total,
    })
}

/// The search's two `like` patterns, or ones matching every name.
fn patterns(view: &CaseloadView) -> (String, String) {
    view.find
        .as_ref()
        .map_or_else(|| ("%".into(), "%".into()), |f| f.like_patterns())
}

/// Clients of the worker matching the search, as SQL after `from`, with $1 the worker and
/// $2, $3 the patterns.
const MATCHING: &str = "caseload k join client c on c.client_id = k.client_id \
     where k.worker_id = $1 and (lower(c.display_name) like $2 escape '\\' \
     or c.display_name like $3 escape '\\')";

async fn fetch(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    view: &CaseloadView,
    page: PageNumber,
    now: i64,
    today: NaiveDate,
) -> Result<(Vec<ListedClient>, i64), StorageError> {
    // The inner select names each client's facts; the outer one orders by them, counts the
    // whole list (a window over every row before the limit) and keeps one page.
    let sql = format!(
        "select l.*, case when l.pin_failures >= {lock} or l.next_due < $4 or l.waiting > 0 \
         then 0 else 1 end as urgency, count(*) over () as total from \
         (select c.client_id, c.display_name, {sign_in}, \
         (select min(d.due_on) from follow_up_date d left join follow_up f \
         on f.date_id = d.date_id where d.client_id = c.client_id and f.completed_at is null) \
         as next_due, \
         (select count(*) from consent w where w.client_id = c.client_id \
         and w.cancelled_at is null and w.effective_at > $5) as waiting \
         from {MATCHING}) l \
         order by urgency, l.display_name, l.client_id limit $6 offset $7",
        lock = pins::LOCK_AFTER,
        sign_in = sign_in_columns("client", "c.client_id"),
    );
    let (lower, typed) = patterns(view);
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(worker_id)
        .bind(lower)
        .bind(typed)
        .bind(stored_date(today))
        .bind(now)
        .bind(PAGE_SIZE)
        .bind(page.offset())
        .fetch_all(&mut *conn)
        .await?;
    let total = match rows.first() {
        Some(row) => row.try_get("total")?,
        None => 0,
    };
    let clients = rows
        .iter()
        .map(|r| {
            Ok(ListedClient {
                client_id: r.try_get("client_id")?,
                name: r.try_get("display_name")?,
                has_card: r.try_get::<i64, _>("cards")? > 0,
                pin_failures: r.try_get("pin_failures")?,
                next_due: opt_date_of(r, "next_due")?,
            })
        })
        .collect::<Result<Vec<_>, StorageError>>()?;
    Ok((clients, total))
}

async fn count(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    view: &CaseloadView,
) -> Result<i64, StorageError> {
    let (lower, typed) = patterns(view);
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select count(*) as n from {MATCHING}"
    )))
    .bind(worker_id)
    .bind(lower)
    .bind(typed)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("n")?)
}

/// The clients' ids as a SQL list (`null` for none, which matches nothing): ids are numbers
/// from the database, never text from a request.
pub fn id_list(ids: &[ClientId]) -> String {
    if ids.is_empty() {
        return "null".into();
    }
    ids.iter()
        .map(|id| id.0.to_string())
        .collect::<Vec<_>>()
        .join(",")
}
