//! A finished mat as the plan shows it: the three places with their cards as pictures and
//! words, the date, who was there and, when someone else wrote it down, whose view it is as
//! marked (see `said`). Used on the topic list and the plan summary.

use crate::i18n::{t, tr_args, use_lang};
use crate::mat::place::Place;
use crate::mat::sort::MatView;
use crate::symbols::Symbol;
use leptos::prelude::*;

/// The date and the sentence about who sorted ("Helmi teki tämän yksin.").
pub fn made_by(mat: &MatView) -> Option<String> {
    let lang = use_lang();
    mat.finished.as_ref().map(|f| {
        let who = tr_args(lang, &f.message_id, &[("name", f.name.clone().into())]);
        format!("{} {}", crate::dates::format_datetime(lang, f.at), who)
    })
}

/// The cards of each place, in words and pictures; places without cards are left out.
#[component]
pub fn MatResult(mat: MatView) -> impl IntoView {
    let meta = made_by(&mat);
    let lang = use_lang();
    // Whose view it is, when someone else was there (the sentence above says the rest).
    let said = mat.finished.as_ref().and_then(|f| f.mark.clone()).filter(|m| m.by_someone_else()).map(|mark| {
        view! {
            <p class="said-line" data-said=mark.said.as_str()>
                <Symbol concept=mark.said.concept()/>{crate::said::pages::line::said_sentence(lang, &mark)}
            </p>
        }
    });
    let places = Place::ALL
        .into_iter()
        .filter_map(|place| {
            let cards = mat.at(place);
            (!cards.is_empty()).then(|| {
                view! {
                    <div class="mat-result-place">
                        <p class="mat-place-name"><Symbol concept=place.concept()/><strong>{t(place.word_id())}</strong></p>
                        <ul class="mat-cards">
                            {cards.into_iter().map(|c| view! {
                                <li><super::Picture concept=c.concept/><span>{c.word}</span></li>
                            }).collect_view()}
                        </ul>
                    </div>
                }
            })
        })
        .collect_view();
    view! {
        <div class="mat-result">
            {meta.map(|m| view! { <p class="meta">{m}</p> })}
            {said}
            {places}
        </div>
    }
}
