//! The settings panel on every page: text size, contrast, symbols and read-aloud.

use crate::i18n::{t, use_lang};
use crate::session::api::ChangePrefs;
use crate::settings::{use_device, MAX_TEXT_SIZE};
use crate::symbols::Symbol;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_location;

/// Text size, contrast, symbols and read-aloud, on every page. Open on the start page, so
/// nobody has to find it before they can read it.
#[component]
pub fn SettingsPanel() -> impl IntoView {
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
