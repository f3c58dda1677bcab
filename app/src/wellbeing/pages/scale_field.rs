//! A question on the five-point scale: plain radio buttons in a fieldset, each with its
//! symbol and its word, so the page works without JavaScript and no meaning hangs on a
//! picture or a colour alone.

use crate::i18n::t;
use crate::symbols::Symbol;
use crate::ui::errors::error_line;
use crate::wellbeing::scale::Score;
use leptos::prelude::*;

/// One radio button with its symbol and word.
pub fn option(
    name: &'static str,
    value: String,
    id: String,
    checked: bool,
    concept: &'static str,
    word: &'static str,
) -> impl IntoView {
    view! {
        <div class="scale-option">
            <input type="radio" id=id.clone() name=name value=value checked=checked/>
            <label for=id><Symbol concept=concept/><span>{t(word)}</span></label>
        </div>
    }
}

/// The question as the legend, its hint, the error line and the five points.
#[component]
pub fn ScaleField(
    question: String,
    concept: &'static str,
    hint: String,
    chosen: Option<Score>,
    error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    let described = if invalid {
        "choice-hint choice-error"
    } else {
        "choice-hint"
    };
    let options = Score::ALL
        .into_iter()
        .map(|score| {
            let id = format!("choice-{}", score.value());
            option(
                "choice",
                score.value().to_string(),
                id,
                chosen == Some(score),
                score.concept(),
                score.word_id(),
            )
        })
        .collect_view();
    view! {
        <fieldset class=if invalid { "fieldset field-error" } else { "fieldset" } aria-describedby=described>
            <legend><h1><Symbol concept=concept/>{question}</h1></legend>
            <p id="choice-hint" class="hint">{hint}</p>
            {error_line("choice-error".to_owned(), error)}
            <div class="scale-options">{options}</div>
        </fieldset>
    }
}
