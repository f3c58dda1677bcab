//! Server-function fuzz (checklist S-I1, issue 16 in part): random urlencoded and multipart
//! bodies, well-formed and not, to every server function, signed out, as a client and as a worker, on SQLite and
//! PostgreSQL. No answer may be a 5xx, the server must go on answering, and the SQLite file
//! must pass its integrity check afterwards. A refused input is a 4xx or a redirect with a
//! message, never a crash.
//!
//! `SOPIVA_FUZZ_CASES` (default 25) sets the bodies per function and person, and
//! `SOPIVA_FUZZ_SEED` repeats a run; the seed is printed when a case fails.

use app::people::PersonRef;
use app::session::repo::Place;
use reqwest::StatusCode;
use tests::random::Random;
use tests::{client_named, fresh_urls, session_cookie, session_for, TestApp};

/// Field names the server functions read, and some they never do.
const NAMES: [&str; 36] = [
    "amount",
    "answer",
    "back",
    "change",
    "client_id",
    "code",
    "consent_id",
    "file",
    "from_check",
    "granted",
    "idem",
    "lang",
    "mode",
    "name",
    "on",
    "password",
    "period_end",
    "period_start",
    "pick",
    "read_plan",
    "reference",
    "relative_id",
    "secret",
    "section",
    "slug",
    "spending_id",
    "user_name",
    "version",
    "version_no",
    "what",
    "worker_id",
    "reason",
    "goal-1",
    "how-1",
    "date",
    "x",
];

/// Values at the edges: empty, huge, negative, not numbers, odd Unicode, markup, SQL.
const VALUES: [&str; 24] = [
    "",
    "0",
    "-1",
    "1",
    "2",
    "9223372036854775807",
    "-9223372036854775808",
    "1e309",
    "NaN",
    "12,345",
    "0,001",
    "2026-02-30",
    "9999-12-31",
    "fi",
    "xx",
    "important",
    "goals",
    "dog,cat,sun,house",
    "<script>alert(1)</script>",
    "' or 1=1 --",
    "\u{0}",
    "\u{202e}abc",
    "👩‍👩‍👧‍👦",
    "%ZZ",
];

fn value(random: &mut Random) -> String {
    match random.below(5) {
        // Around the 2,000-grapheme limit of an answer, and now and then over 64 KB.
        0 if random.below(20) == 0 => "ä".repeat(40_000),
        0 => "ä".repeat(random.below(3_000)),
        1 => (0..random.below(40))
            .map(|_| char::from_u32(random.below(0x2FFF) as u32).unwrap_or('?'))
            .collect(),
        _ => random.pick(&VALUES).to_owned(),
    }
}

/// One body and its content type: a urlencoded form of random fields, a multipart form (now
/// and then cut short), or raw bytes that are neither.
fn body(random: &mut Random) -> (&'static str, Vec<u8>) {
    const FORM: &str = "application/x-www-form-urlencoded";
    const MULTIPART: &str = "multipart/form-data; boundary=fuzzfuzz";
    let fields: Vec<(String, String)> = (0..random.below(8))
        .map(|_| (random.pick(&NAMES).to_owned(), value(random)))
        .collect();
    match random.below(6) {
        0 => (
            FORM,
            (0..random.below(300))
                .map(|_| random.number() as u8)
                .collect(),
        ),
        1 | 2 => {
            let mut bytes = Vec::new();
            for (name, value) in &fields {
                let part = format!(
                    "--fuzzfuzz\r\ncontent-disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                );
                bytes.extend(part.into_bytes());
            }
            bytes.extend(b"--fuzzfuzz--\r\n");
            if random.below(3) == 0 {
                bytes.truncate(random.below(bytes.len() + 1));
            }
            (MULTIPART, bytes)
        }
        _ => (FORM, serde_urlencoded_pairs(&fields).into_bytes()),
    }
}

/// `application/x-www-form-urlencoded`, written out so no field is dropped or fixed.
fn serde_urlencoded_pairs(fields: &[(String, String)]) -> String {
    let encode = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::test]
async fn random_bodies_to_every_server_function_never_give_a_5xx() {
    let cases = setting("SOPIVA_FUZZ_CASES", 25);
    let seed = setting("SOPIVA_FUZZ_SEED", app::db::now_ms() as u64) | 1;
    // Sorted, so a seed repeats the same run.
    let mut paths: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    paths.sort();
    assert!(paths.len() > 30, "too few server functions found");
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let helmi = client_named(&app, "Helmi").await;
        let client = session_for(&app.db, PersonRef::client(helmi), Some(helmi), Place::Home)
            .await
            .expect("session");
        let maria: i64 = sqlx::query_scalar("select worker_id from worker where display_name = $1")
            .bind("Maria Virtanen")
            .fetch_one(&app.db.pool)
            .await
            .expect("worker");
        let worker = session_for(
            &app.db,
            PersonRef::worker(app::ids::WorkerId(maria)),
            None,
            Place::Home,
        )
        .await
        .expect("session");
        let http = app.client().expect("client");
        let mut random = Random(seed);
        let mut sent = 0;
        for path in &paths {
            for session in [None, Some(&client), Some(&worker)] {
                for _ in 0..cases {
                    let (content_type, bytes) = body(&mut random);
                    let shown: String = String::from_utf8_lossy(&bytes).chars().take(300).collect();
                    let mut request = http
                        .post(app.url(path))
                        .header("content-type", content_type)
                        .body(bytes);
                    if let Some(session) = session {
                        request = request.header("cookie", session_cookie(session));
                    }
                    let response = request.send().await.expect("an answer");
                    let status = response.status();
                    sent += 1;
                    if status.is_server_error() {
                        let text = response.text().await.unwrap_or_default();
                        panic!(
                            "{path} answered {status} to {content_type} {shown:?} (seed {seed}, \
                             {url}): {}",
                            text.chars().take(300).collect::<String>()
                        );
                    }
                }
            }
        }
        let alive = http.get(app.url("/")).send().await.expect("get").status();
        assert_eq!(
            alive,
            StatusCode::OK,
            "the server answers after {sent} bodies"
        );
        if url.starts_with("sqlite") {
            let check: String = sqlx::query_scalar("pragma integrity_check")
                .fetch_one(&app.db.pool)
                .await
                .expect("integrity");
            assert_eq!(check, "ok");
        }
        eprintln!(
            "fuzz: {sent} bodies to {} functions, seed {seed}: no 5xx",
            paths.len()
        );
    }
}
