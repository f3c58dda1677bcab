//! Kiosk setup: a worker types the kiosk code to mark this device as a shared kiosk (large
//! targets, speech on, short sessions), or to take the mark away.

use super::KioskNotice;
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::t;
use crate::session::api::KioskSetup;
use crate::speech::lists;
use crate::ui::code_field::CodeField;
use crate::ui::errors::ErrorSummary;
use crate::ui::frame::Frame;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn KioskSetupPage() -> impl IntoView {
    let wrong = use_notice::<KioskNotice>() == Some(KioskNotice::CodeWrong);
    let errors = if wrong {
        vec![(
            "kiosk-code".to_owned(),
            t(KioskNotice::CodeWrong.message_id()),
        )]
    } else {
        Vec::new()
    };
    let kiosk = crate::settings::use_device().kiosk;
    view! {
        <Frame title=t("kiosk-title") error=wrong signed_in=false listen=lists::KIOSK>
            <ErrorSummary errors/>
            <h1>{t("kiosk-title")}</h1>
            <p>{if kiosk { t("kiosk-is-on") } else { t("kiosk-text") }}</p>
            <form method="post" action=KioskSetup::url() novalidate>
                <CodeField id="kiosk-code" label_id="kiosk-code-label" error=wrong.then(|| t("error-wrong-code"))/>
                <button type="submit" name="mode" value=if kiosk { "off" } else { "on" } class="button">
                    {if kiosk { t("kiosk-off") } else { t("kiosk-on") }}
                </button>
            </form>
        </Frame>
    }
}
