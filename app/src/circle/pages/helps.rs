//! What one person helps with: every help card as a button that is chosen or not, one press
//! each (saved at once). The state is written in words on the button, not only shown.

use super::person::person_param;
use crate::circle::api::{load_circle_helps, ToggleCircleHelp};
use crate::circle::view::HelpsPageData;
use crate::circle::CircleNotice;
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr, tr_args, use_lang};
use crate::mat::pages::Picture;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::errors::ErrorSummary;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn HelpsPage() -> impl IntoView {
    let no = person_param();
    crate::ui::await_page(move || load_circle_helps(no), render)
}

/// The page for a person who is not in the circle (taken away meanwhile, or a wrong address).
pub fn missing() -> impl IntoView {
    view! {
        <Frame title=t("circle-missing") signed_in=true>
            <BackLink href="/circle".to_owned()/>
            <h1>{t("circle-missing")}</h1>
            <p><a class="button" href="/circle">{t("circle-title")}</a></p>
        </Frame>
    }
}

fn render(data: HelpsPageData) -> impl IntoView {
    let lang = use_lang();
    let Some(person) = data.person else {
        return missing().into_any();
    };
    let error = use_notice::<CircleNotice>()
        .filter(|n| *n == CircleNotice::Changed)
        .map(|n| tr(lang, n.message_id()));
    let first = data
        .cards
        .first()
        .map(|c| format!("help-{}", c.id))
        .unwrap_or_default();
    let errors: Vec<(String, String)> = error.clone().map(|m| (first, m)).into_iter().collect();
    let title = tr_args(
        lang,
        "circle-helps-title",
        &[("name", person.name.clone().into())],
    );
    let buttons = data
        .cards
        .into_iter()
        .map(|card| {
            let chosen = person.helps_with.contains(&card.id);
            let state = if chosen { t("circle-help-chosen") } else { t("circle-help-not-chosen") };
            view! {
                <li>
                    <button type="submit" name="card" value=card.id.clone() id=format!("help-{}", card.id)
                        class=if chosen { "button picture-card picture-card-chosen" } else { "button picture-card" }
                        aria-pressed=if chosen { "true" } else { "false" }>
                        <Picture concept=card.concept/>
                        <span class="picture-card-word">{card.word}</span>
                        <span class="picture-card-state">{state}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <Frame title=title.clone() error=error.is_some() signed_in=true listen=lists::CIRCLE_HELPS>
            <BackLink href="/circle".to_owned()/>
            <ErrorSummary errors/>
            <form method="post" action=ToggleCircleHelp::url() novalidate class="question">
                <input type="hidden" name="no" value=person.person_id.to_string()/>
                <input type="hidden" name="version" value=person.version.to_string()/>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <h1><Symbol concept="need-help"/>{title}</h1>
                <p class="hint">{t("circle-helps-hint")}</p>
                <ul class="picture-cards">{buttons}</ul>
            </form>
            <p><a class="button" href="/circle"><Symbol concept="done"/>{t("circle-helps-done")}</a></p>
        </Frame>
    }
    .into_any()
}
