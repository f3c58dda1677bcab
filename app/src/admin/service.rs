//! Admin operations as plain functions, shared by the web page and the command line.

use crate::storage::{clients, workers, Db, StorageError};

/// Adds a worker with a user name and returns their id and a one-time code for the first
/// sign-in.
pub async fn add_worker(
    db: &Db,
    name: &str,
    user_name: &str,
    is_admin: bool,
) -> Result<(i64, String), StorageError> {
    let worker_id = workers::create(db, name, is_admin).await?;
    workers::set_user_name(db, worker_id, user_name).await?;
    let code = workers::new_one_time_code(db, worker_id).await?;
    Ok((worker_id, code))
}

/// Adds a client and returns their id.
pub async fn add_client(db: &Db, name: &str) -> Result<i64, StorageError> {
    Ok(clients::create(db, name).await?.client_id)
}

/// Puts a client on a worker's caseload, or takes them off.
pub async fn assign(db: &Db, worker_id: i64, client_id: i64, on: bool) -> Result<(), StorageError> {
    if on {
        workers::assign(db, worker_id, client_id).await
    } else {
        workers::unassign(db, worker_id, client_id).await
    }
}
