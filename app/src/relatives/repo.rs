//! The consent rows: what a relative may do for a client. Every change is a new row, so the
//! history stays. Nothing here is cached in a session: every request reads the rights again.
//! When a change starts is decided in `service`.

pub use super::Rights;
use crate::db::{now_ms, StorageError};
use crate::people::PersonRef;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;

/// One consent row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    pub consent_id: i64,
    pub client_id: i64,
    pub relative_id: i64,
    pub rights: Rights,
    pub effective_at: i64,
}

const COLUMNS: &str =
    "consent_id, client_id, relative_id, may_read_plan, may_write_plan, may_see_money, effective_at";

fn consent_from(row: &sqlx::any::AnyRow) -> Result<Consent, StorageError> {
    Ok(Consent {
        consent_id: row.try_get("consent_id")?,
        client_id: row.try_get("client_id")?,
        relative_id: row.try_get("relative_id")?,
        rights: Rights {
            read_plan: row.try_get::<i64, _>("may_read_plan")? != 0,
            write_plan: row.try_get::<i64, _>("may_write_plan")? != 0,
            see_money: row.try_get::<i64, _>("may_see_money")? != 0,
        },
        effective_at: row.try_get("effective_at")?,
    })
}

/// The newest row not cancelled that has started (`started`) or is still waiting.
async fn newest(
    conn: &mut AnyConnection,
    client_id: i64,
    relative_id: i64,
    started: bool,
) -> Result<Option<Consent>, StorageError> {
    let when = if started {
        "effective_at <= $3"
    } else {
        "effective_at > $3"
    };
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from consent where client_id = $1 and relative_id = $2 \
         and {when} and cancelled_at is null order by consent_id desc limit 1"
    )))
    .bind(client_id)
    .bind(relative_id)
    .bind(now_ms())
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(consent_from).transpose()
}

/// The rights in force now: the newest row that has started and was not cancelled.
pub async fn current(
    conn: &mut AnyConnection,
    client_id: i64,
    relative_id: i64,
) -> Result<Option<Consent>, StorageError> {
    newest(conn, client_id, relative_id, true).await
}

/// A change that has not started yet, if any.
pub async fn waiting(
    conn: &mut AnyConnection,
    client_id: i64,
    relative_id: i64,
) -> Result<Option<Consent>, StorageError> {
    newest(conn, client_id, relative_id, false).await
}

/// Cancels any change of the relative's rights that has not started yet.
pub async fn cancel_waiting(
    conn: &mut AnyConnection,
    client_id: i64,
    relative_id: i64,
    now: i64,
) -> Result<(), StorageError> {
    sqlx::query(
        "update consent set cancelled_at = $1 where client_id = $2 and relative_id = $3 \
         and effective_at > $1 and cancelled_at is null",
    )
    .bind(now)
    .bind(client_id)
    .bind(relative_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Adds a consent row that starts at `effective_at`. The rule of when is in `service`.
pub async fn insert(
    conn: &mut AnyConnection,
    client_id: i64,
    relative_id: i64,
    rights: Rights,
    by: PersonRef,
    now: i64,
    effective_at: i64,
) -> Result<Consent, StorageError> {
    let row = sqlx::query(
        "insert into consent (client_id, relative_id, may_read_plan, may_write_plan, may_see_money, \
         created_at, created_by_kind, created_by_id, effective_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning consent_id",
    )
    .bind(client_id)
    .bind(relative_id)
    .bind(i64::from(rights.read_plan))
    .bind(i64::from(rights.write_plan))
    .bind(i64::from(rights.see_money))
    .bind(now)
    .bind(by.kind.as_str())
    .bind(by.id)
    .bind(effective_at)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Consent {
        consent_id: row.try_get("consent_id")?,
        client_id,
        relative_id,
        rights,
        effective_at,
    })
}

/// A worker confirms a waiting change of their client: it starts now. Returns whether a
/// waiting change of that client was found.
pub async fn confirm(
    conn: &mut AnyConnection,
    consent_id: i64,
    client_id: i64,
    worker_id: i64,
) -> Result<bool, StorageError> {
    let now = now_ms();
    let result = sqlx::query(
        "update consent set effective_at = $1, confirmed_by = $2 \
         where consent_id = $3 and client_id = $4 and effective_at > $1 and cancelled_at is null",
    )
    .bind(now)
    .bind(worker_id)
    .bind(consent_id)
    .bind(client_id)
    .execute(&mut *conn)
    .await?;
    Ok(result.rows_affected() > 0)
}

/// One consent row with the names of both people, for building lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedRow {
    pub consent: Consent,
    pub cancelled: bool,
    pub client_name: String,
    pub relative_name: String,
}

