//! The three-point scale "Miten meni?": plain radio inputs in a fieldset, each point with its
//! symbol and its words (the words are the symbol's text equivalent). One Tab stop for the
//! group; the arrow keys move between the points, as browsers do for radio inputs.

use crate::followup::rating::Rating;
use crate::i18n::t;
use crate::symbols::Symbol;
use leptos::prelude::*;

/// The scale's radio inputs, with `chosen` checked.
#[component]
pub fn RatingScale(chosen: Option<Rating>) -> impl IntoView {
    view! {
        <div class="rating-scale">
            {Rating::ALL.into_iter().map(|rating| {
                let id = format!("rating-{}", rating.slug());
                view! {
                    <div class="rating-option">
                        <input type="radio" id=id.clone() name="rating" value=rating.slug() checked=chosen == Some(rating)/>
                        <label for=id><Symbol concept=rating.concept()/>{t(rating.message_id())}</label>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}
