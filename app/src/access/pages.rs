//! The client's access log in plain words, and a worker signing in beside the client.

use super::AssistNotice;
use crate::access::api::{load_log, LogLine, LogPageData};
use crate::access::assist::{EndAssist, StartAssist};
use crate::dates::format_datetime;
use crate::forms::notice::{use_notice, Notice};
use crate::glossary::{Explain, Term};
use crate::i18n::{t, tr, tr_args, use_lang};
use crate::people::PersonKind;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::errors::ErrorSummary;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LogPage() -> impl IntoView {
    let page = use_query_map()
        .get_untracked()
        .get("page")
        .and_then(|p| p.parse().ok());
    await_page(move || load_log(page), render_log)
}

pub(crate) fn log_sentence(lang: crate::i18n::Lang, line: &LogLine) -> String {
    // The client's own download is the one row the client writes themself.
    if line.actor_kind == PersonKind::Client
        && line.event == crate::access::log::LogEvent::DownloadData
        && !line.denied
    {
        return tr(lang, "log-download-own");
    }
    let who = match line.actor_kind {
        PersonKind::Relative => "relative",
        PersonKind::Worker => "worker",
        // Only a refused try: another client's session can never be given this client's data.
        PersonKind::Client => "other",
    };
    let what = line.event.words();
    tr_args(
        lang,
        "log-line",
        &[
            ("who", who.into()),
            ("name", line.actor_name.clone().into()),
            ("what", what.into()),
            ("denied", if line.denied { "yes" } else { "no" }.into()),
        ],
    )
}

fn render_log(data: LogPageData) -> impl IntoView {
    let lang = use_lang();
    let lines = data.lines;
    let newer = (data.page > 1).then(|| {
        let href = format!("/log?page={}", data.page - 1);
        view! { <a class="button button-secondary" href=href>{t("log-newer")}</a> }
    });
    let older = data.has_older.then(|| {
        let href = format!("/log?page={}", data.page + 1);
        view! { <a class="button button-secondary" href=href>{t("log-older")}</a> }
    });
    view! {
        <Frame title=t("log-title") signed_in=true listen=lists::LOG>
            <BackLink href="/home".to_owned()/>
            <h1>{t("log-title")}</h1>
            <p>{t("log-intro")}</p>
            <Explain term=Term::Permission/>
            <p><a href="/my-data">{t("mydata-link")}</a></p>
            {lines.is_empty().then(|| view! { <p>{t("log-empty")}</p> })}
            <ul class="log-list">
                {lines.iter().map(|line| {
                    let assisted = line.assisted.then(|| view! { " "{t("log-assisted")} });
                    let reason = line.reason.clone().map(|reason| {
                        view! { " "{tr_args(lang, "log-reason", &[("reason", reason.into())])} }
                    });
                    // The time on its own line, as in the spending list: a sentence with a
                    // full date in it grows past what the reader can hold.
                    view! {
                        <li>
                            <p class="log-when">{format_datetime(lang, line.at)}</p>
                            <p>{log_sentence(lang, line)}{assisted}{reason}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(newer.is_some() || older.is_some()).then(|| view! {
                <nav class="log-pages" aria-label=t("log-pages")>{newer}" "{older}</nav>
            })}
        </Frame>
    }
}

#[component]
pub fn AssistPage() -> impl IntoView {
    let wrong = use_notice::<AssistNotice>().map(|n| t(n.message_id()));
    let errors = wrong
        .clone()
        .map(|m| vec![("user_name".to_owned(), m)])
        .unwrap_or_default();
    view! {
        <Frame title=t("assist-title") error=wrong.is_some() signed_in=true listen=lists::ASSIST>
            <BackLink href="/home".to_owned()/>
            <ErrorSummary errors/>
            <h1>{t("assist-title")}</h1>
            <p>{t("assist-intro")}</p>
            <form method="post" action=StartAssist::url() novalidate>
                <crate::sign_in::worker_page::WorkerFields error=wrong shared_device=true/>
                <button type="submit" class="button"><Symbol concept="worker"/>{t("assist-button")}</button>
            </form>
        </Frame>
    }
}

/// The bar shown on every page while a worker helps beside the client.
#[component]
pub fn AssistBar(name: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="notice assist-bar" role="status">
            <p><Symbol concept="worker"/>{tr_args(lang, "assist-on", &[("name", name.into())])}</p>
            <form method="post" action=EndAssist::url()>
                <button type="submit" class="button button-secondary">{t("assist-end")}</button>
            </form>
        </div>
    }
}
