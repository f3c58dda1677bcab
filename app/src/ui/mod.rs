//! Pages and the parts they share. Every page is a server-rendered document with plain forms;
//! nothing here needs JavaScript.

pub mod about;
pub mod browser;
pub mod code_field;
pub mod errors;
pub mod fields;
pub mod frame;
pub mod help;
pub mod lang_switch;
pub mod not_found;
pub mod panel;
pub mod start;

use crate::error::AppError;
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};
use std::future::Future;

/// Loads a page's data on the server before sending the page, then renders it, or renders
/// the error in plain words.
pub fn await_page<T, F, Fut, V>(fetch: F, render: fn(T) -> V) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let resource = Resource::new_blocking(|| (), move |_| fetch());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match resource.await {
                    Ok(data) => render(data).into_any(),
                    Err(error) => view! { <not_found::ErrorPage error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
