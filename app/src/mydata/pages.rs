//! The printable page of all of the client's data, made on the server: the plan versions,
//! the relatives and what they may do, who has looked at the data, and every stored row.
//! Printing uses the browser's own print; the same data downloads as a JSON file.

use super::api::load_my_data;
use super::{MyData, PlanVersionOut, TableOut};
use crate::access::pages::log_sentence;
use crate::dates::format_datetime;
use crate::i18n::{t, tr, tr_args, use_lang, Lang};
use crate::plan::section::Section;
use crate::speech::lists;
use crate::ui::await_page;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

#[component]
pub fn MyDataPage() -> impl IntoView {
    await_page(load_my_data, render)
}

fn version(lang: Lang, v: &PlanVersionOut) -> impl IntoView {
    let heading = tr_args(
        lang,
        "mydata-version",
        &[
            ("number", v.version_no.into()),
            ("date", format_datetime(lang, v.saved_at).into()),
        ],
    );
    let sections = Section::ALL
        .into_iter()
        .filter_map(|s| v.content.answer(s).map(|a| (s, a.items())))
        .map(|(s, items)| {
            let items = items
                .into_iter()
                .map(|i| view! { <li>{i}</li> })
                .collect_view();
            view! { <h4>{tr(lang, s.title_id())}</h4><ul>{items}</ul> }
        })
        .collect_view();
    view! { <h3>{heading}</h3>{sections} }
}

fn table(t_out: &TableOut) -> impl IntoView {
    let rows = t_out
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .map(|(k, v)| {
                    let value = match v {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Null => String::new(),
                        other => other.to_string(),
                    };
                    view! { <dt>{k.clone()}</dt><dd>{value}</dd> }
                })
                .collect_view();
            view! { <dl class="data-row">{cells}</dl> }
        })
        .collect_view();
    view! { <h3>{t_out.table.clone()}</h3>{rows} }
}

fn render(data: MyData) -> impl IntoView {
    let lang = use_lang();
    let title = tr(lang, "mydata-title");
    let relatives = data
        .relatives
        .iter()
        .map(|r| {
            let args = |id: &'static str| tr_args(lang, id, &[("name", r.name.clone().into())]);
            let mut lines = vec![args("mydata-relative")];
            if r.read_plan || r.write_plan {
                lines.push(args("mydata-relative-reads"));
            }
            if r.write_plan {
                lines.push(args("mydata-relative-writes"));
            }
            if r.see_money {
                lines.push(args("mydata-relative-money"));
            }
            view! { <li>{lines.join(" ")}</li> }
        })
        .collect_view();
    let log = data
        .log
        .iter()
        .map(|line| {
            view! {
                <li>
                    <p class="log-when">{format_datetime(lang, line.at)}</p>
                    <p>{log_sentence(lang, line)}</p>
                </li>
            }
        })
        .collect_view();
    let made = tr_args(
        lang,
        "mydata-made",
        &[("date", format_datetime(lang, data.made_at).into())],
    );
    view! {
        <Frame title=title.clone() signed_in=true listen=lists::MY_DATA>
            <BackLink href="/home".to_owned()/>
            <h1>{title}</h1>
            <p>{data.name.clone()}</p>
            <p>{made}</p>
            <p>{t("mydata-intro")}</p>
            <p>{t("summary-print-hint")}</p>
            <p><a href="/my-data.json" download="sopiva-my-data.json">{t("mydata-json")}</a></p>
            <h2>{t("mydata-plans")}</h2>
            {data.plan_versions.is_empty().then(|| view! { <p>{t("mydata-none")}</p> })}
            {data.plan_versions.iter().map(|v| version(lang, v)).collect_view()}
            <h2>{t("mydata-relatives")}</h2>
            {data.relatives.is_empty().then(|| view! { <p>{t("mydata-none")}</p> })}
            <ul>{relatives}</ul>
            <h2>{t("mydata-log")}</h2>
            <ul class="log-list">{log}</ul>
            <h2>{t("mydata-all")}</h2>
            <p>{t("mydata-all-intro")}</p>
            {data.tables.iter().filter(|t| !t.rows.is_empty()).map(table).collect_view()}
        </Frame>
    }
}
