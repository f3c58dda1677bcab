//! "En ole samaa mieltä": the client disagrees with a statement someone else wrote, with
//! their own words if they want. Kept for good; nobody else can remove it.

use crate::i18n::{t, tr, use_lang};
use crate::said::api::{load_disagree_page, Disagree, DisagreePageData, MAX_DISAGREE_GRAPHEMES};
use crate::said::pages::line::said_sentence;
use crate::said::DisagreeNotice;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn DisagreePage() -> impl IntoView {
    let params = use_params_map().get_untracked();
    let scope = params.get("scope").unwrap_or_default();
    let item = params.get("item").unwrap_or_default();
    let from = use_query_map().get_untracked().get("from");
    crate::ui::await_page(
        move || load_disagree_page(scope.clone(), item.clone(), from.clone()),
        render,
    )
}

fn render(data: DisagreePageData) -> impl IntoView {
    let lang = use_lang();
    let notice = crate::forms::notice::use_notice::<DisagreeNotice>();
    let error = notice.map(|n| {
        use crate::forms::notice::Notice;
        t(n.message_id())
    });
    let errors = error
        .clone()
        .map(|m| vec![("words".to_owned(), m)])
        .unwrap_or_default();
    let target = crate::said::target::parse(&data.scope, &data.item)
        .unwrap_or(crate::said::target::Target::Comment);
    let described = if error.is_some() {
        "words-hint words-error"
    } else {
        "words-hint"
    };
    view! {
        <Frame title=t("disagree-title") error=error.is_some() signed_in=true listen=lists::DISAGREE>
            <BackLink href=data.back.clone()/>
            <ErrorSummary errors/>
            <h1><Symbol concept="no"/>{t("disagree-title")}</h1>
            <div class="panel">
                <h2><Symbol concept=target.concept()/>{t(target.title_id())}</h2>
                <p>{said_sentence(lang, &data.mark)}</p>
            </div>
            <p>{t("disagree-intro")}</p>
            <form method="post" action=Disagree::url() novalidate>
                <input type="hidden" name="scope" value=data.scope.clone()/>
                <input type="hidden" name="item" value=data.item.clone()/>
                <input type="hidden" name="seen" value=data.mark.marked_at.to_string()/>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <input type="hidden" name="after" value=data.back.clone()/>
                <div class=if error.is_some() { "field field-error" } else { "field" }>
                    <label for="words" class="label">{t("disagree-words")}</label>
                    <p id="words-hint" class="hint">{tr(lang, "disagree-words-hint")}</p>
                    {error_line("words-error".to_owned(), error.clone())}
                    <textarea
                        id="words"
                        name="words"
                        rows="4"
                        class="textarea"
                        data-max=MAX_DISAGREE_GRAPHEMES.to_string()
                        aria-describedby=described
                        aria-invalid=if error.is_some() { "true" } else { "false" }
                    >
                        {data.words.clone()}
                    </textarea>
                </div>
                <button type="submit" class="button"><Symbol concept="no"/>{t("disagree-button")}</button>
            </form>
        </Frame>
    }
}
