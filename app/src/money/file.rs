//! The finance system's spending file: uploaded, checked row by row and shown to the worker,
//! and written only when the worker confirms it, all rows in one transaction.

use super::import::{self, KnownLine};
use super::service::{refuse, PAGE};
use super::{FieldError, FormState};
use crate::dates::today;
use crate::db::{Db, StorageError};
use crate::forms::refused as refused_forms;
use crate::ids::ClientId;
use crate::money::repo::{self as store, EnteredBy, NewSpending};

/// An uploaded file: every row is checked and kept for the worker to look at. Nothing is
/// written to the spending yet.
pub async fn upload(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    text: &str,
) -> Result<String, StorageError> {
    let Some(decision) =
        store::current_decision(&mut *db.conn().await?, client_id, today()).await?
    else {
        return Ok(PAGE.to_owned());
    };
    let known: Vec<KnownLine> = store::lines(&mut *db.conn().await?, decision.decision_id)
        .await?
        .into_iter()
        .map(|l| KnownLine {
            line_id: l.line_id,
            name: l.name,
        })
        .collect();
    let imported = store::imported_refs(&mut *db.conn().await?, client_id).await?;
    let ctx = import::Context {
        lines: &known,
        period_start: decision.period_start,
        period_end: decision.period_end,
        imported: &imported,
    };
    match import::read(text, &ctx) {
        Ok(rows) => {
            let pending = store::PendingImport {
                client_id,
                decision_id: decision.decision_id,
                rows_json: serde_json::to_string(&rows)?,
            };
            let mut tx = db.write().await?;
            refused_forms::clear_refused(&mut tx, session_id, client_id, "import").await?;
            store::put_import(&mut tx, session_id, &pending).await?;
            tx.commit().await?;
            Ok(format!("{PAGE}#import"))
        }
        Err(problem) => {
            let error = match problem {
                import::FileProblem::Empty => FieldError::FileEmpty,
                import::FileProblem::Header => FieldError::FileHeader,
            };
            let errors = vec![("file".to_owned(), error)];
            refuse(
                db,
                session_id,
                client_id,
                "import",
                FormState::default(),
                errors,
                "import",
            )
            .await
        }
    }
}

/// Writes the good rows of the file the worker looked at; returns how many were written.
/// The same file twice writes nothing the second time (the finance system's ids are unique).
pub async fn confirm_import(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    by: &EnteredBy,
) -> Result<String, StorageError> {
    let Some(pending) = store::get_import(&mut *db.conn().await?, session_id)
        .await?
        .filter(|p| p.client_id == client_id)
    else {
        return Ok(PAGE.to_owned());
    };
    let rows: Vec<import::Row> = serde_json::from_str(&pending.rows_json)?;
    // The whole file or nothing: a failure half-way must not leave half a file written.
    let mut tx = db.write().await?;
    let mut written = 0;
    for row in rows.iter().filter(|r| r.problem.is_none()) {
        let (Some(spent_on), Some(amount_cents), Some(line_id)) =
            (row.spent_on, row.amount_cents, row.line_id)
        else {
            continue;
        };
        let entry = NewSpending {
            client_id,
            decision_id: pending.decision_id,
            line_id,
            spent_on,
            amount_cents,
            description: row.description.clone(),
            source: "import",
            import_ref: Some(row.reference.clone()),
            reverses: None,
            idem: None,
        };
        if store::add_spending(&mut tx, &entry, by).await? {
            written += 1;
        }
    }
    store::drop_import(&mut tx, session_id).await?;
    tx.commit().await?;
    Ok(format!("{PAGE}?imported={written}#import"))
}
