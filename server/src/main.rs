//! Starts Sopiva: reads settings from the environment, builds the app, prints its address.
//! `server admin …` manages workers and caseloads instead (see `admin`).

use anyhow::Context;

/// Rendering a page makes and frees thousands of small strings on two threads at once; the
/// system allocator spent more than a third of a page's time on that (see "Speed" in the
/// README). The tests run the same code on the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let settings = server::Settings::from_env()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "admin") {
        let url = match &settings.database_url {
            Some(url) => url.clone(),
            None => server::db::default_sqlite_url(&settings.data_dir)?,
        };
        let db = server::db::connect_owned(&url, settings.owner_database_url.as_deref()).await?;
        let key_file = server::log_files::key_file(&settings.data_dir);
        app::access::log::key::install(server::log_files::load_or_create_key(&key_file)?);
        println!("{}", server::admin::run(&db, &args[1..]).await?);
        return Ok(());
    }
    let host = settings.addr.ip();
    let app = server::Application::build(settings)
        .await
        .context("starting Sopiva")?;
    // Tests and people read this line to find the address.
    println!("Sopiva is running at http://{host}:{}", app.port()?);
    app.run().await
}
