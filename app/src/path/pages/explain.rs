//! "Mikä on henkilökohtainen budjetti?": the path in plain words with a symbol for each
//! stage, the decision, the follow-up and who does what, with read-aloud. Readable without
//! signing in, like the help page.

use crate::glossary::{Explain, Term};
use crate::i18n::{t, use_lang};
use crate::path::Stage;
use crate::session::api::{load_start, StartPageData};
use crate::speech::lists;
use crate::speech::{message_audio, message_text, Listen};
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::Frame;
use leptos::prelude::*;

/// Where the page is.
pub const PAGE: &str = "/about/budget";

#[component]
pub fn BudgetExplainedPage() -> impl IntoView {
    // Signed in, the frame keeps "Olen valmis" and the kiosk countdown (see the help page).
    await_page(load_start, |data: StartPageData| render(data.signed_in))
}

fn render(signed_in: bool) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Frame title=t("about-hb-title") signed_in listen=lists::ABOUT_BUDGET>
            <h1>{t("about-hb-title")}</h1>
            <p>{t("about-hb-intro")}</p>
            <Explain term=Term::Budget/>
            <h2>{t("about-hb-path-title")}</h2>
            <ol class="path-steps">
                {Stage::ALL.into_iter().map(|stage| {
                    let target = format!("path-step-{}", stage.slug());
                    let id = target.clone();
                    let list = stage.listen();
                    view! {
                        <li class="path-step" data-stage=stage.slug() id=id>
                            <h3><Symbol concept=stage.symbol()/>{t(stage.title_id())}</h3>
                            <Listen src=message_audio(lang, list) text=message_text(lang, list) target/>
                            <p>{t(stage.text_id())}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <Explain term=Term::Decision/>
            <Explain term=Term::FollowUp/>
            <h2>{t("about-hb-who-title")}</h2>
            <ul class="plain-list">
                <li><Symbol concept="plan"/>{t("about-hb-who-you")}</li>
                <li><Symbol concept="worker"/>{t("about-hb-who-worker")}</li>
                <li><Symbol concept="county"/>{t("about-hb-who-county")}</li>
            </ul>
            <Explain term=Term::County/>
        </Frame>
    }
}