/// Every consent row (cancelled ones too) that `filter` selects, with both names, newest
/// first. One query, however many people: lists are built from it by `summarise`.
async fn named_rows(
    conn: &mut AnyConnection,
    filter: &str,
    id: i64,
) -> Result<Vec<NamedRow>, StorageError> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select k.consent_id, k.client_id, k.relative_id, k.may_read_plan, k.may_write_plan, \
         k.may_see_money, k.effective_at, k.cancelled_at, c.display_name as client_name, \
         r.display_name as relative_name from consent k \
         join client c on c.client_id = k.client_id \
         join relative r on r.relative_id = k.relative_id \
         where {filter} order by k.consent_id desc"
    )))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(NamedRow {
                consent: consent_from(row)?,
                cancelled: row.try_get::<Option<i64>, _>("cancelled_at")?.is_some(),
                client_name: row.try_get("client_name")?,
                relative_name: row.try_get("relative_name")?,
            })
        })
        .collect()
}

/// A relative of a client with the rights in force and any change waiting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelativeRights {
    pub client_id: i64,
    pub client_name: String,
    pub relative_id: i64,
    pub name: String,
    pub rights: Rights,
    pub waiting: Option<Consent>,
}

/// Folds consent rows (newest first) into one entry per (client, relative): the rights in
/// force are the newest row that has started and was not cancelled; the waiting change is
/// the newest one not started and not cancelled. Sorted by client, then relative's name.
pub fn summarise(rows: &[NamedRow], now: i64) -> Vec<RelativeRights> {
    // (entry, whether the rights in force were found yet)
    let mut list: Vec<(RelativeRights, bool)> = Vec::new();
    for row in rows {
        let c = row.consent;
        let index = match list
            .iter()
            .position(|(r, _)| r.client_id == c.client_id && r.relative_id == c.relative_id)
        {
            Some(index) => index,
            None => {
                let entry = RelativeRights {
                    client_id: c.client_id,
                    client_name: row.client_name.clone(),
                    relative_id: c.relative_id,
                    name: row.relative_name.clone(),
                    rights: Rights::default(),
                    waiting: None,
                };
                list.push((entry, false));
                list.len() - 1
            }
        };
        let (entry, found) = &mut list[index];
        if row.cancelled {
            continue;
        }
        if c.effective_at > now {
            entry.waiting.get_or_insert(c);
        } else if !*found {
            entry.rights = c.rights;
            *found = true;
        }
    }
    let mut list: Vec<RelativeRights> = list.into_iter().map(|(r, _)| r).collect();
    list.sort_by(|a, b| {
        (a.client_id, &a.name, a.relative_id).cmp(&(b.client_id, &b.name, b.relative_id))
    });
    list
}

/// Every relative who has ever had a consent row with the client, by name. Two queries at
/// most, however many relatives.
pub async fn relatives_of(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Vec<RelativeRights>, StorageError> {
    let rows = named_rows(conn, "k.client_id = $1", client_id).await?;
    Ok(summarise(&rows, now_ms()))
}

/// The relatives of every client on a worker's caseload, in one query.
pub async fn relatives_on_caseload(
    conn: &mut AnyConnection,
    worker_id: i64,
) -> Result<Vec<RelativeRights>, StorageError> {
    let rows = named_rows(
        conn,
        "k.client_id in (select l.client_id from caseload l where l.worker_id = $1)",
        worker_id,
    )
    .await?;
    Ok(summarise(&rows, now_ms()))
}

/// Whether the relative is one of the client's relatives (has any consent row with them, even
/// one with no rights): only those can be changed or given a card for this client.
pub async fn is_listed(
    conn: &mut AnyConnection,
    client_id: i64,
    relative_id: i64,
) -> Result<bool, StorageError> {
    let row =
        sqlx::query("select count(*) as n from consent where client_id = $1 and relative_id = $2")
            .bind(client_id)
            .bind(relative_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// The clients a relative may do something for now, with their names, in one query.
pub async fn clients_of(
    conn: &mut AnyConnection,
    relative_id: i64,
) -> Result<Vec<(i64, String)>, StorageError> {
    let rows = named_rows(conn, "k.relative_id = $1", relative_id).await?;
    let mut list: Vec<(i64, String)> = summarise(&rows, now_ms())
        .into_iter()
        .filter(|r| r.rights.any())
        .map(|r| (r.client_id, r.client_name))
        .collect();
    list.sort_by(|a, b| (&a.1, a.0).cmp(&(&b.1, b.0)));
    Ok(list)
}
