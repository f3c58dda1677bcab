//! The browser bundle: it only wakes up the interactive islands of the server-rendered pages.
//! Every page works without it; see `app` for what the islands add.

// The islands are exported from `app`; naming the crate makes sure it is linked into the
// bundle even though no item of it is called from here.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
