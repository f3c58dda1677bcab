//! Demo data for trying Sopiva: clients with plans in different states, a worker and a
//! relative. Loaded only in demo mode and only into an empty database.

use app::plan::content::{Answer, Goal, PlanContent};
use app::plan::section::Section;
use app::storage::plans::{self, Actor, ActorRole};
use app::storage::{clients, idempotency, now_ms, Db};
use sqlx::Row;

/// Names and sign-in codes of the demo clients, shown on the demo start page.
pub const DEMO_CLIENTS: [(&str, &str); 3] = [
    ("Aino", "aino-2468"),
    ("Eero", "eero-1357"),
    ("Helmi", "helmi-8642"),
];

fn text(value: &str) -> Answer {
    Answer::Text(value.to_owned())
}

/// The kiosk code in demo mode, shown nowhere; the README names it.
pub const DEMO_KIOSK_CODE: &str = "omatori-kiosk";

/// Loads the demo data if the database has no clients yet.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    if clients::count(db).await? > 0 {
        return Ok(());
    }
    let now = now_ms();
    let worker = sqlx::query(
        "insert into worker (display_name, created_at) values ($1, $2) returning worker_id",
    )
    .bind("Maria Virtanen")
    .bind(now)
    .fetch_one(&db.pool)
    .await?;
    let _worker_id: i64 = worker.try_get("worker_id")?;

    // Aino has not started yet.
    clients::create(db, DEMO_CLIENTS[0].0, DEMO_CLIENTS[0].1).await?;

    // Eero has a draft half written, with his mother as a relative.
    let eero = clients::create(db, DEMO_CLIENTS[1].0, DEMO_CLIENTS[1].1).await?;
    sqlx::query("insert into helper (client_id, display_name, created_at) values ($1, $2, $3)")
        .bind(eero.client_id)
        .bind("Liisa")
        .bind(now)
        .execute(&db.pool)
        .await?;
    let eero_actor = Actor {
        role: ActorRole::Client,
        name: eero.display_name.clone(),
    };
    for (section, answer) in [
        (
            Section::Important,
            text("Kissani Miisu\nMusiikki\nOma rauha aamulla"),
        ),
        (
            Section::GoodAt,
            text("Osaan soittaa kitaraa.\nOlen hyvä kuuntelija."),
        ),
    ] {
        plans::save_section(
            db,
            eero.client_id,
            section,
            &answer,
            0,
            &idempotency::new_key(),
            "",
            &eero_actor,
        )
        .await?;
    }

    // Helmi has a saved plan, written with her worker, and a newer saved version.
    let helmi = clients::create(db, DEMO_CLIENTS[2].0, DEMO_CLIENTS[2].1).await?;
    let helmi_actor = Actor {
        role: ActorRole::Client,
        name: helmi.display_name.clone(),
    };
    let worker_actor = Actor {
        role: ActorRole::Worker,
        name: "Maria Virtanen".to_owned(),
    };
    let mut content = PlanContent::default();
    let answers = [
        (
            Section::Important,
            text("Ystäväni Sanna\nLuonto ja metsäkävelyt"),
        ),
        (
            Section::GoodAt,
            text("Osaan leipoa.\nIhmiset sanovat, että olen reilu."),
        ),
        (
            Section::Helpers,
            text("Äiti\nHenkilökohtainen avustaja Pekka\nPuhelimen muistutukset"),
        ),
        (
            Section::NeedHelp,
            text("Kaupassa käynti\nLaskujen maksaminen"),
        ),
        (
            Section::Support,
            text("Avustaja tulee tiistaina ja perjantaina.\nHaluan itse päättää, mitä ostan."),
        ),
        (
            Section::Goals,
            Answer::Goals(vec![Goal {
                goal: "Käyn uimassa".into(),
                how: "Käyn uimahallissa joka viikko.".into(),
            }]),
        ),
    ];
    for (section, answer) in answers {
        plans::save_section(
            db,
            helmi.client_id,
            section,
            &answer,
            0,
            &idempotency::new_key(),
            "",
            &helmi_actor,
        )
        .await?;
        content.set(section, answer);
    }
    let mut first = content.clone();
    first.answers.remove(&Section::Goals);
    plans::save_version(
        db,
        helmi.client_id,
        &first,
        &worker_actor,
        &idempotency::new_key(),
        |_| String::new(),
    )
    .await?;
    plans::save_version(
        db,
        helmi.client_id,
        &content,
        &helmi_actor,
        &idempotency::new_key(),
        |_| String::new(),
    )
    .await?;
    Ok(())
}
