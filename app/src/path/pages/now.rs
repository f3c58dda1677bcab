//! Where the plan is now and the next step with its date, on the home page.

use super::ExplainLink;
use crate::dates::format_date;
use crate::glossary::Explain;
use crate::i18n::{t, tr_args, use_lang};
use crate::path::PathNow;
use crate::symbols::Symbol;
use leptos::prelude::*;

#[component]
pub fn PathPanel(now: PathNow) -> impl IntoView {
    let lang = use_lang();
    let date = now
        .next_on
        .map(|d| view! { <p>{tr_args(lang, "path-next-on", &[("date", format_date(lang, d).into())])}</p> });
    let terms: Vec<_> = [now.stage.term(), now.next.term()]
        .into_iter()
        .flatten()
        .collect();
    let mut unique = terms.clone();
    unique.dedup();
    view! {
        <section class="path-now" aria-labelledby="path-title" data-stage=now.stage.slug()>
            <h2 id="path-title">{t("path-title")}</h2>
            <p>{t("path-now")}</p>
            <p class="path-stage"><Symbol concept=now.stage.symbol()/><strong>{t(now.stage.title_id())}</strong></p>
            <p>{t("path-next")}</p>
            <p class="path-stage" data-next=now.next.slug()><Symbol concept=now.next.symbol()/>{t(now.next.title_id())}</p>
            {date}
            {unique.into_iter().map(|term| view! { <Explain term/> }).collect_view()}
            <ExplainLink/>
        </section>
    }
}
