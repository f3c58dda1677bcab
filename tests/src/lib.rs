//! Test helpers: a fresh database on each engine, and a real server on a random port.
//!
//! PostgreSQL tests use the server named by `SOPIVA_TEST_POSTGRES` (an admin address such as
//! `postgres://postgres@127.0.0.1:5433/postgres`); each test gets a database of its own.
//! Without it the PostgreSQL half is skipped with a notice, except when `CI` is set, where a
//! missing PostgreSQL fails the run: the suite must prove both engines.

use app::ids::ClientId;

pub mod faults;
pub mod load;
pub mod random;
pub mod selko;

use app::db::Db;
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn unique_name(prefix: &str) -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    format!("{prefix}_{}_{}_{n}", std::process::id(), app::db::now_ms())
}

/// A new SQLite database file under the target directory.
pub async fn sqlite_url() -> anyhow::Result<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/test-dbs");
    std::fs::create_dir_all(&dir)?;
    Ok(format!(
        "sqlite://{}/{}.db?mode=rwc",
        dir.display(),
        unique_name("t")
    ))
}

/// A new, empty PostgreSQL database, or `None` when no test server is configured.
pub async fn postgres_url() -> anyhow::Result<Option<String>> {
    let Ok(admin) = std::env::var("SOPIVA_TEST_POSTGRES") else {
        if std::env::var("CI").is_ok() {
            anyhow::bail!("SOPIVA_TEST_POSTGRES is not set: CI must test PostgreSQL too");
        }
        eprintln!("notice: SOPIVA_TEST_POSTGRES not set, PostgreSQL half skipped");
        return Ok(None);
    };
    sqlx::any::install_default_drivers();
    let name = unique_name("sopiva");
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin).await?;
    // The name is made here from digits and letters, never from input.
    sqlx::query(sqlx::AssertSqlSafe(format!("create database {name}")))
        .execute(&mut conn)
        .await?;
    let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
    Ok(Some(format!("{base}/{name}")))
}

/// Addresses of a fresh database on every engine available: always SQLite, and PostgreSQL.
pub async fn fresh_urls() -> anyhow::Result<Vec<String>> {
    let mut urls = vec![sqlite_url().await?];
    if let Some(pg) = postgres_url().await? {
        urls.push(pg);
    }
    Ok(urls)
}

/// A fresh, migrated database on every engine.
pub async fn fresh_dbs() -> anyhow::Result<Vec<Db>> {
    let mut dbs = Vec::new();
    for url in fresh_urls().await? {
        dbs.push(server::db::connect(&url).await?);
    }
    Ok(dbs)
}

/// A running server on a random port, with demo data, on the given database.
pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub speech: std::sync::Arc<server::speech::Speech>,
}

impl TestApp {
    pub async fn spawn(database_url: &str) -> anyhow::Result<TestApp> {
        TestApp::spawn_with(database_url, |_| {}).await
    }

    /// A server whose settings the test changes first, for example a small speech cache.
    pub async fn spawn_with(
        database_url: &str,
        change: impl FnOnce(&mut server::Settings),
    ) -> anyhow::Result<TestApp> {
        let mut settings = server::Settings {
            database_url: Some(database_url.to_owned()),
            owner_database_url: None,
            data_dir: std::env::temp_dir(),
            addr: "127.0.0.1:0".parse()?,
            demo: true,
            site_root: "target/site".to_owned(),
            kiosk_code: None,
            kiosk_idle_seconds: 180,
            kiosk_warn_seconds: 30,
            kiosk_addresses: Vec::new(),
            symbol_pack: std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../public/symbols/openmoji.json"),
            speech: server::speech::SpeechLimits::default(),
        };
        change(&mut settings);
        let app = server::Application::build(settings).await?;
        let port = app.port()?;
        let db = app.db.clone();
        let speech = app.speech.clone();
        tokio::spawn(async move {
            if let Err(error) = app.run().await {
                eprintln!("test server stopped: {error:#}");
            }
        });
        Ok(TestApp {
            base: format!("http://127.0.0.1:{port}"),
            db,
            speech,
        })
    }

