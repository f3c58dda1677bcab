//! The rounds' rules on the server: which period, saving one page at a time, finishing, and
//! what a page shows. Plain async functions over a `Db`, called by the thin server functions.

use super::items::{RoundKind, Step};
use super::period::{self, Period};
use super::repo::{self, Outcome, Target, Write};
use super::round::{Answerer, Round, Support};
use super::scale::Score;
use super::view::StepPageData;
use super::WellbeingNotice;
use crate::db::{Db, StorageError};
use crate::forms::notice::Notice;
use crate::forms::refused as refused_forms;
use crate::ids::ClientId;
use crate::plan::actor::Actor;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::view::MAX_COMMENT;

/// The client answered for, who is answering, and their session (for a kept refused form).
#[derive(Clone, Debug)]
pub struct Writer {
    pub client_id: ClientId,
    pub author: Actor,
    pub session_id: String,
}

/// One page's form as sent.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct StepForm {
    pub version: i64,
    pub idem: String,
    pub choice: Option<String>,
    pub comment: Option<String>,
    pub support: Option<String>,
    /// Whose words the comment is, kept as sent when the page is refused.
    #[serde(default)]
    pub said: Option<String>,
    /// The mark stored with a saved comment (see `said`).
    #[serde(skip)]
    pub mark: Option<crate::said::repo::NewMark>,
}

/// The client's current period, if a decision exists.
pub async fn period_of(
    db: &Db,
    client_id: ClientId,
    today: NaiveDate,
) -> Result<Option<Period>, StorageError> {
    let decision =
        crate::money::repo::current_decision(&mut *db.conn().await?, client_id, today).await?;
    Ok(decision.map(|d| Period {
        decision_id: d.decision_id,
        start: d.period_start,
        end: d.period_end,
    }))
}

/// The rounds of the current period (none without a period).
pub async fn current_rounds(
    db: &Db,
    client_id: ClientId,
    today: NaiveDate,
) -> Result<(Option<Period>, Vec<Round>), StorageError> {
    let Some(period) = period_of(db, client_id, today).await? else {
        return Ok((None, Vec::new()));
    };
    let rounds = repo::rounds(&mut *db.conn().await?, client_id, period.decision_id).await?;
    Ok((Some(period), rounds))
}

fn form_name(kind: RoundKind, step: Step) -> String {
    format!("wellbeing:{}:{}", kind.slug(), step.slug())
}

/// Turns the form into the one write it asks for, or the notice that refuses it.
fn parse(
    kind: RoundKind,
    step: Step,
    form: &StepForm,
    rounds: &[Round],
    author: &Actor,
) -> Result<Write, String> {
    let here = step.path(kind);
    match step {
        Step::Question(item) => match form.choice.as_deref().and_then(Score::parse) {
            Some(score) => Ok(Write::Answer(item, score)),
            None => Err(WellbeingNotice::Empty.at(&here)),
        },
        Step::Comment => {
            let text = form.comment.clone().unwrap_or_default().trim().to_owned();
            if crate::plan::content::grapheme_len(&text) > MAX_COMMENT {
                return Err(WellbeingNotice::TooLong.at(&here));
            }
            Ok(Write::Comment((!text.is_empty()).then_some(text)))
        }
        Step::Finish => {
            let round = rounds.iter().find(|r| r.kind == kind);
            if let Some(item) = round.map_or(kind.items().first().copied(), Round::first_unanswered)
            {
                return Err(WellbeingNotice::Missing.at(&Step::Question(item).path(kind)));
            }
            match form.support.as_deref().and_then(Support::parse) {
                Some(support) => Ok(Write::Finish(Answerer {
                    actor: author.clone(),
                    support,
                })),
                None => Err(WellbeingNotice::SupportMissing.at(&here)),
            }
        }
    }
}

