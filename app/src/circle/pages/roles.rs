//! The role map: one printable page, in pictures and words, of who does what in the client's
//! personal budget: the client, their close people, their worker, paid helpers and services,
//! and who provides each support line. All of it comes from the circle, the caseload and the
//! money lines; nothing is typed here.

use super::picture::CircleText;
use crate::circle::api::load_roles;
use crate::circle::closeness::Closeness;
use crate::circle::view::{RingView, RolesData};
use crate::glossary::{Explain, Term};
use crate::i18n::{t, tr_args, use_lang};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

#[component]
pub fn RolesPage() -> impl IntoView {
    crate::ui::await_page(load_roles, render)
}

fn rings_of(rings: &[RingView], which: &[Closeness]) -> Vec<RingView> {
    rings
        .iter()
        .filter(|r| which.contains(&r.closeness))
        .cloned()
        .collect()
}

fn render(data: RolesData) -> impl IntoView {
    let lang = use_lang();
    let close = rings_of(&data.rings, &[Closeness::Family, Closeness::Friends]);
    let paid = rings_of(&data.rings, &[Closeness::Paid, Closeness::Services]);
    let workers = if data.workers.is_empty() {
        view! { <p class="empty">{t("roles-no-worker")}</p> }.into_any()
    } else {
        view! {
            <ul class="roles-names">
                {data.workers.into_iter().map(|w| view! { <li><strong>{w}</strong></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let lines = (!data.lines.is_empty()).then(|| {
        view! {
            <section class="roles-part">
                <h2><Symbol concept="money"/>{t("roles-lines-title")}</h2>
                <ul class="roles-lines">
                    {data.lines.into_iter().map(|l| view! {
                        <li>
                            <strong>{l.name}</strong>
                            <p>{t(l.arrangement.message_id())}</p>
                            {l.arrangement.term().map(|term| view! { <Explain term/> })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    let title = tr_args(
        lang,
        "roles-title-of",
        &[("name", data.client_name.clone().into())],
    );
    view! {
        <Frame title=title.clone() signed_in=true listen=lists::ROLES>
            <BackLink href="/circle".to_owned()/>
            <article class="roles summary">
                <h1><Symbol concept="plan"/>{title}</h1>
                <p>{t("roles-intro")}</p>
                <p class="no-print">{t("summary-print-hint")}</p>
                <section class="roles-part">
                    <h2><Symbol concept="important"/>{t("roles-me-title")}</h2>
                    <ul class="roles-duties">
                        <li>{t("roles-me-tell")}</li>
                        <li>{t("roles-me-decide")}</li>
                        <li>{t("roles-me-follow")}</li>
                    </ul>
                </section>
                <section class="roles-part">
                    <h2><Symbol concept="relative"/>{t("roles-close-title")}</h2>
                    <CircleText rings=close/>
                </section>
                <section class="roles-part">
                    <h2><Symbol concept="worker"/>{t("roles-worker-title")}</h2>
                    {workers}
                    <ul class="roles-duties">
                        <li>{t("roles-worker-plan")}</li>
                        <li>{t("roles-worker-decision")}</li>
                        <li>{t("roles-worker-follow")}</li>
                    </ul>
                    <Explain term=Term::Budget/>
                    <Explain term=Term::Decision/>
                </section>
                <section class="roles-part">
                    <h2><Symbol concept="support"/>{t("roles-paid-title")}</h2>
                    <CircleText rings=paid/>
                </section>
                {lines}
            </article>
        </Frame>
    }
}
