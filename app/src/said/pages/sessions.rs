//! The client's record of supported sessions: when, who was there, how it ended, and what
//! was marked how. The access log shows the start and the end too.

use crate::dates::format_datetime;
use crate::i18n::{t, tr, tr_args, use_lang};
use crate::said::api::{load_supported_sessions, SessionView};
use crate::said::pages::line::said_sentence;
use crate::said::Ended;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

#[component]
pub fn SessionsPage() -> impl IntoView {
    crate::ui::await_page(load_supported_sessions, |sessions: Vec<SessionView>| {
        view! {
            <Frame title=t("supported-record-title") signed_in=true listen=lists::SUPPORTED_RECORD>
                <BackLink href="/home".to_owned()/>
                <h1><Symbol concept="worker"/>{t("supported-record-title")}</h1>
                <p>{t("supported-record-intro")}</p>
                {sessions.is_empty().then(|| view! { <p>{t("supported-record-none")}</p> })}
                <ul class="version-list supported-record">
                    {sessions.into_iter().map(one).collect_view()}
                </ul>
            </Frame>
        }
    })
}

fn one(view: SessionView) -> impl IntoView {
    let lang = use_lang();
    let s = &view.session;
    let ended = match s.ended {
        None => "going",
        Some(Ended::Press) => "press",
        Some(Ended::Idle) => "idle",
    };
    let marks = view
        .marks
        .iter()
        .map(|mark| {
            let title = crate::said::target::parse(&mark.scope, &mark.item)
                .map(|target| tr(lang, target.title_id()))
                .unwrap_or_default();
            view! { <li><strong>{title}</strong>": "{said_sentence(lang, mark)}</li> }
        })
        .collect_view();
    view! {
        <li>
            <h2><span class="saved-when">{format_datetime(lang, s.started_at)}</span></h2>
            <p>{tr_args(lang, "supported-record-who", &[("name", s.worker_name.clone().into())])}</p>
            <p>{tr_args(lang, "supported-record-ended", &[("how", ended.into())])}</p>
            <p>{tr_args(lang, "supported-record-count", &[("count", view.marks.len().into())])}</p>
            <ul>{marks}</ul>
        </li>
    }
}
