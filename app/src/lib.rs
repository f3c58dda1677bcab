//! Sopiva's pages, shared types and server functions. Rendered on the server; the browser
//! bundle only wakes up the small interactive islands (see `frontend`).

// Features, one folder per domain noun: api (server functions), pages, service and repo.
pub mod access;
pub mod admin;
pub mod caseload;
pub mod circle;
pub mod figures;
pub mod followup;
pub mod mat;
pub mod money;
pub mod mydata;
pub mod path;
pub mod people;
pub mod plan;
pub mod relatives;
pub mod said;
pub mod session;
pub mod settings;
pub mod sign_in;
pub mod speech;
pub mod wellbeing;

// Shared parts: page frame and form helpers, language, dates, cookies, errors, symbols.
pub mod cookies;
pub mod dates;
pub mod error;
pub mod forms;
pub mod glossary;
pub mod i18n;
pub mod ids;
pub mod symbols;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod db;

use i18n::Lang;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The language, kiosk mark and settings of the request being rendered, from its cookies.
fn request_cookies() -> (Lang, settings::Device) {
    #[cfg(feature = "ssr")]
    let header = cookies::request_cookie_header();
    #[cfg(not(feature = "ssr"))]
    let header = String::new();
    (
        Lang::from_cookie_header(&header),
        settings::Device::from_cookie_header(&header),
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
    use crate::followup::pages as followup;
    use crate::{
        access, admin, caseload, circle, figures, mat, money, mydata, plan, relatives, session,
        sign_in, ui, wellbeing,
    };
    view! {
        <Router>
            <Routes fallback=ui::not_found::NotFound>
                <Route path=path!("/") view=ui::start::StartPage ssr=SsrMode::Async/>
                <Route path=path!("/home") view=plan::pages::home::HomePage ssr=SsrMode::Async/>
                <Route path=path!("/problem") view=ui::not_found::Problem ssr=SsrMode::Async/>
                <Route path=path!("/kiosk") view=session::pages::KioskSetupPage ssr=SsrMode::Async/>
                <Route path=path!("/about") view=ui::about::AboutPage ssr=SsrMode::Async/>
                <Route path=path!("/help") view=ui::help::HelpPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/step/:section") view=plan::pages::section::SectionPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/check") view=plan::pages::check::CheckPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/saved/:no") view=plan::pages::versions::SavedPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/versions") view=plan::pages::versions::VersionsPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/versions/:no") view=plan::pages::versions::VersionPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/summary") view=plan::pages::versions::SummaryPage ssr=SsrMode::Async/>
                <Route path=path!("/plan/disagree/:scope/:item") view=said::pages::disagree::DisagreePage ssr=SsrMode::Async/>
                <Route path=path!("/plan/sessions") view=said::pages::sessions::SessionsPage ssr=SsrMode::Async/>
                <Route path=path!("/sign-in/pictures") view=sign_in::pages::PicturesPage ssr=SsrMode::Async/>
                <Route path=path!("/forbidden") view=ui::not_found::Forbidden ssr=SsrMode::Async/>
                <Route path=path!("/choose") view=relatives::pages::ChoosePage ssr=SsrMode::Async/>
                <Route path=path!("/relatives") view=relatives::pages::RelativesPage ssr=SsrMode::Async/>
                <Route path=path!("/log") view=access::pages::LogPage ssr=SsrMode::Async/>
                <Route path=path!("/assist") view=access::pages::AssistPage ssr=SsrMode::Async/>
                <Route path=path!("/worker/sign-in") view=sign_in::worker_page::WorkerSignInPage ssr=SsrMode::Async/>
                <Route path=path!("/worker") view=caseload::pages::CaseloadPage ssr=SsrMode::Async/>
                <Route path=path!("/admin") view=admin::pages::AdminPage ssr=SsrMode::Async/>
                <Route path=path!("/money") view=money::pages::client::MoneyPage ssr=SsrMode::Async/>
                <Route path=path!("/worker/money") view=money::pages::worker::WorkerMoneyPage ssr=SsrMode::Async/>
                // Follow-up (issue 12)
                <Route path=path!("/followup") view=followup::prepare::PreparePage ssr=SsrMode::Async/>
                <Route path=path!("/followup/step/:no") view=followup::step::FollowUpStepPage ssr=SsrMode::Async/>
                <Route path=path!("/followup/check") view=followup::check::FollowUpCheckPage ssr=SsrMode::Async/>
                <Route path=path!("/followup/history") view=followup::history::FollowUpHistoryPage ssr=SsrMode::Async/>
                <Route path=path!("/worker/followup") view=followup::meeting::MeetingPage ssr=SsrMode::Async/>
                // Wellbeing (issue 12).
                <Route path=path!("/wellbeing") view=wellbeing::pages::overview::WellbeingPage ssr=SsrMode::Async/>
                <Route path=path!("/wellbeing/change") view=wellbeing::pages::change::WellbeingChangePage ssr=SsrMode::Async/>
                <Route path=path!("/wellbeing/kykyviisari") view=wellbeing::pages::kyky::KykyviisariPage ssr=SsrMode::Async/>
                <Route path=path!("/wellbeing/:round/:step") view=wellbeing::pages::step::WellbeingStepPage ssr=SsrMode::Async/>
                // The personal-budget path (issue 14)
                <Route path=path!("/about/budget") view=path::pages::explain::BudgetExplainedPage ssr=SsrMode::Async/>
                <Route path=path!("/money/periods") view=path::pages::periods::PeriodsPage ssr=SsrMode::Async/>
                <Route path=path!("/worker/path") view=path::pages::worker::WorkerPathPage ssr=SsrMode::Async/>
                <Route path=path!("/worker/summary") view=wellbeing::pages::summary::SummaryPage ssr=SsrMode::Async/>
                // Talking mat and circle of support (issue 13).
                <Route path=path!("/mat") view=mat::pages::list::MatsPage ssr=SsrMode::Async/>
                <Route path=path!("/mat/:topic") view=mat::pages::card::MatCardPage ssr=SsrMode::Async/>
                <Route path=path!("/mat/:topic/whole") view=mat::pages::whole::MatWholePage ssr=SsrMode::Async/>
                <Route path=path!("/mat/:topic/finish") view=mat::pages::finish::MatFinishPage ssr=SsrMode::Async/>
                <Route path=path!("/circle") view=circle::pages::circle::CirclePage ssr=SsrMode::Async/>
                <Route path=path!("/circle/person/:no") view=circle::pages::person::PersonPage ssr=SsrMode::Async/>
                <Route path=path!("/circle/person/:no/helps") view=circle::pages::helps::HelpsPage ssr=SsrMode::Async/>
                <Route path=path!("/circle/roles") view=circle::pages::roles::RolesPage ssr=SsrMode::Async/>
                // The service view and my data to take with me (issue 14).
                <Route path=path!("/service") view=figures::pages::ServicePage ssr=SsrMode::Async/>
                <Route path=path!("/my-data") view=mydata::pages::MyDataPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}
