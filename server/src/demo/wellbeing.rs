//! The demo's wellbeing (issue 12): Helmi answered the start of her period; Eero's period has
//! ended, with his start and end wellbeing and his survey, so the change shows.

use anyhow::Context;
use app::db::Db;
use app::ids::{ClientId, DecisionId, WorkerId};
use app::money::amount::Cents;
use app::money::repo::{self as money, DecisionInput, EnteredBy, Saved};
use app::people::PersonKind;
use app::plan::actor::{Actor, ActorRole};
use app::wellbeing::items::RoundKind;
use app::wellbeing::repo::{self as rounds, Outcome, Target, Write};
use app::wellbeing::round::{Answerer, Support};
use app::wellbeing::scale::Score;

/// Answers every question of a round and finishes it.
async fn answer(
    db: &Db,
    client_id: ClientId,
    decision_id: DecisionId,
    kind: RoundKind,
    scores: &[i64],
    by: &Answerer,
    comment: Option<&str>,
) -> anyhow::Result<()> {
    let mut writes: Vec<Write> = kind
        .items()
        .iter()
        .zip(scores)
        .map(|(item, s)| Ok(Write::Answer(*item, Score::from_i64(*s).context("score")?)))
        .collect::<anyhow::Result<_>>()?;
    if kind.has_comment() {
        writes.push(Write::Comment(comment.map(str::to_owned)));
    }
    writes.push(Write::Finish(by.clone()));
    for (version, write) in writes.iter().enumerate() {
        let target = Target {
            client_id,
            decision_id,
            kind,
            version: version as i64,
            idem: &app::forms::idempotency::new_key(),
            destination: "",
        };
        let mut tx = db.write().await?;
        let outcome = rounds::write(&mut tx, &target, write).await?;
        anyhow::ensure!(
            outcome == Outcome::Saved,
            "demo round {kind:?}: {outcome:?}"
        );
        tx.commit().await?;
    }
    Ok(())
}

fn actor(role: ActorRole, name: &str) -> Actor {
    Actor {
        role,
        name: name.to_owned(),
    }
}

pub(super) async fn load(
    db: &Db,
    helmi: ClientId,
    eero: ClientId,
    maria: WorkerId,
) -> anyhow::Result<()> {
    let today = app::dates::today();
    let helmi_period = app::wellbeing::service::period_of(db, helmi, today)
        .await?
        .context("Helmi's decision")?;
    let alone = |name: &str| Answerer {
        actor: actor(ActorRole::Client, name),
        support: Support::Alone,
    };
    let start = RoundKind::Start;
    let h = helmi_period.decision_id;
    answer(
        db,
        helmi,
        h,
        start,
        &[4, 3, 3, 2, 3, 4],
        &alone("Helmi"),
        None,
    )
    .await?;

    // Eero's budget ran for half a year and ended three weeks ago.
    let day = |offset: i64| today + chrono::Duration::days(offset);
    let decision = DecisionInput {
        period_start: day(-200),
        period_end: day(-20),
        granted_cents: Cents(240_000),
        reference: "HB-2026-017".to_owned(),
        next_follow_up: None,
    };
    let by = EnteredBy {
        kind: PersonKind::Worker,
        id: maria.0,
        name: "Maria Virtanen".to_owned(),
    };
    let mut conn = db.conn().await?;
    let Saved::Saved(e) = money::save_decision(&mut conn, eero, None, 0, &decision, &by).await?
    else {
        anyhow::bail!("Eero's demo decision");
    };
    // Eero's follow-ups are the follow-up demo's (one completed, one late); the dates this
    // ended decision made would all show as late beside them.
    sqlx::query("delete from follow_up_date where decision_id = $1 and added_by = 'rule'")
        .bind(e.0)
        .execute(&mut *conn)
        .await?;
    drop(conn);
    let with_liisa = Answerer {
        actor: actor(ActorRole::Helper, "Liisa"),
        support: Support::Helped,
    };
    let helped = Answerer {
        actor: actor(ActorRole::Client, "Eero"),
        support: Support::Helped,
    };
    answer(db, eero, e, start, &[2, 3, 3, 2, 2, 3], &with_liisa, None).await?;
    answer(
        db,
        eero,
        e,
        RoundKind::End,
        &[4, 4, 3, 3, 4, 2],
        &helped,
        None,
    )
    .await?;
    let comment = Some("Kitaratunnit olivat parasta.");
    answer(
        db,
        eero,
        e,
        RoundKind::Survey,
        &[5, 4, 4, 3],
        &alone("Eero"),
        comment,
    )
    .await?;
    Ok(())
}
