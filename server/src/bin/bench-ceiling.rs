//! The benchmark's ceiling: a bare axum handler that answers every GET with the bytes of one
//! file (`.ci/bench` saves the `/about` page there). A page's rate is read as a share of what
//! axum and tokio alone reach on the same machine with the same bytes, so the figures of two
//! machines can be compared. Only `.ci/bench` uses it.

use anyhow::Context;
use axum::body::Bytes;
use axum::routing::get;
use axum::Router;
use http::header;

/// The server's allocator too, so the share of the ceiling measures the app, not malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(file), Some(addr)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: bench-ceiling FILE ADDRESS (such as 127.0.0.1:0)");
    };
    let body = Bytes::from(std::fs::read(&file).with_context(|| format!("reading {file}"))?);
    let page = get(move || {
        let body = body.clone();
        async move { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body) }
    });
    let router = Router::new().fallback(page);
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .with_context(|| format!("binding {addr}"))?;
    // The bench script reads the port from this line, as it does from the server's.
    println!("Ceiling is running at http://{}", listener.local_addr()?);
    axum::serve(listener, router).await?;
    Ok(())
}
