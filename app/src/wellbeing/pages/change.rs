//! The change from the start to the end, per area, told in words with symbols: the area, a
//! sentence ("Ystävät: parempi kuin alussa"), and the point chosen at the start and at the
//! end, each a symbol with its word. Never a table of numbers.

use crate::i18n::{t, tr, tr_args, use_lang};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::frame::{BackLink, Frame};
use crate::wellbeing::api::load_wellbeing_change;
use crate::wellbeing::period::AreaChange;
use crate::wellbeing::view::ChangeData;
use leptos::prelude::*;

#[component]
pub fn WellbeingChangePage() -> impl IntoView {
    crate::ui::await_page(load_wellbeing_change, render)
}

fn area(c: AreaChange) -> impl IntoView {
    let lang = use_lang();
    let name = tr(lang, c.item.name_id());
    let sentence = tr_args(
        lang,
        c.change.sentence_id(),
        &[("area", name.clone().into())],
    );
    let start = tr_args(
        lang,
        "wb-change-at-start",
        &[("word", tr(lang, c.start.word_id()).into())],
    );
    let end = tr_args(
        lang,
        "wb-change-at-end",
        &[("word", tr(lang, c.end.word_id()).into())],
    );
    view! {
        <li class="change-area">
            <h2><Symbol concept=c.item.concept()/>{name}</h2>
            <p class="change-sentence"><Symbol concept=c.change.concept()/><strong>{sentence}</strong></p>
            <p><Symbol concept=c.start.concept()/>{start}</p>
            <p><Symbol concept=c.end.concept()/>{end}</p>
        </li>
    }
}

fn render(data: ChangeData) -> impl IntoView {
    let lang = use_lang();
    let title = if data.is_client {
        tr(lang, "wb-change-title")
    } else {
        tr_args(
            lang,
            "wb-change-title-other",
            &[("name", data.client_name.into())],
        )
    };
    let empty = data.changes.is_empty();
    view! {
        <Frame title=title.clone() signed_in=true listen=lists::WELLBEING_CHANGE>
            <BackLink href="/wellbeing".to_owned()/>
            <h1><Symbol concept="wellbeing"/>{title}</h1>
            {if empty {
                view! { <p>{t("wb-change-none")}</p> }.into_any()
            } else {
                view! {
                    <p>{t("wb-change-intro")}</p>
                    <ul class="plain-list change-list">{data.changes.into_iter().map(area).collect_view()}</ul>
                    <p>{t("wb-change-outro")}</p>
                }
                .into_any()
            }}
        </Frame>
    }
}
