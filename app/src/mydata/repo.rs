//! Reads everything of one client: the readable parts with their own queries, and every
//! table with a `client_id` column found in the database's own catalogue (SQLite's
//! `pragma_table_info`, PostgreSQL's `information_schema`), so new tables are included
//! without code changes. Secret columns (`is_secret_column`) are left out.

use super::{is_secret_column, MyData, PlanVersionOut, RelativeOut, RowOut, TableOut};
use crate::access::api::LogLine;
use crate::access::log::repo as access_log;
use crate::db::{now_ms, Backend, StorageError};
use crate::ids::ClientId;
use serde_json::Value;
use sqlx::{AnyConnection, Column, Row};

/// The tables that have a `client_id` column, by name.
pub async fn client_tables(
    conn: &mut AnyConnection,
    backend: Backend,
) -> Result<Vec<String>, StorageError> {
    let sql = match backend {
        Backend::Sqlite => {
            "select m.name as name from sqlite_master m, pragma_table_info(m.name) p \
             where m.type = 'table' and p.name = 'client_id' order by m.name"
        }
        Backend::Postgres => {
            "select cast(table_name as text) as name from information_schema.columns \
             where column_name = 'client_id' and table_schema = current_schema() \
             order by table_name"
        }
    };
    let rows = sqlx::query(sql).fetch_all(&mut *conn).await?;
    let mut names = Vec::with_capacity(rows.len());
    for row in &rows {
        let name: String = row.try_get("name")?;
        // A name from the catalogue goes into SQL, so only plain identifiers are used.
        if name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            names.push(name);
        }
    }
    Ok(names)
}

/// One stored value as JSON, whatever its type.
fn value_of(row: &sqlx::any::AnyRow, i: usize) -> Value {
    if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
        return v.map(Value::from).unwrap_or(Value::Null);
    }
    if let Ok(v) = row.try_get::<Option<String>, _>(i) {
        return v.map(Value::from).unwrap_or(Value::Null);
    }
    if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
        return v.map(Value::from).unwrap_or(Value::Null);
    }
    if let Ok(v) = row.try_get::<Option<bool>, _>(i) {
        return v.map(Value::from).unwrap_or(Value::Null);
    }
    Value::Null
}

/// Every row of `table` that belongs to the client, without secret columns.
pub async fn table_rows(
    conn: &mut AnyConnection,
    table: &str,
    client_id: ClientId,
) -> Result<Vec<RowOut>, StorageError> {
    let sql = format!("select * from {table} where client_id = $1 order by 1");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(client_id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows
        .iter()
        .map(|row| {
            row.columns()
                .iter()
                .filter(|c| !is_secret_column(c.name()))
                .map(|c| (c.name().to_owned(), value_of(row, c.ordinal())))
                .collect()
        })
        .collect())
}

async fn plan_versions(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<PlanVersionOut>, StorageError> {
    let rows = sqlx::query(
        "select version_no, content, saved_by_name, created_at from plan_version \
         where client_id = $1 order by version_no",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let content: String = row.try_get("content")?;
        out.push(PlanVersionOut {
            version_no: row.try_get("version_no")?,
            saved_at: row.try_get("created_at")?,
            saved_by: row.try_get("saved_by_name")?,
            content: serde_json::from_str(&content)?,
        });
    }
    Ok(out)
}

/// Each relative with the rights of their newest consent row (waiting or in force).
async fn relatives(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<RelativeOut>, StorageError> {
    let rows = sqlx::query(
        "select r.display_name as name, c.may_read_plan, c.may_write_plan, c.may_see_money \
         from consent c join relative r on r.relative_id = c.relative_id \
         where c.client_id = $1 and c.cancelled_at is null and c.consent_id = \
         (select max(c2.consent_id) from consent c2 where c2.client_id = c.client_id \
          and c2.relative_id = c.relative_id and c2.cancelled_at is null) \
         order by r.display_name",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    let flag = |row: &sqlx::any::AnyRow, name: &str| -> Result<bool, StorageError> {
        Ok(row.try_get::<i64, _>(name)? != 0)
    };
    rows.iter()
        .map(|row| {
            Ok(RelativeOut {
                name: row.try_get("name")?,
                read_plan: flag(row, "may_read_plan")?,
                write_plan: flag(row, "may_write_plan")?,
                see_money: flag(row, "may_see_money")?,
            })
        })
        .collect()
}

/// Everything of the client.
pub async fn everything(
    conn: &mut AnyConnection,
    backend: Backend,
    client_id: ClientId,
    name: String,
) -> Result<MyData, StorageError> {
    let mut tables = Vec::new();
    for table in client_tables(conn, backend).await? {
        let rows = table_rows(conn, &table, client_id).await?;
        tables.push(TableOut { table, rows });
    }
    let log = access_log::all_for_client(conn, client_id)
        .await?
        .into_iter()
        .map(|r| LogLine {
            at: r.entry.at_utc,
            actor_kind: r.entry.actor_kind,
            actor_name: r.entry.actor_name,
            event: r.entry.event,
            denied: r.entry.basis.is_none(),
            assisted: r.entry.acting_for.is_some(),
            reason: r.entry.reason,
        })
        .collect();
    Ok(MyData {
        name,
        made_at: now_ms(),
        plan_versions: plan_versions(conn, client_id).await?,
        relatives: relatives(conn, client_id).await?,
        log,
        tables,
    })
}
