//! The frame around every page: title, skip link, language choice, "I am done", and the error
//! summary that takes focus when a form was refused.

use crate::i18n::{t, tr, use_lang, Lang};
use crate::session::api::{ChangePrefs, SetLanguage, SignOut};
use crate::session::kiosk_timer::KioskTimer;
use crate::settings::{use_device, MAX_TEXT_SIZE};
use crate::speech::{message_audio, message_text, Listen};
use crate::symbols::Symbol;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

/// Page frame. `error` puts "Virhe:" in front of the title, as screen-reader users expect.
#[component]
pub fn Frame(
    title: String,
    #[prop(optional)] error: bool,
    signed_in: bool,
    /// Message ids that "Kuuntele" reads for this page: its question and hint.
    #[prop(optional)]
    listen: Vec<&'static str>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let listen = (!listen.is_empty()).then(|| {
        view! {
            <Listen
                src=message_audio(lang, &listen)
                text=message_text(lang, &listen)
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
    let timer = (signed_in && device.kiosk).then(|| {
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
            <LangSwitch/>
            {signed_in.then(|| view! {
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

/// Text size, contrast, symbols and read-aloud, on every page. Open on the start page, so
/// nobody has to find it before they can read it.
#[component]
fn SettingsPanel() -> impl IntoView {
    let prefs = use_device().prefs;
    let location = use_location().pathname.get_untracked();
    let open = location == "/";
    let pressed = |on: bool| if on { "true" } else { "false" };
    let step = crate::i18n::tr_args(
        use_lang(),
        "text-size-now",
        &[
            ("step", (prefs.text_size + 1).into()),
            ("steps", (MAX_TEXT_SIZE + 1).into()),
        ],
    );
    view! {
        <details class="settings" open=open>
            <summary><Symbol concept="settings"/>{t("settings")}</summary>
            <form method="post" action=ChangePrefs::url() class="settings-form">
                <input type="hidden" name="back" value=location/>
                <p class="settings-size">{step}</p>
                <button type="submit" name="change" value="bigger" class="button button-setting"><Symbol concept="bigger-text"/>{t("text-bigger")}</button>
                <button type="submit" name="change" value="smaller" class="button button-setting">{t("text-smaller")}</button>
                <button type="submit" name="change" value="contrast" class="button button-setting" aria-pressed=pressed(prefs.contrast)>
                    <Symbol concept="contrast"/>
                    {t("setting-contrast")}
                </button>
                <button type="submit" name="change" value="symbols" class="button button-setting" aria-pressed=pressed(prefs.symbols)>
                    {t("setting-symbols")}
                </button>
                <button type="submit" name="change" value="speech" class="button button-setting" aria-pressed=pressed(prefs.speech)>
                    <Symbol concept="listen"/>
                    {t("setting-speech")}
                </button>
                <button
                    type="submit"
                    name="change"
                    value="voice"
                    class="button button-setting"
                    aria-pressed=pressed(prefs.browser_voice)
                >
                    {t("setting-browser-voice")}
                </button>
            </form>
        </details>
    }
}

/// Three buttons, each language's name written in that language.
#[component]
fn LangSwitch() -> impl IntoView {
    let current = use_lang();
    let back = use_location().pathname.get_untracked();
    view! {
        <form method="post" action=SetLanguage::url() class="lang-switch" aria-label=t("language-choice")>
            <input type="hidden" name="back" value=back/>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="submit"
                            name="lang"
                            value=lang.tag()
                            lang=lang.tag()
                            class="button button-lang"
                            aria-pressed=if lang == current { "true" } else { "false" }
                        >
                            {tr(lang, "lang-name")}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}

/// The list of problems at the top of a refused form. It takes focus when the page opens, and
/// each line links to its field.
#[component]
pub fn ErrorSummary(errors: Vec<(String, String)>) -> impl IntoView {
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus=true aria-labelledby="error-summary-title">
                <h2 id="error-summary-title"><Symbol concept="warning"/>{t("error-summary-title")}</h2>
                <ul>
                    {errors
                        .into_iter()
                        .map(|(field, message)| view! { <li><a href=format!("#{field}")>{message}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A back link to the previous step.
#[component]
pub fn BackLink(href: String) -> impl IntoView {
    view! { <a class="back-link" href=href><Symbol concept="back"/>{t("back")}</a> }
}

/// The error line above a field, with a hidden "Virhe:" for screen readers.
pub fn error_line(id: String, message: Option<String>) -> impl IntoView {
    message.map(|message| {
        view! {
            <p id=id class="error-message">
                <span class="visually-hidden">{t("error-prefix")}" "</span>
                {message}
            </p>
        }
    })
}

/// A one-line field for a code (a sign-in code, a kiosk code), with its label, an optional
/// hint and the error line. Codes are not words, so no spell checking or autofill.
#[component]
pub fn CodeField(
    id: &'static str,
    label_id: &'static str,
    #[prop(optional)] hint_id: Option<&'static str>,
    error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    let mut described = Vec::new();
    if hint_id.is_some() {
        described.push(format!("{id}-hint"));
    }
    if invalid {
        described.push(format!("{id}-error"));
    }
    let hint = hint_id.map(|hint| view! { <p id=format!("{id}-hint") class="hint">{t(hint)}</p> });
    view! {
        <div class=if invalid { "field field-error" } else { "field" }>
            <label for=id class="label">{t(label_id)}</label>
            {hint}
            {error_line(format!("{id}-error"), error)}
            <input
                id=id
                name="code"
                type="text"
                class="input"
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described.join(" ")
                aria-invalid=if invalid { "true" } else { "false" }
            />
        </div>
    }
}
