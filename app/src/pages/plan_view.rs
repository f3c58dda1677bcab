//! A plan's answers shown for reading: on the check page, a saved version and the summary.

use crate::i18n::{t, tr, use_lang};
use crate::plan::content::{Answer, PlanContent};
use crate::plan::section::Section;
use crate::symbols::Symbol;
use leptos::prelude::*;

/// The answer of one section, or a note that it was left empty.
#[component]
pub fn AnswerView(answer: Option<Answer>) -> impl IntoView {
    let lang = use_lang();
    match answer {
        None => view! { <p class="empty">{t("not-answered")}</p> }.into_any(),
        Some(Answer::Text(text)) => {
            let items = Answer::Text(text).items();
            view! { <ul class="answer-items">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
                .into_any()
        }
        Some(Answer::Goals(goals)) => view! {
            <ul class="answer-items">
                {goals.into_iter().map(|g| {
                    let how = (!g.how.is_empty()).then(|| view! {
                        <p class="goal-how">{tr(lang, "how-label")}" "{g.how.clone()}</p>
                    });
                    view! { <li><p class="goal-text">{g.goal}</p>{how}</li> }
                }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}

/// Every section with its answer, each under its own heading.
#[component]
pub fn PlanView(content: PlanContent) -> impl IntoView {
    Section::ALL
        .into_iter()
        .map(|section| {
            let answer = content.answer(section).cloned();
            view! {
                <section class="plan-section">
                    <h2><Symbol concept=section.slug()/>{t(section.title_id())}</h2>
                    <AnswerView answer/>
                </section>
            }
        })
        .collect_view()
}
