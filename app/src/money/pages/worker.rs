//! The worker's money page for the client they opened: the decision, its support lines with
//! the wishes each serves, spending typed or imported from a file, and corrections. Refused
//! input comes back in the fields with the message beside each.

use crate::dates::format_date;
use crate::i18n::{t, tr_args, use_lang};
use crate::money::api::{
    load_money_admin, AddSpending, CancelImport, ConfirmImport, ReverseSpending, SaveDecision,
    SaveLine, UploadSpending,
};
use crate::money::pages::client::euros;
use crate::money::{Arrangement, FormState, LineForm, MoneyAdminData};
use crate::speech::lists;
use crate::ui::await_page;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::fields::TextField;
use crate::ui::frame::Frame;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn WorkerMoneyPage() -> impl IntoView {
    await_page(load_money_admin, render)
}

/// A field of a worker's money form, showing the worker's own text and its error.
fn field(
    form: &FormState,
    prefix: &str,
    name: &'static str,
    label_id: &'static str,
) -> impl IntoView {
    view! {
        <TextField
            id=format!("{prefix}-{name}")
            name=name
            label_id=label_id
            value=form.get(name)
            error=form.error(name).map(|e| t(e.message_id()))
            words=true
        />
    }
}

fn summary_errors(data: &MoneyAdminData) -> Vec<(String, String)> {
    let mut all = Vec::new();
    let mut add = |prefix: String, form: &FormState| {
        for (field, message) in &form.errors {
            all.push((format!("{prefix}-{field}"), t(message.message_id())));
        }
    };
    add("decision".to_owned(), &data.decision);
    for line in &data.lines {
        add(line_prefix(line), &line.form);
    }
    add(line_prefix(&data.new_line), &data.new_line.form);
    add("spending".to_owned(), &data.spending_form);
    if let Some(error) = data.import_error {
        all.push(("import-file".to_owned(), t(error.message_id())));
    }
    all
}

fn line_prefix(line: &LineForm) -> String {
    line.line_id
        .map_or("line-new".to_owned(), |id| format!("line-{id}"))
}

