//! The browser bundle: it only wakes up the interactive islands of the server-rendered pages.
//! Every page works without it; see `app` for what the islands add.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