    /// A browser-like client with its own cookie jar that does not follow redirects,
    /// so tests can see where each form leads.
    pub fn client(&self) -> anyhow::Result<reqwest::Client> {
        // A request that hangs fails the test with a message instead of stalling the run.
        Ok(reqwest::Client::builder()
            .cookie_store(true)
            .default_headers(browser_headers())
            .timeout(std::time::Duration::from_secs(60))
            .redirect(reqwest::redirect::Policy::none())
            .build()?)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// Starts a session straight in the database (no card, no PIN) and returns its id: for
/// tests about what a signed-in person may do, not about signing in.
pub async fn session_for(
    db: &Db,
    actor: app::people::PersonRef,
    subject_client_id: Option<ClientId>,
    place: app::session::repo::Place,
) -> anyhow::Result<String> {
    use app::session::repo::{self as sessions, NewSession};
    Ok(sessions::create(
        &mut db.conn().await.expect("connection"),
        &NewSession {
            actor,
            subject_client_id,
            place,
            card_id: None,
        },
    )
    .await?)
}

/// A new client and a home session of theirs: (client id, session id).
pub async fn client_with_session(db: &Db, name: &str) -> anyhow::Result<(ClientId, String)> {
    use app::people::PersonRef;
    let client = app::people::repo::create(&mut db.conn().await.expect("connection"), name).await?;
    let session = session_for(
        db,
        PersonRef::client(client.client_id),
        Some(client.client_id),
        app::session::repo::Place::Home,
    )
    .await?;
    Ok((client.client_id, session))
}

/// The `Cookie` header value that carries a session.
pub fn session_cookie(session: &str) -> String {
    format!("{}={session}", app::session::repo::SESSION_COOKIE)
}

/// Where a redirect points, or "" when the response is not one.
pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// A demo client's id by their name ("Helmi").
pub async fn client_named(app: &TestApp, name: &str) -> ClientId {
    let id: i64 = sqlx::query_scalar("select client_id from client where display_name = $1")
        .bind(name)
        .fetch_one(&app.db.pool)
        .await
        .expect("client");
    ClientId(id)
}

/// The HTML of a page as the person of a session sees it.
pub async fn page_as(app: &TestApp, session: &str, path: &str) -> String {
    let request = app.client().expect("client").get(app.url(path));
    html(request.header("cookie", session_cookie(session))).await
}

/// The HTML of a page.
pub async fn page(http: &reqwest::Client, app: &TestApp, path: &str) -> String {
    html(http.get(app.url(path))).await
}

async fn html(request: reqwest::RequestBuilder) -> String {
    let response = request.send().await.expect("get");
    response.text().await.expect("html")
}

/// Posts a urlencoded form to a server function's address.
pub async fn post_form(
    http: &reqwest::Client,
    app: &TestApp,
    action: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    http.post(app.url(action))
        .form(form)
        .send()
        .await
        .expect("post")
}

/// Starts a sign-in with a card code on the start page.
pub async fn card_sign_in(http: &reqwest::Client, app: &TestApp, code: &str) -> reqwest::Response {
    let to = form_action(http, app, "/", "card_sign_in").await;
    post_form(http, app, &to, &[("code", code)]).await
}

/// Presses pictures ("dog,cat,sun,house") on the picture page; the answer to the last press.
pub async fn press_pictures(
    http: &reqwest::Client,
    app: &TestApp,
    pictures: &str,
) -> reqwest::Response {
    let to = form_action(http, app, "/sign-in/pictures", "pick_picture").await;
    let mut last = None;
    for picture in pictures.split(',') {
        last = Some(post_form(http, app, &to, &[("pick", picture)]).await);
    }
    last.expect("pictures")
}

/// The value of the hidden field `name` on a page (a form's key or version).
pub fn hidden_field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    html.split(&marker)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no field {name}"))
        .to_owned()
}

/// Sends the form of the page at `path` whose action is the server function `name`.
pub async fn submit(
    http: &reqwest::Client,
    app: &TestApp,
    path: &str,
    name: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let to = form_action(http, app, path, name).await;
    post_form(http, app, &to, fields).await
}

/// Signs in with a card and its picture PIN, as a browser without scripts would.
pub async fn sign_in_with_pictures(
    http: &reqwest::Client,
    app: &TestApp,
    code: &str,
    pictures: &str,
) {
    card_sign_in(http, app, code).await;
    press_pictures(http, app, pictures).await;
}

/// The action of the form on a page whose address contains `name` (a server function's name).
pub async fn form_action(http: &reqwest::Client, app: &TestApp, path: &str, name: &str) -> String {
    page(http, app, path)
        .await
        .split("action=\"")
        .map(|p| p.split('"').next().unwrap_or_default())
        .find(|a| a.contains(name))
        .unwrap_or_else(|| panic!("no form {name} on {path}"))
        .to_owned()
}

/// What a browser sends with a form from our own pages: without it, a post that carries a
/// session cookie is refused as cross-site.
pub fn browser_headers() -> reqwest::header::HeaderMap {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "sec-fetch-site",
        reqwest::header::HeaderValue::from_static("same-origin"),
    );
    headers
}

/// A browser on a device a worker has marked as a kiosk with the (demo) kiosk code.
pub async fn kiosk_client(app: &TestApp) -> anyhow::Result<reqwest::Client> {
    let http = app.client()?;
    let to = form_action(&http, app, "/kiosk", "kiosk_setup").await;
    let done = http
        .post(app.url(&to))
        .form(&[("code", "omatori-kiosk"), ("mode", "on")])
        .send()
        .await?;
    anyhow::ensure!(
        location(&done) == "/",
        "kiosk setup went to {}",
        location(&done)
    );
    Ok(http)
}
