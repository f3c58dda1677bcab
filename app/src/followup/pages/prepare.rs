//! The start of preparing: what a follow-up is, when the meeting is, the money of the period,
//! and "Aloita". Also the way to the earlier follow-ups.

use super::parts::{next_sentence, MoneySnapshot};
use crate::followup::api::load_follow_up;
use crate::followup::step_path;
use crate::followup::PrepareData;
use crate::glossary::{Explain, Term};
use crate::i18n::{t, use_lang};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

#[component]
pub fn PreparePage() -> impl IntoView {
    await_page(load_follow_up, render)
}

fn render(data: PrepareData) -> impl IntoView {
    let lang = use_lang();
    let body = match data.next {
        None => view! { <p>{t("followup-none")}</p> }.into_any(),
        Some(next) => view! {
            <p class="lead"><Symbol concept="date"/>{next_sentence(lang, &next)}</p>
            {data.may_write.then(|| view! {
                <p>{t("followup-prepare-intro")}</p>
                <p><a class="button" href=step_path(1)><Symbol concept="continue"/>{t("followup-start")}</a></p>
            })}
            {data.money.clone().map(|totals| view! { <MoneySnapshot totals/> })}
        }
        .into_any(),
    };
    view! {
        <Frame title=t("followup-title") signed_in=true listen=lists::FOLLOWUP>
            <BackLink href="/home".to_owned()/>
            <h1><Symbol concept="follow-up"/>{t("followup-title")}</h1>
            <p>{t("followup-explain")}</p>
            <Explain term=Term::FollowUp/>
            {body}
            <p><a href="/followup/history"><Symbol concept="saved"/>{t("followup-history-title")}</a></p>
        </Frame>
    }
}
