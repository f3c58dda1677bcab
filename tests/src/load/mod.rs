//! The simulated people of the load and crash proofs (issue 16): clients who write their plan
//! and prepare their follow-up, and their worker who writes down their spending, all through
//! HTTP as a browser without scripts would, mixed with page reads. Each person keeps the
//! test's own model of what the server said was saved (`model`), to check the database
//! against afterwards. The server is any address: a `TestApp` or a server process.

pub mod model;
pub mod page;

use crate::random::Random;
use app::db::Db;
use app::ids::{ClientId, WorkerId};
use app::money::{service as money, FormState};
use app::people::PersonRef;
use app::session::repo::Place;
pub use model::{Record, Tally};
use page::field;
pub use page::{action, browser, day, get, key_of_form};

/// The plan sections a person writes under load (goals have another form).
pub const SECTIONS: [&str; 5] = ["important", "good-at", "helpers", "need-help", "support"];

/// One simulated client: their browser, and their worker's browser with this client open.
pub struct Person {
    pub no: usize,
    pub client_id: ClientId,
    pub client: reqwest::Client,
    pub worker: reqwest::Client,
    /// The support line their spending goes to.
    pub line_id: i64,
    /// The follow-up step "Mikä toimii?" (after one step per wish).
    pub works_step: i64,
}

/// What one form post was told.
#[derive(Debug)]
pub enum Answer {
    /// The page after a save: the write is promised.
    Saved,
    /// Anything else the server answered, with where it led (a refusal, "/problem", a 5xx).
    Other(String),
    /// No answer at all (the server was killed): the write may or may not be there.
    NoAnswer,
}

/// How a post was answered, given the address a save leads to.
async fn answer(
    sent: Result<reqwest::Response, reqwest::Error>,
    saved_to: &str,
    tally: &mut Tally,
) -> Answer {
    let Ok(response) = sent else {
        return Answer::NoAnswer;
    };
    let status = response.status().as_u16();
    let to = crate::location(&response);
    tally.count_status(status, &to);
    // Read the body so a half-sent answer counts as none.
    let Ok(body) = response.text().await else {
        return Answer::NoAnswer;
    };
    tally.count_body(&body);
    if to == saved_to {
        Answer::Saved
    } else {
        Answer::Other(format!("{status} {to}"))
    }
}

/// Opens a section's page and sends it with `text`.
pub async fn save_section(
    person: &Person,
    base: &str,
    slug: &str,
    text: &str,
    tally: &mut Tally,
) -> Answer {
    let Some((status, html)) = get(&person.client, base, &format!("/plan/step/{slug}")).await
    else {
        return Answer::NoAnswer;
    };
    tally.count_status(status, "");
    let (Some(to), Some(version), Some(idem)) = (
        action(&html, "save_section"),
        field(&html, "version"),
        field(&html, "idem"),
    ) else {
        return Answer::Other(format!("{status}: no section form"));
    };
    let section = app::plan::section::Section::from_slug(slug).expect("a section");
    let next = app::plan::service::next_page(section, false);
    let form = [
        ("section", slug),
        ("version", &version),
        ("idem", &idem),
        ("answer", text),
    ];
    let sent = person
        .client
        .post(format!("{base}{to}"))
        .form(&form)
        .send()
        .await;
    answer(sent, &next, tally).await
}

/// Opens the follow-up step "Mikä toimii?" and sends it with `text`.
pub async fn save_works(person: &Person, base: &str, text: &str, tally: &mut Tally) -> Answer {
    let path = format!("/followup/step/{}", person.works_step);
    let Some((status, html)) = get(&person.client, base, &path).await else {
        return Answer::NoAnswer;
    };
    tally.count_status(status, "");
    let (Some(to), Some(version), Some(idem)) = (
        action(&html, "save_follow_up_step"),
        field(&html, "version"),
        field(&html, "idem"),
    ) else {
        return Answer::Other(format!("{status}: no step form"));
    };
    let no = person.works_step.to_string();
    let form = [
        ("no", no.as_str()),
        ("version", &version),
        ("idem", &idem),
        ("rating", ""),
        ("words", text),
    ];
    let sent = person
        .client
        .post(format!("{base}{to}"))
        .form(&form)
        .send()
        .await;
    let next = format!("/followup/step/{}", person.works_step + 1);
    answer(sent, &next, tally).await
}

/// The worker opens the money page and writes down one spending entry.
pub async fn add_spending(
    person: &Person,
    base: &str,
    description: &str,
    cents: i64,
    tally: &mut Tally,
) -> Answer {
    let Some((status, html)) = get(&person.worker, base, "/worker/money").await else {
        return Answer::NoAnswer;
    };
    tally.count_status(status, "");
    let Some(to) = action(&html, "add_spending") else {
        return Answer::Other(format!("{status}: no spending form"));
    };
    let Some(idem) = key_of_form(&html, &to) else {
        return Answer::Other("no spending key".to_owned());
    };
    let amount = format!("{},{:02}", cents / 100, cents % 100);
    let form = reqwest::multipart::Form::new()
        .text("idem", idem)
        .text("spent_on", day(0))
        .text("amount", amount)
        .text("line_id", person.line_id.to_string())
        .text("description", description.to_owned());
    let sent = person
        .worker
        .post(format!("{base}{to}"))
        .multipart(form)
        .send()
        .await;
    answer(sent, "/worker/money?saved=spending#spending", tally).await
}

