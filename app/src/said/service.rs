//! The rules of marking: which mark a save gets, which choice the form starts with, and what a
//! reader sees. Called by the plan's server functions and by this module's own.

use super::repo::{self, NewMark};
use super::{Marks, Said};
use crate::access::guard::Access;
use crate::access::policy::Relation;
use crate::db::Db;
use crate::error::AppError;

/// The supported session the writer is in: the worker beside the client, with one started.
pub async fn session_of(db: &Db, access: &Access) -> Result<Option<i64>, AppError> {
    let (Relation::Assisting, Some(worker)) = (access.relation, &access.who.assist) else {
        return Ok(None);
    };
    let going = super::sessions::current(
        &mut *db.conn().await?,
        access.client.client_id,
        worker.worker_id,
    )
    .await?;
    Ok(going.map(|s| s.id))
}

/// The choice a form starts with; `None`: the client writes alone, nothing to choose (their
/// words are their own). In a session the client is speaking; a relative writing for the
/// client is someone close interpreting; a worker outside a session writes a note.
pub fn default_choice(relation: Relation, in_session: bool) -> Option<Said> {
    match relation {
        Relation::Own => None,
        Relation::Assisting if in_session => Some(Said::Own),
        Relation::Relative { .. } => Some(Said::Interpreting),
        _ => Some(Said::Note),
    }
}

/// The choice a form starts with for this writer.
pub async fn choice_for(db: &Db, access: &Access) -> Result<Option<Said>, AppError> {
    let in_session = session_of(db, access).await?.is_some();
    Ok(default_choice(access.relation, in_session))
}

/// The mark a save gets: the client alone says their own words; anyone else says what they
/// chose (an unreadable or missing choice is the form's starting choice).
pub async fn mark_for(db: &Db, access: &Access, chosen: Option<&str>) -> Result<NewMark, AppError> {
    let session = session_of(db, access).await?;
    if let Some(id) = session {
        super::sessions::touch(&mut *db.conn().await?, id).await?;
    }
    let said = match default_choice(access.relation, session.is_some()) {
        None => Said::Own,
        Some(default) => chosen.and_then(Said::parse).unwrap_or(default),
    };
    Ok(NewMark {
        said,
        by: access.author.clone(),
        session,
    })
}

/// The marks of a scope as this reader sees them.
pub async fn marks_for(db: &Db, access: &Access, scope: &str) -> Result<Marks, AppError> {
    let marks = repo::marks(&mut *db.conn().await?, access.client.client_id, scope).await?;
    Ok(Marks {
        scope: scope.to_owned(),
        marks,
        may_disagree: may_disagree(access.relation),
    })
}

/// Only the client disagrees, alone or with the worker beside them.
pub fn may_disagree(relation: Relation) -> bool {
    matches!(relation, Relation::Own | Relation::Assisting)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_starts_with_a_choice_that_fits_the_writer() {
        assert_eq!(default_choice(Relation::Own, false), None);
        assert_eq!(default_choice(Relation::Assisting, true), Some(Said::Own));
        assert_eq!(default_choice(Relation::Assisting, false), Some(Said::Note));
        assert_eq!(default_choice(Relation::Caseload, false), Some(Said::Note));
        let relative = Relation::Relative {
            consent_id: 1,
            read_plan: true,
            write_plan: true,
            see_money: false,
        };
        assert_eq!(default_choice(relative, false), Some(Said::Interpreting));
        assert!(may_disagree(Relation::Own));
        assert!(may_disagree(Relation::Assisting));
        assert!(!may_disagree(relative));
        assert!(!may_disagree(Relation::Caseload));
    }
}