fn line_form(line: LineForm, wishes: &[(String, String, String)], idem: &str) -> impl IntoView {
    let prefix = line_prefix(&line);
    let form = line.form.clone();
    let wish_error = form.error("wishes").map(|e| t(e.message_id()));
    let wish_class = if wish_error.is_some() {
        "field field-error"
    } else {
        "field"
    };
    let arrangement_id = format!("{prefix}-arrangement");
    let chosen = form.get("arrangement");
    view! {
        <form method="post" enctype="multipart/form-data" action=SaveLine::url() class="money-form" id=prefix.clone()>
            {line.line_id.map(|id| view! { <input type="hidden" name="line_id" value=id.to_string()/> })}
            <input type="hidden" name="version" value=line.version/>
            {line.line_id.is_none().then(|| view! { <input type="hidden" name="idem" value=format!("{idem}-line")/> })}
            {field(&form, &prefix, "name", "line-name")}
            {field(&form, &prefix, "amount", "line-amount")}
            <div class="field">
                <label for=arrangement_id.clone() class="label">{t("line-arrangement")}</label>
                <select id=arrangement_id name="arrangement" class="input">
                    {Arrangement::ALL.iter().map(|a| view! {
                        <option value=a.as_str() selected=chosen == a.as_str()>{t(a.message_id())}</option>
                    }).collect_view()}
                </select>
            </div>
            <fieldset class=wish_class id=format!("{prefix}-wishes")>
                <legend>{t("line-wishes")}</legend>
                {error_line(format!("{prefix}-wishes-error"), wish_error)}
                {wishes.iter().map(|(key, section, text)| {
                    let id = format!("{prefix}-wish-{}", key.replace(':', "-"));
                    view! {
                        <div class="check-field">
                            <input type="checkbox" id=id.clone() name="wishes" value=key.clone() checked=line.wishes.contains(key)/>
                            <label for=id>{t(&format!("section-{section}"))}": "{crate::money::wish_text(crate::i18n::use_lang(), text)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button">{t(if line.line_id.is_some() { "save" } else { "line-add" })}</button>
        </form>
    }
}

fn render(data: MoneyAdminData) -> impl IntoView {
    let lang = use_lang();
    let errors = summary_errors(&data);
    let title = tr_args(
        lang,
        "worker-money-title",
        &[("name", data.client_name.clone().into())],
    );
    let decision = data.decision.clone();
    let has_decision = data.decision_id.is_some();
    let wishes = data.wishes.clone();
    let idem = data.idem.clone();
    let import = data.import_rows.clone().map(|rows| {
        let good = rows.iter().filter(|r| r.problem.is_none()).count();
        view! {
            <p>{tr_args(lang, "import-preview", &[("good", good.into()), ("all", rows.len().into())])}</p>
            <ul class="import-preview">
                {rows.into_iter().map(|r| {
                    let result = match r.problem {
                        Some(p) => view! { <strong>{t("import-wrong")}" "{t(p.message_id())}</strong> }.into_any(),
                        None => view! { <span>{t("import-ok")}" "{r.line_name.clone()}</span> }.into_any(),
                    };
                    view! { <li>{t("import-row")}" "{r.line_no}": "<code>{r.raw}</code><br/>{result}</li> }
                }).collect_view()}
            </ul>
            <div class="button-row">
                <form method="post" action=ConfirmImport::url()><button type="submit" class="button">{tr_args(lang, "import-confirm", &[("good", good.into())])}</button></form>
                <form method="post" action=CancelImport::url()><button type="submit" class="button button-secondary">{t("import-cancel")}</button></form>
            </div>
        }
    });
    view! {
        <Frame title=title.clone() error=!errors.is_empty() signed_in=true listen=lists::WORKER_MONEY>
            <p><a href="/worker">{t("worker-back")}</a></p>
            <ErrorSummary errors/>
            <h1>{title}</h1>
            <p>{t("worker-money-intro")}</p>
            <h2 id="decision-title">{t("decision-title")}</h2>
            <form method="post" enctype="multipart/form-data" action=SaveDecision::url() class="money-form" id="decision">
                {data.decision_id.map(|id| view! { <input type="hidden" name="decision_id" value=id.to_string()/> })}
                <input type="hidden" name="version" value=data.decision_version/>
                {data.decision_id.is_none().then(|| view! { <input type="hidden" name="idem" value=format!("{idem}-decision")/> })}
                {field(&decision, "decision", "period_start", "decision-start")}
                {field(&decision, "decision", "period_end", "decision-end")}
                {field(&decision, "decision", "granted", "decision-granted")}
                {field(&decision, "decision", "reference", "decision-reference")}
                {field(&decision, "decision", "next_follow_up", "decision-follow-up")}
                <button type="submit" class="button">{t("save")}</button>
            </form>
            {has_decision.then(|| view! {
                <h2 id="lines">{t("money-lines-title")}</h2>
                {data.lines.into_iter().map(|l| line_form(l, &wishes, &idem)).collect_view()}
                <h3>{t("line-add")}</h3>
                {line_form(data.new_line.clone(), &wishes, &idem)}
                <h2 id="spending-title">{t("money-spending-title")}</h2>
                <form method="post" enctype="multipart/form-data" action=AddSpending::url() class="money-form" id="spending">
                    <input type="hidden" name="idem" value=data.idem.clone()/>
                    {field(&data.spending_form, "spending", "spent_on", "spending-date")}
                    {field(&data.spending_form, "spending", "amount", "spending-amount")}
                    <div class="field">
                        <label for="spending-line_id" class="label">{t("spending-line")}</label>
                        {error_line("spending-line_id-error".to_owned(), data.spending_form.error("line_id").map(|e| t(e.message_id())))}
                        <select id="spending-line_id" name="line_id" class="input">
                            {data.line_choices.iter().map(|(id, name)| view! {
                                <option value=id.to_string() selected=data.spending_form.get("line_id") == id.to_string()>{name.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    {field(&data.spending_form, "spending", "description", "spending-description")}
                    <button type="submit" class="button">{t("spending-add")}</button>
                </form>
                <ul class="money-spending">
                    {data.spending.iter().map(|s| {
                        let reverse = (!s.correction && !s.corrected).then(|| view! {
                            <form method="post" action=ReverseSpending::url() class="inline-form">
                                <input type="hidden" name="spending_id" value=s.spending_id.to_string()/>
                                <button type="submit" class="button button-secondary">{t("spending-reverse")}</button>
                            </form>
                        });
                        let correction = s.correction.then(|| view! { " "{t("money-correction")} });
                        view! {
                            <li>
                                <p>{format_date(lang, s.spent_on)}": "{euros(lang, s.amount)}", "{s.description.clone()}" ("{s.line_name.clone()}")"{correction}</p>
                                {reverse}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <h2 id="import">{t("import-title")}</h2>
                <p>{t("import-help")}</p>
                <form method="post" enctype="multipart/form-data" action=UploadSpending::url() class="money-form">
                    <div class="field">
                        <label for="import-file" class="label">{t("import-file")}</label>
                        {error_line("import-file-error".to_owned(), data.import_error.map(|e| t(e.message_id())))}
                        <input id="import-file" name="file" type="file" accept=".csv,text/csv" class="input"/>
                    </div>
                    <button type="submit" class="button button-secondary">{t("import-upload")}</button>
                </form>
                {import}
            })}
        </Frame>
    }
}
