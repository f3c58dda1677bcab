//! The worker's path page for the client they opened: the stage now and every change with
//! who and when, a form that moves the plan (with the next step's date and the group's
//! recommendation), and each decision with its earlier arrangement next to the budget, per
//! month and per period. Refused input comes back in the fields with the message beside each.

use crate::dates::{format_date, format_datetime};
use crate::i18n::{t, tr_args, use_lang, Lang};
use crate::money::pages::client::euros;
use crate::money::FormState;
use crate::path::api::{load_path_admin, MoveStage, SaveArrangement};
use crate::path::cost::Comparison;
use crate::path::{ArrangementForm, DecisionCost, PathAdminData, Stage, StageEvent};
use crate::speech::lists;
use crate::ui::await_page;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::fields::TextField;
use crate::ui::frame::Frame;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Where the page is.
pub const PAGE: &str = "/worker/path";

#[component]
pub fn WorkerPathPage() -> impl IntoView {
    await_page(load_path_admin, render)
}

fn field(form: &FormState, prefix: &str, name: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <TextField id=format!("{prefix}-{name}") name=name label_id=label value=form.get(name)
            error=form.error(name).map(|e| t(e.message_id())) words=true/>
    }
}

fn row_prefix(decision: &DecisionCost, row: &ArrangementForm) -> String {
    crate::path::arrangement_key(decision.decision_id, row.arrangement_id)
}

fn summary_errors(data: &PathAdminData) -> Vec<(String, String)> {
    let mut all = Vec::new();
    let mut add = |prefix: String, form: &FormState| {
        for (field, message) in &form.errors {
            all.push((format!("{prefix}-{field}"), t(message.message_id())));
        }
    };
    add("stage".to_owned(), &data.form);
    for d in &data.decisions {
        for row in d.rows.iter().chain([&d.new_row]) {
            add(row_prefix(d, row), &row.form);
        }
    }
    all
}

fn event(lang: Lang, e: StageEvent) -> impl IntoView {
    let who = if e.by_kind == "rule" {
        format!("{} ({})", t("worker-path-rule"), e.by_name)
    } else {
        e.by_name.clone()
    };
    let line = tr_args(
        lang,
        "worker-path-event",
        &[
            ("stage", t(e.stage.title_id()).into()),
            ("who", who.into()),
            ("when", format_datetime(lang, e.at_ms).into()),
        ],
    );
    let next = e.next_on.map(|d| {
        tr_args(
            lang,
            "worker-path-event-next",
            &[("date", format_date(lang, d).into())],
        )
    });
    view! {
        <li data-stage=e.stage.slug()>
            <p>{line}" "{next}</p>
            {(!e.note.is_empty()).then(|| view! { <p class="note">{e.note.clone()}</p> })}
        </li>
    }
}

fn comparison(lang: Lang, c: Comparison) -> impl IntoView {
    let row = |label: &'static str, month, period| {
        view! { <tr><th scope="row">{t(label)}</th><td>{euros(lang, month)}</td><td>{euros(lang, period)}</td></tr> }
    };
    let period_head = tr_args(
        lang,
        "worker-cost-col-period",
        &[("months", c.months.into())],
    );
    view! {
        <table class="cost-table">
            <caption>{t("worker-cost-caption")}</caption>
            <thead><tr><td></td><th scope="col">{t("worker-cost-col-month")}</th><th scope="col">{period_head}</th></tr></thead>
            <tbody>
                {row("worker-cost-row-budget", c.budget_month, c.budget_period)}
                {row("worker-cost-row-earlier", c.earlier_month, c.earlier_period)}
                {row("worker-cost-row-difference", c.difference_month, c.difference_period)}
            </tbody>
        </table>
    }
}

fn row_form(d: &DecisionCost, row: ArrangementForm, idem: &str) -> impl IntoView {
    let prefix = row_prefix(d, &row);
    let form = row.form.clone();
    let kind_id = format!("{prefix}-kind");
    let what_id = format!("{prefix}-what");
    let what_error = form.error("what").map(|e| t(e.message_id()));
    let chosen = form.get("kind");
    let new = row.arrangement_id.is_none();
    view! {
        <form method="post" action=SaveArrangement::url() class="money-form" id=prefix.clone()>
            <input type="hidden" name="decision_id" value=d.decision_id.to_string()/>
            {row.arrangement_id.map(|id| view! { <input type="hidden" name="arrangement_id" value=id.to_string()/> })}
            <input type="hidden" name="version" value=row.version/>
            {new.then(|| view! { <input type="hidden" name="idem" value=format!("{idem}-{prefix}")/> })}
            // Several lines: a service's name can be long and must stay readable at 200 %.
            <div class=if what_error.is_some() { "field field-error" } else { "field" }>
                <label for=what_id.clone() class="label">{t("worker-cost-what")}</label>
                {error_line(format!("{what_id}-error"), what_error.clone())}
                <textarea id=what_id name="what" rows="2" class="textarea" spellcheck="true"
                    aria-invalid=if what_error.is_some() { "true" } else { "false" }>{form.get("what")}</textarea>
            </div>
            <div class="field">
                <label for=kind_id.clone() class="label">{t("worker-cost-kind")}</label>
                {error_line(format!("{kind_id}-error"), form.error("kind").map(|e| t(e.message_id())))}
                <select id=kind_id name="kind" class="input">
                    <option value="before" selected=chosen == "before">{t("worker-cost-kind-before")}</option>
                    <option value="estimate" selected=chosen == "estimate">{t("worker-cost-kind-estimate")}</option>
                </select>
            </div>
            {field(&form, &prefix, "monthly", "worker-cost-monthly")}
            <button type="submit" class=if new { "button" } else { "button button-secondary" }>
                {t(if new { "worker-cost-add" } else { "worker-cost-save" })}
            </button>
        </form>
    }
}

