//! The Sopiva server: settings, database, demo data, the web router and its safety headers.
//! `main.rs` only reads settings and calls `Application::build` and `run`.

pub mod admin;
pub mod backup;
pub mod db;
pub mod demo;
pub mod downloads;
pub mod generate;
pub mod headers;
pub mod log_files;
pub mod page_cache;
pub mod speech;
pub mod web;

pub use web::{route_list, router, safety_layers};

use anyhow::Context;
use app::db::Db;
use app::session::SiteInfo;
use axum::Router;
use leptos::prelude::*;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Settings read from the environment. Every one has a working default.
#[derive(Clone, Debug)]
pub struct Settings {
    /// `sqlite:` or `postgres://` address; by default a SQLite file in `data_dir`.
    pub database_url: Option<String>,
    /// PostgreSQL only: the owner's address (`SOPIVA_OWNER_DATABASE_URL`). Migrations run as
    /// the owner and the app's role may only read and add to the access log.
    pub owner_database_url: Option<String>,
    /// Where the default SQLite file lives.
    pub data_dir: PathBuf,
    /// Address to listen on; port 0 picks a free port (the tests use this).
    pub addr: SocketAddr,
    /// Load demo clients into an empty database and list their codes on the start page.
    pub demo: bool,
    /// The folder with the built browser files (`pkg/`) and public assets.
    pub site_root: String,
    /// The code a worker types to mark a device as a kiosk (demo mode: `omatori-kiosk`).
    pub kiosk_code: Option<String>,
    /// Seconds without activity before a kiosk session ends, and how early the countdown shows.
    pub kiosk_idle_seconds: i64,
    pub kiosk_warn_seconds: i64,
    /// The addresses the meeting place's kiosks come from (`SOPIVA_KIOSK_ADDRESSES`): a
    /// request from one is a kiosk request even if the browser lost its kiosk cookie.
    pub kiosk_addresses: Vec<std::net::IpAddr>,
    /// The symbol pack: which picture stands for which concept (`SOPIVA_SYMBOL_PACK`).
    pub symbol_pack: PathBuf,
    /// Bounds on read-aloud: cache size and how long and how many may wait for espeak-ng.
    pub speech: speech::SpeechLimits,
}

impl Settings {
    /// Reads `DATABASE_URL`, `SOPIVA_DATA_DIR`, `SOPIVA_ADDR`, `SOPIVA_DEMO`, `LEPTOS_SITE_ROOT`
    /// and the other `SOPIVA_` settings listed in the README.
    pub fn from_env() -> anyhow::Result<Settings> {
        let site_root =
            std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| "target/site".to_owned());
        let addr = std::env::var("SOPIVA_ADDR")
            .or_else(|_| std::env::var("LEPTOS_SITE_ADDR"))
            .unwrap_or_else(|_| "127.0.0.1:3000".to_owned());
        Ok(Settings {
            database_url: std::env::var("DATABASE_URL").ok().filter(|u| !u.is_empty()),
            owner_database_url: std::env::var("SOPIVA_OWNER_DATABASE_URL")
                .ok()
                .filter(|u| !u.is_empty()),
            data_dir: PathBuf::from(
                std::env::var("SOPIVA_DATA_DIR").unwrap_or_else(|_| "data".to_owned()),
            ),
            addr: addr
                .parse()
                .with_context(|| format!("SOPIVA_ADDR is not an address: {addr}"))?,
            demo: std::env::var("SOPIVA_DEMO").is_ok_and(|v| v == "1" || v == "true"),
            kiosk_code: std::env::var("SOPIVA_KIOSK_CODE")
                .ok()
                .filter(|c| !c.trim().is_empty()),
            kiosk_idle_seconds: seconds("SOPIVA_KIOSK_IDLE_SECONDS", 180)?,
            kiosk_warn_seconds: seconds("SOPIVA_KIOSK_WARN_SECONDS", 60)?,
            kiosk_addresses: addresses("SOPIVA_KIOSK_ADDRESSES")?,
            symbol_pack: std::env::var("SOPIVA_SYMBOL_PACK")
                .map(PathBuf::from)
                .unwrap_or_else(|_| PathBuf::from(&site_root).join("symbols/openmoji.json")),
            site_root,
            speech: speech_limits()?,
        })
    }
}

/// `SOPIVA_SPEECH_CACHE_FILES` and `SOPIVA_SPEECH_WAIT_SECONDS` over the defaults.
fn speech_limits() -> anyhow::Result<speech::SpeechLimits> {
    let defaults = speech::SpeechLimits::default();
    let cache_files = match std::env::var("SOPIVA_SPEECH_CACHE_FILES") {
        Ok(value) => value
            .trim()
            .parse()
            .context("SOPIVA_SPEECH_CACHE_FILES must be a whole number")?,
        Err(_) => defaults.cache_files,
    };
    let wait = match std::env::var("SOPIVA_SPEECH_WAIT_SECONDS") {
        Ok(value) => std::time::Duration::from_secs(
            value
                .trim()
                .parse()
                .context("SOPIVA_SPEECH_WAIT_SECONDS must be a whole number of seconds")?,
        ),
        Err(_) => defaults.wait,
    };
    Ok(speech::SpeechLimits {
        cache_files,
        wait,
        ..defaults
    })
}

