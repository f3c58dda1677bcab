//! A worker changes their own password.

use crate::db::{now_ms, Db, StorageError};
use crate::ids::WorkerId;
use crate::people::PersonRef;
use crate::session::repo as sessions;

/// What changing one's own password led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordChange {
    Saved,
    /// The new password has fewer than `MIN_PASSWORD` characters.
    TooShort,
    /// The current password was wrong (counted like a wrong sign-in).
    CurrentWrong,
    /// Too many wrong tries, or too many sign-ins at once: wait a moment.
    Wait,
}

/// Fewest characters in a worker's password, as ASVS recommends; any characters, paste
/// allowed.
pub const MIN_PASSWORD: usize = 15;

/// A worker changes their own password. If they have one, the current one must be given
/// (a session left open must not be enough to take the account over); the try counts like a
/// sign-in. The worker's other sessions end; this one goes on.
pub async fn change_password(
    db: &Db,
    worker_id: WorkerId,
    session_id: &str,
    current: &str,
    new: &str,
) -> Result<PasswordChange, StorageError> {
    use crate::sign_in::{logins, secrets, turns, worker_tries};
    if new.chars().count() < MIN_PASSWORD {
        return Ok(PasswordChange::TooShort);
    }
    let Some(user_name) = logins::user_name_of(&mut *db.conn().await?, worker_id).await? else {
        return Err(StorageError::Unknown(
            "worker without a user name".to_owned(),
        ));
    };
    let stored = logins::login(&mut *db.conn().await?, logins::PASSWORD, &user_name)
        .await?
        .and_then(|(_, hash)| hash);
    if let Some(hash) = stored {
        let Some(turn) = turns::argon2_turn().await else {
            return Ok(PasswordChange::Wait);
        };
        if worker_tries::reserve_try(&mut *db.conn().await?, worker_id, now_ms())
            .await?
            .is_none()
        {
            return Ok(PasswordChange::Wait);
        }
        if !secrets::verify_secret_off_thread(current.to_owned(), hash, turn).await {
            return Ok(PasswordChange::CurrentWrong);
        }
        worker_tries::clear_failures(&mut *db.conn().await?, worker_id).await?;
    }
    // Hashed before the transaction, so no write lock is held while Argon2 runs.
    let hash = secrets::hash_secret_off_thread(new.to_owned()).await?;
    let mut tx = db.write().await?;
    logins::set_password_hash(&mut tx, worker_id, &user_name, &hash).await?;
    sessions::delete_others(&mut tx, PersonRef::worker(worker_id), session_id).await?;
    tx.commit().await?;
    Ok(PasswordChange::Saved)
}