fn decision(lang: Lang, d: DecisionCost, idem: &str) -> impl IntoView {
    let head = tr_args(
        lang,
        "worker-cost-period",
        &[
            ("start", format_date(lang, d.period_start).into()),
            ("end", format_date(lang, d.period_end).into()),
            ("amount", euros(lang, d.granted).into()),
        ],
    );
    let table = match d.comparison {
        Some(c) => comparison(lang, c).into_any(),
        None => view! { <p>{t("worker-cost-none")}</p> }.into_any(),
    };
    let rows: Vec<_> = d
        .rows
        .iter()
        .cloned()
        .map(|r| row_form(&d, r, idem))
        .collect();
    let new_row = row_form(&d, d.new_row.clone(), idem);
    view! {
        <section class="decision-cost" id=format!("decision-{}", d.decision_id)>
            <h3>{head}</h3>
            {table}
            {rows}
            {new_row}
        </section>
    }
}

fn render(data: PathAdminData) -> impl IntoView {
    let lang = use_lang();
    let errors = summary_errors(&data);
    let title = tr_args(
        lang,
        "worker-path-title",
        &[("name", data.client_name.clone().into())],
    );
    let chosen = data.form.get("stage");
    let now = match &data.now {
        Some(now) => view! { <p class="path-stage" data-stage=now.stage.slug()><strong>{t(now.stage.title_id())}</strong></p> }.into_any(),
        None => view! { <p>{t("worker-path-none")}</p> }.into_any(),
    };
    let note_error = data.form.error("note").map(|e| t(e.message_id()));
    let stage_error = data.form.error("stage").map(|e| t(e.message_id()));
    let class_of = |e: &Option<String>| {
        if e.is_some() {
            "field field-error"
        } else {
            "field"
        }
    };
    let (stage_class, note_class) = (class_of(&stage_error), class_of(&note_error));
    let idem = data.idem.clone();
    view! {
        <Frame title=title.clone() error=!errors.is_empty() signed_in=true listen=lists::WORKER_PATH>
            <p><a href="/worker">{t("worker-back")}</a></p>
            <ErrorSummary errors/>
            <h1>{title}</h1>
            <h2>{t("worker-path-now")}</h2>
            {now}
            <h2 id="stage-title">{t("worker-path-move")}</h2>
            <form method="post" action=MoveStage::url() class="money-form" id="stage">
                <input type="hidden" name="version" value=data.version/>
                <input type="hidden" name="idem" value=format!("{idem}-stage")/>
                <div class=stage_class>
                    <label for="stage-stage" class="label">{t("worker-path-stage-label")}</label>
                    {error_line("stage-stage-error".to_owned(), stage_error)}
                    <select id="stage-stage" name="stage" class="input">
                        {Stage::ALL.into_iter().map(|s| view! {
                            <option value=s.slug() selected=chosen == s.slug()>{t(s.title_id())}</option>
                        }).collect_view()}
                    </select>
                </div>
                {field(&data.form, "stage", "next_on", "worker-path-next-on-label")}
                <p class="hint">{t("worker-path-next-on-hint")}</p>
                <div class=note_class>
                    <label for="stage-note" class="label">{t("worker-path-note-label")}</label>
                    <p id="stage-note-hint" class="hint">{t("worker-path-note-hint")}</p>
                    {error_line("stage-note-error".to_owned(), note_error)}
                    <textarea id="stage-note" name="note" rows="4" class="textarea" spellcheck="true"
                        aria-describedby="stage-note-hint">{data.form.get("note")}</textarea>
                </div>
                <button type="submit" class="button">{t("worker-path-save")}</button>
            </form>
            <h2>{t("worker-path-history")}</h2>
            <ol class="path-history">
                {data.history.into_iter().map(|e| event(lang, e)).collect_view()}
            </ol>
            <h2 id="cost">{t("worker-cost-title")}</h2>
            <p>{t("worker-cost-intro")}</p>
            <p><a href="/worker/money#decision-next">{t("worker-cost-next-decision")}</a></p>
            {data.decisions.into_iter().map(|d| decision(lang, d, &idem)).collect_view()}
        </Frame>
    }
}
