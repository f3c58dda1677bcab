//! Sorts and their cards in storage. Every write names the sort's version it was made from
//! and claims the form's key in the same transaction: a double tap writes once and a second
//! editor is refused.

use super::place::Place;
use super::sort::Sort;
use crate::db::{now_ms, StorageError};
use crate::forms::idempotency;
use crate::ids::ClientId;
use crate::plan::actor::{Actor, ActorRole};
use crate::wellbeing::round::{Answerer, Support};
use sqlx::{AnyConnection, Row};

/// One write to a sort.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// Put a card on a place (first time or moved); opens a finished sort again.
    Place(String, Place),
    /// The client says the mat is ready: it becomes their view in the plan.
    Finish(Answerer),
}

/// What happened to a write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Saved,
    /// The same form was sent before; where it led.
    Replayed(String),
    /// Someone else saved first; nothing was written.
    Conflict,
}

/// Which sort a write goes to, with the form's version and key.
#[derive(Clone, Debug)]
pub struct Target<'a> {
    pub client_id: ClientId,
    pub topic: &'a str,
    pub version: i64,
    pub idem: &'a str,
    pub destination: &'a str,
}

fn sort_from(row: &sqlx::any::AnyRow) -> Result<Sort, StorageError> {
    let role: Option<String> = row.try_get("supported_by_role")?;
    let support: Option<String> = row.try_get("support")?;
    let finished_by = match (role, support) {
        (Some(role), Some(support)) => Some(Answerer {
            actor: Actor {
                role: ActorRole::parse(&role).ok_or(StorageError::Unknown(role))?,
                name: row.try_get("supported_by_name")?,
            },
            support: Support::parse(&support).ok_or(StorageError::Unknown(support))?,
        }),
        _ => None,
    };
    Ok(Sort {
        sort_id: row.try_get("sort_id")?,
        topic: row.try_get("topic")?,
        version: row.try_get("version")?,
        cards: Default::default(),
        finished_by,
        finished_at: row.try_get("finished_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Every sort of a client, with its cards.
pub async fn sorts(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<Sort>, StorageError> {
    let rows = sqlx::query(
        "select sort_id, topic, version, supported_by_role, supported_by_name, support, \
         finished_at, updated_at from mat_sort where client_id = $1 order by sort_id",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut sorts = rows.iter().map(sort_from).collect::<Result<Vec<_>, _>>()?;
    let cards = sqlx::query(
        "select c.sort_id, c.card, c.place from mat_card c \
         join mat_sort s on s.sort_id = c.sort_id where s.client_id = $1",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    for row in cards {
        let sort_id: i64 = row.try_get("sort_id")?;
        let place: String = row.try_get("place")?;
        let place = Place::parse(&place).ok_or(StorageError::Unknown(place))?;
        if let Some(sort) = sorts.iter_mut().find(|s| s.sort_id == sort_id) {
            sort.cards.insert(row.try_get("card")?, place);
        }
    }
    Ok(sorts)
}

/// Raises the sort's version if it is still at `t.version`; makes it at version 1 when the
/// form was made before it existed. The sort's id, or `None`: someone else saved first.
async fn take_sort(conn: &mut AnyConnection, t: &Target<'_>) -> Result<Option<i64>, StorageError> {
    let now = now_ms();
    if t.version == 0 {
        // Two first presses at once: the second finds the sort made and is told so.
        let row = sqlx::query(
            "insert into mat_sort (client_id, topic, version, created_at, updated_at) \
             values ($1, $2, 1, $3, $3) on conflict (client_id, topic) do nothing \
             returning sort_id",
        )
        .bind(t.client_id)
        .bind(t.topic)
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?;
        return Ok(row.map(|r| r.try_get("sort_id")).transpose()?);
    }
    let row = sqlx::query(
        "update mat_sort set version = version + 1, updated_at = $1 \
         where client_id = $2 and topic = $3 and version = $4 returning sort_id",
    )
    .bind(now)
    .bind(t.client_id)
    .bind(t.topic)
    .bind(t.version)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| r.try_get("sort_id")).transpose()?)
}

/// Applies one write to a sort, all of it or nothing (the caller's transaction).
pub async fn write(
    conn: &mut AnyConnection,
    t: &Target<'_>,
    write: &Write,
) -> Result<Outcome, StorageError> {
    if let Some(previous) = idempotency::claim(&mut *conn, t.idem, t.client_id, now_ms()).await? {
        return Ok(Outcome::Replayed(previous));
    }
    let Some(sort_id) = take_sort(&mut *conn, t).await? else {
        return Ok(Outcome::Conflict);
    };
    match write {
        Write::Place(card, place) => {
            sqlx::query(
                "insert into mat_card (sort_id, card, place) values ($1, $2, $3) \
                 on conflict (sort_id, card) do update set place = excluded.place",
            )
            .bind(sort_id)
            .bind(card.as_str())
            .bind(place.as_str())
            .execute(&mut *conn)
            .await?;
            sqlx::query(
                "update mat_sort set finished_at = null, supported_by_role = null, \
                 supported_by_name = null, support = null where sort_id = $1",
            )
            .bind(sort_id)
            .execute(&mut *conn)
            .await?;
        }
        Write::Finish(by) => {
            sqlx::query(
                "update mat_sort set finished_at = $1, supported_by_role = $2, \
                 supported_by_name = $3, support = $4 where sort_id = $5",
            )
            .bind(now_ms())
            .bind(by.actor.role.as_str())
            .bind(by.actor.name.clone())
            .bind(by.support.as_str())
            .bind(sort_id)
            .execute(&mut *conn)
            .await?;
        }
    }
    idempotency::finish(&mut *conn, t.idem, t.destination).await?;
    Ok(Outcome::Saved)
}
