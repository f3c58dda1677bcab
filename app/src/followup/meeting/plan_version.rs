//! The agreed change as a new plan version, made from the newest one.

use crate::db::StorageError;
use crate::followup::content::AgreedChange;
use crate::plan::repo as plans;
use crate::plan::section::Section;
use crate::plan::service::Writer;

/// Saves the newest plan with the change as the next version, and puts the same change in
/// the draft, so the client's working copy does not look unsaved. Returns the version number.
pub(super) async fn new_plan_version(
    conn: &mut sqlx::AnyConnection,
    on: &Writer,
    change: &AgreedChange,
    idem: &str,
) -> Result<i64, StorageError> {
    let newest = plans::get_version(conn, on.client_id, None).await?;
    let base = newest.map(|v| v.content).unwrap_or_default();
    // One id for the new item, in the version and in the draft alike.
    let item_id = crate::plan::content::PlanContent::new_item_id();
    let next = super::with_change_as(&base, change, &item_id);
    let key = format!("{idem}-plan");
    let outcome = plans::save_version(conn, on.client_id, &next, &on.author, &key, |n| {
        format!("/plan/versions/{n}")
    })
    .await?;
    let plans::VersionOutcome::Saved(number) = outcome else {
        return Err(StorageError::Unknown(
            "plan version key used twice".to_owned(),
        ));
    };
    let draft = plans::load_draft(conn, on.client_id).await?;
    if let Some(section) = Section::from_slug(&change.section) {
        let changed = super::with_change_as(&draft.content, change, &item_id);
        if let Some(answer) = changed.answer(section) {
            let key = format!("{idem}-draft");
            let version = draft.version(section);
            // A section someone is editing right now keeps their text; the new version has
            // the change either way.
            plans::save_section(
                conn,
                on.client_id,
                section,
                answer,
                version,
                &key,
                "",
                &on.author,
            )
            .await?;
        }
    }
    Ok(number)
}
