//! Concurrent edits (issue 16, proofs): a property test of random interleavings of two
//! editors on one versioned item, through HTTP on both engines. The items: a plan section and
//! a follow-up step (Eero and his mother Liisa, who may write), and a money line (the worker
//! Maria on two devices). Each editor opens the form (its version and key), then sends its
//! own text; the two do this in a random order, now and then both sending at the same moment.
//!
//! After every step: a write is accepted exactly when its form's version is the item's
//! current one (of two sent together on the same version, one), the item holds the last
//! accepted text (0 silent overwrites), and every refused editor is told "changed by someone
//! else" with their own text kept on their page, while the other editor's page says nothing
//! of it.
//!
//! `SOPIVA_INTERLEAVE_CASES` (default 30 per engine) and `SOPIVA_INTERLEAVE_SEED`; the full run
//! (tests/proofs.sh) uses 10,000. `SOPIVA_INTERLEAVE_ENGINE` (`sqlite` or `postgres`) runs one
//! engine only, for a long run on the other one's figures.

use app::db::Db;
use app::ids::ClientId;
use reqwest::Client;
use tests::load::{action, get};
use tests::random::{env_count, Random};
use tests::{client_named, location, sign_in_with_pictures, submit, TestApp};

/// The versioned items two people can edit at once.
#[derive(Clone, Copy, Debug)]
enum Item {
    /// A plan section's text (client and relative).
    Section,
    /// The follow-up step "Mikä toimii?" with its number (client and relative).
    Step(i64),
    /// A support line's name (the worker on two devices), with a wish key it serves.
    Line(i64),
}

/// A form as an editor opened it.
struct Opened {
    to: String,
    version: String,
    idem: String,
}

/// Where the test stands: the server, the client, the line's wish, and the two editors of each
/// kind of item.
struct Bench {
    app: TestApp,
    client: ClientId,
    wish: String,
    family: [Client; 2],
    workers: [Client; 2],
}

const SECTION: &str = "helpers";

impl Item {
    fn page(self) -> String {
        match self {
            Item::Section => format!("/plan/step/{SECTION}"),
            Item::Step(no) => format!("/followup/step/{no}"),
            Item::Line(_) => "/worker/money".to_owned(),
        }
    }

