//! Support lines of a decision and the wishes of the plan each one serves.

use super::repo::Saved;
use super::Arrangement;
use crate::db::{now_ms, StorageError};
use crate::ids::{DecisionId, LineId};
use crate::money::amount::Cents;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;
use sqlx::Row;

/// A wish of the plan that a support line serves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wish {
    pub section: String,
    /// The plan item's stable id (see `plan::content::PlanItem`).
    pub item_id: String,
    /// The item's place when linked.
    pub item_index: i64,
    /// The item's words when linked, or a card's word id (`card-…`).
    pub item_text: String,
}

/// A support line with the wishes it serves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub line_id: LineId,
    pub name: String,
    pub amount_cents: Cents,
    pub arrangement: Arrangement,
    pub version: i64,
    pub wishes: Vec<Wish>,
}

/// What a worker enters for a support line, already checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineInput {
    pub name: String,
    pub amount_cents: Cents,
    pub arrangement: Arrangement,
    pub wishes: Vec<Wish>,
}

/// The support lines of a decision, in the order they were added.
pub async fn lines(
    conn: &mut AnyConnection,
    decision_id: DecisionId,
) -> Result<Vec<Line>, StorageError> {
    let rows = sqlx::query(
        "select line_id, name, amount_cents, arrangement, version from support_line \
         where decision_id = $1 order by line_id",
    )
    .bind(decision_id)
    .fetch_all(&mut *conn)
    .await?;
    // The wishes of every line in one statement, not one per line.
    let mut wishes = std::collections::HashMap::<LineId, Vec<Wish>>::new();
    let wish_rows = sqlx::query(
        "select w.line_id, w.section, w.item_id, w.item_index, w.item_text \
         from support_line_wish w join support_line l on l.line_id = w.line_id \
         where l.decision_id = $1 order by w.line_id, w.section, w.item_index",
    )
    .bind(decision_id)
    .fetch_all(&mut *conn)
    .await?;
    for w in wish_rows {
        let item_index: i64 = w.try_get("item_index")?;
        let item_id: Option<String> = w.try_get("item_id")?;
        wishes.entry(w.try_get("line_id")?).or_default().push(Wish {
            section: w.try_get("section")?,
            item_id: item_id.unwrap_or_else(|| item_index.to_string()),
            item_index,
            item_text: w.try_get("item_text")?,
        });
    }
    let mut list = Vec::new();
    for r in rows {
        let line_id: LineId = r.try_get("line_id")?;
        let wishes = wishes.remove(&line_id).unwrap_or_default();
        list.push(Line {
            line_id,
            name: r.try_get("name")?,
            amount_cents: r.try_get("amount_cents")?,
            arrangement: {
                let text: String = r.try_get("arrangement")?;
                Arrangement::parse(&text).ok_or_else(|| {
                    StorageError::Unknown(format!("support_line.arrangement: {text}"))
                })?
            },
            version: r.try_get("version")?,
            wishes,
        });
    }
    Ok(list)
}

/// Adds a line (`line_id` None) or changes one of this decision's, if still at `base_version`.
pub async fn save_line(
    conn: &mut AnyConnection,
    decision_id: DecisionId,
    line_id: Option<LineId>,
    base_version: i64,
    input: &LineInput,
) -> Result<Saved<LineId>, StorageError> {
    // The line and its wishes change together: never a line that serves no wish.
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let id = match line_id {
        None => {
            let row = sqlx::query(
                "insert into support_line (decision_id, name, amount_cents, arrangement, version, \
                 created_at) values ($1, $2, $3, $4, 1, $5) returning line_id",
            )
            .bind(decision_id)
            .bind(&input.name)
            .bind(input.amount_cents)
            .bind(input.arrangement.as_str())
            .bind(now_ms())
            .fetch_one(&mut *tx)
            .await?;
            row.try_get("line_id")?
        }
        Some(id) => {
            let result = sqlx::query(
                "update support_line set name = $1, amount_cents = $2, arrangement = $3, \
                 version = version + 1 where line_id = $4 and decision_id = $5 and version = $6",
            )
            .bind(&input.name)
            .bind(input.amount_cents)
            .bind(input.arrangement.as_str())
            .bind(id)
            .bind(decision_id)
            .bind(base_version)
            .execute(&mut *tx)
            .await?;
            if result.rows_affected() != 1 {
                return Ok(Saved::Conflict);
            }
            id
        }
    };
    sqlx::query("delete from support_line_wish where line_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    for wish in &input.wishes {
        sqlx::query(
            "insert into support_line_wish (line_id, section, item_id, item_index, item_text) \
             values ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(&wish.section)
        .bind(&wish.item_id)
        .bind(wish.item_index)
        .bind(&wish.item_text)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(Saved::Saved(id))
}
