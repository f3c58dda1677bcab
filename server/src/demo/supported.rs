//! Supported decision-making (issue 13): Helmi's plan was written in a supported session with
//! Maria beside her. Three answers are marked three ways (Helmi's own words, told with
//! pictures, Maria's own note) in the draft and both saved versions, and Helmi disagrees with
//! Maria's note. The summary and the printed plan show it; Helmi's record page shows the
//! session (ended by a press) and her log its start and end.

use app::db::Db;
use app::forms::idempotency;
use app::ids::{ClientId, WorkerId};
use app::plan::repo::{Actor, ActorRole};
use app::plan::section::Section;
use app::said::repo::{self as marks, NewMark};
use app::said::{sessions, Said};

pub async fn load(db: &Db, helmi: ClientId, maria: WorkerId) -> anyhow::Result<()> {
    let by = Actor {
        role: ActorRole::Worker,
        name: "Maria Virtanen".to_owned(),
    };
    let session = sessions::start(&mut *db.conn().await?, helmi, maria, &by.name).await?;
    let said = [
        (Section::Important, Said::Own),
        (Section::NeedHelp, Said::Pictures),
        (Section::Support, Said::Note),
    ];
    for (section, said) in said {
        let mark = NewMark {
            said,
            by: by.clone(),
            session: Some(session),
        };
        marks::put(
            &mut *db.conn().await?,
            helmi,
            "draft",
            section.slug(),
            &mark,
        )
        .await?;
    }
    // Both saved versions were made from this draft.
    for scope in ["v1", "v2"] {
        marks::copy_to(&mut *db.conn().await?, helmi, "draft", scope).await?;
    }
    sessions::end(&mut *db.conn().await?, helmi).await?;
    // Helmi does not agree with Maria's note, on the summary; the draft carries it on.
    let note = marks::marks(&mut *db.conn().await?, helmi, "v2")
        .await?
        .into_iter()
        .find(|m| m.item == Section::Support.slug())
        .ok_or_else(|| anyhow::anyhow!("the demo note has no mark"))?;
    marks::disagree(
        &mut *db.conn().await?,
        helmi,
        "v2",
        Section::Support.slug(),
        note.marked_at,
        "Tarvitsen apua myös iltaisin.",
        &idempotency::new_key(),
        "",
    )
    .await?;
    Ok(())
}
