//! The frame around every page: title, skip link, the help link, the settings panel, "I am
//! done", and the back link.

use crate::i18n::{t, tr, use_lang};
use crate::session::api::SignOut;
use crate::session::kiosk_timer::KioskTimer;
use crate::settings::use_device;
use crate::speech::lists::ListenList;
use crate::speech::{message_audio, message_text, Listen};
use crate::symbols::Symbol;
use crate::ui::lang_switch::LangSwitch;
use crate::ui::panel::SettingsPanel;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// Page frame. `error` puts "Virhe:" in front of the title, as screen-reader users expect.
#[component]
pub fn Frame(
    title: String,
    #[prop(optional)] error: bool,
    signed_in: bool,
    /// A sign-in is in progress (the picture page): at a kiosk it counts down, wipes and
    /// offers "I am done" like a signed-in page, so the next person cannot continue it.
    #[prop(optional)]
    signing_in: bool,
    /// Messages that "Kuuntele" reads for this page, such as its question and hint. Always one
    /// of `speech::lists`: the server reads no other list.
    #[prop(optional)]
    listen: Option<ListenList>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let listen = listen.map(|listen| {
        view! {
            <Listen
                src=message_audio(lang, listen)
                text=message_text(lang, listen)
                target="main".to_owned()
            />
        }
    });
    let page_title = if error {
        format!("{} {}", tr(lang, "error-prefix"), title)
    } else {
        title
    };
    let full_title = format!("{page_title} – {}", tr(lang, "app-name"));
    let home = if signed_in { "/home" } else { "/" };
    let device = use_device();
    let ends_at_kiosk = signed_in || (signing_in && device.kiosk);
    let timer = (ends_at_kiosk && device.kiosk).then(|| {
        let site = use_context::<crate::session::SiteInfo>().unwrap_or_default();
        view! {
            <KioskTimer
                idle_seconds=site.kiosk_idle_seconds
                warn_seconds=site.kiosk_warn_seconds
                lang
                speech=device.prefs.speech
                sign_out_url=SignOut::url().to_owned()
            />
        }
    });
    view! {
        <Title text=full_title/>
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        <header class="site-header">
            <a class="site-name" href=home>{t("app-name")}</a>
            // Help in the same place on every page (WCAG 3.2.6).
            <a class="help-link" href="/help"><Symbol concept="help"/>{t("help-link")}</a>
            <LangSwitch/>
            {ends_at_kiosk.then(|| view! {
                <form method="post" action=SignOut::url() class="sign-out">
                    <button type="submit" class="button button-secondary"><Symbol concept="done"/>{t("done-button")}</button>
                </form>
            })}
        </header>
        <SettingsPanel/>
        {timer}
        <main id="main" tabindex="-1">{listen}{children()}</main>
        <footer class="site-footer">
            <p>{t("footer-text")}</p>
            <p><a href="/about">{t("about-title")}</a></p>
        </footer>
    }
}

/// A back link to the previous step.
#[component]
pub fn BackLink(href: String) -> impl IntoView {
    view! { <a class="back-link" href=href><Symbol concept="back"/>{t("back")}</a> }
}
