//! The consent rows: what a relative may do for a client. Every change is a new row, so the
//! history stays. Nothing here is cached in a session: every request reads the rights again.
//! When a change starts is decided in `service`.

use crate::ids::{ClientId, RelativeId, WorkerId};

pub use super::lists::{
    clients_of, relatives_of, relatives_on_caseload, summarise, NamedRow, RelativeRights,
};
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
    pub client_id: ClientId,
    pub relative_id: RelativeId,
    pub rights: Rights,
    pub effective_at: i64,
}

const COLUMNS: &str =
    "consent_id, client_id, relative_id, may_read_plan, may_write_plan, may_see_money, effective_at";

pub(super) fn consent_from(row: &sqlx::any::AnyRow) -> Result<Consent, StorageError> {
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

/// The rights in force now: the newest row that has started and was not cancelled. (Lists
/// fold the same rule over all rows at once in `lists::summarise`.)
pub async fn current(
    conn: &mut AnyConnection,
    client_id: ClientId,
    relative_id: RelativeId,
) -> Result<Option<Consent>, StorageError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from consent where client_id = $1 and relative_id = $2 \
         and effective_at <= $3 and cancelled_at is null order by consent_id desc limit 1"
    )))
    .bind(client_id)
    .bind(relative_id)
    .bind(now_ms())
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(consent_from).transpose()
}

/// Cancels any change of the relative's rights that has not started yet.
pub async fn cancel_waiting(
    conn: &mut AnyConnection,
    client_id: ClientId,
    relative_id: RelativeId,
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
    client_id: ClientId,
    relative_id: RelativeId,
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
    .bind(by.stored_id())
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
    client_id: ClientId,
    worker_id: WorkerId,
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

/// Whether the relative is one of the client's relatives (has any consent row with them, even
/// one with no rights): only those can be changed or given a card for this client.
pub async fn is_listed(
    conn: &mut AnyConnection,
    client_id: ClientId,
    relative_id: RelativeId,
) -> Result<bool, StorageError> {
    let row =
        sqlx::query("select count(*) as n from consent where client_id = $1 and relative_id = $2")
            .bind(client_id)
            .bind(relative_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}
