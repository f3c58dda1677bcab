//! The first screen: language choice (in the frame), sign-in with a personal code, and in demo
//! mode the demo clients' codes.

use super::await_page;
use super::frame::{ErrorSummary, Frame};
use crate::i18n::t;
use crate::session_api::{load_start, SignIn, StartPageData};
use crate::symbols::Symbol;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

#[component]
pub fn StartPage() -> impl IntoView {
    await_page(load_start, render)
}

fn render(data: StartPageData) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let wrong_code = query.get("error").is_some_and(|e| e == "code");
    let signed_out = query.get("bye").is_some();
    let timed_out = query.get("timeout").is_some();
    let kiosk = crate::prefs::use_device().kiosk;
    let errors = if wrong_code {
        vec![("code".to_owned(), t("error-wrong-code"))]
    } else {
        Vec::new()
    };
    view! {
        <Frame title=t("start-title") error=wrong_code signed_in=data.signed_in listen=vec!["start-title", "start-intro"]>
            <ErrorSummary errors/>
            {signed_out.then(|| view! { <p class="notice" role="status">{t("signed-out")}</p> })}
            {timed_out.then(|| view! { <p class="notice" role="status">{t("timeout-notice")}</p> })}
            <h1>{t("start-title")}</h1>
            {kiosk.then(|| view! { <p class="kiosk-invite"><Symbol concept="kiosk-touch"/>{t("kiosk-invite")}</p> })}
            <p class="lead">{t("start-intro")}</p>
            {if data.signed_in {
                view! { <p><a class="button" href="/home">{t("go-home")}</a></p> }.into_any()
            } else {
                view! {
                    <form method="post" action=SignIn::url() novalidate class="sign-in">
                        <div class=if wrong_code { "field field-error" } else { "field" }>
                            <label for="code" class="label">{t("code-label")}</label>
                            <p id="code-hint" class="hint">{t("code-hint")}</p>
                            {wrong_code.then(|| view! {
                                <p id="code-error" class="error-message">
                                    <span class="visually-hidden">{t("error-prefix")}" "</span>
                                    {t("error-wrong-code")}
                                </p>
                            })}
                            <input
                                id="code"
                                name="code"
                                type="text"
                                class="input"
                                autocomplete="off"
                                spellcheck="false"
                                aria-describedby=if wrong_code { "code-hint code-error" } else { "code-hint" }
                                aria-invalid=if wrong_code { "true" } else { "false" }
                            />
                        </div>
                        <button type="submit" class="button"><Symbol concept="sign-in"/>{t("sign-in-button")}</button>
                    </form>
                }.into_any()
            }}
            {(!data.demo_codes.is_empty() && !data.signed_in).then(|| view! {
                <section class="demo" aria-labelledby="demo-title">
                    <h2 id="demo-title">{t("demo-title")}</h2>
                    <p>{t("demo-text")}</p>
                    <ul class="demo-codes">
                        {data.demo_codes.into_iter().map(|(name, code)| view! {
                            <li>{name}": "<code>{code}</code></li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
        </Frame>
    }
}
