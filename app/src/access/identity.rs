//! How a worker proves who they are, behind one interface. Each provider turns a proof into
//! a worker id; the rest of Sopiva sees only that id. Today there are two providers: a
//! password (Argon2id) and a one-time code from an admin. Suomi.fi identification (OIDC)
//! would be a third: its callback checks the ID token and looks up the worker by
//! (provider "suomifi", subject `sub`) in `worker_login`, like the password provider does
//! by user name.

use crate::db::{now_ms, Db, StorageError};
use crate::ids::WorkerId;
use crate::sign_in::logins::{self as workers, PASSWORD};
use crate::sign_in::pins;
use crate::sign_in::turns::{argon2_turn, Turn};
use crate::sign_in::{codes, worker_tries as tries};
use std::future::Future;
use std::pin::Pin;

/// What the worker typed.
#[derive(Clone, Copy, Debug)]
pub struct Proof<'a> {
    pub user_name: &'a str,
    pub secret: &'a str,
}

type Found<'a> = Pin<Box<dyn Future<Output = Result<Option<WorkerId>, StorageError>> + Send + 'a>>;

/// One way for a worker to prove who they are.
pub trait IdentityProvider: Send + Sync {
    /// The worker this proof shows, or `None`. `worker_id` is the worker the user name
    /// names, when there is one. `turn` is the Argon2 turn taken before the try was counted,
    /// for a provider that hashes.
    fn identify<'a>(
        &'a self,
        db: &'a Db,
        worker_id: WorkerId,
        proof: Proof<'a>,
        turn: Option<Turn>,
    ) -> Found<'a>;
}

/// The user name and an Argon2id-hashed password.
pub struct PasswordProvider;

impl IdentityProvider for PasswordProvider {
    fn identify<'a>(
        &'a self,
        db: &'a Db,
        _worker_id: WorkerId,
        proof: Proof<'a>,
        turn: Option<Turn>,
    ) -> Found<'a> {
        Box::pin(async move {
            let subject = workers::normal_user_name(proof.user_name);
            let Some((id, Some(hash))) =
                workers::login(&mut *db.conn().await?, PASSWORD, &subject).await?
            else {
                return Ok(None);
            };
            let turn = match turn {
                Some(turn) => turn,
                None => argon2_turn().await.ok_or(StorageError::Busy)?,
            };
            let right = pins::verify_secret_off_thread(proof.secret.to_owned(), hash, turn).await;
            Ok(right.then_some(id))
        })
    }
}

/// A one-time code an admin gave the worker: used once, for a day.
pub struct OneTimeCodeProvider;

impl IdentityProvider for OneTimeCodeProvider {
    fn identify<'a>(
        &'a self,
        db: &'a Db,
        worker_id: WorkerId,
        proof: Proof<'a>,
        _turn: Option<Turn>,
    ) -> Found<'a> {
        Box::pin(async move {
            let found = codes::use_one_time_code(&mut *db.conn().await?, proof.secret).await?;
            Ok(found.filter(|id| *id == worker_id))
        })
    }
}

/// What a worker's sign-in found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerSignIn {
    Worker(WorkerId),
    /// Wrong user name or secret (the same answer for both).
    Wrong,
    /// Too many wrong tries, too many tries from one address, or too many sign-ins at once:
    /// wait a moment.
    Wait,
}

/// Tries each provider in turn. Wrong tries are counted per worker, with growing waits (at
/// most `worker_tries::MAX_WAIT_MS`): a try is reserved (counted) before any secret is
/// checked, so parallel tries count one by one. The Argon2 turn is taken before that, so a
/// busy server answers "wait" without counting. An unknown user name costs the same Argon2
/// run as a known one, so the time of the answer does not tell which names exist.
pub async fn sign_in(db: &Db, proof: Proof<'_>) -> Result<WorkerSignIn, StorageError> {
    let Some(turn) = argon2_turn().await else {
        return Ok(WorkerSignIn::Wait);
    };
    let subject = workers::normal_user_name(proof.user_name);
    // One connection at a time: a second one taken while the first is held can wait for ever
    // when many sign-ins run at once.
    let named = workers::login(&mut *db.conn().await?, PASSWORD, &subject).await?;
    let found = match named {
        Some((worker_id, _)) if workers::is_active(&mut *db.conn().await?, worker_id).await? => {
            Some(worker_id)
        }
        _ => None,
    };
    // A worker taken out of use is answered like an unknown user name.
    let Some(worker_id) = found else {
        pins::verify_secret_off_thread(proof.secret.to_owned(), no_one_hash(), turn).await;
        return Ok(WorkerSignIn::Wrong);
    };
    if tries::reserve_try(&mut *db.conn().await?, worker_id, now_ms())
        .await?
        .is_none()
    {
        return Ok(WorkerSignIn::Wait);
    }
    let mut turn = Some(turn);
    let providers: [&dyn IdentityProvider; 2] = [&PasswordProvider, &OneTimeCodeProvider];
    for provider in providers {
        if let Some(id) = provider.identify(db, worker_id, proof, turn.take()).await? {
            tries::clear_failures(&mut *db.conn().await?, id).await?;
            return Ok(WorkerSignIn::Worker(id));
        }
    }
    Ok(WorkerSignIn::Wrong)
}

/// An Argon2id hash of nothing anyone knows, checked for unknown user names.
fn no_one_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| pins::hash_secret(&crate::sign_in::cards::new_code()).unwrap_or_default())
        .clone()
}
