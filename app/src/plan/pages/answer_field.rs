//! A text box that tells, while the user types, how many letters are still allowed, and keeps
//! what is typed on the server as a draft a moment after typing stops. The server renders the
//! same count, so the page is complete without JavaScript; the island only keeps the count live
//! and saves early (without it, "Jatka" saves).

use crate::i18n::{tr_args, Lang};
use crate::plan::content::grapheme_len;
use leptos::prelude::*;

/// The message under a text box about its length.
pub fn count_message(lang: Lang, count: usize, max: usize) -> String {
    if count <= max {
        tr_args(lang, "count-left", &[("count", (max - count).into())])
    } else {
        tr_args(lang, "count-over", &[("count", (count - max).into())])
    }
}

#[island]
pub fn AnswerField(
    id: String,
    value: String,
    max: usize,
    rows: u32,
    described_by: String,
    invalid: bool,
    lang: Lang,
) -> impl IntoView {
    let (count, set_count) = signal(grapheme_len(&value));
    // Autosave: two seconds after the last key, what is typed is kept on the server.
    let pending_save = StoredValue::new(None::<leptos::prelude::TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        set_count.set(grapheme_len(&event_target_value(&ev)));
        if let Some(handle) = pending_save.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            crate::ui::browser::autosave,
            std::time::Duration::from_secs(2),
        );
        pending_save.set_value(handle.ok());
    };
    let counter_id = format!("{id}-count");
    let described = format!("{described_by} {counter_id}").trim().to_owned();
    let over = move || count.get() > max;
    // Field names follow the server function's argument names (`goal_1`); ids keep dashes.
    let name = id.replace('-', "_");
    view! {
        <textarea
            id=id.clone()
            name=name
            rows=rows
            class="textarea"
            spellcheck="true"
            aria-describedby=described
            aria-invalid=if invalid { "true" } else { "false" }
            on:input=on_input
        >
            {value}
        </textarea>
        <p id=counter_id class="count" class:count-over=over aria-live="polite">
            {move || count_message(lang, count.get(), max)}
        </p>
    }
}
