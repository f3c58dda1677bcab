//! The worker's summary: per area how many improved, stayed or declined, and the spread of
//! satisfaction, for the worker's caseload and for the whole service. A group under five
//! people says so in words instead of showing any number.

use crate::i18n::{t, tr, tr_args, use_lang, Lang};
use crate::speech::lists;
use crate::ui::frame::{BackLink, Frame};
use crate::wellbeing::api::load_wellbeing_summary;
use crate::wellbeing::scale::Score;
use crate::wellbeing::summary::{AreaCounts, GroupSummary, Shown, Spread, SummaryData, MIN_GROUP};
use leptos::prelude::*;

#[component]
pub fn SummaryPage() -> impl IntoView {
    crate::ui::await_page(load_wellbeing_summary, render)
}

fn hidden(lang: Lang) -> AnyView {
    view! { <p class="notice">{tr_args(lang, "wb-summary-hidden", &[("min", MIN_GROUP.into())])}</p> }.into_any()
}

fn people(lang: Lang, people: i64) -> impl IntoView {
    view! { <p>{tr_args(lang, "wb-summary-people", &[("count", people.into())])}</p> }
}

fn wellbeing_table(lang: Lang, shown: Shown<AreaCounts>) -> AnyView {
    let Shown::Counts { people: n, rows } = shown else {
        return hidden(lang);
    };
    let rows = rows
        .into_iter()
        .map(|r| view! {
            <tr><th scope="row">{tr(lang, r.item.name_id())}</th><td>{r.improved}</td><td>{r.same}</td><td>{r.declined}</td></tr>
        })
        .collect_view();
    view! {
        {people(lang, n)}
        <table class="summary-table">
            <thead><tr>
                <th scope="col">{t("wb-summary-area")}</th>
                <th scope="col">{t("wb-summary-improved")}</th>
                <th scope="col">{t("wb-summary-same")}</th>
                <th scope="col">{t("wb-summary-declined")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

fn satisfaction_table(lang: Lang, shown: Shown<Spread>) -> AnyView {
    let Shown::Counts { people: n, rows } = shown else {
        return hidden(lang);
    };
    let heads = Score::ALL
        .into_iter()
        .map(|s| view! { <th scope="col">{tr(lang, s.word_id())}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|r| {
            let cells = r
                .by_score
                .into_iter()
                .map(|n| view! { <td>{n}</td> })
                .collect_view();
            view! { <tr><th scope="row">{tr(lang, r.item.name_id())}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        {people(lang, n)}
        <table class="summary-table">
            <thead><tr><th scope="col">{t("wb-summary-item")}</th>{heads}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

fn group(lang: Lang, id: &'static str, heading: &'static str, g: GroupSummary) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{t(heading)}</h2>
            <h3>{t("wb-summary-wellbeing")}</h3>
            {wellbeing_table(lang, g.wellbeing)}
            <h3>{t("wb-summary-satisfaction")}</h3>
            {satisfaction_table(lang, g.satisfaction)}
        </section>
    }
}

fn render(data: SummaryData) -> impl IntoView {
    let lang = use_lang();
    let title = tr(lang, "wb-summary-title");
    view! {
        <Frame title=title.clone() signed_in=true listen=lists::WELLBEING_SUMMARY>
            <BackLink href="/worker".to_owned()/>
            <h1>{title}</h1>
            <p>{t("wb-summary-intro")}</p>
            {group(lang, "wb-summary-caseload", "wb-summary-caseload", data.caseload)}
            {group(lang, "wb-summary-service", "wb-summary-service", data.service)}
        </Frame>
    }
}
