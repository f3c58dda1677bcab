//! Parts the follow-up pages share: the next date in words, the money of the period, and a
//! follow-up's answers with who wrote each and whose words they are (see `said`).

use crate::dates::format_date;
use crate::followup::content::{FollowUpContent, Said, Step};
use crate::followup::NextFollowUp;
use crate::glossary::{Explain, Term};
use crate::i18n::{t, tr_args, use_lang, Lang};
use crate::money::MoneyTotals;
use crate::said::pages::line::SaidLine;
use crate::said::target::followup_item;
use crate::said::Marks;
use crate::symbols::Symbol;
use leptos::prelude::*;

/// "Seurantatapaaminen on …" or, after the date, that it is late.
pub fn next_sentence(lang: Lang, next: &NextFollowUp) -> String {
    let id = if next.late {
        "followup-late"
    } else {
        "followup-next"
    };
    tr_args(lang, id, &[("date", format_date(lang, next.due_on).into())])
}

/// The next follow-up and, when it is near, the invitation to prepare (home and money pages).
#[component]
pub fn NextFollowUpLine(next: NextFollowUp, may_write: bool) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class=if next.invited { "notice followup-next" } else { "followup-next" }>
            <p><Symbol concept="follow-up"/>{next_sentence(lang, &next)}</p>
            <Explain term=Term::FollowUp/>
            {(next.invited && may_write).then(|| view! {
                <p>{t("followup-invite")}</p>
                <p><a class="button" href="/followup">{t("followup-prepare")}</a></p>
            })}
        </div>
    }
}

/// The three numbers and the pace sentence of the period, as "Minun rahani" says them.
#[component]
pub fn MoneySnapshot(totals: MoneyTotals) -> impl IntoView {
    use crate::money::pages::client::{big_number, pace_lines};
    let lang = use_lang();
    view! {
        <section class="followup-money" aria-labelledby="followup-money-title">
            <h2 id="followup-money-title"><Symbol concept="money"/>{t("followup-money-title")}</h2>
            <div class="money-numbers">
                {big_number(lang, "money", "money-granted", totals.granted)}
                {big_number(lang, "used", "money-used", totals.used)}
                {big_number(lang, "left", "money-left", totals.left)}
            </div>
            <div class="money-pace">
                {pace_lines(lang, &totals).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </div>
        </section>
    }
}

fn by_line(lang: Lang, said: &Said) -> String {
    tr_args(
        lang,
        "followup-by",
        &[
            ("name", said.by.name.clone().into()),
            // The role selects the sentence: no role word in brackets after a name.
            ("role", said.by.role.as_str().into()),
        ],
    )
}

/// How the answers are shown: the marks of their follow-up, and the page they are on.
#[derive(Clone)]
struct Shown {
    marks: Marks,
    from: Option<&'static str>,
}

fn said_view(lang: Lang, said: Option<Said>, shown: &Shown, step: Step) -> impl IntoView {
    match said {
        Some(said) => view! {
            <p class="followup-text">{said.text.clone()}</p>
            <p class="meta">{by_line(lang, &said)}</p>
            <SaidLine marks=shown.marks.clone() item=followup_item(step) from=shown.from/>
        }
        .into_any(),
        None => view! { <p class="empty">{t("followup-not-answered")}</p> }.into_any(),
    }
}

/// Every answer of a follow-up, under the questions, with who wrote each and whose words
/// they are (`from`: the page, for the way back from the disagreement page).
#[component]
pub fn AnswersView(
    content: FollowUpContent,
    #[prop(optional)] level: u8,
    #[prop(optional)] marks: Marks,
    #[prop(optional)] from: Option<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    let shown = Shown { marks, from };
    let heading = move |text: String| match level {
        3 => view! { <h3>{text}</h3> }.into_any(),
        _ => view! { <h2>{text}</h2> }.into_any(),
    };
    let items = content.items.into_iter().enumerate().map(|(i, item)| {
        let rating = match item.rating {
            Some(r) => view! { <p class="followup-rating"><Symbol concept=r.concept()/>{t(r.message_id())}</p> }.into_any(),
            None => view! { <p class="empty">{t("followup-not-answered")}</p> }.into_any(),
        };
        let words = item.words.map(|w| said_view(lang, Some(w), &shown, Step::Item(i)));
        view! {
            <div class="followup-answer">
                {heading(tr_args(lang, "followup-question-wish", &[("wish", crate::money::wish_text(lang, &item.wish).into())]))}
                {rating}
                {words}
            </div>
        }
    }).collect_view();
    let texts = [
        (Step::Works, content.works),
        (Step::NotWorks, content.not_works),
        (Step::Change, content.change),
    ]
    .into_iter()
    .map(|(step, said)| view! { <div class="followup-answer">{heading(t(step.question_id()))}{said_view(lang, said, &shown, step)}</div> })
    .collect_view();
    view! { <div class="followup-answers">{items}{texts}</div> }
}
