//! "Kenen sanat nämä ovat?": one radio group in the plan's section form, shown to anyone
//! writing for the client. One press chooses; a plain form post carries it.

use crate::i18n::t;
use crate::said::Said;
use crate::symbols::Symbol;
use leptos::prelude::*;

/// The radio group, with `chosen` checked.
#[component]
pub fn SaidField(chosen: Said) -> impl IntoView {
    view! {
        <fieldset class="fieldset said-field">
            <legend class="label">{t("said-legend")}</legend>
            <div class="rating-scale">
                {Said::ALL.into_iter().map(|said| {
                    let id = format!("said-{}", said.as_str());
                    view! {
                        <div class="rating-option">
                            <input type="radio" id=id.clone() name="said" value=said.as_str() checked=chosen == said/>
                            <label for=id><Symbol concept=said.concept()/>{t(said.choice_id())}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}
