//! How a refused form shows its errors: the summary at the top, which takes focus, and the
//! line above each field.

use crate::i18n::t;
use crate::symbols::Symbol;
use leptos::prelude::*;

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
