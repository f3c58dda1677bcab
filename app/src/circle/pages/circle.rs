//! The circle of support: the picture, the same in words with a change button per person,
//! the helpers answer written as text before, and links to add a person and to the role map.

use super::picture::{CirclePicture, CircleText};
use crate::circle::api::load_circle;
use crate::circle::view::CircleData;
use crate::circle::{helps_path, person_path, CircleNotice};
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr_args, use_lang};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

#[component]
pub fn CirclePage() -> impl IntoView {
    crate::ui::await_page(load_circle, render)
}

fn render(data: CircleData) -> impl IntoView {
    let lang = use_lang();
    let notice = use_notice::<CircleNotice>()
        .filter(|n| *n != CircleNotice::Changed)
        .map(|n| view! { <p class="notice" role="status"><Symbol concept="saved"/>{t(n.message_id())}</p> });
    let changes = data.may_write.then(|| {
        let people = data
            .rings
            .iter()
            .flat_map(|r| r.people.iter())
            .map(|p| {
                let change = tr_args(lang, "circle-change-person", &[("name", p.name.clone().into())]);
                let helps = tr_args(lang, "circle-change-helps", &[("name", p.name.clone().into())]);
                view! {
                    <li>
                        <a class="button button-secondary" href=person_path(p.person_id)><Symbol concept="change"/>{change}</a>
                        <a class="button button-secondary" href=helps_path(&p.person_id.to_string())><Symbol concept="need-help"/>{helps}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p><a class="button" href=person_path(0)><Symbol concept="helpers"/>{t("circle-add")}</a></p>
            <ul class="circle-changes">{people}</ul>
        }
    });
    let old = (!data.old_helpers.is_empty()).then(|| view! {
        <section class="circle-old">
            <h2>{t("circle-old-title")}</h2>
            <ul class="answer-items">{data.old_helpers.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
        </section>
    });
    view! {
        <Frame title=t("circle-title") signed_in=true listen=lists::CIRCLE>
            <BackLink href="/home".to_owned()/>
            <h1><Symbol concept="helpers"/>{t("circle-title")}</h1>
            {notice}
            <p>{t("circle-intro")}</p>
            <figure class="circle-figure">
                <CirclePicture rings=data.rings.clone() id="circle"/>
                <figcaption>{t("circle-picture-caption")}</figcaption>
            </figure>
            <h2>{t("circle-words-title")}</h2>
            <CircleText rings=data.rings/>
            {old}
            {changes}
            <p><a href="/circle/roles"><Symbol concept="plan"/>{t("roles-title")}</a></p>
        </Frame>
    }
}
