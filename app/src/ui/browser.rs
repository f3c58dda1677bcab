//! What the islands do in the browser: send forms in the background, keep a kiosk session
//! alive, play speech, and wipe the screen. Nothing here runs on the server: these functions
//! are only called from effects and event handlers, which run after hydration.

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

/// Plays the server's speech for a list of messages.
pub fn speak(lang: crate::i18n::Lang, list: crate::speech::lists::ListenList) {
    if let Ok(audio) =
        web_sys::HtmlAudioElement::new_with_src(&crate::speech::message_audio(lang, list))
    {
        let _ = audio.play();
    }
}

/// Saves the open answer, ends the session and goes to the start screen. If the server
/// cannot be reached, the page is wiped here and waits for the next person.
pub fn end_session(sign_out_url: String, timeout: bool, title: String, text: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let saved = save_open_form("").await;
        let fields = if timeout { "timeout=1" } else { "" };
        let signed_out = post(&sign_out_url, fields).await;
        let target = if timeout { "/?timeout=1" } else { "/?bye=1" };
        if saved.is_ok() && signed_out.is_ok() {
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(target);
                return;
            }
        }
        wipe(&title, &text, &sign_out_url, timeout);
        if signed_out.is_err() {
            retry_sign_out(&sign_out_url, fields, target).await;
        }
    });
}

/// The network was down at sign-out: the session still lives on the server. Sends the
/// sign-out again every few seconds until the server has it, then shows the start page, so
/// the next person never finds the previous one signed in.
async fn retry_sign_out(url: &str, fields: &str, target: &str) {
    loop {
        let waited = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ =
                    window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 3_000);
            }
        });
        let _ = JsFuture::from(waited).await;
        if post(url, fields).await.is_ok() {
            if let Some(window) = web_sys::window() {
                let _ = window.location().replace(target);
            }
            return;
        }
    }
}

/// At a kiosk, "Olen valmis" in the page header ends the session like the countdown does:
/// the open answer is saved, and the screen is wiped even when the network is down.
pub fn take_over_sign_out_form(on_done: impl Fn() + 'static) {
    let Some(form) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("form.sign-out").ok().flatten())
    else {
        return;
    };
    let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
        move |event: web_sys::Event| {
            event.prevent_default();
            on_done();
        },
    );
    let _ = form.add_event_listener_with_callback("submit", handler.as_ref().unchecked_ref());
    // The listener lives as long as the page; the page is replaced when the session ends.
    handler.forget();
}

/// Sends the page's question form as it is now; `extra` adds fields such as `autosave=1`.
async fn save_open_form(extra: &str) -> Result<(), JsValue> {
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
    let mut body = String::from(fields.to_string());
    if !extra.is_empty() {
        body.push('&');
        body.push_str(extra);
    }
    post(&form.action(), &body).await
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Replaces everything on the screen with the start invitation. The next touch or key press
/// sends a real sign-out form before anything else loads, so even if the background sign-out
/// has not reached the server yet, the previous person's session ends first.
fn wipe(title: &str, text: &str, sign_out_url: &str, timeout: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(body) = window.document().and_then(|d| d.body()) {
        let timeout_field = if timeout {
            "<input type=\"hidden\" name=\"timeout\" value=\"1\">"
        } else {
            ""
        };
        body.set_inner_html(&format!(
            "<main id=\"main\" class=\"wiped\"><h1>{}</h1><p>{}</p>\
             <form id=\"wiped-sign-out\" method=\"post\" action=\"{}\" hidden>{}</form></main>",
            escape(title),
            escape(text),
            escape(sign_out_url),
            timeout_field
        ));
        let start = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
            let form = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("wiped-sign-out"))
                .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok());
            match form {
                Some(form) => {
                    let _ = form.submit();
                }
                None => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().replace("/");
                    }
                }
            }
        });
        for kind in ["pointerdown", "keydown"] {
            let _ = body.add_event_listener_with_callback(kind, start.as_ref().unchecked_ref());
        }
        start.forget();
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("/"));
    }
}

/// Saves what is typed so far as the section's draft, without leaving the page.
pub fn autosave() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = save_open_form("autosave=1").await;
    });
}
