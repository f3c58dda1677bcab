//! Where Aino's, Eero's and Helmi's plans are on the personal-budget path (issue 14), so their
//! home pages show it from the start: Aino and Eero write their plans (Aino's worker gave her
//! the card, Eero has begun), and Helmi's plan was saved, read, decided and is in use until
//! her next follow-up.

use app::db::Db;
use app::ids::{ClientId, WorkerId};
use app::path::repo::{self as path, NewStage};
use app::path::Stage;

/// Records the demo people's changes of stage, oldest first.
pub(super) async fn load(
    db: &Db,
    (aino, eero, helmi): (ClientId, ClientId, ClientId),
    maria: WorkerId,
) -> anyhow::Result<()> {
    let mut conn = db.conn().await?;
    let worker = "Maria Virtanen";
    let helmi_decision = app::money::repo::current_decision(&mut conn, helmi, app::dates::today())
        .await?
        .map(|d| d.decision_id);
    let dates = app::followup::dates::dates(&mut conn, helmi).await?;
    let next_follow_up = app::followup::dates::current(&dates).map(|d| d.due_on);
    let steps = [
        (aino, Stage::Writing, "worker", worker, None),
        (eero, Stage::Writing, "client", "Eero", None),
        (helmi, Stage::Writing, "client", "Helmi", None),
        (helmi, Stage::WorkerReads, "rule", "Helmi", None),
        (helmi, Stage::Decided, "worker", worker, helmi_decision),
        (helmi, Stage::InUse, "worker", worker, helmi_decision),
    ];
    for (client_id, stage, by_kind, by_name, decision_id) in steps {
        let event = NewStage {
            client_id,
            stage,
            decision_id,
            next_on: next_follow_up.filter(|_| stage == Stage::InUse),
            note: "",
            by_kind,
            by_id: (by_kind == "worker").then_some(maria.0),
            by_name,
            idem: None,
        };
        path::record(&mut conn, &event).await?;
    }
    Ok(())
}
