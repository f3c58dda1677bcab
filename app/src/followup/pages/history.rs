//! Every completed follow-up, side by side, newest first: the client's answers, the worker's
//! notes, the agreed change and the plan version it started.

use super::parts::AnswersView;
use crate::dates::format_date;
use crate::followup::api::load_follow_up_history;
use crate::followup::{FollowUpNotice, HistoryData, HistoryEntry};
use crate::forms::notice::{use_notice, Notice};
use crate::glossary::{Explain, Term};
use crate::i18n::{t, tr_args, use_lang, Lang};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

#[component]
pub fn FollowUpHistoryPage() -> impl IntoView {
    await_page(load_follow_up_history, render)
}

fn entry(lang: Lang, entry: HistoryEntry) -> impl IntoView {
    let title = tr_args(
        lang,
        "followup-history-entry",
        &[("date", format_date(lang, entry.due_on).into())],
    );
    let notes = entry.content.notes.clone().map(|n| {
        view! {
            <h3>{t("followup-notes-title")}</h3>
            <p class="followup-text">{n.text}</p>
        }
    });
    let agreed = entry.content.agreed.clone().map(|a| {
        let version = entry.new_plan_version.map(|n| {
            view! {
                <p><a href=format!("/plan/versions/{n}")>
                    {tr_args(lang, "followup-new-version", &[("number", n.into())])}
                </a></p>
            }
        });
        view! {
            <h3>{t("followup-agreed-title")}</h3>
            <p>{tr_args(lang, "followup-agreed", &[("text", a.text.into())])}</p>
            {version}
        }
    });
    view! {
        <article class="followup-entry">
            <h2><Symbol concept="follow-up"/>{title}</h2>
            <p class="meta">{tr_args(lang, "followup-completed-by", &[("name", entry.completed_by_name.clone().into())])}</p>
            <AnswersView content=entry.content.clone() level=3 marks=entry.marks.clone() from=crate::said::target::HISTORY/>
            {notes}
            {agreed}
        </article>
    }
}

fn render(data: HistoryData) -> impl IntoView {
    let lang = use_lang();
    let saved = use_notice::<FollowUpNotice>()
        .filter(|n| *n == FollowUpNotice::Completed)
        .map(|n| view! { <p class="notice" role="status"><Symbol concept="saved"/>{t(n.message_id())}</p> });
    view! {
        <Frame title=t("followup-history-title") signed_in=true listen=lists::FOLLOWUP_HISTORY>
            <BackLink href="/home".to_owned()/>
            <h1>{t("followup-history-title")}</h1>
            <Explain term=Term::FollowUp/>
            {saved}
            {data.entries.is_empty().then(|| view! { <p>{t("followup-history-none")}</p> })}
            <div class="followup-history">
                {data.entries.into_iter().map(|e| entry(lang, e)).collect_view()}
            </div>
        </Frame>
    }
}
