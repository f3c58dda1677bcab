//! Lists of relatives and their rights, for the client's page, the worker's caseload and a
//! relative's choice of client: one query each, however many people, folded by `summarise`.

use super::repo::{consent_from, Consent};
use super::Rights;
use crate::db::{now_ms, StorageError};
use crate::ids::{ClientId, RelativeId, WorkerId};
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;

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
    pub client_id: ClientId,
    pub client_name: String,
    pub relative_id: RelativeId,
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
    client_id: ClientId,
) -> Result<Vec<RelativeRights>, StorageError> {
    let rows = named_rows(conn, "k.client_id = $1", client_id.0).await?;
    Ok(summarise(&rows, now_ms()))
}

/// The relatives of the given clients on a worker's caseload (the shown page of it), in one
/// query.
pub async fn relatives_on_caseload(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    clients: &[ClientId],
) -> Result<Vec<RelativeRights>, StorageError> {
    let filter = format!(
        "k.client_id in (select l.client_id from caseload l where l.worker_id = $1 \
         and l.client_id in ({}))",
        crate::caseload::listing::id_list(clients)
    );
    let rows = named_rows(conn, &filter, worker_id.0).await?;
    Ok(summarise(&rows, now_ms()))
}

/// The clients a relative may do something for now, with their names, in one query.
pub async fn clients_of(
    conn: &mut AnyConnection,
    relative_id: RelativeId,
) -> Result<Vec<(ClientId, String)>, StorageError> {
    let rows = named_rows(conn, "k.relative_id = $1", relative_id.0).await?;
    let mut list: Vec<(ClientId, String)> = summarise(&rows, now_ms())
        .into_iter()
        .filter(|r| r.rights.any())
        .map(|r| (r.client_id, r.client_name))
        .collect();
    list.sort_by(|a, b| (&a.1, a.0).cmp(&(&b.1, b.0)));
    Ok(list)
}
