//! The three kinds of people who sign in (clients, their relatives, workers) and their names.

use super::{now_ms, Db, StorageError};
use serde::{Deserialize, Serialize};
use sqlx::Row;

/// Who a signed-in person is. A relative ("läheinen") is a relative or friend the client chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PersonKind {
    Client,
    Relative,
    Worker,
}

impl PersonKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PersonKind::Client => "client",
            PersonKind::Relative => "relative",
            PersonKind::Worker => "worker",
        }
    }

    pub fn parse(text: &str) -> Option<PersonKind> {
        match text {
            "client" => Some(PersonKind::Client),
            "relative" => Some(PersonKind::Relative),
            "worker" => Some(PersonKind::Worker),
            _ => None,
        }
    }
}

/// A person by kind and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PersonRef {
    pub kind: PersonKind,
    pub id: i64,
}

/// The display name of a person, or `None` if there is no such person.
pub async fn name_of(db: &Db, person: PersonRef) -> Result<Option<String>, StorageError> {
    let sql = match person.kind {
        PersonKind::Client => "select display_name from client where client_id = $1",
        PersonKind::Relative => "select display_name from relative where relative_id = $1",
        PersonKind::Worker => "select display_name from worker where worker_id = $1",
    };
    let row = sqlx::query(sql)
        .bind(person.id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|r| r.try_get("display_name")).transpose()?)
}

/// Adds a relative (their sign-in card is issued separately) and returns their id.
pub async fn create_relative(db: &Db, display_name: &str) -> Result<i64, StorageError> {
    let row = sqlx::query(
        "insert into relative (display_name, created_at) values ($1, $2) returning relative_id",
    )
    .bind(display_name)
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await?;
    Ok(row.try_get("relative_id")?)
}
