//! My data to take with me (issue 14; GDPR article 20, the Client Data Act): the client, and
//! no one else, downloads all of their own data as a printable page made on the server and
//! as JSON. Besides the readable parts (plan versions, relatives and their rights, the access
//! log), every table with a `client_id` column is read generically from the database's own
//! table list, so a table added later is in the download without code changes. Each download
//! is a row in the client's access log.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

use crate::plan::content::PlanContent;
use serde::{Deserialize, Serialize};

/// One saved plan version, read back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanVersionOut {
    pub version_no: i64,
    pub saved_at: i64,
    pub saved_by: String,
    pub content: PlanContent,
}

/// A relative and the rights the client gave them now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelativeOut {
    pub name: String,
    pub read_plan: bool,
    pub write_plan: bool,
    pub see_money: bool,
}

/// One stored row as column name and value (text, a whole number or empty).
pub type RowOut = Vec<(String, serde_json::Value)>;

/// Every row of one table that belongs to the client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableOut {
    pub table: String,
    pub rows: Vec<RowOut>,
}

/// Everything of one client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyData {
    pub name: String,
    pub made_at: i64,
    pub plan_versions: Vec<PlanVersionOut>,
    pub relatives: Vec<RelativeOut>,
    pub log: Vec<crate::access::api::LogLine>,
    pub tables: Vec<TableOut>,
}

/// Columns never given out: hashes of codes, PINs and sessions, and form keys. They are
/// secrets of the sign-in, not information about the person.
pub fn is_secret_column(name: &str) -> bool {
    name.ends_with("_hash") || name == "idem_key" || name.ends_with("_token")
}

/// The JSON document: the readable parts and every table, rows as objects.
pub fn to_json(data: &MyData) -> serde_json::Value {
    let tables: serde_json::Map<String, serde_json::Value> = data
        .tables
        .iter()
        .map(|t| {
            let rows: Vec<serde_json::Value> = t
                .rows
                .iter()
                .map(|r| serde_json::Value::Object(r.iter().cloned().collect()))
                .collect();
            (t.table.clone(), serde_json::Value::Array(rows))
        })
        .collect();
    serde_json::json!({
        "format": "sopiva-my-data-1",
        "name": data.name,
        "made_at_utc_ms": data.made_at,
        "plan_versions": data.plan_versions,
        "relatives": data.relatives,
        "access_log": data.log,
        "tables": tables,
    })
}
