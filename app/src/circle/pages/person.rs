//! Adds or changes one person or thing of the circle: a name or a role, and how close they
//! are. A saved new person goes on to what they help with. The change page can also take the
//! person away.

use crate::circle::api::{load_circle_person, SaveCirclePerson};
use crate::circle::closeness::Closeness;
use crate::circle::person::PersonError;
use crate::circle::view::PersonPageData;
use crate::i18n::{t, tr, use_lang};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::frame::{BackLink, Frame};
use crate::wellbeing::pages::scale_field::option;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

/// The person number in the page's address (0: a new person).
pub fn person_param() -> i64 {
    use_params_map()
        .get_untracked()
        .get("no")
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[component]
pub fn PersonPage() -> impl IntoView {
    let no = person_param();
    crate::ui::await_page(move || load_circle_person(no), render)
}

fn render(data: PersonPageData) -> impl IntoView {
    let lang = use_lang();
    if data.missing {
        return super::helps::missing().into_any();
    }
    let no = data.person.as_ref().map_or(0, |p| p.person_id);
    let version = data.person.as_ref().map_or(0, |p| p.version);
    let message = |e: PersonError| tr(lang, e.message_id());
    let name_error = data
        .error
        .filter(|e| *e != PersonError::ClosenessMissing)
        .map(message);
    let ring_error = data
        .error
        .filter(|e| *e == PersonError::ClosenessMissing)
        .map(message);
    let errors: Vec<(String, String)> = data
        .error
        .map(|e| (e.field().to_owned(), message(e)))
        .into_iter()
        .collect();
    let chosen = data.form.closeness.clone();
    let rings = Closeness::ALL
        .into_iter()
        .map(|c| {
            let checked = chosen.as_deref() == Some(c.as_str());
            option(
                "closeness",
                c.as_str().to_owned(),
                format!("closeness_{}", c.as_str()),
                checked,
                c.concept(),
                c.word_id(),
            )
        })
        .collect_view();
    let title = if no == 0 {
        t("circle-add")
    } else {
        t("circle-person-title")
    };
    let name_invalid = name_error.is_some();
    let ring_invalid = ring_error.is_some();
    let remove = (no != 0).then(|| view! {
        <form method="post" action=SaveCirclePerson::url() class="remove-form">
            <input type="hidden" name="no" value=no.to_string()/>
            <input type="hidden" name="version" value=version.to_string()/>
            <input type="hidden" name="idem" value=format!("{}-remove", data.idem)/>
            <input type="hidden" name="remove" value="1"/>
            <button type="submit" class="button button-secondary"><Symbol concept="no"/>{t("circle-remove")}</button>
        </form>
    });
    view! {
        <Frame title=title.clone() error=!errors.is_empty() signed_in=true listen=lists::CIRCLE_PERSON>
            <BackLink href="/circle".to_owned()/>
            <ErrorSummary errors/>
            <h1><Symbol concept="helpers"/>{title}</h1>
            <form method="post" action=SaveCirclePerson::url() novalidate class="question">
                <input type="hidden" name="no" value=no.to_string()/>
                <input type="hidden" name="version" value=version.to_string()/>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <div class=if name_invalid { "field field-error" } else { "field" }>
                    <label for="name" class="label">{t("circle-name-label")}</label>
                    <p id="name-hint" class="hint">{t("circle-name-hint")}</p>
                    {error_line("name-error".to_owned(), name_error)}
                    <input type="text" id="name" name="name" class="input" autocomplete="off"
                        value=data.form.name.clone()
                        aria-describedby=if name_invalid { "name-hint name-error" } else { "name-hint" }
                        aria-invalid=if name_invalid { "true" } else { "false" }/>
                </div>
                <fieldset class=if ring_invalid { "fieldset field-error" } else { "fieldset" }
                    aria-describedby=if ring_invalid { "closeness-error" } else { "" }>
                    <legend class="label">{t("circle-closeness-legend")}</legend>
                    {error_line("closeness-error".to_owned(), ring_error)}
                    <div class="scale-options">{rings}</div>
                </fieldset>
                <button type="submit" class="button"><Symbol concept="save"/>{t("circle-save")}</button>
            </form>
            {remove}
        </Frame>
    }
    .into_any()
}
