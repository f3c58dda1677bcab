//! The kiosk's idle countdown. Before the idle limit a large countdown appears (and is
//! spoken), with "more time" and "I am done". When time runs out the open answer is saved on
//! the server, the session ends, and the screen is wiped to the start screen — also when the
//! network is down, because the wipe happens in the browser. Typing keeps the session alive on
//! the server too; nothing else does.

use crate::i18n::{tr, tr_args, Lang};
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
                        browser::speak(lang.tag(), "kiosk-warning");
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

/// What the timer does in the browser. Nothing here runs on the server: it is only called
/// from effects and event handlers, which run after hydration.
mod browser {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    /// Calls `on_activity` on a key press, a touch or typing. After one, a request tells the
    /// server that the person is still here, at most every 20 seconds.
    pub fn watch_activity(on_activity: impl Fn() + Clone + 'static) {
        use leptos::ev;
        use leptos::prelude::window_event_listener;
        let last_ping = std::rc::Rc::new(std::cell::Cell::new(0.0_f64));
        for kind in ["keydown", "pointerdown", "input"] {
            let on_activity = on_activity.clone();
            let last_ping = last_ping.clone();
            let handler = move |_: web_sys::Event| {
                on_activity();
                let now = js_sys::Date::now();
                if now - last_ping.get() > 20_000.0 {
                    last_ping.set(now);
                    keep_alive();
                }
            };
            // The listeners live as long as the page; the page is replaced when the session ends.
            std::mem::forget(window_event_listener(
                ev::Custom::<web_sys::Event>::new(kind),
                handler,
            ));
        }
    }

    /// Sends URL-encoded fields as a plain form would, and fails unless the answer is a success.
    async fn post(url: &str, fields: &str) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        let headers = web_sys::Headers::new()?;
        headers.set("Accept", "text/html")?;
        headers.set("Content-Type", "application/x-www-form-urlencoded")?;
        init.set_body(&JsValue::from_str(fields));
        init.set_headers(&headers);
        let request = web_sys::Request::new_with_str_and_init(url, &init)?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
            .await?
            .dyn_into()?;
        if response.ok() {
            Ok(())
        } else {
            Err(JsValue::from_f64(f64::from(response.status())))
        }
    }

    /// Tells the server the person is active, so the kiosk session does not end under them.
    pub fn keep_alive() {
        wasm_bindgen_futures::spawn_local(async {
            let _ = post("/api/still_here", "").await;
        });
    }

    /// Plays the server's speech for a message.
    pub fn speak(lang: &str, message_id: &str) {
        if let Ok(audio) =
            web_sys::HtmlAudioElement::new_with_src(&format!("/speech/{lang}/{message_id}"))
        {
            let _ = audio.play();
        }
    }

    /// Saves the open answer, ends the session and goes to the start screen. If the server
    /// cannot be reached, the page is wiped here and waits for the next person.
    pub fn end_session(sign_out_url: String, timeout: bool, title: String, text: String) {
        wasm_bindgen_futures::spawn_local(async move {
            let saved = save_open_form().await;
            let fields = if timeout { "timeout=1" } else { "" };
            let signed_out = post(&sign_out_url, fields).await;
            let target = if timeout { "/?timeout=1" } else { "/?bye=1" };
            if saved.is_ok() && signed_out.is_ok() {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().replace(target);
                    return;
                }
            }
            wipe(&title, &text);
        });
    }

    async fn save_open_form() -> Result<(), JsValue> {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)?;
        let Some(form) = document.query_selector("form.question")? else {
            return Ok(());
        };
        let form: web_sys::HtmlFormElement = form.dyn_into()?;
        // Sent as a plain form would be (URL-encoded), so the server reads it the same way.
        let data = web_sys::FormData::new_with_form(&form)?;
        let fields = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data)?;
        post(&form.action(), &String::from(fields.to_string())).await
    }

    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    /// Replaces everything on the screen with the start invitation. A touch reloads the start page.
    fn wipe(title: &str, text: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(body) = window.document().and_then(|d| d.body()) {
            body.set_inner_html(&format!(
                "<main id=\"main\" class=\"wiped\"><h1>{}</h1><p>{}</p></main>",
                escape(title),
                escape(text)
            ));
            let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().replace("/");
                }
            });
            let _ = body
                .add_event_listener_with_callback("pointerdown", reload.as_ref().unchecked_ref());
            reload.forget();
        }
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("/"));
        }
    }
}
