//! A creating money form sent again: a double tap leads where the first sending did, and the
//! same key with other contents is refused at a field (security review F13).

use super::service::{refuse, PAGE};
use super::{FieldError, FormState};
use crate::db::{now_ms, Db, StorageError};
use crate::forms::idempotency::{self, Claim};
use crate::ids::ClientId;

/// A creating form's key, claimed in the use case's transaction. `None`: go on and write.
/// `Some(Ok(page))`: the same form again (a double tap), answered where the first one led.
/// `Some(Err(()))`: the key came with other contents; nothing is written.
pub(super) async fn claim_new(
    tx: &mut sqlx::AnyConnection,
    key: &str,
    form: &FormState,
    client_id: ClientId,
) -> Result<Option<Result<String, ()>>, StorageError> {
    if key.trim().is_empty() {
        return Ok(Some(Err(())));
    }
    Ok(
        match idempotency::claim_contents(tx, key, client_id, now_ms(), &form.contents()).await? {
            Claim::New => None,
            Claim::Repeat(page) if page.is_empty() => Some(Ok(PAGE.to_owned())),
            Claim::Repeat(page) => Some(Ok(page)),
            Claim::Different => Some(Err(())),
        },
    )
}

/// The answer to a creating form that was not written (see `claim_new`).
pub(super) async fn resent(
    db: &Db,
    session_id: &str,
    client_id: ClientId,
    key: &str,
    form: FormState,
    field: &str,
    answer: Result<String, ()>,
) -> Result<String, StorageError> {
    match answer {
        Ok(page) => Ok(page),
        Err(()) => {
            let errors = vec![(field.to_owned(), FieldError::Resent)];
            refuse(db, session_id, client_id, key, form, errors, key).await
        }
    }
}
