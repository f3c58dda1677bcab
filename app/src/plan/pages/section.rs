//! One plan section per page: the question as the heading, a hint, the field, "Jatka".

use crate::i18n::{t, tr, tr_args, use_lang, Lang};
use crate::plan::api::{load_section_page, SaveSection, SectionPageData};
use crate::plan::content::{
    FieldError, FieldErrorKind, GOAL_SLOTS, MAX_ANSWER_GRAPHEMES, MAX_GOAL_GRAPHEMES,
};
use crate::plan::pages::answer_field::AnswerField;
use crate::plan::pages::card_picker::{card_choice, chosen_order};
use crate::plan::section::Section;
use crate::symbols::Symbol;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn SectionPage() -> impl IntoView {
    let slug = use_params_map()
        .get_untracked()
        .get("section")
        .unwrap_or_default();
    let from_check = use_query_map()
        .get_untracked()
        .get("from")
        .is_some_and(|f| f == "check");
    crate::ui::await_page(move || load_section_page(slug.clone(), from_check), render)
}

/// The text of a field error in the user's language.
pub fn error_text(lang: Lang, error: &FieldError) -> String {
    match error.kind {
        FieldErrorKind::TooLong { max, actual } => tr_args(
            lang,
            error.kind.message_id(),
            &[
                ("max", max.into()),
                ("over", (actual.saturating_sub(max)).into()),
            ],
        ),
        other => tr(lang, other.message_id()),
    }
}

fn render(data: SectionPageData) -> impl IntoView {
    let lang = use_lang();
    let section = data.section;
    let question = tr(lang, section.question_id());
    let errors: Vec<(String, String)> = data
        .errors
        .iter()
        .map(|e| (e.field.clone(), error_text(lang, e)))
        .collect();
    let has_errors = !errors.is_empty();
    let back = if data.from_check {
        "/plan/check".to_owned()
    } else {
        section
            .previous()
            .map(Section::path)
            .unwrap_or_else(|| "/home".to_owned())
    };
    let step = tr_args(
        lang,
        "plan-step",
        &[
            ("current", section.step().into()),
            ("total", Section::ALL.len().into()),
        ],
    );
    let field_error = |field: &str| errors_for(&data.errors, field).map(|e| error_text(lang, e));
    let with_cards = !data.cards.is_empty();
    let choice =
        with_cards.then(|| card_choice(lang, section, &question, data.cards.clone(), &data.input));
    let order = chosen_order(lang, data.items.clone());
    let body = if section == Section::Goals {
        goals_fields(lang, &data, &question, with_cards, &field_error).into_any()
    } else {
        text_field(lang, &data, &question, with_cards, field_error("answer")).into_any()
    };
    view! {
        <Frame title=question.clone() error=has_errors signed_in=true listen=section.listen()>
            <BackLink href=back/>
            <ErrorSummary errors/>
            // The helpers question is also the circle of support, made with pictures (issue 13).
            {(section == Section::Helpers).then(|| view! {
                <p class="circle-link"><a class="button button-secondary" href="/circle"><Symbol concept="helpers"/>{t("circle-open")}</a></p>
            })}
            <form method="post" action=SaveSection::url() novalidate class="question">
                <input type="hidden" name="section" value=section.slug()/>
                <input type="hidden" name="version" value=data.version.to_string()/>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                {data.from_check.then(|| view! { <input type="hidden" name="from_check" value="1"/> })}
                <p class="step">{step}</p>
                {choice}
                {body}
                {order}
                {data.said.map(|chosen| view! { <crate::said::pages::field::SaidField chosen/> })}
                <div class="main-actions">
                    <button type="submit" class="button"><Symbol concept="continue"/>{t("continue")}</button>
                </div>
            </form>
        </Frame>
    }
}

fn errors_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}

/// The text box: the question itself on a text question, "Jokin muu" under the cards.
fn text_field(
    lang: Lang,
    data: &SectionPageData,
    question: &str,
    with_cards: bool,
    error: Option<String>,
) -> impl IntoView {
    let label = if with_cards {
        view! { <h2><label for="answer">{tr(lang, "cards-own-words")}</label></h2> }.into_any()
    } else {
        view! { <h1><label for="answer"><Symbol concept=data.section.slug()/>{question.to_owned()}</label></h1> }
            .into_any()
    };
    let hint = if with_cards {
        "cards-own-words-hint"
    } else {
        data.section.hint_id()
    };
    let invalid = error.is_some();
    let described = if invalid {
        "answer-hint answer-error"
    } else {
        "answer-hint"
    };
    view! {
        <div class=if invalid { "field field-error" } else { "field" }>
            {label}
            <p id="answer-hint" class="hint">{tr(lang, hint)}</p>
            {error_line("answer-error".to_owned(), error)}
            <AnswerField
                id="answer".to_owned()
                value=data.input.answer.clone()
                max=MAX_ANSWER_GRAPHEMES
                rows=8
                described_by=described.to_owned()
                invalid
                lang
            />
        </div>
    }
}

/// One field of a goal: its label, an optional hint, the error and the text box.
fn goal_part(
    lang: Lang,
    id: String,
    label_id: &'static str,
    hint_id: Option<&'static str>,
    value: String,
    error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    let hint =
        hint_id.map(|hint| view! { <p id=format!("{id}-hint") class="hint">{tr(lang, hint)}</p> });
    let mut described = Vec::new();
    if hint_id.is_some() {
        described.push(format!("{id}-hint"));
    }
    if invalid {
        described.push(format!("{id}-error"));
    }
    view! {
        <div class=if invalid { "field field-error" } else { "field" }>
            <label for=id.clone() class="label">{tr(lang, label_id)}</label>
            {hint}
            {error_line(format!("{id}-error"), error)}
            <AnswerField
                id=id
                value
                max=MAX_GOAL_GRAPHEMES
                rows=2
                described_by=described.join(" ")
                invalid
                lang
            />
        </div>
    }
}

fn goals_fields(
    lang: Lang,
    data: &SectionPageData,
    question: &str,
    with_cards: bool,
    field_error: &dyn Fn(&str) -> Option<String>,
) -> impl IntoView {
    let legend = if with_cards {
        view! { <legend><h2>{tr(lang, "cards-own-words")}</h2></legend> }.into_any()
    } else {
        view! { <legend><h1><Symbol concept="goals"/>{question.to_owned()}</h1></legend> }
            .into_any()
    };
    let slots = (1..=GOAL_SLOTS)
        .map(|n| {
            let goal = data.input.goal(n - 1);
            let goal_id = format!("goal-{n}");
            let how_id = format!("how-{n}");
            view! {
                <div class="goal">
                    <h3>{tr_args(lang, "goal-heading", &[("number", n.into())])}</h3>
                    {goal_part(lang, goal_id.clone(), "goal-label", None, goal.goal, field_error(&goal_id))}
                    {goal_part(lang, how_id.clone(), "how-label", Some("how-hint"), goal.how, field_error(&how_id))}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fieldset" aria-describedby="goals-hint">
            {legend}
            <p id="goals-hint" class="hint">{tr(lang, data.section.hint_id())}</p>
            {slots}
        </fieldset>
    }
}
