//! Marks and disagreements as stored. A mark is replaced when its statement is saved again;
//! a disagreement is only ever added (the database refuses changes and deletes).

use super::{Disagreement, Mark, Said};
use crate::db::{now_ms, StorageError};
use crate::ids::ClientId;
use crate::plan::actor::{Actor, ActorRole};
use sqlx::AnyConnection;
use sqlx::Row;

/// A mark to store with a statement being saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMark {
    pub said: Said,
    pub by: Actor,
    /// The supported session it was said in.
    pub session: Option<i64>,
}

/// Stores the mark of the statement at (`scope`, `item`), inside the statement's own write.
pub async fn put(
    conn: &mut AnyConnection,
    client_id: ClientId,
    scope: &str,
    item: &str,
    mark: &NewMark,
) -> Result<(), StorageError> {
    sqlx::query(
        "insert into statement_mark (client_id, scope, item, said, by_role, by_name, \
         supported_session_id, marked_at) values ($1, $2, $3, $4, $5, $6, $7, $8) \
         on conflict (client_id, scope, item) do update set said = excluded.said, \
         by_role = excluded.by_role, by_name = excluded.by_name, \
         supported_session_id = excluded.supported_session_id, marked_at = excluded.marked_at",
    )
    .bind(client_id)
    .bind(scope)
    .bind(item)
    .bind(mark.said.as_str())
    .bind(mark.by.role.as_str())
    .bind(&mark.by.name)
    .bind(mark.session)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Copies the draft's marks and disagreements to a newly saved version (same transaction).
pub async fn copy_to(
    conn: &mut AnyConnection,
    client_id: ClientId,
    from: &str,
    to: &str,
) -> Result<(), StorageError> {
    sqlx::query(
        "insert into statement_mark (client_id, scope, item, said, by_role, by_name, \
         supported_session_id, marked_at) select client_id, $3, item, said, by_role, by_name, \
         supported_session_id, marked_at from statement_mark where client_id = $1 and scope = $2",
    )
    .bind(client_id)
    .bind(from)
    .bind(to)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "insert into statement_disagreement (client_id, scope, item, words, created_at) \
         select client_id, $3, item, words, created_at from statement_disagreement \
         where client_id = $1 and scope = $2",
    )
    .bind(client_id)
    .bind(from)
    .bind(to)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

fn mark_of(row: &sqlx::any::AnyRow) -> Result<Mark, StorageError> {
    let said: String = row.try_get("said")?;
    let role: String = row.try_get("by_role")?;
    let session: Option<i64> = row.try_get("supported_session_id")?;
    Ok(Mark {
        scope: row.try_get("scope")?,
        item: row.try_get("item")?,
        said: Said::parse(&said)
            .ok_or_else(|| StorageError::Unknown(format!("statement_mark.said: {said}")))?,
        by: Actor {
            role: ActorRole::parse(&role)
                .ok_or_else(|| StorageError::Unknown(format!("statement_mark.by_role: {role}")))?,
            name: row.try_get("by_name")?,
        },
        in_session: session.is_some(),
        marked_at: row.try_get("marked_at")?,
        disagreements: Vec::new(),
    })
}

/// The marks of one scope, each with the client's disagreements, oldest first.
pub async fn marks(
    conn: &mut AnyConnection,
    client_id: ClientId,
    scope: &str,
) -> Result<Vec<Mark>, StorageError> {
    let rows = sqlx::query(
        "select scope, item, said, by_role, by_name, supported_session_id, marked_at \
         from statement_mark where client_id = $1 and scope = $2 order by item",
    )
    .bind(client_id)
    .bind(scope)
    .fetch_all(&mut *conn)
    .await?;
    let mut marks = rows.iter().map(mark_of).collect::<Result<Vec<_>, _>>()?;
    let rows = sqlx::query(
        "select item, words, created_at from statement_disagreement \
         where client_id = $1 and scope = $2 order by disagreement_id",
    )
    .bind(client_id)
    .bind(scope)
    .fetch_all(&mut *conn)
    .await?;
    for row in rows {
        let item: String = row.try_get("item")?;
        if let Some(mark) = marks.iter_mut().find(|m| m.item == item) {
            mark.disagreements.push(Disagreement {
                words: row.try_get("words")?,
                at: row.try_get("created_at")?,
            });
        }
    }
    Ok(marks)
}

/// The marks made in one supported session, where they were made: the draft, follow-ups and
/// surveys (a saved version holds copies of the draft's).
pub async fn marks_in_session(
    conn: &mut AnyConnection,
    client_id: ClientId,
    session: i64,
) -> Result<Vec<Mark>, StorageError> {
    let rows = sqlx::query(
        "select scope, item, said, by_role, by_name, supported_session_id, marked_at \
         from statement_mark where client_id = $1 and scope not like 'v%' \
         and supported_session_id = $2 order by marked_at",
    )
    .bind(client_id)
    .bind(session)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(mark_of).collect()
}

/// What adding a disagreement did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DisagreeOutcome {
    Added,
    /// This form was already sent; here is where the first sending led.
    Replayed(String),
    /// The statement was saved again after the page was made (or it is the client's own).
    Changed,
}

/// Adds the client's disagreement with the statement at (`scope`, `item`) as it was at
/// `seen_at`. On the newest version the draft's same statement gets it too, so it carries on
/// into the next version.
#[allow(clippy::too_many_arguments)]
pub async fn disagree(
    conn: &mut AnyConnection,
    client_id: ClientId,
    scope: &str,
    item: &str,
    seen_at: i64,
    words: &str,
    idem_key: &str,
    destination: &str,
) -> Result<DisagreeOutcome, StorageError> {
    let now = now_ms();
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    if let Some(previous) =
        crate::forms::idempotency::claim(&mut tx, idem_key, client_id, now).await?
    {
        tx.rollback().await?;
        return Ok(DisagreeOutcome::Replayed(previous));
    }
    let current = current_mark(&mut tx, client_id, scope, item).await?;
    let Some((marked_at, role)) = current else {
        tx.rollback().await?;
        return Ok(DisagreeOutcome::Changed);
    };
    if marked_at != seen_at || role == ActorRole::Client.as_str() {
        // The key stays unclaimed: the client may send the same words again after reading.
        tx.rollback().await?;
        return Ok(DisagreeOutcome::Changed);
    }
    let mut scopes = vec![scope.to_owned()];
    if scope.starts_with('v')
        && current_mark(&mut tx, client_id, "draft", item).await? == Some((marked_at, role))
    {
        scopes.push("draft".to_owned());
    }
    for scope in scopes {
        sqlx::query(
            "insert into statement_disagreement (client_id, scope, item, words, created_at) \
             values ($1, $2, $3, $4, $5)",
        )
        .bind(client_id)
        .bind(scope)
        .bind(item)
        .bind(words)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    crate::forms::idempotency::finish(&mut tx, idem_key, destination).await?;
    tx.commit().await?;
    Ok(DisagreeOutcome::Added)
}

async fn current_mark(
    conn: &mut AnyConnection,
    client_id: ClientId,
    scope: &str,
    item: &str,
) -> Result<Option<(i64, String)>, StorageError> {
    let row = sqlx::query(
        "select marked_at, by_role from statement_mark \
         where client_id = $1 and scope = $2 and item = $3",
    )
    .bind(client_id)
    .bind(scope)
    .bind(item)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        Some(r) => Some((r.try_get("marked_at")?, r.try_get("by_role")?)),
        None => None,
    })
}
