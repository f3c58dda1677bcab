//! The line beside a statement: whose words they are and who wrote them, the client's
//! disagreements, and for the client the link "En ole samaa mieltä".

use crate::dates::format_datetime;
use crate::i18n::{t, tr_args, use_lang, Lang};
use crate::said::{Mark, Marks, Said};
use crate::symbols::Symbol;
use leptos::prelude::*;

/// The sentence telling how a statement was said and by whom.
pub fn said_sentence(lang: Lang, mark: &Mark) -> String {
    let how = match mark.said {
        Said::Own => "own",
        Said::Pictures => "pictures",
        Said::Questions => "questions",
        Said::Interpreting => "interpreting",
        Said::Note => "note",
    };
    tr_args(
        lang,
        "said-line",
        &[
            ("how", how.into()),
            ("name", mark.by.name.clone().into()),
            ("role", mark.by.role.as_str().into()),
        ],
    )
}

/// The mark of the statement `item`, if it has one.
#[component]
pub fn SaidLine(
    marks: Marks,
    #[prop(into)] item: String,
    /// The page this is on, when the statement is shown on more than one (see `target`).
    #[prop(default = None)]
    from: Option<&'static str>,
) -> impl IntoView {
    let mark = marks.of(&item).cloned();
    mark.map(|mark| line(&marks, mark, &item, from))
}

fn line(marks: &Marks, mark: Mark, item: &str, from: Option<&'static str>) -> AnyView {
    let lang = use_lang();
    let disagree = (marks.may_disagree && mark.by_someone_else()).then(|| {
        let from = from.map(|f| format!("?from={f}")).unwrap_or_default();
        view! {
            <a class="no-print disagree-link" href=format!("/plan/disagree/{}/{item}{from}", marks.scope)>
                <Symbol concept="no"/>{t("disagree-link")}
            </a>
        }
    });
    let disagreements = mark
        .disagreements
        .iter()
        .map(|d| {
            let words = (!d.words.is_empty()).then(|| view! { <q>{d.words.clone()}</q> });
            view! {
                <p class="disagreement">
                    <Symbol concept="no"/>
                    <strong>{t("disagree-shown")}</strong>" "
                    {words}" "
                    <span class="saved-when">{format_datetime(lang, d.at)}</span>
                </p>
            }
        })
        .collect_view();
    view! {
        <div class="said-line" data-said=mark.said.as_str()>
            <p><Symbol concept=mark.said.concept()/>{said_sentence(lang, &mark)}</p>
            {disagreements}
            {disagree}
        </div>
    }
    .into_any()
}