/// A page read between the writes; `false` when the server did not answer.
pub async fn read(person: &Person, base: &str, random: &mut Random, tally: &mut Tally) -> bool {
    let path = random.pick(&["/home", "/plan/summary", "/money", "/plan/check"]);
    match get(&person.client, base, path).await {
        Some((status, body)) => {
            tally.reads += 1;
            tally.count_status(status, "");
            tally.count_body(&body);
            true
        }
        None => false,
    }
}

/// Makes `n` clients on a running server's database, each on the demo worker Maria's
/// caseload, with a first wish saved through HTTP, a decision (which makes the follow-up
/// dates) and a support line for the wish. Names start with `prefix`.
pub async fn people(db: &Db, base: &str, n: usize, prefix: &str) -> anyhow::Result<Vec<Person>> {
    let maria = WorkerId(
        sqlx::query_scalar("select worker_id from worker where display_name = 'Maria Virtanen'")
            .fetch_one(&db.pool)
            .await?,
    );
    let by = money::by_worker(maria, "Maria Virtanen");
    let mut people = Vec::new();
    for no in 0..n {
        let (client_id, session) =
            crate::client_with_session(db, &format!("{prefix} {no}")).await?;
        sqlx::query("insert into caseload (worker_id, client_id, added_at) values ($1, $2, $3)")
            .bind(maria.0)
            .bind(client_id.0)
            .bind(app::db::now_ms())
            .execute(&db.pool)
            .await?;
        let worker_session =
            crate::session_for(db, PersonRef::worker(maria), Some(client_id), Place::Worker)
                .await?;
        let mut person = Person {
            no,
            client_id,
            client: browser(&session)?,
            worker: browser(&worker_session)?,
            line_id: 0,
            works_step: 0,
        };
        let mut tally = Tally::default();
        let first = save_section(&person, base, "important", "Uinti", &mut tally).await;
        anyhow::ensure!(matches!(first, Answer::Saved), "the first wish: {first:?}");
        let key = app::forms::idempotency::new_key;
        let decision = [
            ("period_start", day(-30)),
            ("period_end", day(150)),
            ("granted", "5000".to_owned()),
            ("reference", "HB-LOAD".to_owned()),
            ("idem", key()),
        ];
        let form = FormState::from_pairs(&decision);
        let to = money::submit_decision(db, &worker_session, client_id, &by, None, 0, form).await?;
        anyhow::ensure!(to.contains("saved=decision"), "the decision: {to}");
        // The line serves the first wish, named by its stable id.
        let draft = app::plan::repo::load_draft(&mut *db.conn().await?, client_id).await?;
        let wish = draft
            .content
            .answer(app::plan::section::Section::Important)
            .and_then(|a| a.entries().into_iter().next())
            .map(|item| item.id)
            .ok_or_else(|| anyhow::anyhow!("the first wish has no item"))?;
        let line = [
            ("name", "Uimahalli".to_owned()),
            ("amount", "1000".to_owned()),
            ("arrangement", "self".to_owned()),
            ("wishes", format!("important:{wish}")),
            ("idem", key()),
        ];
        let form = FormState::from_pairs(&line);
        let to = money::submit_line(db, &worker_session, client_id, None, 0, form).await?;
        anyhow::ensure!(to.contains("saved=line"), "the support line: {to}");
        person.line_id = sqlx::query_scalar(
            "select l.line_id from support_line l join budget_decision d \
             on d.decision_id = l.decision_id where d.client_id = $1",
        )
        .bind(client_id.0)
        .fetch_one(&db.pool)
        .await?;
        let current = app::followup::service::current(db, client_id).await?;
        let Some(current) = current else {
            anyhow::bail!("the decision made no follow-up date");
        };
        let items = current.content.items.len();
        person.works_step = items as i64 + 1;
        people.push(person);
    }
    Ok(people)
}

/// One person's share of the load: `saves` writes (sections, follow-up, spending), each
/// after a page read now and then. Stops at the first write without an answer (the server
/// is gone). `record` keeps what each write was told.
pub async fn run_person(
    person: &Person,
    base: &str,
    saves: usize,
    seed: u64,
    record: &mut Record,
) -> Tally {
    let mut random = Random(seed.wrapping_add(person.no as u64 * 7919).max(1));
    let mut tally = Tally::default();
    for n in 0..saves {
        if random.below(3) == 0 && !read(person, base, &mut random, &mut tally).await {
            break;
        }
        // Unique across the rounds of a crash test too: spending is told apart by its words.
        let mark = random.number() % 1_000_000_000;
        let text = format!("Asiakas {} kirjoitti {mark} {n}.", person.no);
        let told = match random.below(10) {
            0..=5 => {
                let slug = random.pick(&SECTIONS);
                let told = save_section(person, base, slug, &text, &mut tally).await;
                record.section(slug, &text, &told);
                told
            }
            6 | 7 => {
                let told = save_works(person, base, &text, &mut tally).await;
                record.works(&text, &told);
                told
            }
            _ => {
                let cents = 100 + random.below(10_000) as i64;
                let told = add_spending(person, base, &text, cents, &mut tally).await;
                record.spending(&text, cents, &told);
                told
            }
        };
        tally.count_answer(&told);
        if matches!(told, Answer::NoAnswer) {
            break;
        }
    }
    tally
}
