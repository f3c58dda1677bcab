//! "Aiemmat rahapäätökset": every decision period of the client, newest first, each with its
//! amount, what was used, its follow-up meetings and its wellbeing change. Never the cost of
//! the earlier arrangement: that is the worker's, and no judgement of the client.

use super::ExplainLink;
use crate::dates::format_date;
use crate::glossary::{Explain, Term};
use crate::i18n::{t, tr_args, use_lang, Lang};
use crate::money::pages::client::euros;
use crate::path::api::load_periods;
use crate::path::{PeriodView, PeriodsView};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

/// Where the page is.
pub const PAGE: &str = "/money/periods";

#[component]
pub fn PeriodsPage() -> impl IntoView {
    await_page(load_periods, render)
}

fn wellbeing(lang: Lang, counts: Option<(i64, i64, i64)>) -> impl IntoView {
    counts.map(|(better, same, worse)| {
        let line = |id: &'static str, count: i64| {
            (count > 0).then(|| view! { <li>{tr_args(lang, id, &[("count", count.into())])}</li> })
        };
        view! {
            <h3><Symbol concept="wellbeing"/>{t("periods-wellbeing")}</h3>
            <ul class="plain-list">
                {line("periods-wellbeing-better", better)}
                {line("periods-wellbeing-same", same)}
                {line("periods-wellbeing-worse", worse)}
            </ul>
        }
    })
}

fn period(lang: Lang, p: PeriodView) -> impl IntoView {
    let dates = tr_args(
        lang,
        "periods-dates",
        &[
            ("start", format_date(lang, p.period_start).into()),
            ("end", format_date(lang, p.period_end).into()),
        ],
    );
    let follow_ups = if p.follow_ups.is_empty() {
        view! { <p>{t("periods-follow-up-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="plain-list">
                {p.follow_ups.iter().map(|(date, done)| {
                    let id = if *done { "periods-follow-up-done" } else { "periods-follow-up-open" };
                    view! { <li>{tr_args(lang, id, &[("date", format_date(lang, *date).into())])}</li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <li class="period" data-current=p.current.to_string()>
            <h2><Symbol concept="decision"/>{dates}</h2>
            {p.current.then(|| view! { <p><strong>{t("periods-current")}</strong></p> })}
            <p><Symbol concept="money"/>{tr_args(lang, "periods-granted", &[("amount", euros(lang, p.granted).into())])}</p>
            <p><Symbol concept="used"/>{tr_args(lang, "periods-used", &[("amount", euros(lang, p.used).into())])}</p>
            <h3><Symbol concept="follow-up"/>{t("periods-follow-ups")}</h3>
            {follow_ups}
            {wellbeing(lang, p.wellbeing)}
        </li>
    }
}

fn render(data: PeriodsView) -> impl IntoView {
    let lang = use_lang();
    let title = if data.is_client {
        t("periods-title")
    } else {
        tr_args(
            lang,
            "periods-title-other",
            &[("name", data.client_name.clone().into())],
        )
    };
    let body = if data.periods.is_empty() {
        view! { <p>{t("periods-none")}</p> }.into_any()
    } else {
        view! {
            <p>{t("periods-intro")}</p>
            <ol class="periods">
                {data.periods.into_iter().map(|p| period(lang, p)).collect_view()}
            </ol>
        }
        .into_any()
    };
    view! {
        <Frame title=title.clone() signed_in=true listen=lists::PERIODS>
            <BackLink href="/money".to_owned()/>
            <h1>{title}</h1>
            {body}
            <Explain term=Term::Decision/>
            <Explain term=Term::FollowUp/>
            <ExplainLink/>
        </Frame>
    }
}
