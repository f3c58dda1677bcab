//! The stalled request (issue 16): a page request that never completed when several servers
//! ran in one process.
//!
//! The cause: Leptos lists an app's routes by rendering it with resource loading switched
//! off, and the switch is one flag for the whole process. A server starting up (which lists
//! its routes) while another served a page made that page's data wait forever. The servers
//! now list the routes once per process (`server::route_list`). This test starts servers
//! again and again on another thread while pages are loaded from a running one: every page
//! must arrive, each within a few seconds.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tests::TestApp;

/// How many times another thread lists the routes, as every server start does.
const LISTINGS: usize = 300;
/// Page loads in flight at once.
const LOADERS: usize = 8;

#[tokio::test]
async fn listing_the_routes_in_the_same_process_never_stalls_a_page() {
    let url = tests::sqlite_url().await.expect("url");
    let app = TestApp::spawn(&url).await.expect("server");
    let done = Arc::new(AtomicBool::new(false));
    let lister = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut listed = 0;
            while listed < LISTINGS && !done.load(Ordering::Relaxed) {
                assert!(!server::route_list().is_empty());
                listed += 1;
            }
            listed
        })
    };
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .default_headers(tests::browser_headers())
        .build()
        .expect("client");
    let mut loads = 0;
    while !lister.is_finished() {
        // Pages whose data a resource loads: the start page, About and Help.
        let mut batch = tokio::task::JoinSet::new();
        for i in 0..LOADERS {
            let path = ["/", "/about", "/help"][i % 3];
            let request = client.get(app.url(path)).send();
            batch.spawn(async move { (path, request.await) });
        }
        while let Some(joined) = batch.join_next().await {
            let (path, response) = joined.expect("a load");
            let response = response.unwrap_or_else(|e| {
                done.store(true, Ordering::Relaxed);
                panic!("{path} after {loads} loads: {e}")
            });
            assert!(response.status().is_success(), "{path}");
            loads += 1;
        }
    }
    assert_eq!(lister.join().expect("lister"), LISTINGS);
    assert!(loads > 0, "pages were loaded while the routes were listed");
}
