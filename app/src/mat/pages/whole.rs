//! The whole mat: every card at its place, each with one button per other place to move it
//! there (one press each), and "Valmis" once every card has a place.

use super::card::topic_param;
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr, tr_args, use_lang};
use crate::mat::api::{load_mat, MatPageData, PressMat};
use crate::mat::place::Place;
use crate::mat::{card_path, finish_path, MatNotice};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::errors::ErrorSummary;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn MatWholePage() -> impl IntoView {
    let topic = topic_param();
    crate::ui::await_page(move || load_mat(topic.clone()), render)
}

fn render(data: MatPageData) -> impl IntoView {
    let lang = use_lang();
    let mat = data.mat;
    let error = use_notice::<MatNotice>()
        .filter(|n| *n != MatNotice::Saved)
        .map(|n| tr(lang, n.message_id()));
    let first_move = mat
        .cards
        .iter()
        .find_map(|c| c.place.map(|p| (c.id.clone(), p)));
    let errors: Vec<(String, String)> = error
        .clone()
        .zip(first_move)
        .map(|(m, (id, _))| (format!("move-{id}"), m))
        .into_iter()
        .collect();
    let columns = Place::ALL
        .into_iter()
        .map(|place| {
            let cards = mat.at(place);
            let empty = cards.is_empty().then(|| view! { <p class="empty">{t("mat-place-empty")}</p> });
            let items = cards
                .into_iter()
                .map(|card| {
                    let moves = Place::ALL
                        .into_iter()
                        .filter(|p| *p != place)
                        .enumerate()
                        .map(|(i, to)| {
                            let label = tr_args(
                                lang,
                                "mat-move",
                                &[("card", card.word.clone().into()), ("place", tr(lang, to.word_id()).into())],
                            );
                            let id = (i == 0).then(|| format!("move-{}", card.id));
                            view! {
                                <button type="submit" name="shift" value=format!("{}:{}", card.id, to.as_str())
                                    id=id class="button button-secondary mat-move">
                                    <Symbol concept=to.concept()/>{label}
                                </button>
                            }
                        })
                        .collect_view();
                    view! {
                        <li class="mat-item">
                            <p class="mat-item-word"><super::Picture concept=card.concept.clone()/><strong>{card.word.clone()}</strong></p>
                            <div class="mat-moves">{moves}</div>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="mat-column">
                    <h2><Symbol concept=place.concept()/>{t(place.word_id())}</h2>
                    {empty}
                    <ul class="mat-items">{items}</ul>
                </section>
            }
        })
        .collect_view();
    let next = if mat.next_card().is_some() {
        view! { <a class="button" href=card_path(&mat.topic)>{t("mat-go-on")}</a> }.into_any()
    } else {
        view! { <a class="button" href=finish_path(&mat.topic)><Symbol concept="done"/>{t("mat-ready")}</a> }.into_any()
    };
    let title = tr_args(
        lang,
        "mat-whole-title",
        &[("topic", mat.title.clone().into())],
    );
    view! {
        <Frame title=title.clone() error=error.is_some() signed_in=true listen=lists::MAT_WHOLE>
            <BackLink href="/mat".to_owned()/>
            <ErrorSummary errors/>
            <h1><super::Picture concept=mat.concept.clone()/>{title}</h1>
            <p>{t("mat-whole-intro")}</p>
            <form method="post" action=PressMat::url() novalidate class="mat-board">
                <input type="hidden" name="topic" value=mat.topic.clone()/>
                <input type="hidden" name="version" value=mat.version.to_string()/>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                {columns}
            </form>
            <p class="actions">{next}</p>
        </Frame>
    }
}
