//! Form fields shared by the worker's and admin's pages.

use crate::i18n::t;
use crate::ui::errors::error_line;
use leptos::prelude::*;

/// A labelled one-line text field, with the error line above it. Used for every worker form.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    /// The form field name, when it differs from the id.
    #[prop(optional)]
    name: &'static str,
    label_id: &'static str,
    #[prop(optional)] password: bool,
    /// The text in the field: the person's own input, kept when a form was refused.
    #[prop(optional, into)]
    value: String,
    error: Option<String>,
    #[prop(optional)] autocomplete: &'static str,
    /// The field takes words, so the browser may check spelling (not for names and codes).
    #[prop(optional)]
    words: bool,
) -> impl IntoView {
    let invalid = error.is_some();
    let name = if name.is_empty() {
        id.clone()
    } else {
        name.to_owned()
    };
    let error_id = format!("{id}-error");
    view! {
        <div class=if invalid { "field field-error" } else { "field" }>
            <label for=id.clone() class="label">{t(label_id)}</label>
            {error_line(error_id.clone(), error)}
            <input
                id=id
                name=name
                type=if password { "password" } else { "text" }
                class="input"
                value=value
                autocomplete=if autocomplete.is_empty() { "off" } else { autocomplete }
                spellcheck=if words { "true" } else { "false" }
                aria-invalid=if invalid { "true" } else { "false" }
                aria-describedby=if invalid { error_id } else { String::new() }
            />
        </div>
    }
}
