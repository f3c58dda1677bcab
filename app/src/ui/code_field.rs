//! The one-line field for a code.

use crate::i18n::t;
use crate::ui::errors::error_line;
use leptos::prelude::*;

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
