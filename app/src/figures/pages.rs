//! The service view for team leads: clients by stage, the money of the period, the budget
//! next to the earlier arrangement, wellbeing change per area and the spread of satisfaction.
//! The period is a plain GET form, so it works without JavaScript; a group under five people
//! says so in words instead of any number.

use super::api::load_service_view;
use super::{average_hundredths, AreaChange, ServiceFigures, ServicePageData, Shown, MIN_GROUP};
use crate::caseload::CaseloadNotice;
use crate::forms::notice::use_notice;
use crate::i18n::{t, tr, tr_args, use_lang, Lang};
use crate::money::amount::{format_number, Cents};
use crate::sign_in::password_form::{PasswordErrors, PasswordSection};
use crate::speech::lists;
use crate::ui::errors::ErrorSummary;
use crate::ui::fields::TextField;
use crate::ui::frame::Frame;
use crate::wellbeing::scale::Score;
use crate::wellbeing::summary::Spread;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ServicePage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let from = query.get("from");
    let to = query.get("to");
    crate::ui::await_page(move || load_service_view(from.clone(), to.clone()), render)
}

fn hidden(lang: Lang) -> AnyView {
    view! { <p class="notice">{tr_args(lang, "service-hidden", &[("min", MIN_GROUP.into())])}</p> }
        .into_any()
}

fn euros(lang: Lang, cents: i64) -> String {
    let number = format_number(Cents(cents), lang == Lang::En);
    tr_args(lang, "service-euros", &[("amount", number.into())])
}

fn row(head: String, value: String) -> impl IntoView {
    view! { <tr><th scope="row">{head}</th><td>{value}</td></tr> }
}

