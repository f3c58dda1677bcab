//! The topic list: each topic with where its sort stands, the finished mat, and one button
//! to start, go on or change it (for those who may write).

use super::result::MatResult;
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr_args, use_lang};
use crate::mat::api::{load_mats, MatsData};
use crate::mat::sort::MatView;
use crate::mat::{card_path, whole_path, MatNotice};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

#[component]
pub fn MatsPage() -> impl IntoView {
    crate::ui::await_page(load_mats, render)
}

/// The button of one topic: where the person goes on from.
fn action(mat: &MatView) -> (String, &'static str) {
    if mat.finished.is_some() {
        (whole_path(&mat.topic), "mat-change")
    } else if mat.placed() == 0 {
        (card_path(&mat.topic), "mat-start")
    } else if mat.next_card().is_some() {
        (card_path(&mat.topic), "mat-go-on")
    } else {
        (whole_path(&mat.topic), "mat-see-whole")
    }
}

fn render(data: MatsData) -> impl IntoView {
    let lang = use_lang();
    let saved = use_notice::<MatNotice>().filter(|n| *n == MatNotice::Saved);
    let topics = data
        .mats
        .into_iter()
        .map(|mat| {
            let status = if mat.finished.is_some() {
                t("mat-status-done")
            } else {
                tr_args(
                    lang,
                    "mat-status",
                    &[
                        ("placed", mat.placed().into()),
                        ("total", mat.cards.len().into()),
                    ],
                )
            };
            let (href, label) = action(&mat);
            let button = data.may_write.then(|| {
                view! { <p><a class="button" href=href>{t(label)}</a></p> }
            });
            let result = mat
                .finished
                .is_some()
                .then(|| view! { <MatResult mat=mat.clone()/> });
            view! {
                <section class="mat-topic">
                    <h2><super::Picture concept=mat.concept.clone()/>{mat.title.clone()}</h2>
                    <p>{status}</p>
                    {result}
                    {button}
                </section>
            }
        })
        .collect_view();
    view! {
        <Frame title=t("mat-title") signed_in=true listen=lists::MAT>
            <BackLink href="/home".to_owned()/>
            <h1><Symbol concept="yes"/>{t("mat-title")}</h1>
            {saved.map(|n| view! { <p class="notice" role="status"><Symbol concept="saved"/>{t(n.message_id())}</p> })}
            <p>{t("mat-intro")}</p>
            {topics}
        </Frame>
    }
}
