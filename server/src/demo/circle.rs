//! The demo circles of support and talking mats (issue 13): Eero's mother Liisa and his
//! personal assistant in his circle, and a sort of free time Helmi finished with her worker.

use app::circle::closeness::Closeness;
use app::circle::person::PersonInput;
use app::circle::repo::{self as circle, Outcome, Write};
use app::db::Db;
use app::forms::idempotency::new_key;
use app::ids::ClientId;
use app::mat::place::Place;
use app::mat::repo::{self as mats, Target};
use app::plan::actor::{Actor, ActorRole};
use app::wellbeing::round::{Answerer, Support};

async fn add(
    db: &Db,
    client: ClientId,
    by: &Actor,
    name: &str,
    closeness: Closeness,
    helps: &[&str],
) -> anyhow::Result<()> {
    let mut tx = db.write().await?;
    let input = PersonInput {
        name: name.to_owned(),
        closeness,
    };
    let Outcome::Saved(id) =
        circle::write(&mut tx, client, 0, (&new_key(), ""), by, &Write::Add(input)).await?
    else {
        anyhow::bail!("demo circle");
    };
    let helps = helps.iter().map(|h| (*h).to_owned()).collect();
    circle::write(
        &mut tx,
        client,
        1,
        (&new_key(), ""),
        by,
        &Write::Helps(id, helps),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub(super) async fn load(db: &Db, eero: ClientId, helmi: ClientId) -> anyhow::Result<()> {
    let eero_actor = Actor {
        role: ActorRole::Client,
        name: "Eero".to_owned(),
    };
    add(
        db,
        eero,
        &eero_actor,
        "Äiti Liisa",
        Closeness::Family,
        &["shopping", "money-matters"],
    )
    .await?;
    add(
        db,
        eero,
        &eero_actor,
        "Avustaja Jussi",
        Closeness::Paid,
        &["cooking", "getting-around"],
    )
    .await?;
    add(
        db,
        eero,
        &eero_actor,
        "Puhelimen muistutukset",
        Closeness::Services,
        &[],
    )
    .await?;
    let worker = Actor {
        role: ActorRole::Worker,
        name: "Maria Virtanen".to_owned(),
    };
    let places = [
        ("music", Place::Like),
        ("sport", Place::Like),
        ("nature", Place::Like),
        ("games", Place::Unsure),
        ("travel", Place::Unsure),
        ("friends", Place::Like),
        ("films", Place::Dislike),
        ("art", Place::Unsure),
    ];
    let mut tx = db.write().await?;
    let mut version = 0;
    for (card, place) in places {
        let target = Target {
            client_id: helmi,
            topic: "vapaa-aika",
            version,
            idem: &new_key(),
            destination: "",
        };
        mats::write(
            &mut tx,
            &target,
            &mats::Write::Place(card.to_owned(), place),
        )
        .await?;
        version += 1;
    }
    let target = Target {
        client_id: helmi,
        topic: "vapaa-aika",
        version,
        idem: &new_key(),
        destination: "",
    };
    let by = Answerer {
        actor: worker,
        support: Support::Helped,
    };
    mats::write(&mut tx, &target, &mats::Write::Finish(by)).await?;
    tx.commit().await?;
    Ok(())
}
