//! The role map's data: the circle, the workers with the client on their caseload, and the
//! support lines of the current budget decision. Nothing is typed twice: all of it is read
//! from where it is kept.

use super::view::{LineRole, RolesData};
use crate::db::{Db, StorageError};
use crate::ids::ClientId;
use sqlx::Row;

/// The names of the workers with the client on their caseload.
pub async fn workers(db: &Db, client_id: ClientId) -> Result<Vec<String>, StorageError> {
    let rows = sqlx::query(
        "select w.display_name from caseload c join worker w on w.worker_id = c.worker_id \
         where c.client_id = $1 order by w.display_name",
    )
    .bind(client_id)
    .fetch_all(&mut *db.conn().await?)
    .await?;
    rows.iter()
        .map(|r| Ok(r.try_get("display_name")?))
        .collect()
}

/// The support lines of the current decision, with how each is arranged.
pub async fn lines(db: &Db, client_id: ClientId) -> Result<Vec<LineRole>, StorageError> {
    let today = crate::dates::today();
    let Some(decision) =
        crate::money::repo::current_decision(&mut *db.conn().await?, client_id, today).await?
    else {
        return Ok(Vec::new());
    };
    let lines = crate::money::lines::lines(&mut *db.conn().await?, decision.decision_id).await?;
    Ok(lines
        .into_iter()
        .map(|l| LineRole {
            name: l.name,
            arrangement: l.arrangement,
        })
        .collect())
}

/// Everything the role map shows; `with_lines`: the person may see the money.
pub async fn roles(
    db: &Db,
    on: &crate::wellbeing::service::Writer,
    client_name: String,
    with_lines: bool,
    lang: crate::i18n::Lang,
) -> Result<RolesData, StorageError> {
    Ok(RolesData {
        client_name,
        rings: super::service::rings(db, on, lang).await?,
        workers: workers(db, on.client_id).await?,
        lines: if with_lines {
            lines(db, on.client_id).await?
        } else {
            Vec::new()
        },
    })
}
