//! Sopiva's pages, shared types and server functions. Rendered on the server; the browser
//! bundle only wakes up the small interactive islands (see `frontend`).

pub mod access;
pub mod admin;
pub mod caseload;
pub mod consent;
pub mod cookies;
pub mod dates;
pub mod error;
pub mod forms;
pub mod i18n;
pub mod money;
pub mod pages;
pub mod plan;
pub mod prefs;
pub mod session_api;
pub mod sign_in;
pub mod symbols;

#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod storage;

use i18n::Lang;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The language, kiosk mark and settings of the request being rendered, from its cookies.
fn request_cookies() -> (Lang, prefs::Device) {
    #[cfg(feature = "ssr")]
    let header = cookies::request_cookie_header();
    #[cfg(not(feature = "ssr"))]
    let header = String::new();
    (
        Lang::from_cookie_header(&header),
        prefs::Device::from_cookie_header(&header),
    )
}

/// Sets the Content-Security-Policy of this page: only this site's files, and inline scripts
/// only with this response's fresh nonce (Leptos puts it on its hydration scripts). WebAssembly
/// needs `wasm-unsafe-eval`; nothing needs `unsafe-inline`.
#[cfg(feature = "ssr")]
fn set_security_policy() {
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self'; media-src 'self'; connect-src 'self'; \
         font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    );
    if let Ok(value) = http::HeaderValue::from_str(&policy) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let (lang, device) = request_cookies();
    #[cfg(feature = "ssr")]
    set_security_policy();
    provide_context(lang);
    provide_context(device);
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() class=device.prefs.html_class(device.kiosk)>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <HydrationScripts options islands=true/>
                <link rel="stylesheet" id="leptos" href="/pkg/sopiva.css"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The routes. Every route waits for its data on the server (`SsrMode::Async`) so that the
/// full page, its title and any redirect are decided before the first byte is sent.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    use pages::*;
    view! {
        <Router>
            <Routes fallback=not_found::NotFound>
                <Route path=path!("/") view=start::StartPage ssr=SsrMode::Async/>
                <Route path=path!("/home") view=home::HomePage ssr=SsrMode::Async/>
                <Route path=path!("/problem") view=not_found::Problem ssr=SsrMode::Async/>
                <Route path=path!("/kiosk") view=kiosk::KioskSetupPage ssr=SsrMode::Async/>
                <Route path=path!("/about") view=about::AboutPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/step/:section") view=section::SectionPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/check") view=check::CheckPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/saved/:no") view=versions::SavedPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/versions") view=versions::VersionsPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/versions/:no") view=versions::VersionPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/summary") view=versions::SummaryPage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in/pictures") view=pictures::PicturesPage ssr=SsrMode::Async/>
                <Route path=path!("/forbidden") view=not_found::Forbidden ssr=SsrMode::Async/>
                <Route path=path!("/choose") view=people::ChoosePage ssr=SsrMode::Async/>
                <Route path=path!("/relatives") view=people::RelativesPage ssr=SsrMode::Async/>
                <Route path=path!("/log") view=people::LogPage ssr=SsrMode::Async/>
                <Route path=path!("/assist") view=people::AssistPage ssr=SsrMode::Async/>
                <Route path=path!("/worker/sign-in") view=worker::WorkerSignInPage ssr=SsrMode::Async/>
                <Route path=path!("/worker") view=worker::CaseloadPage ssr=SsrMode::Async/>
                <Route path=path!("/admin") view=worker::AdminPage ssr=SsrMode::Async/>
                <Route path=path!("/money") view=money::MoneyPage ssr=SsrMode::Async/>
                <Route path=path!("/worker/money") view=worker_money::WorkerMoneyPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}
