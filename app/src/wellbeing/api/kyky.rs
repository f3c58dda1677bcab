//! The worker's form for a Kykyviisari result.

use crate::error::AppError;
use crate::wellbeing::kykyviisari::KykyPageData;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::access::{guard, policy::Action};
#[cfg(feature = "ssr")]
use crate::forms;
#[cfg(feature = "ssr")]
use crate::session::context;
#[cfg(feature = "ssr")]
use crate::wellbeing::service_kyky::{self, Recorder};

#[cfg(feature = "ssr")]
fn recorder(access: &guard::Access) -> Result<Recorder, AppError> {
    Ok(Recorder {
        client_id: access.client.client_id,
        worker_id: access.who.worker_id()?,
        name: access.who.name.clone(),
        session_id: access.who.session_id.clone(),
    })
}

#[server]
pub async fn load_kykyviisari() -> Result<KykyPageData, AppError> {
    forms::page(
        async move {
            let db = context::db()?;
            let access = guard::subject(&db, Action::RecordKykyviisari).await?;
            let by = recorder(&access)?;
            let name = access.client.display_name.clone();
            Ok(service_kyky::page(&db, &by, name).await?)
        }
        .await,
    )
}

pub use kyky_form::{save_kykyviisari, SaveKykyviisari};

/// The form's endpoint takes one argument per field, so that a plain HTML form can post to
/// it; the lint exception is scoped to this module.
#[allow(clippy::too_many_arguments)]
mod kyky_form {
    use super::*;

    #[server]
    pub async fn save_kykyviisari(
        idem: String,
        taken_on: Option<String>,
        overall: Option<String>,
        mental: Option<String>,
        social: Option<String>,
        physical: Option<String>,
        skills: Option<String>,
        everyday: Option<String>,
    ) -> Result<(), AppError> {
        use crate::wellbeing::kykyviisari::KykyForm;
        let result = async move {
            let db = context::db()?;
            let access = guard::subject_active(&db, Action::RecordKykyviisari).await?;
            let by = recorder(&access)?;
            let fields = [
                ("taken_on", taken_on),
                ("overall", overall),
                ("mental", mental),
                ("social", social),
                ("physical", physical),
                ("skills", skills),
                ("everyday", everyday),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.unwrap_or_default()))
            .collect();
            let form = KykyForm { fields };
            let today = crate::dates::today();
            Ok(service_kyky::save(&db, &by, form, &idem, today).await?)
        }
        .await;
        forms::finish(result)
    }
}
