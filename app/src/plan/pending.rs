//! Refused or half-typed input of a plan section, kept on the server for the session that
//! sent it, so that person's page shows it again with the error until they save the section.
//! Another editor of the same plan (the client, a relative, the worker) never sees it, and
//! their save does not erase it: kept per client, one editor's refused text showed on the
//! other's page, and a refusal of both at once kept only one text (tests/tests/interleave.rs).

use crate::db::StorageError;
use crate::forms::refused;
use crate::ids::ClientId;
use crate::plan::content::{FieldError, SectionInput};
use crate::plan::section::Section;
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

/// Input that was refused, kept on the server so the user finds their text again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub input: SectionInput,
    pub errors: Vec<FieldError>,
    /// The section version the next sending of the form should be based on.
    pub base_version: i64,
    /// The mark the writer chose (see `said`), kept with their text so a refused save does
    /// not turn it back to the form's starting choice.
    #[serde(default)]
    pub said: Option<crate::said::Said>,
}

/// The name the input is kept under among the session's refused forms.
fn form_name(section: Section) -> String {
    format!("plan-{}", section.slug())
}

pub async fn set_pending(
    conn: &mut AnyConnection,
    session_id: &str,
    client_id: ClientId,
    section: Section,
    pending: &Pending,
) -> Result<(), StorageError> {
    let json = serde_json::to_string(pending)?;
    refused::put_refused(conn, session_id, client_id, &form_name(section), &json).await
}

pub async fn pending(
    conn: &mut AnyConnection,
    session_id: &str,
    client_id: ClientId,
    section: Section,
) -> Result<Option<Pending>, StorageError> {
    let name = form_name(section);
    let forms = refused::refused(conn, session_id, client_id).await?;
    match forms.into_iter().find(|(form, _)| *form == name) {
        Some((_, json)) => Ok(Some(serde_json::from_str(&json)?)),
        None => Ok(None),
    }
}

/// Forgets the session's input of a section, once the section is saved.
pub async fn clear_pending(
    conn: &mut AnyConnection,
    session_id: &str,
    client_id: ClientId,
    section: Section,
) -> Result<(), StorageError> {
    refused::clear_refused(conn, session_id, client_id, &form_name(section)).await
}