/// Saves one page of a round and returns the address of the page to show next. A refused
/// page keeps the person's choice or text on the server for this session.
pub async fn save_step(
    db: &Db,
    on: &Writer,
    kind: RoundKind,
    step: Step,
    form: StepForm,
    today: NaiveDate,
) -> Result<String, StorageError> {
    let (period, rounds) = current_rounds(db, on.client_id, today).await?;
    let Some(period) = period else {
        return Ok(WellbeingNotice::NoPeriod.at("/wellbeing"));
    };
    if !period.is_open(kind, today) {
        return Ok(WellbeingNotice::NotYet.at("/wellbeing"));
    }
    let here = step.path(kind);
    let name = form_name(kind, step);
    let keep = |db: &Db| {
        let json = serde_json::to_string(&form);
        let (session, client) = (on.session_id.clone(), on.client_id);
        let name = name.clone();
        let db = db.clone();
        async move {
            refused_forms::put_refused(&mut *db.conn().await?, &session, client, &name, &json?)
                .await
        }
    };
    let write = match parse(kind, step, &form, &rounds, &on.author) {
        Ok(write) => write,
        Err(notice) => {
            keep(db).await?;
            return Ok(notice);
        }
    };
    let destination = match step.next(kind) {
        Some(next) => next.path(kind),
        None => WellbeingNotice::Saved.at("/wellbeing"),
    };
    let target = Target {
        client_id: on.client_id,
        decision_id: period.decision_id,
        kind,
        version: form.version,
        idem: &form.idem,
        destination: &destination,
    };
    let mut tx = db.write().await?;
    let outcome = repo::write(&mut tx, &target, &write).await?;
    if outcome == Outcome::Saved {
        if let (Write::Comment(Some(_)), Some(mark)) = (&write, &form.mark) {
            let scope = crate::said::target::wellbeing_scope(period.decision_id.0, kind.slug());
            let item = crate::said::target::COMMENT;
            crate::said::repo::put(&mut tx, on.client_id, &scope, item, mark).await?;
        }
        refused_forms::clear_refused(&mut tx, &on.session_id, on.client_id, &name).await?;
        tx.commit().await?;
    } else {
        // Nothing was written and the key stays unclaimed.
        tx.rollback().await?;
    }
    Ok(match outcome {
        Outcome::Saved => destination,
        Outcome::Replayed(previous) if !previous.is_empty() => previous,
        Outcome::Replayed(_) => here,
        Outcome::Locked => WellbeingNotice::Locked.at(&here),
        Outcome::Conflict => {
            keep(db).await?;
            WellbeingNotice::Changed.at(&here)
        }
    })
}

/// What one page of a round shows: the saved answer, or the person's refused choice.
pub async fn step_page(
    db: &Db,
    on: &Writer,
    kind: RoundKind,
    step: Step,
    today: NaiveDate,
    is_client: bool,
) -> Result<StepPageData, StorageError> {
    let (period, rounds) = current_rounds(db, on.client_id, today).await?;
    let round = rounds.iter().find(|r| r.kind == kind);
    let kept: Option<StepForm> =
        refused_forms::refused(&mut *db.conn().await?, &on.session_id, on.client_id)
            .await?
            .into_iter()
            .find(|(form, _)| *form == form_name(kind, step))
            .and_then(|(_, json)| serde_json::from_str(&json).ok());
    let saved = match step {
        Step::Question(item) => round.and_then(|r| r.answers.get(&item).copied()),
        _ => None,
    };
    let chosen = match &kept {
        Some(k) => k.choice.as_deref().and_then(Score::parse).or(saved),
        None => saved,
    };
    let said = kept
        .as_ref()
        .and_then(|k| k.said.as_deref())
        .and_then(crate::said::Said::parse);
    let comment = match &kept {
        Some(k) => k.comment.clone().unwrap_or_default(),
        None => round.and_then(|r| r.comment.clone()).unwrap_or_default(),
    };
    Ok(StepPageData {
        kind,
        step,
        version: round.map_or(0, |r| r.version),
        idem: crate::forms::idempotency::new_key(),
        chosen,
        comment,
        support: kept
            .and_then(|k| k.support)
            .and_then(|s| Support::parse(&s)),
        locked: round.is_some_and(Round::is_finished),
        closed: !period.is_some_and(|p| p.is_open(kind, today)),
        answers: round
            .map(|r| r.answers.iter().map(|(i, s)| (*i, *s)).collect())
            .unwrap_or_default(),
        is_client,
        said,
    })
}

/// Where a client's rounds stand now, with what to offer on the home page.
pub async fn offer(
    db: &Db,
    client_id: ClientId,
    today: NaiveDate,
) -> Result<Option<super::Offer>, StorageError> {
    let (period, rounds) = current_rounds(db, client_id, today).await?;
    Ok(period.and_then(|p| period::offer(&p, &rounds, today)))
}