    /// What a refused editor is told, in Finnish.
    fn changed(self) -> &'static str {
        match self {
            Item::Section => "Joku muutti tätä vastausta samaan aikaan.",
            Item::Step(_) => "Joku muu tallensi tämän juuri.",
            Item::Line(_) => "Joku muutti tätä samaan aikaan.",
        }
    }

    fn saved_to(self) -> String {
        match self {
            Item::Section => app::plan::service::next_page(section(), false),
            Item::Step(no) => format!("/followup/step/{}", no + 1),
            Item::Line(_) => "/worker/money?saved=line#lines".to_owned(),
        }
    }

    fn refused_to(self) -> String {
        match self {
            Item::Line(id) => format!("/worker/money?error=line-{id}#line-{id}"),
            _ => self.page(),
        }
    }

    /// The item's current version and text, as stored.
    async fn stored(self, bench: &Bench) -> (i64, Option<String>) {
        let db: &Db = &bench.app.db;
        match self {
            Item::Section => {
                let draft =
                    app::plan::repo::load_draft(&mut db.conn().await.expect("db"), bench.client)
                        .await
                        .expect("draft");
                let text =
                    app::plan::content::SectionInput::from_answer(draft.content.answer(section()))
                        .answer;
                (
                    draft.version(section()),
                    Some(text).filter(|t| !t.is_empty()),
                )
            }
            Item::Step(_) => {
                let current = app::followup::service::current(db, bench.client)
                    .await
                    .expect("follow-up")
                    .expect("a follow-up date");
                let text = current.record.and_then(|r| r.content.works).map(|w| w.text);
                (current.version, text)
            }
            Item::Line(id) => {
                let (version, name): (i64, String) =
                    sqlx::query_as("select version, name from support_line where line_id = $1")
                        .bind(id)
                        .fetch_one(&db.pool)
                        .await
                        .expect("line");
                (version, Some(name))
            }
        }
    }

    /// Opens the form; with its page, to see what it says.
    async fn open(self, bench: &Bench, who: &Client) -> (Opened, String) {
        let (status, html) = get(who, &bench.app.base, &self.page()).await.expect("page");
        assert_eq!(status, 200, "{}", self.page());
        let (name, form) = match self {
            Item::Section => ("save_section", html.as_str()),
            Item::Step(_) => ("save_follow_up_step", html.as_str()),
            Item::Line(id) => ("save_line", line_form(&html, id)),
        };
        let to = action(form, name).unwrap_or_else(|| panic!("no {name} form"));
        let field = |f: &str| tests::hidden_field(form, f);
        let idem = if form.contains("name=\"idem\"") {
            field("idem")
        } else {
            String::new()
        };
        let opened = Opened {
            to,
            version: field("version"),
            idem,
        };
        (opened, html)
    }

    /// Sends the opened form with `text`; where the answer leads.
    async fn send(self, bench: &Bench, who: &Client, form: &Opened, text: &str) -> String {
        let url = bench.app.url(&form.to);
        let sent = match self {
            Item::Section => {
                let fields = [
                    ("section", SECTION),
                    ("version", &form.version),
                    ("idem", &form.idem),
                    ("answer", text),
                ];
                who.post(url).form(&fields).send().await
            }
            Item::Step(no) => {
                let no = no.to_string();
                let fields = [
                    ("no", no.as_str()),
                    ("version", &form.version),
                    ("idem", &form.idem),
                    ("rating", ""),
                    ("words", text),
                ];
                who.post(url).form(&fields).send().await
            }
            Item::Line(id) => {
                let multipart = reqwest::multipart::Form::new()
                    .text("line_id", id.to_string())
                    .text("version", form.version.clone())
                    .text("name", text.to_owned())
                    .text("amount", "600")
                    .text("arrangement", "self")
                    .text("wishes", bench.wish.clone());
                who.post(url).multipart(multipart).send().await
            }
        };
        let response = sent.expect("an answer");
        assert!(response.status().as_u16() < 500, "{}", response.status());
        location(&response)
    }

    fn editors(self, bench: &Bench) -> &[Client; 2] {
        match self {
            Item::Line(_) => &bench.workers,
            _ => &bench.family,
        }
    }
}

fn section() -> app::plan::section::Section {
    app::plan::section::Section::from_slug(SECTION).expect("section")
}

/// The part of the worker's money page that is the form of one line.
fn line_form(html: &str, id: i64) -> &str {
    let marker = format!("name=\"line_id\" value=\"{id}\"");
    html.split("<form")
        .map(|f| f.split("</form>").next().unwrap_or_default())
        .find(|f| f.contains(&marker))
        .unwrap_or_else(|| panic!("no form for line {id}"))
}

/// Gives Eero's current decision a support line for a wish (the demo has none), as Maria.
async fn add_line(app: &TestApp, client: ClientId, wish: &str) {
    use app::money::{service, FormState};
    use app::people::PersonRef;
    let maria: i64 =
        sqlx::query_scalar("select worker_id from worker where display_name = 'Maria Virtanen'")
            .fetch_one(&app.db.pool)
            .await
            .expect("Maria");
    let maria = app::ids::WorkerId(maria);
    let place = app::session::repo::Place::Worker;
    let session = tests::session_for(&app.db, PersonRef::worker(maria), Some(client), place)
        .await
        .expect("session");
    let line = [
        ("name", "Musiikkitunnit".to_owned()),
        ("amount", "600".to_owned()),
        ("arrangement", "self".to_owned()),
        ("wishes", wish.to_owned()),
        ("idem", app::forms::idempotency::new_key()),
    ];
    let form = FormState::from_pairs(&line);
    let to = service::submit_line(&app.db, &session, client, None, 0, form)
        .await
        .expect("line");
    assert!(to.contains("saved=line"), "{to}");
}

