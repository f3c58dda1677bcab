//! One card at a time: the card's picture and word, and three buttons (I like it, I am not
//! sure, I do not like it). One press puts the card and shows the next one. The buttons are
//! plain submit buttons, so touch, keyboard and a single switch (Tab, then Enter or Space)
//! work the same, with or without JavaScript.

use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr, tr_args, use_lang};
use crate::mat::api::{load_mat, MatPageData, PressMat};
use crate::mat::place::Place;
use crate::mat::{whole_path, MatNotice};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

/// The topic named in the page's address.
pub fn topic_param() -> String {
    use_params_map()
        .get_untracked()
        .get("topic")
        .unwrap_or_default()
}

#[component]
pub fn MatCardPage() -> impl IntoView {
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
        .map(|m| ("place-like".to_owned(), m))
        .into_iter()
        .collect();
    // After a refused press the same card comes back; otherwise the first one not placed.
    let card = data
        .kept_card
        .as_ref()
        .and_then(|id| mat.cards.iter().find(|c| &c.id == id))
        .or_else(|| mat.next_card())
        .cloned();
    let title = mat.title.clone();
    let Some(card) = card else {
        return view! {
            <Frame title=title.clone() signed_in=true listen=lists::MAT_WHOLE>
                <BackLink href="/mat".to_owned()/>
                <h1>{title}</h1>
                <p>{t("mat-all-placed")}</p>
                <p><a class="button" href=whole_path(&mat.topic)>{t("mat-see-whole")}</a></p>
            </Frame>
        }
        .into_any();
    };
    let number = mat.cards.iter().position(|c| c.id == card.id).unwrap_or(0) + 1;
    let counter = tr_args(
        lang,
        "mat-step",
        &[
            ("current", number.into()),
            ("total", mat.cards.len().into()),
        ],
    );
    let buttons = Place::ALL
        .into_iter()
        .map(|place| {
            let pressed = data.kept_place == Some(place) || card.place == Some(place);
            view! {
                <button type="submit" name="place" value=place.as_str() id=format!("place-{}", place.as_str())
                    class=if pressed { "button mat-place mat-place-chosen" } else { "button mat-place" }
                    aria-describedby="mat-card-word">
                    <Symbol concept=place.concept()/>{t(place.word_id())}
                </button>
            }
        })
        .collect_view();
    view! {
        <Frame title=format!("{title}: {}", card.word) error=error.is_some() signed_in=true listen=lists::MAT_CARD>
            <BackLink href="/mat".to_owned()/>
            <ErrorSummary errors/>
            <form method="post" action=PressMat::url() novalidate class="question mat-form">
                <input type="hidden" name="topic" value=mat.topic.clone()/>
                <input type="hidden" name="version" value=mat.version.to_string()/>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <input type="hidden" name="card" value=card.id.clone()/>
                <p class="step">{title.clone()}". "{counter}</p>
                <fieldset class="fieldset">
                    <legend><h1>{t("mat-card-question")}</h1></legend>
                    <figure class="mat-card">
                        <super::Picture concept=card.concept.clone()/>
                        <figcaption id="mat-card-word">{card.word.clone()}</figcaption>
                    </figure>
                    <p class="hint">{t("mat-card-hint")}</p>
                    {error_line("place-error".to_owned(), error)}
                    <div class="mat-places">{buttons}</div>
                </fieldset>
            </form>
            {(mat.placed() > 0).then(|| view! {
                <p><a href=whole_path(&mat.topic)>{t("mat-see-whole")}</a></p>
            })}
        </Frame>
    }
    .into_any()
}
