//! The circle of support in storage. Each person has a version; every write names the
//! version its form was made from and claims the form's key in the same transaction, so a
//! double tap writes once and a second editor is refused. Removed people are only marked.

use super::closeness::Closeness;
use super::person::{CirclePerson, PersonInput};
use crate::db::{now_ms, StorageError};
use crate::forms::idempotency;
use crate::ids::ClientId;
use crate::plan::actor::Actor;
use sqlx::{AnyConnection, Row};

/// One write to the circle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    Add(PersonInput),
    Change(i64, PersonInput),
    Remove(i64),
    /// The person's help cards, all of them, in order.
    Helps(i64, Vec<String>),
}

/// What happened to a write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Written; the person's id.
    Saved(i64),
    Replayed(String),
    Conflict,
}

fn person_from(row: &sqlx::any::AnyRow) -> Result<CirclePerson, StorageError> {
    let closeness: String = row.try_get("closeness")?;
    let helps: String = row.try_get("helps_with")?;
    Ok(CirclePerson {
        person_id: row.try_get("person_id")?,
        name: row.try_get("name")?,
        closeness: Closeness::parse(&closeness).ok_or(StorageError::Unknown(closeness))?,
        helps_with: helps
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        version: row.try_get("version")?,
    })
}

/// The client's circle, nearest ring first, then in the order added.
pub async fn people(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<CirclePerson>, StorageError> {
    let rows = sqlx::query(
        "select person_id, name, closeness, helps_with, version from circle_person \
         where client_id = $1 and removed_at is null order by person_id",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut people = rows
        .iter()
        .map(person_from)
        .collect::<Result<Vec<_>, _>>()?;
    people.sort_by_key(|p| p.closeness);
    Ok(people)
}

/// Applies one write, all of it or nothing (the caller's transaction).
pub async fn write(
    conn: &mut AnyConnection,
    client_id: ClientId,
    version: i64,
    (idem, destination): (&str, &str),
    by: &Actor,
    write: &Write,
) -> Result<Outcome, StorageError> {
    let now = now_ms();
    if let Some(previous) = idempotency::claim(&mut *conn, idem, client_id, now).await? {
        return Ok(Outcome::Replayed(previous));
    }
    let row = match write {
        Write::Add(input) => {
            sqlx::query(
                "insert into circle_person (client_id, name, closeness, version, created_at, \
             updated_at, updated_by_role, updated_by_name) values ($1, $2, $3, 1, $4, $4, $5, $6) \
             returning person_id",
            )
            .bind(client_id)
            .bind(input.name.clone())
            .bind(input.closeness.as_str())
            .bind(now)
            .bind(by.role.as_str())
            .bind(by.name.clone())
            .fetch_optional(&mut *conn)
            .await?
        }
        Write::Change(id, input) => {
            sqlx::query(
                "update circle_person set name = $1, closeness = $2, version = version + 1, \
             updated_at = $3, updated_by_role = $4, updated_by_name = $5 \
             where person_id = $6 and client_id = $7 and version = $8 and removed_at is null \
             returning person_id",
            )
            .bind(input.name.clone())
            .bind(input.closeness.as_str())
            .bind(now)
            .bind(by.role.as_str())
            .bind(by.name.clone())
            .bind(*id)
            .bind(client_id)
            .bind(version)
            .fetch_optional(&mut *conn)
            .await?
        }
        Write::Remove(id) => sqlx::query(
            "update circle_person set removed_at = $1, version = version + 1, updated_at = $1, \
             updated_by_role = $2, updated_by_name = $3 \
             where person_id = $4 and client_id = $5 and version = $6 and removed_at is null \
             returning person_id",
        )
        .bind(now)
        .bind(by.role.as_str())
        .bind(by.name.clone())
        .bind(*id)
        .bind(client_id)
        .bind(version)
        .fetch_optional(&mut *conn)
        .await?,
        Write::Helps(id, cards) => sqlx::query(
            "update circle_person set helps_with = $1, version = version + 1, updated_at = $2, \
             updated_by_role = $3, updated_by_name = $4 \
             where person_id = $5 and client_id = $6 and version = $7 and removed_at is null \
             returning person_id",
        )
        .bind(cards.join(","))
        .bind(now)
        .bind(by.role.as_str())
        .bind(by.name.clone())
        .bind(*id)
        .bind(client_id)
        .bind(version)
        .fetch_optional(&mut *conn)
        .await?,
    };
    let Some(row) = row else {
        return Ok(Outcome::Conflict);
    };
    let person_id: i64 = row.try_get("person_id")?;
    let destination = destination.replace("{id}", &person_id.to_string());
    idempotency::finish(&mut *conn, idem, &destination).await?;
    Ok(Outcome::Saved(person_id))
}
