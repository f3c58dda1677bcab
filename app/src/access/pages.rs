//! Pages about people around a client: choosing whose plan to work on (a relative), the
//! client's relatives and what they may do, the client's access log, and a worker signing
//! in beside the client.

use crate::access::api::{load_log, EndAssist, LogLine, StartAssist};
use crate::dates::format_datetime;
use crate::i18n::{t, tr_args, use_lang};
use crate::relatives::api::{
    load_choose, load_relatives, ChangeRelative, ChooseClient, ChoosePageData,
};
use crate::relatives::RelativeView;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::{BackLink, ErrorSummary, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ChoosePage() -> impl IntoView {
    await_page(load_choose, render_choose)
}

fn render_choose(data: ChoosePageData) -> impl IntoView {
    view! {
        <Frame title=t("choose-title") signed_in=true listen=vec!["choose-title"]>
            <h1>{t("choose-title")}</h1>
            {data.clients.is_empty().then(|| view! { <p>{t("choose-none")}</p> })}
            <ul class="link-list">
                {data.clients.into_iter().map(|(client_id, name)| view! {
                    <li>
                        <form method="post" action=ChooseClient::url()>
                            <input type="hidden" name="client_id" value=client_id/>
                            <button type="submit" class="button"><Symbol concept="plan"/>{name}</button>
                        </form>
                    </li>
                }).collect_view()}
            </ul>
        </Frame>
    }
}

#[component]
pub fn RelativesPage() -> impl IntoView {
    await_page(load_relatives, render_relatives)
}

fn checkbox(
    name: &'static str,
    label_id: &'static str,
    checked: bool,
    id_prefix: i64,
) -> impl IntoView {
    let id = format!("{name}-{id_prefix}");
    view! {
        <div class="check-field">
            <input type="checkbox" id=id.clone() name=name value="1" checked=checked/>
            <label for=id>{t(label_id)}</label>
        </div>
    }
}

fn render_relatives(list: Vec<RelativeView>) -> impl IntoView {
    let lang = use_lang();
    let saved = use_query_map().get_untracked().get("saved").is_some();
    view! {
        <Frame title=t("relatives-title") signed_in=true listen=vec!["relatives-title", "relatives-intro"]>
            <BackLink href="/home".to_owned()/>
            {saved.then(|| view! { <p class="notice" role="status">{t("relatives-saved")}</p> })}
            <h1>{t("relatives-title")}</h1>
            <p>{t("relatives-intro")}</p>
            <p>{t("relatives-wait")}</p>
            {list.is_empty().then(|| view! { <p>{t("relatives-none")}</p> })}
            {list.into_iter().map(|r| {
                let heading = format!("relative-{}", r.relative_id);
                let waiting = r.waiting_from.map(|at| view! {
                    <p class="notice">{tr_args(lang, "relatives-waiting", &[("when", format_datetime(lang, at).into())])}</p>
                });
                view! {
                    <section class="relative" aria-labelledby=heading.clone()>
                        <h2 id=heading.clone()><Symbol concept="relative"/>{r.name.clone()}</h2>
                        {waiting}
                        <form method="post" action=ChangeRelative::url()>
                            <input type="hidden" name="relative_id" value=r.relative_id/>
                            <fieldset>
                                <legend>{tr_args(lang, "relatives-may", &[("name", r.name.clone().into())])}</legend>
                                {checkbox("read_plan", "right-read-plan", r.read_plan, r.relative_id)}
                                {checkbox("write_plan", "right-write-plan", r.write_plan, r.relative_id)}
                                {checkbox("see_money", "right-see-money", r.see_money, r.relative_id)}
                            </fieldset>
                            <button type="submit" class="button"><Symbol concept="save"/>{t("save")}</button>
                        </form>
                    </section>
                }
            }).collect_view()}
        </Frame>
    }
}

#[component]
pub fn LogPage() -> impl IntoView {
    await_page(load_log, render_log)
}

fn log_sentence(lang: crate::i18n::Lang, line: &LogLine) -> String {
    let who = if line.actor_kind == "relative" {
        "relative"
    } else {
        "worker"
    };
    let what = match (line.object_type.as_str(), line.action.as_str()) {
        ("plan", "read") => "read_plan",
        ("plan", _) => "write_plan",
        ("client", _) => "open",
        ("sign-in", _) => "sign_in",
        ("relatives", _) => "relatives",
        _ => "other",
    };
    tr_args(
        lang,
        "log-line",
        &[
            ("who", who.into()),
            ("name", line.actor_name.clone().into()),
            ("what", what.into()),
            ("denied", if line.denied { "yes" } else { "no" }.into()),
            ("when", format_datetime(lang, line.at).into()),
        ],
    )
}

fn render_log(lines: Vec<LogLine>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Frame title=t("log-title") signed_in=true listen=vec!["log-title", "log-intro"]>
            <BackLink href="/home".to_owned()/>
            <h1>{t("log-title")}</h1>
            <p>{t("log-intro")}</p>
            {lines.is_empty().then(|| view! { <p>{t("log-empty")}</p> })}
            <ul class="log-list">
                {lines.iter().map(|line| {
                    let assisted = line.assisted.then(|| view! { " "{t("log-assisted")} });
                    view! { <li>{log_sentence(lang, line)}{assisted}</li> }
                }).collect_view()}
            </ul>
        </Frame>
    }
}

#[component]
pub fn AssistPage() -> impl IntoView {
    let wrong = use_query_map().get_untracked().get("error").map(|e| {
        if e == "caseload" {
            t("error-assist-caseload")
        } else {
            t("error-worker-wrong")
        }
    });
    let errors = wrong
        .clone()
        .map(|m| vec![("user_name".to_owned(), m)])
        .unwrap_or_default();
    view! {
        <Frame title=t("assist-title") error=wrong.is_some() signed_in=true listen=vec!["assist-title", "assist-intro"]>
            <BackLink href="/home".to_owned()/>
            <ErrorSummary errors/>
            <h1>{t("assist-title")}</h1>
            <p>{t("assist-intro")}</p>
            <form method="post" action=StartAssist::url() novalidate>
                <crate::caseload::pages::WorkerFields error=wrong/>
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
