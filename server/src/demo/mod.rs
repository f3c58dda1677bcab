//! Demo data for trying Sopiva: clients with plans in different states, their cards and
//! picture PINs, a worker with them on her caseload, an admin, and a relative. Loaded only in
//! demo mode and only into an empty database.

mod circle;
mod followup;
mod helmi;
mod path;
mod stages;
mod supported;
mod wellbeing;

use anyhow::Context;
use app::caseload::repo as caseload_repo;
use app::db::Db;
use app::forms::idempotency;
use app::people::repo as clients;
use app::people::{self, PersonRef};
use app::plan::content::{Answer, Goal, PlanContent};
use app::plan::repo::{self as plans, Actor, ActorRole};
use app::plan::section::Section;
use app::relatives::repo::{self as consent, Rights};
use app::sign_in::cards;
use app::sign_in::logins as workers;
use app::sign_in::pins::{self, Pin};

/// The demo people's cards: name, card code and picture PIN. Shown on the demo start page.
pub const DEMO_CARDS: [(&str, &str, &str); 4] = [
    ("Aino", "DEMO-AINO-2468", "dog,cat,sun,house"),
    ("Eero", "DEMO-EERO-1357", "car,tree,apple,fish"),
    ("Helmi", "DEMO-HELMI-8642", "flower,ball,star,bicycle"),
    ("Liisa (Eeron äiti)", "DEMO-LIISA-1111", "sun,sun,dog,dog"),
];

/// The demo workers: name, user name, password, admin.
pub const DEMO_WORKERS: [(&str, &str, &str, bool); 2] = [
    ("Maria Virtanen", "maria", "maria-demo-salasana", false),
    ("Pekka Korhonen", "pekka", "pekka-demo-salasana", true),
];

/// The demo team lead (issue 14): name, user name, password. Sees the service's figures at
/// `/service` and no person's data.
pub const DEMO_TEAM_LEAD: (&str, &str, &str) = ("Tiina Lahti", "tiina", "tiina-demo-salasana");

fn text(value: &str) -> Answer {
    Answer::Text(value.to_owned())
}

/// The kiosk code in demo mode, shown nowhere; the README names it.
pub const DEMO_KIOSK_CODE: &str = "omatori-kiosk";

/// Loads the demo data if the database has no clients yet.
pub async fn load(db: &Db) -> anyhow::Result<()> {
    if clients::count(&mut *db.conn().await?).await? > 0 {
        return Ok(());
    }
    let mut worker_ids = Vec::new();
    for (name, user_name, password, admin) in DEMO_WORKERS {
        let id = workers::create(&mut *db.conn().await?, name, admin).await?;
        workers::set_password(&mut *db.conn().await?, id, user_name, password).await?;
        worker_ids.push(id);
    }
    let maria = worker_ids[0];
    let (name, user_name, password) = DEMO_TEAM_LEAD;
    let lead = workers::create(&mut *db.conn().await?, name, false).await?;
    workers::set_password(&mut *db.conn().await?, lead, user_name, password).await?;
    workers::set_team_lead(&mut *db.conn().await?, lead, true).await?;

    // Aino has not started yet.
    let aino = clients::create(&mut *db.conn().await?, DEMO_CARDS[0].0).await?;
    // Eero has a draft half written, with his mother Liisa as a relative.
    let eero = clients::create(&mut *db.conn().await?, DEMO_CARDS[1].0).await?;
    // Helmi has a saved plan, written with her worker, and a newer saved version.
    let helmi = clients::create(&mut *db.conn().await?, DEMO_CARDS[2].0).await?;
    let liisa = people::repo::create_relative(&mut *db.conn().await?, "Liisa").await?;
    let people = [
        PersonRef::client(aino.client_id),
        PersonRef::client(eero.client_id),
        PersonRef::client(helmi.client_id),
        PersonRef::relative(liisa),
    ];
    for (person, (_, code, pictures)) in people.into_iter().zip(DEMO_CARDS) {
        cards::issue_with_code(&mut *db.conn().await?, person, Some(maria), code).await?;
        let pin = Pin::parse(pictures).context("demo picture PIN")?;
        pins::set(&mut *db.conn().await?, person, &pin).await?;
    }
    for client in [&aino, &eero, &helmi] {
        caseload_repo::assign(&mut *db.conn().await?, maria, client.client_id).await?;
    }
    let rights = Rights {
        read_plan: true,
        write_plan: true,
        see_money: false,
    };
    let eero_person = PersonRef::client(eero.client_id);
    let consent =
        app::relatives::service::change(db, eero.client_id, liisa, rights, eero_person).await?;
    consent::confirm(
        &mut *db.conn().await?,
        consent.consent_id,
        eero.client_id,
        maria,
    )
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
            &mut *db.conn().await?,
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
            text("Avustaja tulee tiistaina ja perjantaina.\nIltaisin Helmi pärjää itse."),
        ),
        (
            Section::Goals,
            Answer::Goals(vec![Goal::words(
                "Käyn uimassa",
                "Käyn uimahallissa joka viikko.",
            )]),
        ),
    ];
    for (section, answer) in answers {
        plans::save_section(
            &mut *db.conn().await?,
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
        &mut *db.conn().await?,
        helmi.client_id,
        &first,
        &worker_actor,
        &idempotency::new_key(),
        |_| String::new(),
    )
    .await?;
    plans::save_version(
        &mut *db.conn().await?,
        helmi.client_id,
        &content,
        &helmi_actor,
        &idempotency::new_key(),
        |_| String::new(),
    )
    .await?;
    helmi::load_money(db, helmi.client_id, maria).await?;
    // Supported decision-making (issue 13): a session with Maria on Helmi's plan.
    supported::load(db, helmi.client_id, maria).await?;
    // Follow-up (issue 12): Eero's earlier follow-up, and a date that passed without one.
    followup::load(db, eero.client_id).await?;
    // Wellbeing (issue 12).
    wellbeing::load(db, helmi.client_id, eero.client_id, maria).await?;
    // The personal-budget path (issue 14): where the three are, and thirty clients at every
    // stage.
    let three = (aino.client_id, eero.client_id, helmi.client_id);
    stages::load(db, three, maria).await?;
    path::load(db).await?;
    // Circle of support and talking mat (issue 13).
    circle::load(db, eero.client_id, helmi.client_id).await
}
