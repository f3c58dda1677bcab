//! Choosing picture cards on a plan question, and putting the chosen things in order.
//!
//! Plain form controls only, so touch, mouse, keyboard and a single switch all work without
//! JavaScript: each card is a checkbox whose label is the card (picture and word), and each
//! chosen thing has "Ylös" / "Alas" buttons that send the form with `shift=up:<id>`. The
//! server saves at that press and shows the same page again.

use crate::i18n::{tr, Lang};
use crate::plan::cards::Card;
use crate::plan::content::{PlanItem, SectionInput};
use crate::plan::pages::card_face::{card_picture, card_word, CardFace};
use crate::plan::section::Section;
use crate::symbols::Symbol;
use leptos::prelude::*;

/// The question as the legend, and the section's cards as large tickable pictures.
pub fn card_choice(
    lang: Lang,
    section: Section,
    question: &str,
    cards: Vec<Card>,
    input: &SectionInput,
) -> impl IntoView {
    let grid = cards
        .into_iter()
        .map(|card| {
            let id = format!("card-{}", card.id);
            let checked = input.has_card(&card.id);
            view! {
                <li class="card-option">
                    <input type="checkbox" class="card-check" id=id.clone() name="card[]" value=card.id.clone() checked=checked/>
                    <label for=id>
                        {card_picture(&card.id, 96)}
                        <span class="card-word">{card_word(lang, &card.id)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset card-choice" aria-describedby="cards-hint">
            <legend><h1><Symbol concept=section.slug()/>{question.to_owned()}</h1></legend>
            <p id="cards-hint" class="hint">{tr(lang, "cards-legend")}" "{tr(lang, "cards-hint")}</p>
            <ul class="card-grid">{grid}</ul>
        </fieldset>
    }
}

/// The chosen things in the client's order, each with buttons to move it; shown when there
/// are two or more.
pub fn chosen_order(lang: Lang, items: Vec<PlanItem>) -> Option<impl IntoView> {
    if items.len() < 2 {
        return None;
    }
    let last = items.len() - 1;
    let rows = items
        .into_iter()
        .enumerate()
        .map(|(place, item)| {
            let face = match &item.card {
                Some(card) => view! { <CardFace card=card.clone() lang/> }.into_any(),
                None => view! { <span class="order-words">{item.text.clone()}</span> }.into_any(),
            };
            let name = match &item.card {
                Some(card) => card_word(lang, card),
                None => item.text.clone(),
            };
            let up = (place > 0).then(|| {
                move_button(
                    lang,
                    format!("up:{}", item.id),
                    "cards-move-up",
                    "move-up",
                    &name,
                )
            });
            let down = (place < last).then(|| {
                move_button(
                    lang,
                    format!("down:{}", item.id),
                    "cards-move-down",
                    "move-down",
                    &name,
                )
            });
            view! {
                <li class="order-item">
                    {face}
                    <span class="order-buttons">{up}{down}</span>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="chosen-order" id="order" aria-labelledby="order-heading">
            <h2 id="order-heading">{tr(lang, "cards-chosen-heading")}</h2>
            <p class="hint">{tr(lang, "cards-chosen-hint")}</p>
            <ol class="order-list">{rows}</ol>
        </section>
    })
}

/// One "Ylös" or "Alas" button. Its accessible name also says which thing moves.
fn move_button(
    lang: Lang,
    value: String,
    label: &'static str,
    symbol: &'static str,
    thing: &str,
) -> impl IntoView {
    let name = format!("{}: {thing}", tr(lang, label));
    view! {
        <button type="submit" name="shift" value=value class="button button-secondary button-move" aria-label=name>
            <Symbol concept=symbol/>{tr(lang, label)}
        </button>
    }
}
