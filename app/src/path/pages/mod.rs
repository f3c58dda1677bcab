//! The path's pages: the panel on the home page, the explanation page, the client's earlier
//! periods and the worker's path page.

pub mod explain;
pub mod now;
pub mod periods;
pub mod worker;

use crate::i18n::t;
use leptos::prelude::*;

/// The link to "Mikä on henkilökohtainen budjetti?", shown wherever the path's words are.
#[component]
pub fn ExplainLink() -> impl IntoView {
    view! {
        <p class="explain-link">
            <a href=explain::PAGE><crate::symbols::Symbol concept="help"/>{t("about-hb-title")}</a>
        </p>
    }
}
