//! The demo follow-ups (issue 12): Eero has one follow-up completed about three months ago,
//! readable in his history, and a later date that passed without one, so Maria's caseload
//! shows it as late. (Helmi's dates come from her decision: the next in ten days.)

use app::db::Db;
use app::followup::content::{FollowUpContent, ItemAnswer, Said};
use app::followup::rating::Rating;
use app::followup::{dates, repo};
use app::ids::ClientId;
use app::plan::repo::{Actor, ActorRole};

pub(super) async fn load(db: &Db, eero: ClientId) -> anyhow::Result<()> {
    let today = chrono::Utc::now().date_naive();
    let day = |offset: i64| today + chrono::Duration::days(offset);
    dates::add_by_worker(&mut *db.conn().await?, eero, None, day(-100)).await?;
    dates::add_by_worker(&mut *db.conn().await?, eero, None, day(-10)).await?;
    let all = dates::dates(&mut *db.conn().await?, eero).await?;
    let Some(earlier) = all.iter().find(|d| d.due_on == day(-100)) else {
        anyhow::bail!("demo follow-up date");
    };
    let client = Actor {
        role: ActorRole::Client,
        name: "Eero".to_owned(),
    };
    let maria = Actor {
        role: ActorRole::Worker,
        name: "Maria Virtanen".to_owned(),
    };
    let said = |text: &str, by: &Actor| {
        Some(Said {
            text: text.to_owned(),
            by: by.clone(),
        })
    };
    let content = FollowUpContent {
        items: vec![ItemAnswer {
            section: "important".to_owned(),
            wish: "Musiikki".to_owned(),
            rating: Some(Rating::Good),
            words: said("Kävin kahdesti konsertissa.", &client),
        }],
        works: said("Kitaratunnit ovat kivoja.", &client),
        not_works: said("Bussi on usein myöhässä.", &client),
        change: said("Haluan soittaa muiden kanssa.", &client),
        notes: said("Etsimme Eerolle bändin, jossa soittaa.", &maria),
        agreed: None,
    };
    repo::create(&mut *db.conn().await?, eero, earlier.date_id, &content).await?;
    let Some(record) = repo::for_date(&mut *db.conn().await?, eero, earlier.date_id).await? else {
        anyhow::bail!("demo follow-up");
    };
    let by = &maria.name;
    repo::complete(
        &mut *db.conn().await?,
        record.follow_up_id,
        &content,
        1,
        by,
        None,
    )
    .await?;
    Ok(())
}
