//! The demo client Helmi's money.

use anyhow::Context;
use app::db::Db;
use app::ids::{ClientId, WorkerId};
use app::money::amount::Cents;
use app::money::repo::{
    self as money, DecisionInput, EnteredBy, LineInput, NewSpending, Saved, Wish,
};
use app::people::PersonKind;
use app::plan::section::Section;

/// Helmi's budget: a six-month decision that started about ten weeks ago (its next follow-up
/// in ten days, so she is invited to prepare), three support
/// lines for wishes in her plan, and some spending, one of it corrected.
pub(super) async fn load_money(
    db: &Db,
    client_id: ClientId,
    maria: WorkerId,
) -> anyhow::Result<()> {
    let today = chrono::Utc::now().date_naive();
    let day = |offset: i64| today + chrono::Duration::days(offset);
    let by = EnteredBy {
        kind: PersonKind::Worker,
        id: maria.0,
        name: "Maria Virtanen".to_owned(),
    };
    let decision = DecisionInput {
        period_start: day(-70),
        period_end: day(111),
        granted_cents: Cents(300_000),
        reference: "HB-2026-042".to_owned(),
        next_follow_up: Some(day(10)),
    };
    let Saved::Saved(decision_id) =
        money::save_decision(&mut *db.conn().await?, client_id, None, 0, &decision, &by).await?
    else {
        anyhow::bail!("demo decision");
    };
    // Helmi's plan is from before items had ids: each item's id is its place.
    let wish = |section: Section, index: i64, text: &str| Wish {
        section: section.slug().to_owned(),
        item_id: index.to_string(),
        item_index: index,
        item_text: text.to_owned(),
    };
    let lines = [
        (
            "Avustaja uimahalliin",
            120_000,
            "self",
            wish(Section::Goals, 0, "Käyn uimassa"),
        ),
        (
            "Apu kaupassa käyntiin",
            90_000,
            "voucher",
            wish(Section::NeedHelp, 0, "Kaupassa käynti"),
        ),
        (
            "Leivontakurssi",
            30_000,
            "other",
            wish(Section::GoodAt, 0, "Osaan leipoa."),
        ),
    ];
    let mut line_ids = Vec::new();
    for (name, amount_cents, arrangement, wish) in lines {
        let input = LineInput {
            name: name.to_owned(),
            amount_cents: Cents(amount_cents),
            arrangement: app::money::Arrangement::parse(arrangement)
                .context("a demo line's arrangement")?,
            wishes: vec![wish],
        };
        let Saved::Saved(id) =
            money::save_line(&mut *db.conn().await?, decision_id, None, 0, &input).await?
        else {
            anyhow::bail!("demo line");
        };
        line_ids.push(id);
    }
    let entries = [
        (0, -60, 18_000, "Avustaja uimahallissa 4 kertaa"),
        (1, -45, 15_000, "Kauppa-apu syyskuu"),
        (2, -40, 30_000, "Leivontakurssi"),
        (0, -20, 22_500, "Avustaja uimahallissa 5 kertaa"),
        (1, -12, 15_000, "Kauppa-apu lokakuu"),
    ];
    for (line, offset, amount_cents, description) in entries {
        let entry = NewSpending {
            client_id,
            decision_id,
            line_id: line_ids[line],
            spent_on: day(offset),
            amount_cents: Cents(amount_cents),
            description: description.to_owned(),
            source: "typed",
            import_ref: None,
            reverses: None,
            idem: None,
        };
        money::add_spending(&mut *db.conn().await?, &entry, &by).await?;
    }
    Ok(())
}
