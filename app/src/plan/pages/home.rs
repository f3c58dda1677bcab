//! The signed-in home page: where to go next, and an offer to continue a plan left unfinished.
//! A relative or a worker sees whose plan it is; only the client sees their relatives and
//! the access log.

use crate::access::pages::AssistBar;
use crate::i18n::{t, tr_args, use_lang};
use crate::people::PersonKind;
use crate::plan::api::{load_home, HomePageData};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::Frame;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    await_page(load_home, render)
}

fn render(data: HomePageData) -> impl IntoView {
    let lang = use_lang();
    let is_client = data.viewer == PersonKind::Client;
    let greeting = if is_client {
        tr_args(lang, "home-greeting", &[("name", data.name.clone().into())])
    } else {
        tr_args(lang, "home-other", &[("name", data.name.clone().into())])
    };
    let write = data.may_write.then(|| view! {
        <li><a href="/plan/step/important"><Symbol concept="plan"/>{t("home-write-plan")}</a></li>
    });
    view! {
        <Frame title=greeting.clone() signed_in=true listen=lists::HOME>
            {data.assist.clone().map(|name| view! { <AssistBar name/> })}
            // Supported decision-making (issue 13)
            {data.assist.is_some().then(|| view! { <crate::said::pages::bar::SupportedBar going=data.supported/> })}
            {(data.viewer == PersonKind::Worker).then(|| view! { <p><a href="/worker">{t("worker-back")}</a></p> })}
            <h1>{greeting}</h1>
            {(data.unsaved && data.may_write).then(|| view! {
                <div class="notice">
                    <p>{t("home-unfinished")}</p>
                    <p><a class="button" href=data.continue_to.clone()>{t("home-continue")}</a></p>
                </div>
            })}
            // The personal-budget path (issue 14): where the plan is and the next step.
            {match data.path.clone() {
                Some(now) => view! { <crate::path::pages::now::PathPanel now/> }.into_any(),
                None => view! { <crate::path::pages::ExplainLink/> }.into_any(),
            }}
            // Follow-up (issue 12)
            {data.next_follow_up.map(|next| view! {
                <crate::followup::pages::parts::NextFollowUpLine next may_write=data.may_write/>
            })}
            // Wellbeing (issue 12)
            {crate::wellbeing::pages::offer::home_offer(data.wellbeing_offer.clone())}
            <ul class="link-list">
                {write}
                <li><a href="/plan/check"><Symbol concept="check"/>{t("check-title")}</a></li>
                // Circle of support and talking mat (issue 13)
                <li><a href="/circle"><Symbol concept="helpers"/>{t("circle-title")}</a></li>
                <li><a href="/mat"><Symbol concept="yes"/>{t("mat-title")}</a></li>
                {data.has_saved.then(|| view! {
                    <li><a href="/plan/versions"><Symbol concept="saved"/>{t("versions-title")}</a></li>
                    <li><a href="/plan/summary"><Symbol concept="plan"/>{t("summary-link")}</a></li>
                })}
                // Follow-up (issue 12)
                <li><a href="/followup"><Symbol concept="follow-up"/>{t("followup-title")}</a></li>
                {(data.viewer == PersonKind::Worker || data.assist.is_some()).then(|| view! {
                    <li><a href="/worker/followup"><Symbol concept="follow-up"/>{t("followup-meeting-link")}</a></li>
                })}
                // Wellbeing (issue 12)
                {data.may_see_wellbeing.then(|| view! {
                    <li><a href="/wellbeing"><Symbol concept="wellbeing"/>{t("wellbeing-link")}</a></li>
                })}
                {data.may_see_money.then(|| view! {
                    <li><a href="/money"><Symbol concept="money"/>{t("money-title")}</a></li>
                })}
                {(data.viewer == PersonKind::Worker).then(|| view! {
                    <li><a href="/worker/path"><Symbol concept="decision"/>{t("worker-path-link")}</a></li>
                })}
                {(data.viewer == PersonKind::Worker).then(|| view! {
                    <li><a href="/worker/money"><Symbol concept="money"/>{t("decision-title")}</a></li>
                })}
                {is_client.then(|| view! {
                    <li><a href="/relatives"><Symbol concept="relative"/>{t("relatives-title")}</a></li>
                    <li><a href="/log"><Symbol concept="who-looked"/>{t("log-title")}</a></li>
                    <li><a href="/plan/sessions"><Symbol concept="worker"/>{t("supported-record-title")}</a></li>
                })}
                {(is_client && data.assist.is_none()).then(|| view! {
                    <li><a href="/assist"><Symbol concept="worker"/>{t("assist-title")}</a></li>
                })}
            </ul>
        </Frame>
    }
}
