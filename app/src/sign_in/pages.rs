//! The picture PIN page: a grid of twelve pictures, pressed one at a time. Each press is a
//! plain form post, so it works without JavaScript and with any pointer or switch; the
//! pictures chosen so far stay on the server and only their number is shown.

use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr_args, use_lang};
use crate::sign_in::api::{load_pictures, PickPicture, PicturesPageData};
use crate::sign_in::{PictureMode, PictureNotice, PICTURES};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::errors::ErrorSummary;
use crate::ui::frame::Frame;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn PicturesPage() -> impl IntoView {
    await_page(load_pictures, render)
}

fn render(data: PicturesPageData) -> impl IntoView {
    let lang = use_lang();
    let notice = use_notice::<PictureNotice>();
    let (title_id, hint_id, listen) = match data.mode {
        PictureMode::SignIn => ("pictures-title", "pictures-hint", lists::PICTURES_SIGN_IN),
        PictureMode::Choose => (
            "pictures-choose-title",
            "pictures-choose-hint",
            lists::PICTURES_CHOOSE,
        ),
        PictureMode::Confirm => (
            "pictures-confirm-title",
            "pictures-confirm-hint",
            lists::PICTURES_CONFIRM,
        ),
    };
    let message = match notice {
        Some(PictureNotice::Wait(seconds)) => Some(tr_args(
            lang,
            PictureNotice::Wait(seconds).message_id(),
            &[("minutes", ((seconds + 59) / 60).into())],
        )),
        Some(PictureNotice::Again) | None => None,
        Some(other) => Some(t(other.message_id())),
    };
    let is_error = message.is_some();
    let errors = message
        .clone()
        .map(|m| vec![("pictures".to_owned(), m)])
        .unwrap_or_default();
    let again = (notice == Some(PictureNotice::Again)).then(|| {
        view! { <p class="notice" role="status">{t(PictureNotice::Again.message_id())}</p> }
    });
    let progress = tr_args(
        lang,
        "pictures-progress",
        &[("chosen", data.chosen.into()), ("total", 4.into())],
    );
    let dots = (0..4)
        .map(|i| {
            let class = if i < data.chosen {
                "pin-dot pin-dot-full"
            } else {
                "pin-dot"
            };
            view! { <span class=class aria-hidden="true"></span> }
        })
        .collect_view();
    view! {
        <Frame title=t(title_id) error=is_error signed_in=false signing_in=true listen>
            <ErrorSummary errors/>
            {again}
            <h1>{t(title_id)}</h1>
            <p class="hint" id="pictures-hint">{t(hint_id)}</p>
            <p class="pin-progress" role="status">{dots}<span>{progress}</span></p>
            <form method="post" action=PickPicture::url() class="pin-form" id="pictures">
                <ul class="pin-grid" aria-describedby="pictures-hint">
                    {PICTURES.iter().map(|(name, concept)| {
                        view! {
                            <li>
                                <button type="submit" name="pick" value=*name class="pin-button">
                                    <Symbol concept=concept/>
                                    <span>{t(concept)}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="pin-actions">
                    <button type="submit" name="pick" value="undo" class="button button-secondary">{t("pictures-undo")}</button>
                    <button type="submit" name="pick" value="restart" class="button button-secondary">{t("pictures-restart")}</button>
                </p>
            </form>
            <p><a href="/">{t("pictures-cancel")}</a></p>
        </Frame>
    }
}
