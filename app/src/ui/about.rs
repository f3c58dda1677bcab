//! About Sopiva: what it is, the symbols' licence, and how to give feedback on accessibility.

use crate::glossary::{Explain, Term};
use crate::i18n::t;
use crate::session::api::{load_start, StartPageData};
use crate::speech::lists;
use crate::ui::await_page;
use crate::ui::frame::Frame;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    // Signed in, the frame keeps "Olen valmis" and the kiosk countdown (see the help page).
    await_page(load_start, |data: StartPageData| render(data.signed_in))
}

fn render(signed_in: bool) -> impl IntoView {
    view! {
        <Frame title=t("about-title") signed_in listen=lists::ABOUT>
            <h1>{t("about-title")}</h1>
            <p>{t("about-text")}</p>
            <p>{t("about-budget")}</p>
            <Explain term=Term::Budget/>
            <Explain term=Term::Decision/>
            <h2>{t("about-symbols-title")}</h2>
            <p>{t("about-symbols-text")}</p>
            <p><a href="https://openmoji.org/">{t("symbols-credit")}</a></p>
            <h2>{t("about-feedback-title")}</h2>
            <p>{t("about-feedback-text")}</p>
        </Frame>
    }
}
