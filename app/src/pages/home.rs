//! The signed-in home page: where to go next, and an offer to continue a plan left unfinished.

use super::await_page;
use super::frame::Frame;
use crate::i18n::{t, tr_args, use_lang};
use crate::plan::api::{load_home, HomePageData};
use crate::symbols::Symbol;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    await_page(load_home, render)
}

fn render(data: HomePageData) -> impl IntoView {
    let lang = use_lang();
    let greeting = tr_args(lang, "home-greeting", &[("name", data.name.clone().into())]);
    view! {
        <Frame title=greeting.clone() signed_in=true listen=vec!["home-write-plan", "check-title"]>
            <h1>{greeting}</h1>
            {data.unsaved.then(|| view! {
                <div class="notice">
                    <p>{t("home-unfinished")}</p>
                    <p><a class="button" href=data.continue_to.clone()>{t("home-continue")}</a></p>
                </div>
            })}
            <ul class="link-list">
                <li><a href="/plan/step/important"><Symbol concept="plan"/>{t("home-write-plan")}</a></li>
                <li><a href="/plan/check"><Symbol concept="check"/>{t("check-title")}</a></li>
                {data.has_saved.then(|| view! {
                    <li><a href="/plan/versions"><Symbol concept="saved"/>{t("versions-title")}</a></li>
                    <li><a href="/plan/summary"><Symbol concept="plan"/>{t("summary-link")}</a></li>
                })}
            </ul>
        </Frame>
    }
}
