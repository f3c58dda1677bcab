//! The client's own download: the printable page's server function, and the same read for
//! the JSON address (`server/src/downloads.rs`). Only the client themself passes the guard
//! (`Action::DownloadData`); every download adds a row to the client's access log.

use super::MyData;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::guard::{self, Access};
#[cfg(feature = "ssr")]
use crate::access::policy::Action;
#[cfg(feature = "ssr")]
use crate::db::Db;

/// Everything of the client, and the log row that says they took it.
#[cfg(feature = "ssr")]
pub async fn download(db: &Db, access: &Access) -> Result<MyData, AppError> {
    use crate::access::log::repo::{self as access_log, Entry};
    use crate::access::log::{Basis, LogEvent};
    let client = &access.client;
    let entry = Entry {
        at_utc: crate::db::now_ms(),
        actor_kind: access.who.session.actor.kind,
        actor_id: access.who.session.actor.stored_id(),
        actor_name: access.who.name.clone(),
        acting_for: None,
        subject_client_id: client.client_id,
        event: LogEvent::DownloadData,
        basis: Some(Basis::Own),
        channel: access.who.session.place,
        reason: None,
    };
    access_log::append(&mut *db.conn().await?, &entry).await?;
    let mut conn = db.conn().await?;
    Ok(super::repo::everything(
        &mut conn,
        db.backend,
        client.client_id,
        client.display_name.clone(),
    )
    .await?)
}

/// Access for the download: the client's own session only.
#[cfg(feature = "ssr")]
pub async fn own(db: &Db, who: guard::Who) -> Result<Access, AppError> {
    guard::subject_of(db, who, Action::DownloadData).await
}

#[server]
pub async fn load_my_data() -> Result<MyData, AppError> {
    crate::forms::page(
        async move {
            let db = crate::session::context::db()?;
            let access = own(&db, guard::who(&db).await?).await?;
            download(&db, &access).await
        }
        .await,
    )
}
