//! "Apua": how to use Sopiva, how to sign in, what to do when the card is lost, whom to call,
//! how to leave a shared machine, and every process word explained. Linked from the same
//! place on every page (WCAG 3.2.6), and readable without signing in.

use crate::glossary::{Entry, Term};
use crate::i18n::t;
use crate::session::api::{load_start, StartPageData};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::Frame;
use leptos::prelude::*;

/// A heading and its text, each part of the help page.
fn part(symbol: &'static str, title: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <h2><Symbol concept=symbol/>{t(title)}</h2>
        <p>{t(text)}</p>
    }
}

#[component]
pub fn HelpPage() -> impl IntoView {
    // Whether someone is signed in: then the frame keeps "Olen valmis" and, at a kiosk, the
    // countdown, so opening help never leaves a session open without them.
    await_page(load_start, |data: StartPageData| render(data.signed_in))
}

fn render(signed_in: bool) -> impl IntoView {
    view! {
        <Frame title=t("help-title") signed_in listen=lists::HELP>
            <h1>{t("help-title")}</h1>
            <p>{t("help-intro")}</p>
            {part("continue", "help-use-title", "help-use-text")}
            {part("sign-in", "help-sign-in-title", "help-sign-in-text")}
            {part("card", "help-card-title", "help-card-text")}
            {part("worker", "help-call-title", "help-call-text")}
            {part("done", "help-done-title", "help-done-text")}
            <h2 id="words">{t("help-words-title")}</h2>
            {Term::ALL.into_iter().map(|term| view! { <Entry term/> }).collect_view()}
        </Frame>
    }
}
