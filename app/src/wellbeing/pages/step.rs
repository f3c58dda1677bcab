//! One page of a round: a question on the scale, the survey's comment, or the last page. A
//! finished round shows no form: it says in plain words that it cannot be changed.

use super::finish::{finish_body, finish_listen};
use super::scale_field::ScaleField;
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr, tr_args, use_lang};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::frame::{BackLink, Frame};
use crate::wellbeing::api::{load_wellbeing_step, SaveWellbeingStep};
use crate::wellbeing::items::Step;
use crate::wellbeing::view::StepPageData;
use crate::wellbeing::view::MAX_COMMENT;
use crate::wellbeing::WellbeingNotice;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

#[component]
pub fn WellbeingStepPage() -> impl IntoView {
    let params = use_params_map().get_untracked();
    let round = params.get("round").unwrap_or_default();
    let step = params.get("step").unwrap_or_default();
    crate::ui::await_page(
        move || load_wellbeing_step(round.clone(), step.clone()),
        render,
    )
}

/// The field an error belongs to, for the summary's link.
fn field_of(step: Step) -> &'static str {
    match step {
        Step::Question(_) => "choice-1",
        Step::Comment => "comment",
        Step::Finish => "support_alone",
    }
}

fn render(data: StepPageData) -> impl IntoView {
    let lang = use_lang();
    let (kind, step) = (data.kind, data.step);
    let notice = use_notice::<WellbeingNotice>();
    if data.locked || data.closed {
        let message = if data.locked {
            "wellbeing-locked"
        } else {
            "wellbeing-closed"
        };
        let title = tr(lang, kind.title_id());
        return view! {
            <Frame title=title.clone() signed_in=true listen=lists::WELLBEING_LOCKED>
                <h1>{title}</h1>
                <p class="notice" role="status"><Symbol concept="lock"/>{t(message)}</p>
                <p><a class="button" href="/wellbeing">{t("wellbeing-back")}</a></p>
            </Frame>
        }
        .into_any();
    }
    let error = notice
        .filter(|n| !matches!(n, WellbeingNotice::Saved | WellbeingNotice::KykySaved))
        .map(|n| tr(lang, n.message_id()));
    let errors: Vec<(String, String)> = error
        .clone()
        .map(|m| (field_of(step).to_owned(), m))
        .into_iter()
        .collect();
    let steps = Step::all(kind);
    let number = steps.iter().position(|s| *s == step).unwrap_or(0) + 1;
    let counter = tr_args(
        lang,
        "wellbeing-step",
        &[("current", number.into()), ("total", steps.len().into())],
    );
    let back = step
        .previous(kind)
        .map(|s| s.path(kind))
        .unwrap_or_else(|| "/wellbeing".to_owned());
    let (title, listen, body) = match step {
        Step::Question(item) => {
            let question = tr(lang, item.question_id());
            let body = view! {
                <ScaleField
                    question=question.clone()
                    concept=item.concept()
                    hint=tr(lang, "wellbeing-hint")
                    chosen=data.chosen
                    error=error.clone()
                />
            }
            .into_any();
            (question, item.listen(), body)
        }
        Step::Comment => (
            tr(lang, "survey-comment-label"),
            lists::SURVEY_COMMENT,
            comment_field(&data, error.clone()).into_any(),
        ),
        Step::Finish => (
            tr(lang, "wellbeing-finish-title"),
            finish_listen(),
            finish_body(&data, error.clone()).into_any(),
        ),
    };
    let button = if step == Step::Finish {
        "wellbeing-finish-button"
    } else {
        "continue"
    };
    view! {
        <Frame title=title error=error.is_some() signed_in=true listen=listen>
            <BackLink href=back/>
            <ErrorSummary errors/>
            <form method="post" action=SaveWellbeingStep::url() novalidate class="question">
                <input type="hidden" name="round" value=kind.slug()/>
                <input type="hidden" name="step" value=step.slug()/>
                <input type="hidden" name="version" value=data.version.to_string()/>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <p class="step">{counter}</p>
                {body}
                <button type="submit" class="button"><Symbol concept="continue"/>{t(button)}</button>
            </form>
        </Frame>
    }
    .into_any()
}

fn comment_field(data: &StepPageData, error: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let invalid = error.is_some();
    let described = if invalid {
        "comment-hint comment-error"
    } else {
        "comment-hint"
    };
    view! {
        <div class=if invalid { "field field-error" } else { "field" }>
            <h1><label for="comment"><Symbol concept="wb-comment"/>{t("survey-comment-label")}</label></h1>
            <p id="comment-hint" class="hint">{tr_args(lang, "survey-comment-hint", &[("max", MAX_COMMENT.into())])}</p>
            {error_line("comment-error".to_owned(), error)}
            <textarea id="comment" name="comment" rows="6" class="textarea" spellcheck="true"
                aria-describedby=described aria-invalid=if invalid { "true" } else { "false" }>
                {data.comment.clone()}
            </textarea>
        </div>
        {data.said.map(|chosen| view! { <crate::said::pages::field::SaidField chosen/> })}
    }
}
