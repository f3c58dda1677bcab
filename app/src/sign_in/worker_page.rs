//! The worker's sign-in page: user name and password, or a one-time code from an admin.

use crate::forms::notice::{use_notice, Notice};
use crate::i18n::t;
use crate::sign_in::api::WorkerSignIn;
use crate::sign_in::WorkerSignInNotice;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::errors::ErrorSummary;
use crate::ui::fields::TextField;
use crate::ui::frame::Frame;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// User name and password (or one-time code): used for a worker's sign-in and for signing in
/// beside a client.
/// On a shared device (a worker beside a client at the kiosk) the browser is asked not to
/// offer to save the worker's password.
#[component]
pub fn WorkerFields(error: Option<String>, #[prop(optional)] shared_device: bool) -> impl IntoView {
    let (user, secret) = if shared_device {
        ("off", "off")
    } else {
        ("username", "current-password")
    };
    view! {
        <TextField id="user_name" label_id="worker-user-name" error=error autocomplete=user/>
        <TextField id="secret" label_id="worker-secret" password=true error=None autocomplete=secret/>
    }
}

#[component]
pub fn WorkerSignInPage() -> impl IntoView {
    let message = use_notice::<WorkerSignInNotice>().map(|n| t(n.message_id()));
    let errors = message
        .clone()
        .map(|m| vec![("user_name".to_owned(), m)])
        .unwrap_or_default();
    view! {
        <Frame title=t("worker-sign-in-title") error=message.is_some() signed_in=false listen=lists::WORKER_SIGN_IN>
            <ErrorSummary errors/>
            <h1>{t("worker-sign-in-title")}</h1>
            <form method="post" action=WorkerSignIn::url() novalidate>
                <WorkerFields error=message/>
                <button type="submit" class="button"><Symbol concept="sign-in"/>{t("sign-in-button")}</button>
            </form>
        </Frame>
    }
}
