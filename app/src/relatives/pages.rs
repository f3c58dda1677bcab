//! The relatives pages: the client's list of relatives and what each may do, and a relative
//! choosing whose plan to work on.

use super::RelativesNotice;
use crate::dates::format_datetime;
use crate::forms::notice::{use_notice, Notice};
use crate::glossary::{Explain, Term};
use crate::i18n::{t, tr_args, use_lang};
use crate::ids::RelativeId;
use crate::relatives::api::{
    load_choose, load_relatives, ChangeRelative, ChooseClient, ChoosePageData,
};
use crate::relatives::RelativeView;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn ChoosePage() -> impl IntoView {
    await_page(load_choose, render_choose)
}

fn render_choose(data: ChoosePageData) -> impl IntoView {
    view! {
        <Frame title=t("choose-title") signed_in=true listen=lists::CHOOSE>
            <h1>{t("choose-title")}</h1>
            {data.clients.is_empty().then(|| view! { <p>{t("choose-none")}</p> })}
            <ul class="link-list">
                {data.clients.into_iter().map(|(client_id, name)| view! {
                    <li>
                        <form method="post" action=ChooseClient::url()>
                            <input type="hidden" name="client_id" value=client_id.to_string()/>
                            <button type="submit" class="button"><Symbol concept="plan"/>{name}</button>
                        </form>
                    </li>
                }).collect_view()}
            </ul>
        </Frame>
    }
}

#[component]
pub fn RelativesPage() -> impl IntoView {
    await_page(load_relatives, render_relatives)
}

fn checkbox(
    name: &'static str,
    label_id: &'static str,
    checked: bool,
    id_prefix: RelativeId,
) -> impl IntoView {
    let id = format!("{name}-{id_prefix}");
    view! {
        <div class="check-field">
            <input type="checkbox" id=id.clone() name=name value="1" checked=checked/>
            <label for=id>{t(label_id)}</label>
        </div>
    }
}

fn render_relatives(list: Vec<RelativeView>) -> impl IntoView {
    let lang = use_lang();
    let saved = use_notice::<RelativesNotice>() == Some(RelativesNotice::Saved);
    view! {
        <Frame title=t("relatives-title") signed_in=true listen=lists::RELATIVES>
            <BackLink href="/home".to_owned()/>
            {saved.then(|| view! { <p class="notice" role="status">{t(RelativesNotice::Saved.message_id())}</p> })}
            <h1>{t("relatives-title")}</h1>
            <p>{t("relatives-intro")}</p>
            <p>{t("relatives-wait")}</p>
            <Explain term=Term::Permission/>
            {list.is_empty().then(|| view! { <p>{t("relatives-none")}</p> })}
            {list.into_iter().map(|r| {
                let heading = format!("relative-{}", r.relative_id);
                let waiting = r.waiting_from.map(|at| view! {
                    <p class="notice">{tr_args(lang, "relatives-waiting", &[("when", format_datetime(lang, at).into())])}</p>
                });
                view! {
                    <section class="relative" aria-labelledby=heading.clone()>
                        <h2 id=heading.clone()><Symbol concept="relative"/>{r.name.clone()}</h2>
                        {waiting}
                        <form method="post" action=ChangeRelative::url()>
                            <input type="hidden" name="relative_id" value=r.relative_id.to_string()/>
                            <fieldset>
                                <legend>{tr_args(lang, "relatives-may", &[("name", r.name.clone().into())])}</legend>
                                {checkbox("read_plan", "right-read-plan", r.read_plan, r.relative_id)}
                                {checkbox("write_plan", "right-write-plan", r.write_plan, r.relative_id)}
                                {checkbox("see_money", "right-see-money", r.see_money, r.relative_id)}
                            </fieldset>
                            <button type="submit" class="button"><Symbol concept="save"/>{t("save")}</button>
                        </form>
                    </section>
                }
            }).collect_view()}
        </Frame>
    }
}
