//! The worker's pages: sign-in, the caseload with each client's card, PIN and relatives, and
//! the admin page for workers and caseloads.

use crate::caseload::api::{load_caseload, ManageSignIn, OpenClient};
use crate::caseload::CaseloadNotice;
use crate::caseload::{CaseloadClient, CaseloadPageData};
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr_args, use_lang};
use crate::ids::{ClientId, RelativeId};
use crate::relatives::api::{AddRelative, ConfirmConsent};
use crate::sign_in::password_form::{is_password_error, PasswordErrors, PasswordSection};
use crate::sign_in::CHOOSE_DAYS;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::errors::ErrorSummary;
use crate::ui::frame::Frame;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CaseloadPage() -> impl IntoView {
    // Passed on as written: the server function parses them, once.
    let query = use_query_map().get_untracked();
    let page = query.get("page");
    let find = query.get("find");
    await_page(
        move || load_caseload(page.clone(), find.clone()),
        render_caseload,
    )
}

/// A one-button form about a client (and maybe one of their relatives).
fn action_button(
    action: &'static str,
    client_id: ClientId,
    relative_id: Option<RelativeId>,
    what: &'static str,
    label_id: &'static str,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline-form">
            <input type="hidden" name="client_id" value=client_id.to_string()/>
            {relative_id.map(|id| view! { <input type="hidden" name="relative_id" value=id.to_string()/> })}
            {(!what.is_empty()).then(|| view! { <input type="hidden" name="what" value=what/> })}
            <button type="submit" class="button button-secondary">{t(label_id)}</button>
        </form>
    }
}

fn sign_in_buttons(
    client_id: ClientId,
    relative_id: Option<RelativeId>,
    has_card: bool,
    locked: bool,
) -> impl IntoView {
    let url = ManageSignIn::url();
    view! {
        <p class="card-state">{t(if has_card { "card-in-use" } else { "card-none" })}</p>
        {locked.then(|| view! { <p class="notice"><Symbol concept="lock"/>{t("pin-locked")}</p> })}
        <div class="button-row">
            {action_button(url, client_id, relative_id, "issue", "card-issue")}
            {has_card.then(|| action_button(url, client_id, relative_id, "revoke", "card-revoke"))}
            {locked.then(|| action_button(url, client_id, relative_id, "unlock", "pin-unlock"))}
            {action_button(url, client_id, relative_id, "reset", "pin-reset")}
        </div>
    }
}

fn client_section(client: CaseloadClient, idem: &str) -> impl IntoView {
    let lang = use_lang();
    let heading = format!("client-{}", client.client_id);
    let client_id = client.client_id;
    let name_field = format!("relative-name-{client_id}");
    view! {
        <section class="caseload-client" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{client.name.clone()}</h2>
            {action_button(OpenClient::url(), client_id, None, "", "open-plan")}
            // Follow-up (issue 12): the next follow-up, or that it is late.
            {client.next_follow_up.map(|next| {
                let date = crate::dates::format_date(lang, next.due_on);
                let id = if next.late { "followup-caseload-late" } else { "followup-caseload-next" };
                let class = if next.late { "notice followup-late" } else { "followup-next" };
                view! {
                    <p class=class>
                        <Symbol concept=if next.late { "warning" } else { "follow-up" }/>
                        {tr_args(lang, id, &[("date", date.into())])}
                    </p>
                }
            })}
            {sign_in_buttons(client_id, None, client.has_card, client.locked)}
            {crate::wellbeing::pages::offer::caseload_mark(client.wellbeing)}
            <h3>{t("relatives-title")}</h3>
            <ul class="plain-list">
                {client.relatives.into_iter().map(|r| {
                    let confirm = r.waiting_consent.map(|consent_id| view! {
                        <form method="post" action=ConfirmConsent::url() class="inline-form">
                            <input type="hidden" name="client_id" value=client_id.to_string()/>
                            <input type="hidden" name="consent_id" value=consent_id/>
                            <button type="submit" class="button">{t("consent-confirm")}</button>
                        </form>
                    });
                    view! {
                        <li>
                            <p><strong>{r.name}</strong></p>
                            {confirm}
                            {sign_in_buttons(client_id, Some(r.relative_id), r.has_card, r.locked)}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form method="post" action=AddRelative::url() novalidate class="add-relative">
                <input type="hidden" name="client_id" value=client_id.to_string()/>
                <input type="hidden" name="idem" value=format!("{idem}-relative-{client_id}")/>
                <div class="field">
                    <label for=name_field.clone() class="label">{tr_args(lang, "relative-add-label", &[("name", client.name.into())])}</label>
                    <input id=name_field name="name" type="text" class="input" autocomplete="off"/>
                </div>
                <button type="submit" class="button button-secondary">{t("relative-add")}</button>
            </form>
        </section>
    }
}

fn render_caseload(data: CaseloadPageData) -> impl IntoView {
    let lang = use_lang();
    let notice = use_notice::<CaseloadNotice>();
    let password = PasswordErrors::of(notice);
    // A saved password and a relative without a name are told at the top of the page.
    let told = notice.filter(|n| !is_password_error(*n)).map(|n| {
        let role = if matches!(n, CaseloadNotice::NameMissing | CaseloadNotice::Resent) {
            "alert"
        } else {
            "status"
        };
        view! { <p class="notice" role=role>{t(n.message_id())}</p> }
    });
    let errors = password.summary();
    let idem = data.idem.clone();
    let title = tr_args(
        lang,
        "worker-title",
        &[("name", data.worker_name.clone().into())],
    );
    let new_card = data.new_card.map(|(svg, code)| {
        view! {
            <section class="new-card notice" aria-labelledby="new-card-title">
                <h2 id="new-card-title"><Symbol concept="card"/>{t("card-new-title")}</h2>
                <p>{t("card-new-text")}</p>
                <p>{tr_args(use_lang(), "card-choose-days", &[("days", CHOOSE_DAYS.into())])}</p>
                <div class="qr" role="img" aria-label=t("card-qr-label") inner_html=svg></div>
                <p class="card-code"><code>{code}</code></p>
            </section>
        }
    });
    view! {
        <Frame title=title.clone() error=!errors.is_empty() signed_in=true listen=lists::CASELOAD>
            <ErrorSummary errors/>
            <h1>{title}</h1>
            {told}
            {data.is_admin.then(|| view! { <p><a href="/admin">{t("admin-title")}</a></p> })}
            // Wellbeing (issue 12): the summary across the caseload and the service.
            {crate::wellbeing::pages::offer::summary_link()}
            {new_card}
            <p>{t("worker-intro")}</p>
            {super::pages_nav::find_and_count(&data.view, data.total)}
            {data.clients.into_iter().map(|c| client_section(c, &idem)).collect_view()}
            {super::pages_nav::page_links(&data.view, data.total)}
            <PasswordSection errors=password/>
        </Frame>
    }
}
