//! One question of preparing per page: "Miten meni?" about one wish or goal, on the scale
//! with the person's own words, or one of the three open questions. "Jatka" saves it.

use super::scale::RatingScale;
use crate::followup::api::{load_follow_up_step, SaveFollowUpStep};
use crate::followup::content::{Step, StepError};
use crate::followup::rating::Rating;
use crate::followup::{step_path, StepData};
use crate::i18n::{t, tr, tr_args, use_lang, Lang};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn FollowUpStepPage() -> impl IntoView {
    let no = use_params_map()
        .get_untracked()
        .get("no")
        .and_then(|n| n.parse::<i64>().ok())
        .unwrap_or(0);
    crate::ui::await_page(move || load_follow_up_step(no), render)
}

fn error_text(lang: Lang, error: StepError) -> String {
    match error {
        StepError::TooLong { max, actual } => tr_args(
            lang,
            error.message_id(),
            &[("over", actual.saturating_sub(max).into())],
        ),
        other => tr(lang, other.message_id()),
    }
}

fn render(data: StepData) -> impl IntoView {
    let lang = use_lang();
    let error = data.error.map(|e| error_text(lang, e));
    let errors: Vec<(String, String)> = error
        .clone()
        .map(|e| vec![("words".to_owned(), e)])
        .unwrap_or_default();
    let (question, listen, hint) = match (data.step, &data.wish) {
        (Step::Item(_), Some((_, wish))) => (
            tr_args(
                lang,
                "followup-question-wish",
                &[("wish", crate::money::wish_text(lang, wish).into())],
            ),
            lists::FOLLOWUP_ITEM,
            "followup-words-hint",
        ),
        (Step::Works, _) => (
            t("followup-question-works"),
            lists::FOLLOWUP_WORKS,
            "followup-hint-works",
        ),
        (Step::NotWorks, _) => (
            t("followup-question-not-works"),
            lists::FOLLOWUP_NOT_WORKS,
            "followup-hint-not-works",
        ),
        _ => (
            t("followup-question-change"),
            lists::FOLLOWUP_CHANGE,
            "followup-hint-change",
        ),
    };
    let back = if data.no > 1 {
        step_path(data.no - 1)
    } else {
        "/followup".to_owned()
    };
    let step = tr_args(
        lang,
        "followup-step",
        &[("current", data.no.into()), ("total", data.total.into())],
    );
    let invalid = error.is_some();
    let described = if invalid {
        "words-hint words-error"
    } else {
        "words-hint"
    };
    let is_item = matches!(data.step, Step::Item(_));
    let words_label = if is_item {
        t("followup-words-label")
    } else {
        question.clone()
    };
    let saved_now = data
        .saved_now
        .clone()
        .filter(|s| !s.is_empty())
        .map(|text| {
            view! {
                <div class="notice">
                    <p>{t("followup-saved-now")}</p>
                    <p class="followup-text">{text}</p>
                </div>
            }
        });
    let field = view! {
        <div class=if invalid { "field field-error" } else { "field" }>
            {if is_item {
                view! { <label for="words" class="label">{words_label}</label> }.into_any()
            } else {
                view! { <h1><label for="words"><Symbol concept="follow-up"/>{words_label}</label></h1> }.into_any()
            }}
            <p id="words-hint" class="hint">{t(hint)}</p>
            {error_line("words-error".to_owned(), error.clone())}
            {saved_now}
            <textarea id="words" name="words" rows="5" class="textarea" spellcheck="true"
                aria-describedby=described aria-invalid=if invalid { "true" } else { "false" }>
                {data.input.words.clone()}
            </textarea>
        </div>
    };
    let scale = is_item.then(|| {
        view! {
            <fieldset class="fieldset">
                <legend><h1><Symbol concept="follow-up"/>{question.clone()}</h1></legend>
                <RatingScale chosen=Rating::parse(&data.input.rating)/>
            </fieldset>
        }
    });
    view! {
        <Frame title=question.clone() error=invalid signed_in=true listen=listen>
            <BackLink href=back/>
            <ErrorSummary errors/>
            <form method="post" action=SaveFollowUpStep::url() novalidate class="question">
                <input type="hidden" name="no" value=data.no.to_string()/>
                <input type="hidden" name="version" value=data.version.to_string()/>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <p class="step">{step}</p>
                {scale}
                {field}
                {data.said.map(|chosen| view! { <crate::said::pages::field::SaidField chosen/> })}
                <button type="submit" class="button"><Symbol concept="continue"/>{t("continue")}</button>
            </form>
        </Frame>
    }
}
