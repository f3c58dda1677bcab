//! A plan's answers shown for reading: on the check page, a saved version and the summary.

use crate::i18n::{t, tr, use_lang};
use crate::plan::content::{Answer, PlanContent};
use crate::plan::pages::card_face::{card_word, CardFace};
use crate::plan::section::Section;
use crate::symbols::Symbol;
use leptos::prelude::*;

/// The answer of one section, or a note that it was left empty: cards as pictures with
/// words, own words as lines, goals with how the client will know.
#[component]
pub fn AnswerView(answer: Option<Answer>) -> impl IntoView {
    let lang = use_lang();
    let Some(answer) = answer else {
        return view! { <p class="empty">{t("not-answered")}</p> }.into_any();
    };
    let entries = answer.entries();
    view! {
        <ul class="answer-items">
            {entries.into_iter().map(|entry| {
                let how = (!entry.how.is_empty()).then(|| view! {
                    <p class="goal-how">{tr(lang, "how-label")}" "{entry.how.clone()}</p>
                });
                match entry.card {
                    Some(card) => view! {
                        <li class="answer-card"><CardFace card lang/>{how}</li>
                    }.into_any(),
                    None => view! {
                        <li><p class="goal-text">{entry.text}</p>{how}</li>
                    }.into_any(),
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Every section with its answer, each under its own heading (with the section's slug as
/// its id, so the money page can link to a wish). `funded` adds the money for wishes.
#[component]
pub fn PlanView(
    content: PlanContent,
    #[prop(optional)] funded: Vec<crate::money::FundedWish>,
    #[prop(optional)] marks: crate::said::Marks,
    /// The page the plan is on is the summary (a disagreement goes back there).
    #[prop(optional)]
    summary: bool,
) -> impl IntoView {
    let lang = use_lang();
    Section::ALL
        .into_iter()
        .map(|section| {
            let answer = content.answer(section).cloned();
            let items = answer.as_ref().map(Answer::entries).unwrap_or_default();
            let money: Vec<String> = funded
                .iter()
                .filter(|f| f.section == section.slug())
                .map(|f| {
                    let wish = items
                        .iter()
                        .find(|i| i.id == f.item_id)
                        .map(|i| match &i.card {
                            Some(card) => card_word(lang, card),
                            None => i.text.clone(),
                        })
                        .unwrap_or_default();
                    crate::i18n::tr_args(
                        lang,
                        "summary-money",
                        &[
                            ("wish", wish.into()),
                            ("line", f.line_name.clone().into()),
                            ("amount", crate::money::pages::client::euros(lang, f.amount).into()),
                        ],
                    )
                })
                .collect();
            view! {
                <section class="plan-section" id=section.slug()>
                    <h2><Symbol concept=section.slug()/>{t(section.title_id())}</h2>
                    <AnswerView answer/>
                    <crate::said::pages::line::SaidLine marks=marks.clone() item=section.slug() from=summary.then_some(crate::said::target::SUMMARY)/>
                    {(!money.is_empty()).then(|| view! {
                        <ul class="summary-money">
                            {money.into_iter().map(|m| view! { <li><Symbol concept="money"/>{m}</li> }).collect_view()}
                        </ul>
                    })}
                </section>
            }
        })
        .collect_view()
}
