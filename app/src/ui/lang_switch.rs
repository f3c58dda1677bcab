//! The language choice on every page.

use crate::i18n::{t, tr, use_lang, Lang};
use crate::session::api::SetLanguage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_location;

/// Three buttons, each language's name written in that language.
#[component]
pub fn LangSwitch() -> impl IntoView {
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
