//! The personal-budget path's demo (issue 14): thirty clients of the worker Sanna, at every
//! stage of the path, with their changes of stage, plans, decisions (some with an earlier,
//! ended period), support lines, spending, follow-up dates and earlier arrangements. Aino's,
//! Eero's and Helmi's own places on the path are in `stages`.

use anyhow::Context;
use app::caseload::repo as caseload_repo;
use app::db::Db;
use app::forms::idempotency;
use app::ids::{ClientId, DecisionId, WorkerId};
use app::money::amount::Cents;
use app::money::repo::{
    self as money, DecisionInput, EnteredBy, LineInput, NewSpending, Saved, Wish,
};
use app::path::arrangements::{self, Input, Kind};
use app::path::repo::{self as path, NewStage};
use app::path::Stage;
use app::people::repo as clients;
use app::people::PersonKind;
use app::plan::content::{Answer, PlanContent};
use app::plan::repo::{self as plans, Actor, ActorRole};
use app::plan::section::Section;
use app::sign_in::logins as workers;
use chrono::{Duration, NaiveDate};

/// The demo worker of the path's clients: name, user name, password.
pub const DEMO_PATH_WORKER: (&str, &str, &str) = ("Sanna Laine", "sanna", "sanna-demo-salasana");

/// The clients, after Helmi in the alphabet so that the first three stay Aino, Eero, Helmi.
const NAMES: [&str; 30] = [
    "Ilkka", "Irma", "Jaana", "Jari", "Johanna", "Juha", "Kaisa", "Kalle", "Katja", "Lauri",
    "Leena", "Markku", "Marjut", "Mikko", "Minna", "Niina", "Olli", "Outi", "Paavo", "Pirjo",
    "Raili", "Risto", "Sami", "Sari", "Tapio", "Tuula", "Ulla", "Veikko", "Wilhelm", "Yrjö",
];

/// What the person had before, with its monthly cost in cents, by client.
const EARLIER: [(&str, Kind, i64); 4] = [
    ("Asumispalvelu", Kind::Before, 180_000),
    ("Päivätoiminta", Kind::Before, 95_000),
    ("Kuljetuspalvelu, palveluseteli", Kind::Before, 22_000),
    (
        "Tukihenkilö perinteisesti järjestettynä",
        Kind::Estimate,
        60_000,
    ),
];

struct Ctx<'a> {
    db: &'a Db,
    worker: WorkerId,
    by: EnteredBy,
    today: NaiveDate,
}

/// Loads the path's demo clients.
pub(super) async fn load(db: &Db) -> anyhow::Result<()> {
    let (name, user_name, password) = DEMO_PATH_WORKER;
    let worker = workers::create(&mut *db.conn().await?, name, false).await?;
    workers::set_password(&mut *db.conn().await?, worker, user_name, password).await?;
    let ctx = Ctx {
        db,
        worker,
        by: EnteredBy {
            kind: PersonKind::Worker,
            id: worker.0,
            name: name.to_owned(),
        },
        today: chrono::Utc::now().date_naive(),
    };
    for (i, name) in NAMES.into_iter().enumerate() {
        let stage = Stage::ALL[i % Stage::ALL.len()];
        client(&ctx, name, i as i64, stage).await?;
    }
    Ok(())
}

async fn client(ctx: &Ctx<'_>, name: &str, i: i64, stage: Stage) -> anyhow::Result<()> {
    let db = ctx.db;
    let client = clients::create(&mut *db.conn().await?, name).await?;
    let client_id = client.client_id;
    caseload_repo::assign(&mut *db.conn().await?, ctx.worker, client_id).await?;
    let actor = Actor {
        role: ActorRole::Client,
        name: name.to_owned(),
    };
    let mut content = PlanContent::default();
    content.set(
        Section::Important,
        Answer::Text("Oma koti\nYstävät\nMusiikki".to_owned()),
    );
    content.set(
        Section::NeedHelp,
        Answer::Text("Kaupassa käynti\nHarrastukset".to_owned()),
    );
    plans::save_section(
        &mut *db.conn().await?,
        client_id,
        Section::Important,
        content.answer(Section::Important).context("answer")?,
        0,
        &idempotency::new_key(),
        "",
        &actor,
    )
    .await?;
    let reached = |s: Stage| {
        Stage::ALL.iter().position(|x| *x == s) <= Stage::ALL.iter().position(|x| *x == stage)
    };
    if reached(Stage::WorkerReads) {
        plans::save_version(
            &mut *db.conn().await?,
            client_id,
            &content,
            &actor,
            &idempotency::new_key(),
            |_| String::new(),
        )
        .await?;
    }
    // Every third client who has a decision had an earlier period too, now ended.
    let decided = reached(Stage::Decided);
    if decided && i % 3 == 0 {
        let end = ctx.today - Duration::days(120);
        decision(ctx, client_id, end - Duration::days(181), end, i, 3).await?;
    }
    let current = match decided {
        true => {
            // An ended period ended a week ago; the others run for six months from a start
            // that depends on the stage.
            let start = match stage {
                Stage::Decided => ctx.today - Duration::days(3),
                Stage::InUse => ctx.today - Duration::days(40),
                Stage::FollowUp => ctx.today - Duration::days(88),
                _ => ctx.today - Duration::days(188),
            };
            let spent = match stage {
                Stage::Decided => 0,
                Stage::InUse => 1,
                _ => 3,
            };
            Some(decision(ctx, client_id, start, start + Duration::days(180), i, spent).await?)
        }
        false => None,
    };
    stages(ctx, client_id, name, stage, current).await
}

