//! The first screen: language choice (in the frame), sign-in with a card code (the picture PIN
//! follows on the next page), and in demo mode the demo people's cards.

use crate::forms::notice::{use_notice, Notice};
use crate::i18n::t;
use crate::session::api::{load_start, StartPageData};
use crate::session::StartNotice;
use crate::sign_in::api::CardSignIn;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::code_field::CodeField;
use crate::ui::errors::ErrorSummary;
use crate::ui::frame::Frame;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn StartPage() -> impl IntoView {
    await_page(load_start, render)
}

fn render(data: StartPageData) -> impl IntoView {
    let notice = use_notice::<StartNotice>();
    // A card that does not work: unknown, or too late to choose its pictures.
    let card_error =
        notice.filter(|n| matches!(n, StartNotice::CardUnknown | StartNotice::CardExpired));
    let wrong_code = card_error.is_some();
    let signed_out = notice == Some(StartNotice::SignedOut);
    let timed_out = notice == Some(StartNotice::TimedOut);
    let kiosk = crate::settings::use_device().kiosk;
    let card_message = card_error.map(|n| t(n.message_id()));
    let errors = card_message
        .clone()
        .map(|m| vec![("code".to_owned(), m)])
        .unwrap_or_default();
    view! {
        <Frame title=t("start-title") error=wrong_code signed_in=data.signed_in listen=lists::START>
            <ErrorSummary errors/>
            {signed_out.then(|| view! { <p class="notice" role="status">{t(StartNotice::SignedOut.message_id())}</p> })}
            {timed_out.then(|| view! { <p class="notice" role="status">{t(StartNotice::TimedOut.message_id())}</p> })}
            <h1>{t("start-title")}</h1>
            {kiosk.then(|| view! { <p class="kiosk-invite"><Symbol concept="kiosk-touch"/>{t("kiosk-invite")}</p> })}
            <p class="lead">{t("start-intro")}</p>
            {if data.signed_in {
                view! { <p><a class="button" href="/home">{t("go-home")}</a></p> }.into_any()
            } else {
                view! {
                    <form method="post" action=CardSignIn::url() novalidate class="sign-in">
                        <CodeField
                            id="code"
                            label_id="code-label"
                            hint_id="code-hint"
                            error=card_message
                        />
                        <button type="submit" class="button"><Symbol concept="sign-in"/>{t("sign-in-button")}</button>
                    </form>
                }.into_any()
            }}
            {(!data.demo_codes.is_empty() && !data.signed_in).then(|| view! {
                <section class="demo" aria-labelledby="demo-title">
                    <h2 id="demo-title">{t("demo-title")}</h2>
                    <p>{t("demo-text")}</p>
                    <ul class="demo-codes">
                        {data.demo_codes.into_iter().map(|card| view! {
                            <li>
                                {card.name}": "<code>{card.code}</code>
                                <span class="demo-pictures">
                                    {card.pictures.into_iter().map(|p| view! { <span>{t(&format!("pin-{p}"))}</span> }).collect_view()}
                                </span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <p class="worker-link"><a href="/worker/sign-in"><Symbol concept="worker"/>{t("worker-sign-in-link")}</a></p>
        </Frame>
    }
}
