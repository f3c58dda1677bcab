//! Finding one's way on a long caseload: the search by name (a plain GET form), how many
//! clients there are, and links to the previous and next page. Plain HTML: all of it works
//! without JavaScript.

use super::paging::{page_count, CaseloadView};
use crate::i18n::{t, tr_args, use_lang};
use crate::ui::fields::TextField;
use leptos::prelude::*;

/// The search form, then how many clients the list has and which page this is.
pub fn find_and_count(view: &CaseloadView, total: i64) -> impl IntoView {
    let lang = use_lang();
    let page = view.page.get();
    let pages = page_count(total);
    let searching = view.find.is_some();
    let found_text = view
        .find
        .as_ref()
        .map(|f| f.as_str().to_owned())
        .unwrap_or_default();
    // A worker without clients has nothing to find.
    let form = (searching || total > 0).then(|| {
        view! {
            <form method="get" action="/worker" role="search" class="caseload-find" novalidate>
                <TextField id="find" label_id="caseload-find" value=found_text error=None autocomplete="off"/>
                <button type="submit" class="button">{t("caseload-find-button")}</button>
            </form>
        }
    });
    let count = if searching {
        let id = if total == 0 {
            "caseload-none-found"
        } else {
            "caseload-found"
        };
        view! {
            <p role="status">{tr_args(lang, id, &[("count", total.into())])}</p>
            <p><a href="/worker">{t("caseload-show-all")}</a></p>
        }
        .into_any()
    } else if total == 0 {
        view! { <p>{t("worker-no-clients")}</p> }.into_any()
    } else {
        view! {
            <p>{tr_args(lang, "caseload-count", &[("count", total.into())])}</p>
            <p>{t("caseload-action-first")}</p>
        }
        .into_any()
    };
    let where_on = (pages > 1).then(|| {
        view! {
            <p>{tr_args(lang, "caseload-page", &[("page", page.into()), ("pages", pages.into())])}</p>
        }
    });
    view! { {form} {count} {where_on} }
}

/// Links to the previous and next page of the same list, when there are more pages.
pub fn page_links(view: &CaseloadView, total: i64) -> impl IntoView {
    let page = view.page.get();
    let pages = page_count(total);
    let previous = (page > 1).then(|| {
        view! { <a class="button button-secondary" rel="prev" href=view.href(page - 1)>{t("caseload-previous")}</a> }
    });
    let next = (page < pages).then(|| {
        view! { <a class="button button-secondary" rel="next" href=view.href(page + 1)>{t("caseload-next")}</a> }
    });
    (pages > 1).then(|| {
        view! {
            <nav class="log-pages" aria-label=t("caseload-pages")>{previous}" "{next}</nav>
        }
    })
}
