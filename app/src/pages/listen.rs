//! "Kuuntele" (listen): reads text aloud with audio made on this server. Without JavaScript it
//! is a link that opens the audio; with it the audio plays in the page, the text being read is
//! highlighted, and the same button stops it.

use crate::i18n::{tr, Lang};
use crate::symbols::Symbol;
use leptos::prelude::*;

/// The audio address of fixed interface texts (message ids).
pub fn message_audio(lang: Lang, ids: &[&str]) -> String {
    format!("/speech/{}/{}", lang.tag(), ids.join(","))
}

/// A listen button for the element with id `target`.
#[component]
pub fn Listen(
    src: String,
    target: String,
    #[prop(optional)] label: Option<String>,
) -> impl IntoView {
    let device = crate::prefs::use_device();
    let lang = crate::i18n::use_lang();
    device.prefs.speech.then(|| {
        view! {
            <ListenButton src target lang label=label.unwrap_or_else(|| tr(lang, "listen"))>
                <Symbol concept="listen"/>
            </ListenButton>
        }
    })
}

#[island]
fn ListenButton(
    src: String,
    target: String,
    lang: Lang,
    label: String,
    children: Children,
) -> impl IntoView {
    let playing = RwSignal::new(false);
    // The player is an element of the island, so nothing browser-only is made on the server.
    let player = NodeRef::<leptos::html::Audio>::new();
    let target = StoredValue::new(target);
    // Only `Copy` values are captured, so the closure can be used in several handlers.
    let highlight = move |on: bool| {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| target.with_value(|id| d.get_element_by_id(id)));
        if let Some(element) = element {
            let _ = if on {
                element.class_list().add_1("reading")
            } else {
                element.class_list().remove_1("reading")
            };
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let Some(audio) = player.get() else { return };
        if playing.get_untracked() {
            let _ = audio.pause();
            audio.set_current_time(0.0);
            playing.set(false);
            highlight(false);
        } else {
            let _ = audio.play();
            playing.set(true);
            highlight(true);
        }
    };
    let on_ended = move |_| {
        playing.set(false);
        highlight(false);
    };
    let stop_label = tr(lang, "stop-listening");
    view! {
        <a
            class="button button-listen"
            href=src.clone()
            role="button"
            on:click=on_click
            aria-pressed=move || if playing.get() { "true" } else { "false" }
        >
            {children()}
            {move || if playing.get() { stop_label.clone() } else { label.clone() }}
        </a>
        <audio node_ref=player src=src preload="none" on:ended=on_ended></audio>
    }
}