/// A comma-separated list of IP addresses; unset or empty is none.
fn addresses(name: &str) -> anyhow::Result<Vec<std::net::IpAddr>> {
    let list = std::env::var(name).unwrap_or_default();
    list.split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| {
            a.parse()
                .with_context(|| format!("{name}: {a} is not an IP address"))
        })
        .collect()
}

fn seconds(name: &str, default: i64) -> anyhow::Result<i64> {
    match std::env::var(name) {
        Ok(value) => value
            .trim()
            .parse()
            .with_context(|| format!("{name} must be a whole number of seconds")),
        Err(_) => Ok(default),
    }
}

/// A built server, bound to its port but not yet serving.
pub struct Application {
    listener: tokio::net::TcpListener,
    router: Router,
    pub db: Db,
    /// The read-aloud service, shared with the router (tests use it to make the server busy).
    pub speech: std::sync::Arc<speech::Speech>,
    kiosk_idle_seconds: i64,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        let url = match &settings.database_url {
            Some(url) => url.clone(),
            None => db::default_sqlite_url(&settings.data_dir)?,
        };
        let db = db::connect_owned(&url, settings.owner_database_url.as_deref()).await?;
        let key = log_files::load_or_create_key(&log_files::key_file(&settings.data_dir))?;
        app::access::log::key::install(key);
        let mut site = SiteInfo {
            demo_codes: Vec::new(),
            kiosk_code: settings.kiosk_code.clone(),
            kiosk_idle_seconds: settings.kiosk_idle_seconds,
            kiosk_warn_seconds: settings.kiosk_warn_seconds.min(settings.kiosk_idle_seconds),
        };
        if settings.demo {
            demo::load(&db).await.context("loading demo data")?;
            site.demo_codes = demo::DEMO_CARDS
                .iter()
                .map(|(name, code, pictures)| app::session::DemoCard {
                    name: (*name).to_owned(),
                    code: (*code).to_owned(),
                    pictures: pictures.split(',').map(str::to_owned).collect(),
                })
                .collect();
            site.kiosk_code
                .get_or_insert_with(|| demo::DEMO_KIOSK_CODE.to_owned());
        }
        // A service's own talking-mat topics: `mats/` in the site folder, if there is one.
        app::mat::catalogue::install_from_dir(
            &std::path::Path::new(&settings.site_root).join("mats"),
        )
        .context("talking-mat topics")?;
        let pack_json = std::fs::read_to_string(&settings.symbol_pack)
            .with_context(|| format!("reading symbol pack {}", settings.symbol_pack.display()))?;
        let symbols = app::symbols::SymbolPack::parse(&pack_json).with_context(|| {
            format!(
                "symbol pack {} is not valid",
                settings.symbol_pack.display()
            )
        })?;
        let symbols = std::sync::Arc::new(symbols);
        let cards_file = std::env::var("SOPIVA_PLAN_CARDS")
            .map(PathBuf::from)
            .unwrap_or_else(|_| settings.symbol_pack.with_file_name("plan-cards.json"));
        let cards_json = std::fs::read_to_string(&cards_file)
            .with_context(|| format!("reading plan cards {}", cards_file.display()))?;
        app::plan::cards::install(
            app::plan::cards::CardCatalogue::parse(&cards_json)
                .with_context(|| format!("plan cards {} are not valid", cards_file.display()))?,
        );
        let speech = std::sync::Arc::new(speech::Speech::with_limits(
            settings.data_dir.join("speech-cache"),
            settings.speech.clone(),
        ));
        let options = LeptosOptions::builder()
            .output_name("sopiva")
            .site_root(settings.site_root.as_str())
            .site_pkg_dir("pkg")
            .site_addr(settings.addr)
            .build();
        let listener = tokio::net::TcpListener::bind(settings.addr)
            .await
            .with_context(|| format!("binding {}", settings.addr))?;
        let kiosk_idle_seconds = site.kiosk_idle_seconds;
        let kiosk_addresses = settings.kiosk_addresses.clone();
        Ok(Application {
            listener,
            router: router(
                options,
                db.clone(),
                site,
                symbols,
                speech.clone(),
                headers::KioskAddresses(std::sync::Arc::new(kiosk_addresses)),
            ),
            db,
            speech,
            kiosk_idle_seconds,
        })
    }

    /// The port actually bound (useful when the settings asked for port 0).
    pub fn port(&self) -> anyhow::Result<u16> {
        Ok(self.listener.local_addr()?.port())
    }

    pub async fn run(self) -> anyhow::Result<()> {
        tokio::spawn(purge_every_few_minutes(
            self.db.clone(),
            self.kiosk_idle_seconds,
        ));
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .context("serving")
    }
}

/// Deletes what has run out (`app::session::purge`) every five minutes, for as long as the
/// server runs. A failed purge is logged and tried again next time.
async fn purge_every_few_minutes(db: Db, kiosk_idle_seconds: i64) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
    loop {
        tick.tick().await;
        let now = app::db::now_ms();
        match app::session::purge::purge(&db, now, kiosk_idle_seconds).await {
            Ok(purged) => tracing::debug!(?purged, "purged"),
            Err(error) => tracing::warn!(%error, "purge failed"),
        }
    }
}
