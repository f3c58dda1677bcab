//! Admin operations as plain functions, shared by the web page and the command line.

use crate::db::{Db, StorageError};
use crate::people::repo as clients;
use crate::sign_in::logins as workers;

/// Adds a worker with a user name and returns their id and a one-time code for the first
/// sign-in.
pub async fn add_worker(
    db: &Db,
    name: &str,
    user_name: &str,
    is_admin: bool,
) -> Result<(i64, String), StorageError> {
    let worker_id = workers::create(&mut *db.conn().await?, name, is_admin).await?;
    workers::set_user_name(&mut *db.conn().await?, worker_id, user_name).await?;
    let code = workers::new_one_time_code(&mut *db.conn().await?, worker_id).await?;
    Ok((worker_id, code))
}

/// Adds a client and returns their id.
pub async fn add_client(db: &Db, name: &str) -> Result<i64, StorageError> {
    Ok(clients::create(&mut *db.conn().await?, name)
        .await?
        .client_id)
}

/// Puts a client on a worker's caseload, or takes them off.
pub async fn assign(db: &Db, worker_id: i64, client_id: i64, on: bool) -> Result<(), StorageError> {
    if on {
        workers::assign(&mut *db.conn().await?, worker_id, client_id).await
    } else {
        workers::unassign(&mut *db.conn().await?, worker_id, client_id).await
    }
}
