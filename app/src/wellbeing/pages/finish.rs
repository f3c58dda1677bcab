//! The last page of a round: every answer once more, with its symbol and word, and whether
//! the client answered alone or with help. Sending it finishes (and locks) the round.

use super::scale_field::option;
use crate::i18n::{t, tr};
use crate::speech::lists::{self, ListenList};
use crate::symbols::Symbol;
use crate::ui::errors::error_line;
use crate::wellbeing::round::Support;
use crate::wellbeing::view::StepPageData;
use leptos::prelude::*;

pub fn finish_listen() -> ListenList {
    lists::WELLBEING_FINISH
}

pub fn finish_body(data: &StepPageData, error: Option<String>) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    let answers = data
        .answers
        .iter()
        .map(|(item, score)| {
            view! {
                <li>
                    <Symbol concept=item.concept()/>
                    <span class="answer-name">{tr(lang, item.name_id())}": "</span>
                    <Symbol concept=score.concept()/>
                    <strong>{tr(lang, score.word_id())}</strong>
                </li>
            }
        })
        .collect_view();
    let invalid = error.is_some();
    let described = if invalid { "support-error" } else { "" };
    let choices = [
        (
            Support::Alone,
            "support_alone",
            "wellbeing-support-alone",
            "wb-alone",
        ),
        (
            Support::Helped,
            "support_helped",
            "wellbeing-support-helped",
            "wb-helped",
        ),
    ]
    .into_iter()
    .map(|(support, id, word, concept)| {
        let checked = data.support == Some(support);
        option(
            "support",
            support.as_str().to_owned(),
            id.to_owned(),
            checked,
            concept,
            word,
        )
    })
    .collect_view();
    view! {
        <h1><Symbol concept="saved"/>{t("wellbeing-finish-title")}</h1>
        <p>{t("wellbeing-finish-intro")}</p>
        <ul class="wellbeing-answers">{answers}</ul>
        <fieldset class=if invalid { "fieldset field-error" } else { "fieldset" } aria-describedby=described>
            <legend class="label">{t("wellbeing-support-legend")}</legend>
            {error_line("support-error".to_owned(), error)}
            <div class="scale-options">{choices}</div>
        </fieldset>
        <p class="hint">{t("wellbeing-finish-lock")}</p>
    }
}
