//! Read-aloud audio: espeak-ng makes WAV for every language, interface text is cached on
//! disk and personal text never is, and the two speech addresses answer only what they
//! should. The HTTP half runs against the real server on both engines: only message lists
//! that pages read are answered, a busy server says so (503) within its wait instead of
//! queueing without end, and the cache keeps to its size by dropping the oldest file.

use app::db::Db;
use app::i18n::Lang;
use app::plan::content::Answer;
use app::plan::repo::{self as plans, Actor, ActorRole};
use app::plan::section::Section;
use app::session::repo::SESSION_COOKIE;
use app::speech::lists::{self, ListenList};
use reqwest::header::{CACHE_CONTROL, CONTENT_TYPE, COOKIE, RETRY_AFTER};
use reqwest::StatusCode;
use server::speech::{cache_key_for, Speech, SpeechError, SpeechLimits, MAX_CHARS};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tests::{fresh_urls, TestApp};

static DIRS: AtomicU64 = AtomicU64::new(0);

/// A cache folder of this test's own, not yet created.
fn cache_dir() -> PathBuf {
    let n = DIRS.fetch_add(1, Ordering::SeqCst);
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "speech-{}-{}-{n}",
        std::process::id(),
        app::db::now_ms()
    ))
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    }
}

fn le_u32(bytes: &[u8], at: usize) -> usize {
    let raw: [u8; 4] = bytes[at..at + 4].try_into().expect("four bytes");
    u32::from_le_bytes(raw) as usize
}

/// Real audio: a WAV header whose sizes match the file, and more than a moment of sound
/// (22050 samples of 2 bytes are one second).
fn assert_speech(wav: &[u8]) {
    assert!(
        wav.starts_with(b"RIFF"),
        "not RIFF: {:?}",
        &wav[..wav.len().min(12)]
    );
    assert_eq!(&wav[8..12], b"WAVE");
    assert!(wav.len() > 20_000, "only {} bytes", wav.len());
    assert_eq!(
        le_u32(wav, 4),
        wav.len() - 8,
        "RIFF size must be the real one"
    );
}

#[tokio::test]
async fn finnish_text_becomes_wav_audio() {
    let dir = cache_dir();
    let speech = Speech::new(dir.clone());
    let wav = speech
        .synthesize(Lang::Fi, "Hei. Tämä on sinun suunnitelmasi.", false)
        .await
        .expect("audio");
    assert_speech(&wav);
}

#[tokio::test]
async fn swedish_and_english_text_become_wav_audio() {
    let speech = Speech::new(cache_dir());
    let sv = speech
        .synthesize(Lang::Sv, "Hej. Det här är din plan.", false)
        .await
        .expect("swedish audio");
    assert_speech(&sv);
    let en = speech
        .synthesize(Lang::En, "Hello. This is your plan.", false)
        .await
        .expect("english audio");
    assert_speech(&en);
    assert_ne!(sv, en);
}

#[tokio::test]
async fn fixed_text_is_cached_and_served_from_the_cache() {
    let dir = cache_dir();
    let speech = Speech::new(dir.clone());
    let text = "Mikä sinulle on tärkeää?";
    let first = speech
        .synthesize(Lang::Fi, text, true)
        .await
        .expect("first");
    assert_speech(&first);
    let file = dir.join(format!("{}.wav", cache_key_for(Lang::Fi, text)));
    assert_eq!(std::fs::read(&file).expect("cache file"), first);
    assert_eq!(
        files_in(&dir),
        vec![file.clone()],
        "no temporary files left"
    );

    let second = speech
        .synthesize(Lang::Fi, text, true)
        .await
        .expect("second");
    assert_eq!(second, first);

    // Proof that the second time espeak-ng does not run: a changed cache file is what comes back.
    let mut marked = first.clone();
    let last = marked.len() - 1;
    marked[last] ^= 0x55;
    std::fs::write(&file, &marked).expect("mark cache file");
    let third = speech
        .synthesize(Lang::Fi, text, true)
        .await
        .expect("third");
    assert_eq!(third, marked);

    // The same text in another language is other audio, in another file.
    let swedish = speech.synthesize(Lang::Sv, text, true).await.expect("sv");
    assert_ne!(swedish, first);
    assert_eq!(files_in(&dir).len(), 2);
}

