//! The kiosk's idle countdown, spoken, with "more time" and "I am done" (the header's "Olen
//! valmis" too). At the end the open answer is saved, the session ends and the screen is
//! wiped in the browser, also with the network down: then the sign-out is retried, and the
//! next touch posts a real sign-out form first. Typing alone keeps the session alive.

use crate::i18n::{tr, tr_args, Lang};
use crate::ui::browser;
use leptos::prelude::*;

/// Texts the island needs, made on the server in the user's language.
fn texts(lang: Lang, remaining: i64) -> String {
    tr_args(lang, "kiosk-seconds", &[("count", remaining.into())])
}

#[island]
pub fn KioskTimer(
    idle_seconds: i64,
    warn_seconds: i64,
    lang: Lang,
    speech: bool,
    sign_out_url: String,
) -> impl IntoView {
    let remaining = RwSignal::new(idle_seconds);
    let warned = RwSignal::new(false);
    let url = StoredValue::new(sign_out_url);
    let wipe_title = tr(lang, "kiosk-invite");
    let wipe_text = tr(lang, "timeout-notice");
    let wipe = StoredValue::new((wipe_title, wipe_text));

    let finish = move |timeout: bool| {
        let (title, text) = wipe.get_value();
        browser::end_session(url.get_value(), timeout, title, text);
    };

    Effect::new(move |_| {
        browser::take_over_sign_out_form(move || finish(false));
        browser::watch_activity(move || {
            if !warned.get_untracked() {
                remaining.set(idle_seconds);
            }
        });
        let handle = set_interval_with_handle(
            move || {
                let left = remaining.get_untracked() - 1;
                remaining.set(left);
                if left <= warn_seconds && !warned.get_untracked() {
                    warned.set(true);
                    if speech {
                        browser::speak(lang, crate::speech::lists::KIOSK_WARNING);
                    }
                }
                if left == 0 {
                    finish(true);
                }
            },
            std::time::Duration::from_secs(1),
        );
        if let Ok(handle) = handle {
            on_cleanup(move || handle.clear());
        }
    });

    let more_time = move |_| {
        warned.set(false);
        remaining.set(idle_seconds);
        browser::keep_alive();
    };
    view! {
        <div class="kiosk-timer" role="alertdialog" aria-labelledby="kiosk-warning" hidden=move || !warned.get()>
            <p id="kiosk-warning" class="kiosk-warning">{tr(lang, "kiosk-warning")}</p>
            <p class="kiosk-count" aria-hidden="true">{move || texts(lang, remaining.get().max(0))}</p>
            <div class="kiosk-actions">
                <button type="button" class="button" on:click=more_time>{tr(lang, "more-time")}</button>
                <button type="button" class="button button-secondary" on:click=move |_| finish(false)>
                    {tr(lang, "done-button")}
                </button>
            </div>
        </div>
    }
}
