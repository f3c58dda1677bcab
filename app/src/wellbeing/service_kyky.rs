//! Recording a Kykyviisari result: checked, kept with its errors when refused, written once
//! however many times the form is sent.

use super::kykyviisari::KykyPageData;
use super::kykyviisari::{self, KykyForm};
use super::WellbeingNotice;
use crate::db::{now_ms, Db, StorageError};
use crate::forms::idempotency::{self, Claim};
use crate::forms::notice::Notice;
use crate::forms::refused as refused_forms;
use crate::ids::{ClientId, WorkerId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

const FORM: &str = "kykyviisari";
const PAGE: &str = "/wellbeing/kykyviisari";

/// The worker writing, and their session.
#[derive(Clone, Debug)]
pub struct Recorder {
    pub client_id: ClientId,
    pub worker_id: WorkerId,
    pub name: String,
    pub session_id: String,
}

#[derive(Serialize, Deserialize)]
struct Kept {
    form: KykyForm,
    errors: Vec<(String, kykyviisari::KykyError)>,
}

/// Checks and saves a result; returns the next page's address.
pub async fn save(
    db: &Db,
    by: &Recorder,
    form: KykyForm,
    idem: &str,
    today: NaiveDate,
) -> Result<String, StorageError> {
    let result = match kykyviisari::parse(&form, today) {
        Ok(result) => result,
        Err(errors) => {
            let json = serde_json::to_string(&Kept { form, errors })?;
            let mut conn = db.conn().await?;
            refused_forms::put_refused(&mut conn, &by.session_id, by.client_id, FORM, &json)
                .await?;
            return Ok(PAGE.to_owned());
        }
    };
    let destination = WellbeingNotice::KykySaved.at("/wellbeing");
    let contents = serde_json::to_string(&result)?;
    let mut tx = db.write().await?;
    match idempotency::claim_contents(&mut tx, idem, by.client_id, now_ms(), &contents).await? {
        Claim::New => {}
        Claim::Repeat(previous) => {
            tx.rollback().await?;
            return Ok(if previous.is_empty() {
                destination
            } else {
                previous
            });
        }
        Claim::Different => {
            tx.rollback().await?;
            return Ok(WellbeingNotice::Resent.at(PAGE));
        }
    }
    super::kyky_repo::add(&mut tx, by.client_id, &result, by.worker_id, &by.name).await?;
    refused_forms::clear_refused(&mut tx, &by.session_id, by.client_id, FORM).await?;
    idempotency::finish(&mut tx, idem, &destination).await?;
    tx.commit().await?;
    Ok(destination)
}

/// The form page: empty, or the refused form with its errors.
pub async fn page(
    db: &Db,
    by: &Recorder,
    client_name: String,
) -> Result<KykyPageData, StorageError> {
    let kept: Option<Kept> =
        refused_forms::refused(&mut *db.conn().await?, &by.session_id, by.client_id)
            .await?
            .into_iter()
            .find(|(name, _)| name == FORM)
            .and_then(|(_, json)| serde_json::from_str(&json).ok());
    let (form, errors) = kept.map_or_else(Default::default, |k| (k.form, k.errors));
    Ok(KykyPageData {
        client_name,
        form,
        errors,
        idem: idempotency::new_key(),
    })
}