/// A six-month decision with two support lines, `spent` spending entries on each, the rule's
/// follow-up dates and the earlier arrangement.
async fn decision(
    ctx: &Ctx<'_>,
    client_id: ClientId,
    start: NaiveDate,
    end: NaiveDate,
    i: i64,
    spent: i64,
) -> anyhow::Result<DecisionId> {
    let mut conn = ctx.db.conn().await?;
    let granted = 900_000 + i * 25_000;
    let input = DecisionInput {
        period_start: start,
        period_end: end,
        granted_cents: Cents(granted),
        reference: format!("HB-DEMO-{:03}", i + 1),
        next_follow_up: None,
    };
    let Saved::Saved(decision_id) =
        money::save_decision(&mut conn, client_id, None, 0, &input, &ctx.by).await?
    else {
        anyhow::bail!("demo decision");
    };
    // The plans above are text answers: an item's id is its place.
    let wish = |section: Section, text: &str| Wish {
        section: section.slug().to_owned(),
        item_id: "0".to_owned(),
        item_index: 0,
        item_text: text.to_owned(),
    };
    let lines = [
        (
            "Avustaja harrastuksiin",
            granted * 3 / 5,
            "self",
            wish(Section::Important, "Oma koti"),
        ),
        (
            "Apu kaupassa käyntiin",
            granted * 2 / 5,
            "voucher",
            wish(Section::NeedHelp, "Kaupassa käynti"),
        ),
    ];
    for (name, amount, arrangement, wish) in lines {
        let line = LineInput {
            name: name.to_owned(),
            amount_cents: Cents(amount),
            arrangement: app::money::Arrangement::parse(arrangement).context("arrangement")?,
            wishes: vec![wish],
        };
        let Saved::Saved(line_id) =
            money::save_line(&mut conn, decision_id, None, 0, &line).await?
        else {
            anyhow::bail!("demo line");
        };
        for n in 0..spent {
            let entry = NewSpending {
                client_id,
                decision_id,
                line_id,
                spent_on: start + Duration::days(10 + n * 25),
                amount_cents: Cents(amount / 8 + n * 1_000),
                description: format!("{name}, {}", n + 1),
                source: "typed",
                import_ref: None,
                reverses: None,
                idem: None,
            };
            money::add_spending(&mut conn, &entry, &ctx.by).await?;
        }
    }
    app::followup::dates::make_for_decision(
        &mut conn,
        client_id,
        decision_id,
        (start, end),
        None,
        start,
    )
    .await?;
    // Two of the four earlier services, different for each client; every fourth an estimate.
    for k in 0..2 {
        let (what, kind, monthly) = EARLIER[((i + k) % 4) as usize];
        let row = Input {
            what: what.to_owned(),
            kind,
            monthly: Cents(monthly + i * 500),
        };
        let by = (ctx.worker, ctx.by.name.as_str());
        arrangements::save(&mut conn, client_id, decision_id, None, 0, &row, by).await?;
    }
    Ok(decision_id)
}

/// The changes of stage up to `stage`, each by whoever makes it.
async fn stages(
    ctx: &Ctx<'_>,
    client_id: ClientId,
    name: &str,
    stage: Stage,
    decision_id: Option<DecisionId>,
) -> anyhow::Result<()> {
    let mut conn = ctx.db.conn().await?;
    let worker = ctx.by.name.as_str();
    let order = [
        (Stage::Writing, "client", name, ""),
        (Stage::WorkerReads, "rule", name, ""),
        (
            Stage::Group,
            "worker",
            worker,
            "Ryhmä puoltaa suunnitelmaa sellaisenaan.",
        ),
        (Stage::Decided, "worker", worker, ""),
        (Stage::InUse, "worker", worker, ""),
        (Stage::FollowUp, "worker", worker, ""),
        (Stage::Ended, "worker", worker, ""),
    ];
    for (s, by_kind, by_name, note) in order {
        let here = s == stage;
        let next_on = here.then(|| ctx.today + Duration::days(14));
        let event = NewStage {
            client_id,
            stage: s,
            decision_id: decision_id
                .filter(|_| !matches!(s, Stage::Writing | Stage::WorkerReads | Stage::Group)),
            next_on: next_on.filter(|_| s != Stage::InUse),
            note,
            by_kind,
            by_id: (by_kind == "worker").then_some(ctx.worker.0),
            by_name,
            idem: None,
        };
        path::record(&mut conn, &event).await?;
        if here {
            break;
        }
    }
    Ok(())
}
