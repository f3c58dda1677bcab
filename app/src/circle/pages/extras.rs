//! What the plan summary and its print show besides the answers: the circle of support
//! (picture and words) and the client's finished talking mats, with date and who was there.

use super::picture::{CirclePicture, CircleText};
use crate::circle::view::PlanExtras;
use crate::i18n::t;
use crate::mat::pages::result::MatResult;
use crate::mat::pages::Picture;
use crate::symbols::Symbol;
use leptos::prelude::*;

/// The circle and the mats, as the summary shows them (read with its version, in one call).
pub fn render(extras: PlanExtras) -> impl IntoView {
    let has_people = extras.rings.iter().any(|r| !r.people.is_empty());
    let circle = has_people.then(|| {
        view! {
            <section class="plan-section" id="circle">
                <h2><Symbol concept="helpers"/>{t("circle-title")}</h2>
                <CirclePicture rings=extras.rings.clone() id="summary-circle"/>
                <CircleText rings=extras.rings.clone()/>
            </section>
        }
    });
    let mats = (!extras.mats.is_empty()).then(|| {
        view! {
            <section class="plan-section" id="mats">
                <h2><Symbol concept="yes"/>{t("mat-own-view")}</h2>
                {extras.mats.into_iter().map(|m| view! {
                    <h3><Picture concept=m.concept.clone()/>{m.title.clone()}</h3>
                    <MatResult mat=m/>
                }).collect_view()}
            </section>
        }
    });
    view! { {circle}{mats} }
}
