//! "Kuuntele" (listen): reads text aloud with audio made on this server. Without JavaScript it
//! is a link that opens the audio; with it the audio plays in the page, the text being read is
//! highlighted, and the same button stops it.

pub mod lists;

use crate::i18n::{tr, Lang};
use crate::symbols::Symbol;
use leptos::prelude::*;
use lists::ListenList;

/// The audio address of fixed interface texts. Only lists from `lists` can be read, because
/// the server answers no other combination.
pub fn message_audio(lang: Lang, list: ListenList) -> String {
    format!("/speech/{}/{}", lang.tag(), list.joined())
}

/// The text of messages as they are read aloud: one sentence after another.
pub fn message_text(lang: Lang, list: ListenList) -> String {
    list.ids()
        .iter()
        .map(|id| tr(lang, id))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A listen button for the element with id `target`. `text` is what is read when the person
/// chose the browser's own voice and the browser has one on the device for the language.
#[component]
pub fn Listen(
    src: String,
    text: String,
    target: String,
    #[prop(optional)] label: Option<String>,
) -> impl IntoView {
    let device = crate::settings::use_device();
    let lang = crate::i18n::use_lang();
    device.prefs.speech.then(|| {
        view! {
            <ListenButton
                src
                text
                target
                lang
                browser_voice=device.prefs.browser_voice
                label=label.unwrap_or_else(|| tr(lang, "listen"))
            >
                <Symbol concept="listen"/>
            </ListenButton>
        }
    })
}

/// The browser's own voice, used only when it runs on the device: a network voice would send
/// the text (perhaps the client's plan) to someone else's server.
mod local_voice {
    use wasm_bindgen::JsCast;

    fn synthesis() -> Option<web_sys::SpeechSynthesis> {
        web_sys::window().and_then(|w| w.speech_synthesis().ok())
    }

    fn voice_for(tag: &str) -> Option<web_sys::SpeechSynthesisVoice> {
        let voices = synthesis()?.get_voices();
        voices
            .iter()
            .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
            .find(|v| v.local_service() && v.lang().to_lowercase().starts_with(tag))
    }

    /// Speaks the text; `false` when there is no on-device voice for the language.
    pub fn speak(tag: &str, text: &str, on_end: impl Fn() + 'static) -> bool {
        let (Some(synthesis), Some(voice)) = (synthesis(), voice_for(tag)) else {
            return false;
        };
        let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
            return false;
        };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(tag);
        utterance.set_rate(0.9);
        let ended = wasm_bindgen::closure::Closure::<dyn Fn()>::new(on_end);
        utterance.set_onend(Some(ended.as_ref().unchecked_ref()));
        ended.forget();
        synthesis.cancel();
        synthesis.speak(&utterance);
        true
    }

    pub fn stop() {
        if let Some(synthesis) = synthesis() {
            synthesis.cancel();
        }
    }
}

#[island]
fn ListenButton(
    src: String,
    text: String,
    target: String,
    lang: Lang,
    browser_voice: bool,
    label: String,
    children: Children,
) -> impl IntoView {
    let playing = RwSignal::new(false);
    // The player is an element of the island, so nothing browser-only is made on the server.
    let player = NodeRef::<leptos::html::Audio>::new();
    let target = StoredValue::new(target);
    let text = StoredValue::new(text);
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
    let finished = move || {
        playing.set(false);
        highlight(false);
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if playing.get_untracked() {
            local_voice::stop();
            if let Some(audio) = player.get() {
                let _ = audio.pause();
                audio.set_current_time(0.0);
            }
            finished();
            return;
        }
        let spoken_here =
            browser_voice && text.with_value(|t| local_voice::speak(lang.tag(), t, finished));
        if !spoken_here {
            let Some(audio) = player.get() else { return };
            let _ = audio.play();
        }
        playing.set(true);
        highlight(true);
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
        <audio node_ref=player src=src preload="none" on:ended=move |_| finished()></audio>
    }
}
