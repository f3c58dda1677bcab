//! The circle-of-support picture (me in the middle, one ring per closeness, people on their
//! ring) and its full text equivalent. The picture is drawn as SVG on the server; rings differ
//! by line pattern and have their name written on them, never by colour alone.

use crate::circle::view::RingView;
use crate::i18n::{t, tr, use_lang};
use crate::mat::pages::Picture;
use crate::symbols::Symbol;
use leptos::prelude::*;

const CENTRE: f64 = 200.0;
/// The outer edge of ring `n` (1..=4); the middle circle ends at `RING`.
const RING: f64 = 44.0;

fn radius(ring: usize) -> f64 {
    RING + 39.0 * ring as f64
}

/// A name short enough to fit on its ring.
fn short(name: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let graphemes: Vec<&str> = name.graphemes(true).collect();
    if graphemes.len() <= 14 {
        name.to_owned()
    } else {
        format!("{}…", graphemes[..13].concat())
    }
}

/// The picture. `id` makes the title's id unique when the page shows the circle twice.
#[component]
pub fn CirclePicture(rings: Vec<RingView>, id: &'static str) -> impl IntoView {
    let lang = use_lang();
    let title_id = format!("{id}-title");
    let labelled = title_id.clone();
    let bands = rings
        .iter()
        .rev()
        .map(|ring| {
            let n = ring.closeness.ring();
            let r = radius(n);
            let dash = ["", "8 4", "2 4", "12 4 2 4"][n - 1];
            let middle = r - 19.5;
            view! {
                <circle cx=CENTRE cy=CENTRE r=r class=format!("circle-ring circle-ring-{n}") stroke-dasharray=dash/>
                <text x=CENTRE y=CENTRE - middle + 4.0 class="circle-ring-name" text-anchor="middle">{tr(lang, ring.closeness.word_id())}</text>
            }
        })
        .collect_view();
    let people = rings
        .iter()
        .flat_map(|ring| {
            let n = ring.closeness.ring();
            let middle = radius(n) - 19.5;
            let count = ring.people.len().max(1) as f64;
            ring.people.iter().enumerate().map(move |(i, p)| {
                // Spread over the ring, leaving its top for the ring's name.
                let angle = (-60.0 + 300.0 * (i as f64 + 0.5) / count).to_radians();
                let (x, y) = (CENTRE + middle * angle.cos(), CENTRE + middle * angle.sin());
                view! { <text x=format!("{x:.1}") y=format!("{:.1}", y + 4.0) class="circle-person-name" text-anchor="middle">{short(&p.name)}</text> }
            })
        })
        .collect_view();
    view! {
        <svg class="circle-picture" viewBox="0 0 400 400" role="img" aria-labelledby=labelled xmlns="http://www.w3.org/2000/svg">
            <title id=title_id>{t("circle-picture-title")}</title>
            {bands}
            <circle cx=CENTRE cy=CENTRE r=RING class="circle-me"/>
            <text x=CENTRE y=CENTRE + 5.0 class="circle-me-name" text-anchor="middle">{t("circle-me")}</text>
            {people}
        </svg>
    }
}

/// The same in words: each ring with its people and what they help with.
#[component]
pub fn CircleText(rings: Vec<RingView>) -> impl IntoView {
    rings
        .into_iter()
        .map(|ring| {
            let empty = ring.people.is_empty().then(|| view! { <p class="empty">{t("circle-ring-empty")}</p> });
            let people = ring
                .people
                .into_iter()
                .map(|p| {
                    let helps = (!p.helps.is_empty()).then(|| view! {
                        <ul class="help-cards">
                            {p.helps.into_iter().map(|c| view! { <li><Picture concept=c.concept/><span>{c.word}</span></li> }).collect_view()}
                        </ul>
                    });
                    view! { <li><strong>{p.name}</strong>{helps}</li> }
                })
                .collect_view();
            view! {
                <section class="circle-ring-text">
                    <h3><Symbol concept=ring.closeness.concept()/>{t(ring.closeness.word_id())}</h3>
                    {empty}
                    <ul class="circle-people">{people}</ul>
                </section>
            }
        })
        .collect_view()
}
