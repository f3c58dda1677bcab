//! The end of preparing: every answer with a link to change it, and the money of the period.
//! Each answer is saved already; nothing more needs sending.

use super::parts::{AnswersView, MoneySnapshot};
use crate::followup::api::load_follow_up;
use crate::followup::content::Step;
use crate::followup::step_path;
use crate::followup::PrepareData;
use crate::i18n::{t, tr_args, use_lang};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

#[component]
pub fn FollowUpCheckPage() -> impl IntoView {
    await_page(load_follow_up, render)
}

fn render(data: PrepareData) -> impl IntoView {
    let lang = use_lang();
    let steps = Step::all(data.content.items.len());
    let last = i64::try_from(steps.len()).unwrap_or(1);
    let change_links = data.may_write.then(|| {
        let links = steps.iter().enumerate().map(|(i, step)| {
            let no = i64::try_from(i).unwrap_or(0) + 1;
            let what = match step {
                Step::Item(n) => data.content.items.get(*n).map(|it| {
                    tr_args(lang, "followup-question-wish", &[("wish", crate::money::wish_text(lang, &it.wish).into())])
                }),
                other => Some(t(other.question_id())),
            }
            .unwrap_or_default();
            view! {
                <li><a href=step_path(no)><Symbol concept="change"/>{t("change")}<span class="visually-hidden">": "{what}</span></a></li>
            }
        }).collect_view();
        view! { <h2>{t("followup-change-title")}</h2><ul class="link-list">{links}</ul> }
    });
    view! {
        <Frame title=t("followup-check-title") signed_in=true listen=lists::FOLLOWUP_CHECK>
            <BackLink href=step_path(last)/>
            <div class="panel" role="status">
                <h1><Symbol concept="saved"/>{t("followup-check-title")}</h1>
                <p>{t("followup-check-intro")}</p>
            </div>
            <AnswersView content=data.content.clone() marks=data.marks.clone()/>
            {change_links}
            {data.money.clone().map(|totals| view! { <MoneySnapshot totals/> })}
            <p><a href="/home">{t("go-home")}</a></p>
        </Frame>
    }
}
