//! The caseload: which clients a worker works with, and the lists the worker's page shows.
//! Every list here is a fixed number of queries, however many clients and relatives.

use crate::db::{now_ms, StorageError};
use crate::ids::{ClientId, RelativeId, WorkerId};
use crate::people::repo::Client;
use sqlx::{AnyConnection, Row};

/// Takes a client off a worker's caseload.
pub async fn unassign(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    client_id: ClientId,
) -> Result<(), StorageError> {
    sqlx::query("delete from caseload where worker_id = $1 and client_id = $2")
        .bind(worker_id)
        .bind(client_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Puts a client on a worker's caseload (nothing happens if already there).
pub async fn assign(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    client_id: ClientId,
) -> Result<(), StorageError> {
    if has_client(conn, worker_id, client_id).await? {
        return Ok(());
    }
    sqlx::query("insert into caseload (worker_id, client_id, added_at) values ($1, $2, $3)")
        .bind(worker_id)
        .bind(client_id)
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether the client is on the worker's caseload.
pub async fn has_client(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    client_id: ClientId,
) -> Result<bool, StorageError> {
    let row =
        sqlx::query("select count(*) as n from caseload where worker_id = $1 and client_id = $2")
            .bind(worker_id)
            .bind(client_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// The clients on a worker's caseload, by name.
pub async fn caseload(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<Vec<Client>, StorageError> {
    let rows = sqlx::query(
        "select c.client_id, c.display_name from caseload k join client c on c.client_id = k.client_id \
         where k.worker_id = $1 order by c.display_name, c.client_id",
    )
    .bind(worker_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Client {
                client_id: r.try_get("client_id")?,
                display_name: r.try_get("display_name")?,
            })
        })
        .collect()
}

/// Whether a person has a card in use, and their wrong PINs in a row, as SQL columns over a
/// person of `kind` whose id is in `id_column`.
pub(super) fn sign_in_columns(kind: &str, id_column: &str) -> String {
    format!(
        "(select count(*) from sign_in_card s where s.owner_kind = '{kind}' \
         and s.owner_id = {id_column} and s.revoked_at is null) as cards, \
         coalesce((select p.failures from picture_pin p where p.owner_kind = '{kind}' \
         and p.owner_id = {id_column}), 0) as pin_failures"
    )
}

/// The card and PIN state of every relative of the given clients on the worker's caseload
/// (one page of it): (relative id, has a card, wrong PINs in a row), in one query.
pub async fn relatives_sign_in(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    clients: &[ClientId],
) -> Result<Vec<(RelativeId, bool, i64)>, StorageError> {
    let sql = format!(
        "select r.relative_id, {} from relative r where r.relative_id in \
         (select c.relative_id from consent c join caseload k on k.client_id = c.client_id \
         where k.worker_id = $1 and k.client_id in ({}))",
        sign_in_columns("relative", "r.relative_id"),
        super::listing::id_list(clients)
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(worker_id)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("relative_id")?,
                r.try_get::<i64, _>("cards")? > 0,
                r.try_get("pin_failures")?,
            ))
        })
        .collect()
}

/// Every (worker, client) pair on any caseload, by the client's name (the admin page).
pub async fn all_assignments(
    conn: &mut AnyConnection,
) -> Result<Vec<(WorkerId, Client)>, StorageError> {
    let rows = sqlx::query(
        "select k.worker_id, c.client_id, c.display_name from caseload k \
         join client c on c.client_id = k.client_id order by c.display_name, c.client_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("worker_id")?,
                Client {
                    client_id: r.try_get("client_id")?,
                    display_name: r.try_get("display_name")?,
                },
            ))
        })
        .collect()
}
