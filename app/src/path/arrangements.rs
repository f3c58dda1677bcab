//! The earlier arrangement of a decision: the services and vouchers the person had before, or
//! an estimate of arranging the same support the traditional way, each with its monthly cost.

use crate::db::{now_ms, StorageError};
use crate::ids::{ClientId, DecisionId, WorkerId};
use crate::money::amount::Cents;
use crate::money::repo::Saved;
use sqlx::AnyConnection;
use sqlx::Row as _;

/// What the person had before (`Before`) or an estimate of the traditional way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Before,
    Estimate,
}

impl Kind {
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Before => "before",
            Kind::Estimate => "estimate",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        [Kind::Before, Kind::Estimate]
            .into_iter()
            .find(|k| k.slug() == text.trim())
    }
}

/// One stored row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub arrangement_id: i64,
    pub decision_id: DecisionId,
    pub what: String,
    pub kind: Kind,
    pub monthly: Cents,
    pub version: i64,
}

/// A row as the worker entered it, already checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    pub what: String,
    pub kind: Kind,
    pub monthly: Cents,
}

/// Every row of the client's decisions.
pub async fn of_client(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<Row>, StorageError> {
    let rows = sqlx::query(
        "select arrangement_id, decision_id, what, kind, monthly_cents, version \
         from earlier_arrangement where client_id = $1 order by arrangement_id",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        let kind: String = r.try_get("kind")?;
        out.push(Row {
            arrangement_id: r.try_get("arrangement_id")?,
            decision_id: r.try_get("decision_id")?,
            what: r.try_get("what")?,
            kind: Kind::parse(&kind).unwrap_or(Kind::Estimate),
            monthly: r.try_get("monthly_cents")?,
            version: r.try_get("version")?,
        });
    }
    Ok(out)
}

/// Adds a row to a decision of the client (`id` None) or changes one, if still at `base`.
pub async fn save(
    conn: &mut AnyConnection,
    client_id: ClientId,
    decision_id: DecisionId,
    id: Option<i64>,
    base: i64,
    input: &Input,
    by: (WorkerId, &str),
) -> Result<Saved<i64>, StorageError> {
    let now = now_ms();
    match id {
        None => {
            let row = sqlx::query(
                "insert into earlier_arrangement (decision_id, client_id, what, kind, \
                 monthly_cents, version, entered_by_id, entered_by_name, created_at) \
                 values ($1, $2, $3, $4, $5, 1, $6, $7, $8) returning arrangement_id",
            )
            .bind(decision_id)
            .bind(client_id)
            .bind(&input.what)
            .bind(input.kind.slug())
            .bind(input.monthly)
            .bind(by.0)
            .bind(by.1)
            .bind(now)
            .fetch_one(&mut *conn)
            .await?;
            Ok(Saved::Saved(row.try_get("arrangement_id")?))
        }
        Some(id) => {
            let changed = sqlx::query(
                "update earlier_arrangement set what = $1, kind = $2, monthly_cents = $3, \
                 version = version + 1, entered_by_id = $4, entered_by_name = $5 \
                 where arrangement_id = $6 and client_id = $7 and decision_id = $8 \
                 and version = $9",
            )
            .bind(&input.what)
            .bind(input.kind.slug())
            .bind(input.monthly)
            .bind(by.0)
            .bind(by.1)
            .bind(id)
            .bind(client_id)
            .bind(decision_id)
            .bind(base)
            .execute(&mut *conn)
            .await?
            .rows_affected();
            Ok(if changed == 1 {
                Saved::Saved(id)
            } else {
                Saved::Conflict
            })
        }
    }
}
