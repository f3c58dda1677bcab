//! The admin page: workers, their caseloads, and new workers and clients.

use crate::admin::api::{
    load_admin, AddClient, AddWorker, AssignClient, DeactivateWorker, SetTeamLead, UnlockWorker,
};
use crate::admin::AdminNotice;
use crate::admin::AdminPageData;
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::t;
use crate::speech::lists;
use crate::ui::await_page;
use crate::ui::errors::ErrorSummary;
use crate::ui::fields::TextField;
use crate::ui::frame::Frame;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The add-client name field's id, which the error summary links to.
const CLIENT_NAME_FIELD: &str = "client-name";

#[component]
pub fn AdminPage() -> impl IntoView {
    await_page(load_admin, render_admin)
}

fn render_admin(data: AdminPageData) -> impl IntoView {
    let notice = use_notice::<AdminNotice>();
    let told = notice
        .filter(|n| {
            matches!(
                n,
                AdminNotice::Unlocked | AdminNotice::Deactivated | AdminNotice::TeamLead
            )
        })
        .map(|n| t(n.message_id()));
    let about_reason = matches!(
        notice,
        Some(AdminNotice::ReasonMissing | AdminNotice::ReasonLong)
    );
    let about_client = matches!(notice, Some(AdminNotice::ClientResent));
    let error = notice
        .filter(|n| {
            !matches!(
                n,
                AdminNotice::Unlocked | AdminNotice::Deactivated | AdminNotice::TeamLead
            )
        })
        .map(|n| t(n.message_id()));
    let errors = error
        .clone()
        .map(|m| {
            let field = match (about_reason, about_client) {
                (true, _) => "reason",
                (_, true) => CLIENT_NAME_FIELD,
                _ => "name",
            };
            vec![(field.to_owned(), m)]
        })
        .unwrap_or_default();
    let reason_error = error.clone().filter(|_| about_reason);
    let client_error = error.clone().filter(|_| about_client);
    let error_at_name = error.clone().filter(|_| !about_reason && !about_client);
    let idem = format!("{}-client", data.idem);
    let me = data.me;
    let clients = data.clients.clone();
    view! {
        <Frame title=t("admin-title") error=error.is_some() signed_in=true listen=lists::ADMIN>
            <ErrorSummary errors/>
            {told.map(|m| view! { <p class="notice" role="status">{m}</p> })}
            <p><a href="/worker">{t("worker-back")}</a></p>
            <h1>{t("admin-title")}</h1>
            {data.new_code.map(|code| view! {
                <section class="notice" aria-labelledby="code-title">
                    <h2 id="code-title">{t("worker-code-title")}</h2>
                    <p class="card-code"><code>{code}</code></p>
                </section>
            })}
            <h2>{t("admin-workers")}</h2>
            <ul class="plain-list">
                {data.workers.into_iter().map(|w| {
                    let select_id = format!("assign-{}", w.worker_id);
                    view! {
                        <li>
                            <p><strong>{w.name}</strong>": "{w.clients.join(", ")}</p>
                            {w.waiting.then(|| view! {
                                <form method="post" action=UnlockWorker::url() class="inline-form">
                                    <input type="hidden" name="worker_id" value=w.worker_id.to_string()/>
                                    <p>{t("admin-worker-waiting")}</p>
                                    <button type="submit" class="button button-secondary">{t("admin-unlock")}</button>
                                </form>
                            })}
                            {w.is_team_lead.then(|| view! { <p>{t("admin-is-team-lead")}</p> })}
                            <form method="post" action=SetTeamLead::url() class="inline-form">
                                <input type="hidden" name="worker_id" value=w.worker_id.to_string()/>
                                {(!w.is_team_lead).then(|| view! { <input type="hidden" name="on" value="1"/> })}
                                <button type="submit" class="button button-secondary">
                                    {t(if w.is_team_lead { "admin-team-lead-off" } else { "admin-team-lead-on" })}
                                </button>
                            </form>
                            {(w.worker_id != me).then(|| view! {
                                <form method="post" action=DeactivateWorker::url() class="inline-form">
                                    <input type="hidden" name="worker_id" value=w.worker_id.to_string()/>
                                    <button type="submit" class="button button-secondary">{t("admin-deactivate")}</button>
                                </form>
                            })}
                            <form method="post" action=AssignClient::url() class="inline-form">
                                <input type="hidden" name="worker_id" value=w.worker_id.to_string()/>
                                <input type="hidden" name="on" value="1"/>
                                <label for=select_id.clone() class="label">{t("admin-assign-label")}</label>
                                <select id=select_id name="client_id" class="input">
                                    {clients.iter().map(|(id, name)| view! { <option value=id.to_string()>{name.clone()}</option> }).collect_view()}
                                </select>
                                {(w.worker_id == me).then(|| view! {
                                    <TextField id="reason" label_id="admin-reason" error=reason_error.clone()/>
                                })}
                                <button type="submit" class="button button-secondary">{t("admin-assign")}</button>
                            </form>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h2>{t("admin-add-worker")}</h2>
            <form method="post" action=AddWorker::url() novalidate>
                <TextField id="name" label_id="admin-name" error=error_at_name/>
                <TextField id="user_name" label_id="worker-user-name" error=None/>
                <button type="submit" class="button">{t("admin-add-worker")}</button>
            </form>
            <h2>{t("admin-add-client")}</h2>
            <form method="post" action=AddClient::url() novalidate>
                <input type="hidden" name="idem" value=idem/>
                <TextField id=CLIENT_NAME_FIELD name="name" label_id="admin-name" error=client_error/>
                <button type="submit" class="button">{t("admin-add-client")}</button>
            </form>
        </Frame>
    }
}
