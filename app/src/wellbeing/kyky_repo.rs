//! Kykyviisari results in storage: added, never changed.

use super::kykyviisari::KykyResult;
use super::kykyviisari::KykyView;
use crate::db::{date_of, now_ms, stored_date, StorageError};
use crate::ids::{ClientId, WorkerId};
use sqlx::{AnyConnection, Row};

/// Adds a result typed by a worker.
pub async fn add(
    conn: &mut AnyConnection,
    client_id: ClientId,
    result: &KykyResult,
    by: WorkerId,
    by_name: &str,
) -> Result<(), StorageError> {
    let [mental, social, physical, skills, everyday] = result.areas;
    sqlx::query(
        "insert into kykyviisari_result (client_id, taken_on, overall, mental, social, physical, \
         skills, everyday, entered_by_id, entered_by_name, created_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(client_id)
    .bind(stored_date(result.taken_on))
    .bind(result.overall)
    .bind(mental)
    .bind(social)
    .bind(physical)
    .bind(skills)
    .bind(everyday)
    .bind(by.0)
    .bind(by_name)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The client's results, newest first.
pub async fn list(
    conn: &mut AnyConnection,
    client_id: ClientId,
) -> Result<Vec<KykyView>, StorageError> {
    let rows = sqlx::query(
        "select taken_on, overall, mental, social, physical, skills, everyday, entered_by_name \
         from kykyviisari_result where client_id = $1 order by taken_on desc, result_id desc",
    )
    .bind(client_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(KykyView {
                taken_on: date_of(r, "taken_on")?,
                overall: r.try_get("overall")?,
                areas: [
                    r.try_get("mental")?,
                    r.try_get("social")?,
                    r.try_get("physical")?,
                    r.try_get("skills")?,
                    r.try_get("everyday")?,
                ],
                entered_by_name: r.try_get("entered_by_name")?,
            })
        })
        .collect()
}
