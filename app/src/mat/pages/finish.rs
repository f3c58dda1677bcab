//! The last page of a sort: whether the client sorted alone or with help, one button each.
//! Pressing one makes the mat the client's own view in the plan, with the date and who was
//! there.

use super::card::topic_param;
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr, use_lang};
use crate::mat::api::{load_mat, MatPageData, PressMat};
use crate::mat::{whole_path, MatNotice};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::frame::{BackLink, Frame};
use crate::wellbeing::round::Support;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn MatFinishPage() -> impl IntoView {
    let topic = topic_param();
    crate::ui::await_page(move || load_mat(topic.clone()), render)
}

fn render(data: MatPageData) -> impl IntoView {
    let lang = use_lang();
    let mat = data.mat;
    let error = use_notice::<MatNotice>()
        .filter(|n| *n != MatNotice::Saved)
        .map(|n| tr(lang, n.message_id()));
    let errors: Vec<(String, String)> = error
        .clone()
        .map(|m| ("support_alone".to_owned(), m))
        .into_iter()
        .collect();
    let invalid = error.is_some();
    // One press each, like the cards: a switch user needs no radio group and no second press.
    let choices = [
        (Support::Alone, "support_alone", "mat-support-alone", "wb-alone"),
        (Support::Helped, "support_helped", "mat-support-helped", "wb-helped"),
    ]
    .into_iter()
    .map(|(support, id, word, concept)| {
        view! {
            <button type="submit" name="support" value=support.as_str() id=id class="button mat-place">
                <Symbol concept=concept/>{t(word)}
            </button>
        }
    })
    .collect_view();
    view! {
        <Frame title=t("mat-finish-title") error=invalid signed_in=true listen=lists::MAT_FINISH>
            <BackLink href=whole_path(&mat.topic)/>
            <ErrorSummary errors/>
            <form method="post" action=PressMat::url() novalidate class="question">
                <input type="hidden" name="topic" value=mat.topic.clone()/>
                <input type="hidden" name="version" value=mat.version.to_string()/>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <input type="hidden" name="finish" value="1"/>
                <h1><Symbol concept="saved"/>{t("mat-finish-title")}</h1>
                {data.said.map(|chosen| view! { <crate::said::pages::field::SaidField chosen/> })}
                <fieldset class=if invalid { "fieldset field-error" } else { "fieldset" }
                    aria-describedby=if invalid { "support-error" } else { "" }>
                    <legend class="label">{t("mat-support-legend")}</legend>
                    {error_line("support-error".to_owned(), error)}
                    <div class="mat-places">{choices}</div>
                </fieldset>
            </form>
        </Frame>
    }
}
