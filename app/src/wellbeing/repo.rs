//! Rounds and answers in storage. Every write to a round names the version it was made from
//! and claims the form's key in the same transaction: a double tap writes once, a second
//! editor is refused, and a finished round is never written again.

use super::items::{Item, RoundKind};
use super::round::{Answerer, Round, Support};
use super::scale::Score;
use crate::db::{now_ms, StorageError};
use crate::forms::idempotency;
use crate::ids::{ClientId, DecisionId};
use crate::plan::actor::{Actor, ActorRole};
use sqlx::{AnyConnection, Row};

/// One write to a round.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    Answer(Item, Score),
    Comment(Option<String>),
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
    /// The round is finished; nothing was written.
    Locked,
}

/// Where a round is: which one it is, and the form's version and key.
#[derive(Clone, Debug)]
pub struct Target<'a> {
    pub client_id: ClientId,
    pub decision_id: DecisionId,
    pub kind: RoundKind,
    pub version: i64,
    pub idem: &'a str,
    pub destination: &'a str,
}

fn round_from(row: &sqlx::any::AnyRow) -> Result<Round, StorageError> {
    let kind: String = row.try_get("kind")?;
    let kind = RoundKind::from_slug(&kind).ok_or_else(|| StorageError::Unknown(kind))?;
    let role: Option<String> = row.try_get("answered_by_role")?;
    let support: Option<String> = row.try_get("support")?;
    let answered_by = match (role, support) {
        (Some(role), Some(support)) => Some(Answerer {
            actor: Actor {
                role: ActorRole::parse(&role).ok_or(StorageError::Unknown(role))?,
                name: row.try_get("answered_by_name")?,
            },
            support: Support::parse(&support).ok_or(StorageError::Unknown(support))?,
        }),
        _ => None,
    };
    Ok(Round {
        round_id: row.try_get("round_id")?,
        decision_id: row.try_get("decision_id")?,
        kind,
        version: row.try_get("version")?,
        answers: Default::default(),
        comment: row.try_get("comment")?,
        answered_by,
        finished_at: row.try_get("finished_at")?,
    })
}

/// The rounds of one decision's period, with their answers.
pub async fn rounds(
    conn: &mut AnyConnection,
    client_id: ClientId,
    decision_id: DecisionId,
) -> Result<Vec<Round>, StorageError> {
    let rows = sqlx::query(
        "select round_id, decision_id, kind, version, comment, answered_by_role, \
         answered_by_name, support, finished_at from wellbeing_round \
         where client_id = $1 and decision_id = $2 order by round_id",
    )
    .bind(client_id)
    .bind(decision_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut rounds = rows.iter().map(round_from).collect::<Result<Vec<_>, _>>()?;
    let answers = sqlx::query(
        "select a.round_id, a.item, a.score from wellbeing_answer a \
         join wellbeing_round r on r.round_id = a.round_id \
         where r.client_id = $1 and r.decision_id = $2",
    )
    .bind(client_id)
    .bind(decision_id)
    .fetch_all(&mut *conn)
    .await?;
    for row in answers {
        let round_id: i64 = row.try_get("round_id")?;
        let item: String = row.try_get("item")?;
        let item = Item::from_slug(&item).ok_or(StorageError::Unknown(item))?;
        let score: i64 = row.try_get("score")?;
        let score = Score::from_i64(score).ok_or(StorageError::Unknown(score.to_string()))?;
        if let Some(round) = rounds.iter_mut().find(|r| r.round_id == round_id) {
            round.answers.insert(item, score);
        }
    }
    Ok(rounds)
}

/// Raises the round's version if it is still at `target.version` and open; creates it at
/// version 1 when the form was made before it existed. The round's id, or why not.
async fn take_round(
    conn: &mut AnyConnection,
    t: &Target<'_>,
) -> Result<Result<i64, Outcome>, StorageError> {
    let now = now_ms();
    let find = "select round_id, version, finished_at from wellbeing_round \
                where client_id = $1 and decision_id = $2 and kind = $3";
    let row = sqlx::query(find)
        .bind(t.client_id)
        .bind(t.decision_id)
        .bind(t.kind.slug())
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else {
        if t.version != 0 {
            return Ok(Err(Outcome::Conflict));
        }
        // Two first answers at once: the second finds the round made and is told so.
        let row = sqlx::query(
            "insert into wellbeing_round (client_id, decision_id, kind, version, created_at, \
             updated_at) values ($1, $2, $3, 1, $4, $4) \
             on conflict (client_id, decision_id, kind) do nothing returning round_id",
        )
        .bind(t.client_id)
        .bind(t.decision_id)
        .bind(t.kind.slug())
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?;
        return Ok(match row {
            Some(row) => Ok(row.try_get("round_id")?),
            None => Err(Outcome::Conflict),
        });
    };
    let round_id: i64 = row.try_get("round_id")?;
    let finished: Option<i64> = row.try_get("finished_at")?;
    if finished.is_some() {
        return Ok(Err(Outcome::Locked));
    }
    let raised = sqlx::query(
        "update wellbeing_round set version = version + 1, updated_at = $1 \
         where round_id = $2 and version = $3 and finished_at is null",
    )
    .bind(now)
    .bind(round_id)
    .bind(t.version)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(if raised == 1 {
        Ok(round_id)
    } else {
        Err(Outcome::Conflict)
    })
}

/// Applies one write to a round, all of it or nothing (the caller's transaction).
pub async fn write(
    conn: &mut AnyConnection,
    t: &Target<'_>,
    write: &Write,
) -> Result<Outcome, StorageError> {
    if let Some(previous) = idempotency::claim(&mut *conn, t.idem, t.client_id, now_ms()).await? {
        return Ok(Outcome::Replayed(previous));
    }
    let round_id = match take_round(&mut *conn, t).await? {
        Ok(id) => id,
        Err(outcome) => return Ok(outcome),
    };
    let query = match write {
        Write::Answer(item, score) => sqlx::query(
            "insert into wellbeing_answer (round_id, item, score) values ($1, $2, $3) \
             on conflict (round_id, item) do update set score = excluded.score",
        )
        .bind(round_id)
        .bind(item.slug())
        .bind(score.value()),
        Write::Comment(comment) => {
            sqlx::query("update wellbeing_round set comment = $1 where round_id = $2")
                .bind(comment.clone())
                .bind(round_id)
        }
        Write::Finish(by) => sqlx::query(
            "update wellbeing_round set finished_at = $1, answered_by_role = $2, \
             answered_by_name = $3, support = $4 where round_id = $5",
        )
        .bind(now_ms())
        .bind(by.actor.role.as_str())
        .bind(by.actor.name.clone())
        .bind(by.support.as_str())
        .bind(round_id),
    };
    query.execute(&mut *conn).await?;
    if matches!(write, Write::Finish(_)) {
        crate::figures::totals::store_change(&mut *conn, t.decision_id).await?;
    }
    idempotency::finish(&mut *conn, t.idem, t.destination).await?;
    Ok(Outcome::Saved)
}
