//! A creating money form sent again: a double tap leads where the first sending did, and the
//! same key with other contents is refused at a field (security review F13).

use super::service::{refuse, PAGE};
use super::{FieldError, FormState};
use crate::db::{now_ms, Db, StorageError};
use crate::forms::idempotency::{self, Claim};
use crate::ids::ClientId;

/// A creating form's key, claimed in the use case's transaction with the form's contents.
/// Anything but `Claim::New` means: write nothing, answer with `resent`.
pub(super) async fn claim_new(
    tx: &mut sqlx::AnyConnection,
    key: &str,
    form: &FormState,
    client_id: ClientId,
) -> Result<Claim, StorageError> {
    Ok(idempotency::claim_contents(tx, key, client_id, now_ms(), &form.contents()).await?)
}

/// The answer to a creating form that was not written (see `claim_new`): a repeat leads
/// where the first sending did; other contents are refused at `field`.
pub(super) async fn resent(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    key: &str,
    form: FormState,
    field: &str,
    answer: Claim,
) -> Result<String, StorageError> {
    match answer {
        Claim::Repeat(page) if page.is_empty() => Ok(PAGE.to_owned()),
        Claim::Repeat(page) => Ok(page),
        Claim::New | Claim::Different => {
            let errors = vec![(field.to_owned(), FieldError::Resent)];
            refuse(db, session_id, client_id, key, form, errors, key).await
        }
    }
}
