//! "Check your answers": every answer with a change link, then "Save the plan".

use crate::forms::notice::{use_notice, Notice};
use crate::i18n::t;
use crate::plan::api::{load_check_page, CheckPageData, SavePlan};
use crate::plan::pages::plan_view::AnswerView;
use crate::plan::section::Section;
use crate::plan::PlanNotice;
use crate::speech::lists;
use crate::speech::Listen;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::errors::ErrorSummary;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn CheckPage() -> impl IntoView {
    await_page(load_check_page, render)
}

fn render(data: CheckPageData) -> impl IntoView {
    let empty_error = use_notice::<PlanNotice>() == Some(PlanNotice::Empty);
    let errors = if empty_error {
        vec![("answers".to_owned(), t(PlanNotice::Empty.message_id()))]
    } else {
        Vec::new()
    };
    view! {
        <Frame title=t("check-title") error=empty_error signed_in=true listen=lists::CHECK>
            <BackLink href=Section::Goals.path()/>
            <ErrorSummary errors/>
            <h1><Symbol concept="check"/>{t("check-title")}</h1>
            <p class="lead">{t("check-intro")}</p>
            <dl class="summary-list" id="answers" tabindex="-1">
                {Section::ALL.into_iter().map(|section| {
                    let answer = data.content.answer(section).cloned();
                    view! {
                        <div class="summary-row">
                            <dt><Symbol concept=section.slug()/>{t(section.title_id())}</dt>
                            <dd class="summary-answer" id=format!("answer-{}", section.slug())>
                                <AnswerView answer=answer.clone()/>
                                <crate::said::pages::line::SaidLine marks=data.marks.clone() item=section.slug()/>
                                {answer.is_some().then(|| view! {
                                    <Listen
                                        src=format!("/speech/answer/{}", section.slug())
                                        text=answer.as_ref().map(|a| a.words(crate::i18n::use_lang()).join(". ")).unwrap_or_default()
                                        target=format!("answer-{}", section.slug())
                                        label=crate::i18n::tr_args(crate::i18n::use_lang(), "listen-answer", &[("section", t(section.title_id()).into())])
                                    />
                                })}
                            </dd>
                            <dd class="summary-change">
                                <a href=format!("{}?from=check", section.path())>
                                    <Symbol concept="change"/>
                                    {t("change")}
                                    <span class="visually-hidden">": "{t(section.title_id())}</span>
                                </a>
                            </dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
            <form method="post" action=SavePlan::url() novalidate>
                <input type="hidden" name="idem" value=data.idem/>
                <p>{t("check-save-hint")}</p>
                <button type="submit" class="button"><Symbol concept="save"/>{t("save-plan")}</button>
            </form>
            // The personal-budget path (issue 14): what happens to the plan after saving.
            <crate::path::pages::ExplainLink/>
        </Frame>
    }
}