/// Signs in Eero, Liisa and Maria twice, and finds Eero's line and step.
async fn bench(url: &str) -> (Bench, [Item; 3]) {
    let app = TestApp::spawn(url).await.expect("server");
    let client = client_named(&app, "Eero").await;
    let eero = app.client().expect("client");
    sign_in_with_pictures(&eero, &app, "DEMO-EERO-1357", "car,tree,apple,fish").await;
    let liisa = app.client().expect("client");
    sign_in_with_pictures(&liisa, &app, "DEMO-LIISA-1111", "sun,sun,dog,dog").await;
    let mut workers = Vec::new();
    for _ in 0..2 {
        let maria = app.client().expect("client");
        let fields = [("user_name", "maria"), ("secret", "maria-demo-salasana")];
        submit(&maria, &app, "/worker/sign-in", "worker_sign_in", &fields).await;
        let id = client.to_string();
        let opened = submit(
            &maria,
            &app,
            "/worker",
            "open_client",
            &[("client_id", &id)],
        )
        .await;
        assert_eq!(location(&opened), "/home");
        workers.push(maria);
    }
    let draft = app::plan::repo::load_draft(&mut app.db.conn().await.expect("db"), client)
        .await
        .expect("draft");
    let wish = app::money::view::plan_wishes(&draft.content)
        .into_iter()
        .next()
        .expect("a wish in Eero's plan")
        .0;
    add_line(&app, client, &wish).await;
    let line: i64 = sqlx::query_scalar(
        "select l.line_id from support_line l join budget_decision d \
         on d.decision_id = l.decision_id where d.client_id = $1 order by l.line_id limit 1",
    )
    .bind(client.0)
    .fetch_one(&app.db.pool)
    .await
    .expect("Eero's support line");
    let current = app::followup::service::current(&app.db, client)
        .await
        .expect("follow-up")
        .expect("Eero's follow-up date");
    let works = current.content.items.len() as i64 + 1;
    let (b, a) = (workers.pop().expect("two"), workers.pop().expect("two"));
    let bench = Bench {
        app,
        client,
        wish,
        family: [eero, liisa],
        workers: [a, b],
    };
    (bench, [Item::Section, Item::Step(works), Item::Line(line)])
}

/// What one editor holds: the form opened, and whether their last send was refused.
#[derive(Default)]
struct Editor {
    opened: Option<Opened>,
    refused: bool,
}

/// Checks an editor's page after a send: refused, they are told and find their own text.
async fn told(bench: &Bench, item: Item, who: usize, text: &str, to: &str, case: usize) {
    assert_eq!(
        to,
        item.refused_to(),
        "case {case}: {item:?} editor {who} refused"
    );
    let who = &item.editors(bench)[who];
    let (_, page) = get(who, &bench.app.base, &item.page()).await.expect("page");
    assert!(
        page.contains(item.changed()) && page.contains(text),
        "case {case}: {item:?}: the refused editor is told, with their text {text:?} kept"
    );
}