#[tokio::test]
async fn a_damaged_cache_file_is_made_again() {
    let dir = cache_dir();
    let speech = Speech::new(dir.clone());
    let text = "Kirjoita yksi asia yhdelle riville.";
    let good = speech
        .synthesize(Lang::Fi, text, true)
        .await
        .expect("first");
    let file = dir.join(format!("{}.wav", cache_key_for(Lang::Fi, text)));
    std::fs::write(&file, b"RIFF").expect("damage");
    let again = speech
        .synthesize(Lang::Fi, text, true)
        .await
        .expect("again");
    assert_eq!(again, good);
    assert_eq!(std::fs::read(&file).expect("cache file"), good);
}

#[tokio::test]
async fn audio_is_given_even_when_the_cache_cannot_be_written() {
    // A file where the cache folder should be: the folder can never be made.
    let blocker = cache_dir();
    std::fs::write(&blocker, b"not a folder").expect("blocker file");
    let speech = Speech::new(blocker.join("cache"));
    let wav = speech
        .synthesize(Lang::Fi, "Hei. Tervetuloa Sopivaan.", true)
        .await
        .expect("audio without a cache");
    assert_speech(&wav);
}

#[tokio::test]
async fn personal_text_is_never_written_to_disk() {
    let dir = cache_dir();
    let speech = Speech::new(dir.clone());
    let wav = speech
        .synthesize(Lang::Fi, "Haluan oppia uimaan.", false)
        .await
        .expect("audio");
    assert_speech(&wav);
    assert!(
        !dir.exists(),
        "nothing may be written: {:?}",
        files_in(&dir)
    );
}

#[tokio::test]
async fn empty_and_too_long_text_is_refused_before_espeak_runs() {
    let speech = Speech::new(cache_dir());
    assert!(matches!(
        speech.synthesize(Lang::Fi, "  \n ", false).await,
        Err(SpeechError::Empty)
    ));
    let long = "a".repeat(MAX_CHARS + 1);
    assert!(matches!(
        speech.synthesize(Lang::Fi, &long, false).await,
        Err(SpeechError::TooLong(n)) if n == MAX_CHARS + 1
    ));
}

async fn get(path: &str, app: &TestApp, cookie: Option<&str>) -> (StatusCode, String, Vec<u8>) {
    let mut request = reqwest::Client::new().get(app.url(path));
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    let response = request.send().await.expect("get");
    let status = response.status();
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = response.bytes().await.expect("body").to_vec();
    (status, content_type, body)
}

async fn signed_in_client(db: &Db, _label: &str) -> (app::ids::ClientId, String) {
    tests::client_with_session(db, "Aino")
        .await
        .expect("client and session")
}

#[tokio::test]
async fn interface_text_is_read_aloud_over_http() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let (status, content_type, body) =
            get("/speech/fi/question-important,hint-important", &app, None).await;
        assert_eq!(status, StatusCode::OK, "{url}");
        assert_eq!(content_type, "audio/wav");
        assert_speech(&body);

        for path in [
            "/speech/fi/no-such-message",
            "/speech/fi/app-name,no-such-message",
            "/speech/xx/start-title,start-intro",
            "/speech/fi/Start-Title,start-intro",
            "/speech/fi/app-name,app-name,app-name,app-name,app-name,app-name,app-name",
        ] {
            let (status, _, body) = get(path, &app, None).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
            assert!(!body.starts_with(b"RIFF"), "{path}");
        }
        for lang in ["sv", "en"] {
            let path = format!("/speech/{lang}/start-title,start-intro");
            let (status, _, body) = get(&path, &app, None).await;
            assert_eq!(status, StatusCode::OK, "{lang}");
            assert!(body.starts_with(b"RIFF"), "{lang}");
        }
    }
}

