//! The wellbeing offer on the home page: a round to answer now, or the change to see.

use crate::glossary::{Explain, Term};
use crate::i18n::{t, tr, use_lang};
use crate::symbols::Symbol;
use crate::wellbeing::Offer;
use leptos::prelude::*;

pub fn home_offer(offer: Option<Offer>) -> impl IntoView {
    let lang = use_lang();
    offer.map(|offer| match offer {
        Offer::Answer { kind, continue_to } => view! {
            <div class="notice wellbeing-offer">
                <h2><Symbol concept="wellbeing"/>{tr(lang, kind.title_id())}</h2>
                <p>{t(match kind {
                    crate::wellbeing::items::RoundKind::Survey => "survey-offer",
                    _ => "wellbeing-offer",
                })}</p>
                <Explain term=Term::Budget/>
                <p><a class="button" href=continue_to><Symbol concept="continue"/>{t("wellbeing-answer")}</a></p>
            </div>
        }
        .into_any(),
        Offer::SeeChange => view! {
            <div class="notice wellbeing-offer">
                <p><a class="button" href="/wellbeing/change"><Symbol concept="wb-change-better"/>{t("wb-change-link")}</a></p>
            </div>
        }
        .into_any(),
    })
}

/// The caseload's line about a client's wellbeing: start and end there or missing, in words.
pub fn caseload_mark(mark: crate::wellbeing::CaseloadMark) -> impl IntoView {
    let word = |done: bool| {
        if done {
            "caseload-wb-there"
        } else {
            "caseload-wb-missing"
        }
    };
    let lang = use_lang();
    let line = if mark.has_period {
        crate::i18n::tr_args(
            lang,
            "caseload-wellbeing",
            &[
                ("start", tr(lang, word(mark.start_done)).into()),
                ("end", tr(lang, word(mark.end_done)).into()),
            ],
        )
    } else {
        tr(lang, "caseload-wb-no-period")
    };
    view! { <p class="caseload-wellbeing"><Symbol concept="wellbeing"/>{line}</p> }
}

/// The caseload page's link to the wellbeing summary.
pub fn summary_link() -> impl IntoView {
    view! { <p><a href="/worker/summary"><Symbol concept="wb-summary"/>{t("wb-summary-title")}</a></p> }
}