/// One random interleaving on one item: each editor opens and sends `rounds` times.
async fn one_case(bench: &Bench, item: Item, random: &mut Random, case: usize) -> (u64, u64) {
    let editors = item.editors(bench);
    let mut state = [Editor::default(), Editor::default()];
    let mut left = [1 + random.below(2), 1 + random.below(2)];
    let (mut accepted, mut refused) = (0, 0);
    let mut last = item.stored(bench).await.1;
    while left.iter().any(|n| *n > 0) {
        let both_ready = state.iter().all(|e| e.opened.is_some());
        let who = if left[0] == 0 {
            1
        } else if left[1] == 0 {
            0
        } else {
            random.below(2)
        };
        if state[who].opened.is_none() {
            let (opened, page) = item.open(bench, &editors[who]).await;
            // A page opened by someone not refused says nothing about a refusal.
            assert_eq!(
                page.contains(item.changed()),
                state[who].refused,
                "case {case}: {item:?}: editor {who} opens the form"
            );
            state[who].opened = Some(opened);
            continue;
        }
        let together = both_ready && left.iter().all(|n| *n > 0) && random.below(3) == 0;
        let senders: Vec<usize> = if together { vec![0, 1] } else { vec![who] };
        let (version, _) = item.stored(bench).await;
        let texts: Vec<String> = senders
            .iter()
            .map(|w| {
                format!(
                    "Muokkaaja {w} kirjoitti {case}-{}.",
                    random.number() % 100_000
                )
            })
            .collect();
        let forms: Vec<Opened> = senders
            .iter()
            .map(|w| state[*w].opened.take().expect("opened"))
            .collect();
        let answers: Vec<String> = if together {
            let (a, b) = tokio::join!(
                item.send(bench, &editors[0], &forms[0], &texts[0]),
                item.send(bench, &editors[1], &forms[1], &texts[1]),
            );
            vec![a, b]
        } else {
            vec![item.send(bench, &editors[who], &forms[0], &texts[0]).await]
        };
        let fresh: Vec<bool> = forms
            .iter()
            .map(|f| f.version == version.to_string())
            .collect();
        let took: Vec<bool> = answers.iter().map(|a| *a == item.saved_to()).collect();
        let accepted_now = took.iter().filter(|t| **t).count();
        assert_eq!(
            accepted_now,
            usize::from(fresh.contains(&true)),
            "case {case}: {item:?}: of forms fresh {fresh:?}, accepted {answers:?}"
        );
        for (i, w) in senders.iter().enumerate() {
            left[*w] -= 1;
            state[*w].refused = !took[i];
            if took[i] {
                assert!(
                    fresh[i],
                    "case {case}: {item:?}: a stale write was accepted"
                );
                last = Some(texts[i].clone());
                accepted += 1;
            } else {
                told(bench, item, *w, &texts[i], &answers[i], case).await;
                refused += 1;
            }
        }
        // 0 silent overwrites: the item holds the last accepted text.
        assert_eq!(item.stored(bench).await.1, last, "case {case}: {item:?}");
    }
    // An editor left refused sends again after looking, so the next case starts clean. A
    // refusal keeps the version the editor was shown then, so after a newer write the first
    // try is refused again, and told again.
    for who in 0..2 {
        let mut tries = 0;
        while state[who].refused {
            tries += 1;
            assert!(
                tries <= 3,
                "case {case}: {item:?}: editor {who} never gets through"
            );
            let (opened, _) = item.open(bench, &editors[who]).await;
            let text = format!("Muokkaaja {who} korjasi {case}-{tries}.");
            let to = item.send(bench, &editors[who], &opened, &text).await;
            state[who].refused = to != item.saved_to();
            if state[who].refused {
                told(bench, item, who, &text, &to, case).await;
            }
        }
    }
    (accepted, refused)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_editors_never_overwrite_each_other_silently() {
    let cases = env_count("SOPIVA_INTERLEAVE_CASES", 30);
    let (mut random, seed) = Random::from_env("SOPIVA_INTERLEAVE_SEED");
    let only = std::env::var("SOPIVA_INTERLEAVE_ENGINE").ok();
    for url in tests::fresh_urls().await.expect("databases") {
        let engine = url.split(':').next().unwrap_or_default().to_owned();
        if only.as_deref().is_some_and(|only| only != engine) {
            continue;
        }
        let (bench, items) = bench(&url).await;
        let started = std::time::Instant::now();
        let (mut accepted, mut refused) = (0, 0);
        let mut took = [0.0; 3];
        for case in 0..cases {
            let which = random.below(items.len());
            let at = std::time::Instant::now();
            let (a, r) = one_case(&bench, items[which], &mut random, case).await;
            took[which] += at.elapsed().as_secs_f64();
            accepted += a;
            refused += r;
            if (case + 1) % 1000 == 0 {
                // A long run shows how far it got, in case it must be stopped.
                eprintln!(
                    "interleave {engine}: {} of {cases} in {:.0} s, {accepted} accepted, \
                     {refused} refused and told",
                    case + 1,
                    started.elapsed().as_secs_f64()
                );
            }
        }
        println!(
            "interleave {engine} seed {seed}: {cases} interleavings in {:.1} s, {accepted} \
             writes accepted, {refused} refused and told with their text kept, 0 silent \
             overwrites (seconds on sections, steps, lines: {took:.1?})",
            started.elapsed().as_secs_f64()
        );
        assert!(
            cases < 10 || refused > 0,
            "seed {seed}: no interleaving met a conflict"
        );
    }
}