#[tokio::test]
async fn the_client_hears_only_their_own_answers() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let (status, _, body) = get("/speech/answer/important", &app, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{url}");
        assert!(body.is_empty());
        let forged = format!("{SESSION_COOKIE}=not-a-session");
        let (status, _, body) = get("/speech/answer/important", &app, Some(&forged)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert!(body.is_empty());

        let (client_id, session) = signed_in_client(&app.db, "puhe-2468").await;
        // Unique text, so a file left by an earlier run cannot hide or fake a result below.
        let own = format!("Koira numero {}", app::db::now_ms());
        let actor = Actor {
            role: ActorRole::Client,
            name: "Aino".into(),
        };
        plans::save_section(
            &mut app.db.conn().await.expect("connection"),
            client_id,
            Section::Important,
            &Answer::Text(format!("Kissa\n{own}")),
            0,
            "speech-k1",
            "/next",
            &actor,
        )
        .await
        .expect("save");

        let cookie = format!("{SESSION_COOKIE}={session}");
        let response = reqwest::Client::new()
            .get(app.url("/speech/answer/important"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .expect("get");
        assert_eq!(response.status(), StatusCode::OK);
        // Personal audio must not stay in any browser or proxy cache.
        assert_eq!(
            response
                .headers()
                .get(CACHE_CONTROL)
                .and_then(|v| v.to_str().ok()),
            Some("no-store")
        );
        let finnish = response.bytes().await.expect("body").to_vec();
        assert_speech(&finnish);

        let english_cookie = format!("{cookie}; sopiva_lang=en");
        let (status, content_type, english) =
            get("/speech/answer/important", &app, Some(&english_cookie)).await;
        assert_eq!(
            (status, content_type.as_str()),
            (StatusCode::OK, "audio/wav")
        );
        assert_speech(&english);
        assert_ne!(english, finnish, "the language cookie chooses the voice");

        // The answer was read without leaving a file in the server's speech cache.
        let cache = std::env::temp_dir().join("speech-cache");
        for lang in [Lang::Fi, Lang::En] {
            for text in [format!("Kissa. {own}"), format!("Kissa\n{own}")] {
                let key = cache_key_for(lang, &text);
                assert!(!cache.join(format!("{key}.wav")).exists(), "{lang:?}");
            }
        }

        for path in ["/speech/answer/good-at", "/speech/answer/no-such-section"] {
            let (status, _, body) = get(path, &app, Some(&cookie)).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
            assert!(body.is_empty(), "{path}");
        }

        // Another client's session reads only that client's (empty) plan.
        let (_, other) = signed_in_client(&app.db, "toinen-1357").await;
        let other_cookie = format!("{SESSION_COOKIE}={other}");
        let (status, _, _) = get("/speech/answer/important", &app, Some(&other_cookie)).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

/// A server with a speech cache folder of its own (empty, so every list is a miss) and the
/// given speech limits. Returns the server and its cache folder.
async fn app_with_speech(url: &str, limits: SpeechLimits) -> (TestApp, PathBuf) {
    let data_dir = cache_dir();
    std::fs::create_dir_all(&data_dir).expect("data folder");
    let app = TestApp::spawn_with(url, |settings| {
        settings.data_dir = data_dir.clone();
        settings.speech = limits;
    })
    .await
    .expect("server");
    (app, data_dir.join("speech-cache"))
}

fn list_path(lang: &str, list: ListenList) -> String {
    format!("/speech/{lang}/{}", list.joined())
}

fn names_in(dir: &Path) -> BTreeSet<PathBuf> {
    files_in(dir).into_iter().collect()
}

#[tokio::test]
async fn a_list_no_page_reads_is_not_found_and_never_synthesised() {
    for url in fresh_urls().await.expect("databases") {
        let (app, cache) = app_with_speech(&url, SpeechLimits::default()).await;
        // Real messages without arguments, but no page reads them in these combinations.
        for path in [
            "/speech/fi/app-name,about-title",
            "/speech/fi/app-name",
            "/speech/sv/start-intro,start-title",
            "/speech/en/start-title,start-intro,start-intro",
            "/speech/fi/question-important,hint-goals",
        ] {
            let (status, _, body) = get(path, &app, None).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{url} {path}");
            assert!(!body.starts_with(b"RIFF"), "{path}");
        }
        assert!(
            files_in(&cache).is_empty(),
            "espeak-ng ran for a refused list: {:?}",
            files_in(&cache)
        );

        // Every page's list in every language is answered.
        let (status, _, body) = get(&list_path("fi", lists::KIOSK_WARNING), &app, None).await;
        assert_eq!(status, StatusCode::OK, "{url}");
        assert_speech(&body);
        assert_eq!(files_in(&cache).len(), 1);
    }
}

#[tokio::test]
async fn a_busy_server_answers_503_within_its_wait_instead_of_queueing() {
    let wait = Duration::from_secs(3);
    let client = reqwest::Client::builder()
        // Without the bound these requests would wait for ever; fail instead of hanging.
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client");
    for url in fresh_urls().await.expect("databases") {
        let limits = SpeechLimits {
            wait,
            waiting: 1,
            ..SpeechLimits::default()
        };
        let (app, cache) = app_with_speech(&url, limits).await;
        // Both run slots are taken, as by two long espeak-ng runs.
        let busy = app.speech.occupy_all_runs().await.expect("run slots");

        // The first listener waits for a slot, but only for the configured time.
        let first = {
            let client = client.clone();
            let url = app.url(&list_path("fi", lists::START));
            tokio::spawn(async move {
                let started = Instant::now();
                let response = client.get(url).send().await.expect("first request");
                (response, started.elapsed())
            })
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while app.speech.waiting() < 1 {
            assert!(Instant::now() < deadline, "the first request never waited");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }

        // The queue is full: the next listener is told at once to come back later.
        let started = Instant::now();
        let second = client
            .get(app.url(&list_path("fi", lists::ABOUT)))
            .send()
            .await
            .expect("second request");
        assert_eq!(second.status(), StatusCode::SERVICE_UNAVAILABLE, "{url}");
        assert_eq!(
            second
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok()),
            Some("5")
        );
        assert!(
            started.elapsed() < wait,
            "a full queue must not make the listener wait: {:?}",
            started.elapsed()
        );

        let (first, waited) = first.await.expect("first task");
        assert_eq!(first.status(), StatusCode::SERVICE_UNAVAILABLE, "{url}");
        assert!(first.headers().contains_key(RETRY_AFTER));
        assert!(
            waited >= wait - Duration::from_millis(100) && waited < wait + Duration::from_secs(10),
            "waited {waited:?}, the bound is {wait:?}"
        );
        assert_eq!(
            app.speech.waiting(),
            0,
            "a timed-out request leaves the queue"
        );
        assert!(files_in(&cache).is_empty());

        // Once the slots are free, the same address gives audio.
        drop(busy);
        let response = client
            .get(app.url(&list_path("fi", lists::START)))
            .send()
            .await
            .expect("after");
        assert_eq!(response.status(), StatusCode::OK, "{url}");
        assert_speech(&response.bytes().await.expect("body"));
    }
}

#[tokio::test]
async fn the_cache_keeps_its_maximum_and_drops_the_file_heard_longest_ago() {
    let max = 3;
    for url in fresh_urls().await.expect("databases") {
        let limits = SpeechLimits {
            cache_files: max,
            ..SpeechLimits::default()
        };
        let (app, cache) = app_with_speech(&url, limits).await;
        let mut file_of = std::collections::HashMap::new();
        let hear = async |list: ListenList| {
            let before = names_in(&cache);
            let (status, _, body) = get(&list_path("fi", list), &app, None).await;
            assert_eq!(status, StatusCode::OK, "{list:?}");
            assert_speech(&body);
            let after = names_in(&cache);
            assert!(
                after.len() <= max,
                "{} files, the maximum is {max}",
                after.len()
            );
            (before, after)
        };

        for list in [lists::START, lists::ABOUT, lists::KIOSK] {
            let (before, after) = hear(list).await;
            let new: Vec<_> = after.difference(&before).cloned().collect();
            assert_eq!(new.len(), 1, "{list:?} was cached");
            file_of.insert(list.joined(), new[0].clone());
        }
        // Heard again from the cache: now START is the most recently heard.
        let (before, after) = hear(lists::START).await;
        assert_eq!(before, after);

        // The cache is full, yet new lists are still cached: the file heard longest ago goes.
        for (list, dropped) in [(lists::CHECK, lists::ABOUT), (lists::LOG, lists::KIOSK)] {
            let (before, after) = hear(list).await;
            let new: Vec<_> = after.difference(&before).cloned().collect();
            let gone: Vec<_> = before.difference(&after).cloned().collect();
            assert_eq!(
                new.len(),
                1,
                "{list:?} was cached although the cache was full"
            );
            assert_eq!(gone, [file_of[&dropped.joined()].clone()], "{list:?}");
        }
        assert!(file_of[&lists::START.joined()].exists());
        assert_eq!(files_in(&cache).len(), max);
    }
}
