//! Server functions of the admin page. Only a worker marked as admin passes.

use super::AdminPageData;
use crate::error::AppError;
use crate::ids::{ClientId, WorkerId};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::AdminNotice;
#[cfg(feature = "ssr")]
use crate::access::guard;
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::forms::notice::Notice;
#[cfg(feature = "ssr")]
use crate::session::context;

/// Most letters in a break-glass reason.
pub const MAX_REASON: usize = 200;

#[server]
pub async fn load_admin() -> Result<AdminPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let who = guard::admin(&db).await?;
            let (workers, clients) = super::service::overview(&db).await?;
            let new_code =
                crate::session::repo::take_card_to_show(&mut *db.conn().await?, &who.session_id)
                    .await?;
            Ok(AdminPageData {
                workers,
                clients,
                new_code,
                me: who.worker_id()?,
                idem: forms::idempotency::new_key(),
            })
        }
        .await,
    )
}

#[server]
pub async fn add_worker(name: String, user_name: String) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let who = guard::admin(&db).await?;
        if name.trim().is_empty() || user_name.trim().is_empty() {
            return Ok(AdminNotice::NameMissing.at("/admin"));
        }
        if crate::sign_in::logins::login(
            &mut *db.conn().await?,
            crate::sign_in::logins::PASSWORD,
            &crate::sign_in::logins::normal_user_name(&user_name),
        )
        .await?
        .is_some()
        {
            return Ok(AdminNotice::UserNameTaken.at("/admin"));
        }
        let show_in = Some(who.session_id.as_str());
        super::service::add_worker(&db, name.trim(), &user_name, false, show_in).await?;
        Ok("/admin".to_owned())
    }
    .await;
    forms::finish(result)
}

/// Adds a client, once per form key (security checklist R-10).
#[server]
pub async fn add_client(name: String, idem: Option<String>) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        guard::admin(&db).await?;
        if name.trim().is_empty() {
            return Ok(AdminNotice::NameMissing.at("/admin"));
        }
        let idem = idem.unwrap_or_default();
        match super::service::add_client_once(&db, name.trim(), &idem).await? {
            super::service::ClientAdded::Different => Ok(AdminNotice::ClientResent.at("/admin")),
            _ => Ok("/admin".to_owned()),
        }
    }
    .await;
    forms::finish(result)
}

/// Ends a worker's wait after wrong sign-ins, so the worker can sign in at once.
#[server]
pub async fn unlock_worker(worker_id: WorkerId) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        guard::admin(&db).await?;
        if !super::service::unlock_worker(&db, worker_id).await? {
            return Err(AppError::NotFound);
        }
        Ok(AdminNotice::Unlocked.at("/admin"))
    }
    .await;
    forms::finish(result)
}

/// Makes a worker a team lead (`on` = "1") or takes the role away. A team lead sees the
/// service's figures and no person's data, so their caseload pages close for them.
#[server]
pub async fn set_team_lead(worker_id: WorkerId, on: Option<String>) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        guard::admin(&db).await?;
        let on = on.as_deref() == Some("1");
        let mut conn = db.conn().await?;
        if !crate::sign_in::logins::set_team_lead(&mut conn, worker_id, on).await? {
            return Err(AppError::NotFound);
        }
        Ok(AdminNotice::TeamLead.at("/admin"))
    }
    .await;
    forms::finish(result)
}

/// Takes a worker out of use (they left, or their account is misused). An admin cannot take
/// themselves out, so that some admin always remains.
#[server]
pub async fn deactivate_worker(worker_id: WorkerId) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let who = guard::admin(&db).await?;
        if who.worker_id()? == worker_id {
            return Err(AppError::Forbidden);
        }
        if !super::service::deactivate_worker(&db, worker_id).await? {
            return Err(AppError::NotFound);
        }
        Ok(AdminNotice::Deactivated.at("/admin"))
    }
    .await;
    forms::finish(result)
}

/// Puts a client on a worker's caseload (`on` = "1") or takes them off. The client's log
/// shows it. An admin who puts a client on their own caseload must write why (break-glass);
/// the client sees the reason.
#[server]
pub async fn assign_client(
    worker_id: WorkerId,
    client_id: ClientId,
    on: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    let result = async move {
        let db = context::db()?;
        let who = guard::admin(&db).await?;
        let admin_id = who.worker_id()?;
        let reason = reason
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty());
        if admin_id == worker_id && on == "1" {
            match &reason {
                None => return Ok(AdminNotice::ReasonMissing.at("/admin")),
                Some(r) if crate::plan::content::grapheme_len(r) > MAX_REASON => {
                    return Ok(AdminNotice::ReasonLong.at("/admin"));
                }
                Some(_) => {}
            }
        }
        let exists = crate::sign_in::logins::get(&mut *db.conn().await?, worker_id)
            .await?
            .is_some()
            && crate::people::repo::get(&mut *db.conn().await?, client_id)
                .await?
                .is_some();
        if !exists {
            return Ok(AdminNotice::NameMissing.at("/admin"));
        }
        let by = super::service::AdminActor {
            worker_id: admin_id,
            name: who.name.clone(),
            reason,
        };
        super::service::assign(&db, Some(&by), worker_id, client_id, on == "1").await?;
        Ok("/admin".to_owned())
    }
    .await;
    forms::finish(result)
}
