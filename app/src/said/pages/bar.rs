//! The supported-session bar on the home page while a worker helps beside the client: start
//! a session, or see that one is going on and end it.

use crate::i18n::t;
use crate::said::api::{EndSupported, StartSupported};
use crate::symbols::Symbol;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn SupportedBar(going: bool) -> impl IntoView {
    if going {
        view! {
            <div class="notice supported-bar" role="status">
                <p><Symbol concept="wb-helped"/>{t("supported-on")}</p>
                <p>{t("supported-on-hint")}</p>
                <form method="post" action=EndSupported::url()>
                    <button type="submit" class="button button-secondary">{t("supported-end")}</button>
                </form>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="notice supported-bar">
                <p>{t("supported-intro")}</p>
                <form method="post" action=StartSupported::url()>
                    <button type="submit" class="button"><Symbol concept="wb-helped"/>{t("supported-start")}</button>
                </form>
            </div>
        }
        .into_any()
    }
}