fn stages(lang: Lang, f: &ServiceFigures) -> impl IntoView {
    let rows = f
        .stages
        .iter()
        .map(|s| {
            let id = format!("service-stage-{}", s.stage);
            let name = if crate::i18n::has_message(lang, &id) {
                tr(lang, &id)
            } else {
                s.stage.clone()
            };
            let value = match s.people {
                Some(n) => n.to_string(),
                None => tr_args(lang, "service-cell-hidden", &[("min", MIN_GROUP.into())]),
            };
            row(name, value)
        })
        .collect_view();
    view! {
        <table class="summary-table">
            <thead><tr><th scope="col">{t("service-stage")}</th><th scope="col">{t("service-people")}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn money(lang: Lang, f: &ServiceFigures) -> AnyView {
    let Some(m) = f.money else {
        return hidden(lang);
    };
    view! {
        <table class="summary-table"><tbody>
            {row(tr(lang, "service-people"), m.people.to_string())}
            {row(tr(lang, "service-decisions"), m.decisions.to_string())}
            {row(tr(lang, "service-granted"), euros(lang, m.granted_cents))}
            {row(tr(lang, "service-used"), euros(lang, m.used_cents))}
            {row(tr(lang, "service-left"), euros(lang, m.left_cents))}
        </tbody></table>
    }
    .into_any()
}

fn cost(lang: Lang, f: &ServiceFigures) -> AnyView {
    let Some(c) = f.cost else {
        return hidden(lang);
    };
    view! {
        <table class="summary-table"><tbody>
            {row(tr(lang, "service-people"), c.people.to_string())}
            {row(tr(lang, "service-budget-total"), euros(lang, c.budget_cents))}
            {row(tr(lang, "service-earlier-total"), euros(lang, c.earlier_cents))}
            {row(tr(lang, "service-difference"), euros(lang, c.difference_cents))}
            {row(tr(lang, "service-budget-per-client"), euros(lang, c.budget_per_client_cents))}
            {row(tr(lang, "service-earlier-per-client"), euros(lang, c.earlier_per_client_cents))}
        </tbody></table>
    }
    .into_any()
}

fn wellbeing(lang: Lang, shown: &Shown<AreaChange>) -> AnyView {
    let Shown::Counts { people, rows } = shown else {
        return hidden(lang);
    };
    let rows = rows
        .iter()
        .map(|a| {
            let c = a.counts;
            let n = c.improved + c.same + c.declined;
            let average = format_number(Cents(average_hundredths(a.points, n)), lang == Lang::En);
            view! {
                <tr><th scope="row">{tr(lang, c.item.name_id())}</th><td>{c.improved}</td>
                <td>{c.same}</td><td>{c.declined}</td><td>{average}</td></tr>
            }
        })
        .collect_view();
    view! {
        <p>{tr_args(lang, "wb-summary-people", &[("count", (*people).into())])}</p>
        <table class="summary-table">
            <thead><tr>
                <th scope="col">{t("wb-summary-area")}</th>
                <th scope="col">{t("wb-summary-improved")}</th>
                <th scope="col">{t("wb-summary-same")}</th>
                <th scope="col">{t("wb-summary-declined")}</th>
                <th scope="col">{t("service-average-change")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

fn satisfaction(lang: Lang, shown: &Shown<Spread>) -> AnyView {
    let Shown::Counts { people, rows } = shown else {
        return hidden(lang);
    };
    let heads = Score::ALL
        .into_iter()
        .map(|s| view! { <th scope="col">{tr(lang, s.word_id())}</th> })
        .collect_view();
    let rows = rows
        .iter()
        .map(|r| {
            let cells = r
                .by_score
                .iter()
                .map(|n| view! { <td>{*n}</td> })
                .collect_view();
            view! { <tr><th scope="row">{tr(lang, r.item.name_id())}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <p>{tr_args(lang, "wb-summary-people", &[("count", (*people).into())])}</p>
        <table class="summary-table">
            <thead><tr><th scope="col">{t("wb-summary-item")}</th>{heads}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

fn render(data: ServicePageData) -> impl IntoView {
    let lang = use_lang();
    let title = tr(lang, "service-title");
    let f = data.figures;
    // The team lead's own password, changed here as a worker does on the caseload page.
    let notice = use_notice::<CaseloadNotice>();
    let password = PasswordErrors::of(notice);
    let saved = (notice == Some(CaseloadNotice::PasswordSaved))
        .then(|| view! { <p class="notice" role="status">{t("password-saved")}</p> });
    let error = data.error.map(|e| (e.field(), tr(lang, e.message_id())));
    let mut errors: Vec<(String, String)> = error
        .iter()
        .map(|(field, m)| ((*field).to_owned(), m.clone()))
        .collect();
    errors.extend(password.summary());
    let error_at = |field: &str| {
        error
            .as_ref()
            .filter(|(f, _)| *f == field)
            .map(|(_, m)| m.clone())
    };
    let (from_error, to_error) = (error_at("from"), error_at("to"));
    let failed = !errors.is_empty();
    let query = format!("from={}&to={}", f.period.from_text(), f.period.to_text());
    let csv = format!("/service/figures.csv?{query}&lang={}", lang.tag());
    let json = format!("/service/figures.json?{query}");
    let shown = tr_args(
        lang,
        "service-period-shown",
        &[
            (
                "from",
                crate::dates::format_date(lang, f.period.from).into(),
            ),
            ("to", crate::dates::format_date(lang, f.period.to).into()),
        ],
    );
    view! {
        <Frame title=title.clone() error=failed signed_in=true listen=lists::SERVICE_VIEW>
            <ErrorSummary errors/>
            <h1>{title}</h1>
            {saved}
            <p>{t("service-intro")}</p>
            <form method="get" action="/service" novalidate>
                <TextField id="from" label_id="service-from" value=data.from_text error=from_error/>
                <TextField id="to" label_id="service-to" value=data.to_text error=to_error/>
                <button type="submit" class="button">{t("service-show")}</button>
            </form>
            <p role="status">{shown}</p>
            <p><a href=csv download="sopiva-figures.csv">{t("service-csv")}</a></p>
            <p><a href=json download="sopiva-figures.json">{t("service-json")}</a></p>
            <h2>{t("service-stages")}</h2>
            {stages(lang, &f)}
            <h2>{t("service-money")}</h2>
            {money(lang, &f)}
            <h2>{t("service-cost")}</h2>
            <p>{t("service-cost-hint")}</p>
            {cost(lang, &f)}
            <h2>{t("service-wellbeing")}</h2>
            {wellbeing(lang, &f.wellbeing)}
            <h2>{t("service-satisfaction")}</h2>
            {satisfaction(lang, &f.satisfaction)}
            <PasswordSection errors=password/>
        </Frame>
    }
}
