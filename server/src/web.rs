//! The web app as axum serves it: the route list (made once per process), the router with
//! its pages, server functions, downloads, read-aloud and static files, and the safety layers
//! around every route.

use crate::{downloads, headers, speech};
use app::db::Db;
use app::session::SiteInfo;
use app::{shell, App};
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};

/// The app's routes, listed once per process.
///
/// Why once: Leptos lists the routes by rendering the app with resource loading switched off,
/// and that switch is one flag for the whole process (`leptos_server`'s
/// `IS_SUPPRESSING_RESOURCE_LOAD`), not one per app. A page rendered by another server in the
/// same process while the list is made gets resources that wait forever: the "stalled
/// request" of the tests, where each test starts its own server in one process. Listing once,
/// before any server of the process can serve, means no page ever sees the switch on.
pub fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The whole web app: pages, server functions, static files, and the safety layer.
pub fn router(
    options: LeptosOptions,
    db: Db,
    site: SiteInfo,
    symbols: std::sync::Arc<app::symbols::SymbolPack>,
    speech: std::sync::Arc<speech::Speech>,
    kiosk_addresses: headers::KioskAddresses,
) -> Router {
    let speech_routes = speech::routes(db.clone(), speech, site.kiosk_idle_seconds);
    let download_routes = downloads::routes(db.clone(), site.kiosk_idle_seconds);
    let routes = route_list();
    let flood = app::sign_in::flood::FloodGuard::default();
    let kiosk_tries = app::session::api::KioskCodeTries::default();
    let context = move || {
        provide_context(flood.clone());
        provide_context(kiosk_tries.clone());
        provide_context(db.clone());
        provide_context(site.clone());
        provide_context(symbols.clone());
    };
    let shell_options = options.clone();
    let router = Router::new()
        .leptos_routes_with_context(&options, routes, context.clone(), move || {
            shell(shell_options.clone())
        })
        .merge(speech_routes)
        .merge(download_routes)
        .fallback(leptos_axum::file_and_error_handler_with_context(
            context, shell,
        ));
    // Kept signed-out pages are answered inside the safety layers, so they get the same
    // headers, kiosk mark and request id as a rendered page.
    let router = router.layer(axum::middleware::from_fn_with_state(
        crate::page_cache::PageCache::default(),
        crate::page_cache::serve,
    ));
    safety_layers(router, kiosk_addresses).with_state(options)
}

/// The layers around every route, innermost first: a panic becomes a plain error page, then
/// the cross-site refusal and the safety headers, the kiosk mark, the body size limit, and
/// outermost the request id that every response and log line of the request carries.
pub fn safety_layers<S: Clone + Send + Sync + 'static>(
    router: Router<S>,
    kiosk_addresses: headers::KioskAddresses,
) -> Router<S> {
    router
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            headers::panic_page,
        ))
        .layer(axum::middleware::from_fn(headers::error_status))
        .layer(axum::middleware::from_fn(headers::protect))
        .layer(axum::middleware::from_fn_with_state(
            kiosk_addresses,
            headers::kiosk_mark,
        ))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(64 * 1024))
        .layer(axum::middleware::from_fn(headers::request_id))
}
