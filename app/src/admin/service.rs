//! Admin operations as plain functions, shared by the web page and the command line.

use super::AdminWorker;
use crate::access::log::repo::{self as access_log, Entry};
use crate::access::log::{Basis, LogEvent};
use crate::caseload::repo as caseload_repo;
use crate::db::{now_ms, Db, StorageError};
use crate::ids::{ClientId, WorkerId};
use crate::people::repo as clients;
use crate::people::PersonKind;
use crate::session::repo as sessions;
use crate::session::repo::Place;
use crate::sign_in::logins as workers;

/// Adds a worker with a user name and returns their id and a one-time code for the first
/// sign-in. On the web page the code is kept for the admin's next page (`show_in`, the
/// admin's session), where it is shown once. All of it or nothing.
pub async fn add_worker(
    db: &Db,
    name: &str,
    user_name: &str,
    is_admin: bool,
    show_in: Option<&str>,
) -> Result<(WorkerId, String), StorageError> {
    let mut tx = db.write().await?;
    let worker_id = workers::create(&mut tx, name, is_admin).await?;
    workers::set_user_name(&mut tx, worker_id, user_name).await?;
    let code = crate::sign_in::codes::new_one_time_code(&mut tx, worker_id).await?;
    if let Some(session) = show_in {
        sessions::set_card_to_show(&mut tx, session, Some(&code)).await?;
    }
    tx.commit().await?;
    Ok((worker_id, code))
}

/// Every worker with the names of the clients on their caseload, and every client: three
/// queries, however many workers and clients.
pub async fn overview(
    db: &Db,
) -> Result<(Vec<AdminWorker>, Vec<(ClientId, String)>), StorageError> {
    let mut conn = db.conn().await?;
    let now = crate::db::now_ms();
    let assignments = caseload_repo::all_assignments(&mut conn).await?;
    let workers = workers::list(&mut conn)
        .await?
        .into_iter()
        .map(|w| AdminWorker {
            clients: assignments
                .iter()
                .filter(|(worker_id, _)| *worker_id == w.worker_id)
                .map(|(_, c)| c.display_name.clone())
                .collect(),
            worker_id: w.worker_id,
            name: w.display_name,
            is_admin: w.is_admin,
            is_team_lead: w.is_team_lead,
            waiting: w.wait_until > now,
        })
        .collect();
    let clients = clients::list(&mut conn)
        .await?
        .into_iter()
        .map(|c| (c.client_id, c.display_name))
        .collect();
    Ok((workers, clients))
}

/// Ends a worker's wait after wrong sign-ins at once. Returns whether there is such a worker.
pub async fn unlock_worker(db: &Db, worker_id: WorkerId) -> Result<bool, StorageError> {
    let mut conn = db.conn().await?;
    if workers::get(&mut conn, worker_id).await?.is_none() {
        return Ok(false);
    }
    crate::sign_in::worker_tries::clear_failures(&mut conn, worker_id).await?;
    Ok(true)
}

/// Takes a worker out of use: they can no longer sign in, and every session of theirs ends
/// now. Returns whether there was such a worker.
pub async fn deactivate_worker(db: &Db, worker_id: WorkerId) -> Result<bool, StorageError> {
    let mut tx = db.write().await?;
    if workers::get(&mut tx, worker_id).await?.is_none() {
        return Ok(false);
    }
    workers::deactivate(&mut tx, worker_id).await?;
    sessions::delete_for(&mut tx, crate::people::PersonRef::worker(worker_id)).await?;
    tx.commit().await?;
    Ok(true)
}

/// Adds a client and returns their id.
pub async fn add_client(db: &Db, name: &str) -> Result<ClientId, StorageError> {
    Ok(clients::create(&mut *db.conn().await?, name)
        .await?
        .client_id)
}

/// What an add-client form led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientAdded {
    Added(ClientId),
    /// The same form again (a double tap): nothing more was written.
    Repeated,
    /// The form's key was used before with another name: nothing was written.
    Different,
}

/// Adds a client once per form key: a double tap adds one client, and the same key with
/// another name is refused.
pub async fn add_client_once(db: &Db, name: &str, idem: &str) -> Result<ClientAdded, StorageError> {
    use crate::forms::idempotency::{self, Claim};
    let mut tx = db.write().await?;
    // An admin's form is about no client yet: its key is kept under client 0.
    match idempotency::claim_contents(&mut tx, idem, ClientId(0), now_ms(), name).await? {
        Claim::New => {}
        Claim::Repeat(_) => return Ok(ClientAdded::Repeated),
        Claim::Different => return Ok(ClientAdded::Different),
    }
    let client = clients::create(&mut tx, name).await?;
    idempotency::finish(&mut tx, idem, "/admin").await?;
    tx.commit().await?;
    Ok(ClientAdded::Added(client.client_id))
}

/// Puts a client on a worker's caseload, or takes them off.
pub async fn assign(
    db: &Db,
    by: Option<&AdminActor>,
    worker_id: WorkerId,
    client_id: ClientId,
    on: bool,
) -> Result<(), StorageError> {
    let mut tx = db.write().await?;
    if on {
        caseload_repo::assign(&mut tx, worker_id, client_id).await?;
    } else {
        caseload_repo::unassign(&mut tx, worker_id, client_id).await?;
    }
    if let Some(admin) = by {
        let own = admin.worker_id == worker_id && on;
        let entry = Entry {
            at_utc: now_ms(),
            actor_kind: PersonKind::Worker,
            actor_id: admin.worker_id.0,
            actor_name: admin.name.clone(),
            acting_for: None,
            subject_client_id: client_id,
            event: LogEvent::ChangeCaseload,
            basis: Some(if own { Basis::BreakGlass } else { Basis::Admin }),
            channel: Place::Worker,
            reason: admin.reason.clone().filter(|_| own),
        };
        access_log::append(&mut tx, &entry).await?;
    }
    Ok(tx.commit().await?)
}

/// The admin changing a caseload, as the client's log names them. An admin who puts a client
/// on their own caseload can then read everything, so that needs a written `reason`, which
/// the client sees (break-glass).
#[derive(Clone, Debug)]
pub struct AdminActor {
    pub worker_id: WorkerId,
    pub name: String,
    pub reason: Option<String>,
}
