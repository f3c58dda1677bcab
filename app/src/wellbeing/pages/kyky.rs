//! The worker's form for a Kykyviisari result the client filled in elsewhere: its date, the
//! overall figure and the five areas, each 0 to 10. A refused form keeps what was typed.

use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr, tr_args, use_lang};
use crate::speech::lists;
use crate::ui::errors::ErrorSummary;
use crate::ui::fields::TextField;
use crate::ui::frame::{BackLink, Frame};
use crate::wellbeing::api::{load_kykyviisari, SaveKykyviisari};
use crate::wellbeing::kykyviisari::KykyPageData;
use crate::wellbeing::kykyviisari::AREAS;
use crate::wellbeing::WellbeingNotice;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn KykyviisariPage() -> impl IntoView {
    crate::ui::await_page(load_kykyviisari, render)
}

fn render(data: KykyPageData) -> impl IntoView {
    let lang = use_lang();
    let title = tr_args(
        lang,
        "kyky-form-title",
        &[("name", data.client_name.clone().into())],
    );
    let texts: Vec<(String, String)> = data
        .errors
        .iter()
        .map(|(f, e)| (f.clone(), tr(lang, e.message_id())))
        .collect();
    let error_of = move |field: &str| {
        texts
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, message)| message.clone())
    };
    let mut errors: Vec<(String, String)> = data
        .errors
        .iter()
        .map(|(f, e)| (f.clone(), tr(lang, e.message_id())))
        .collect();
    if let Some(n) = use_notice::<WellbeingNotice>().filter(|n| *n == WellbeingNotice::Resent) {
        errors.push(("taken_on".to_owned(), tr(lang, n.message_id())));
    }
    let areas = AREAS
        .iter()
        .map(|(field, label)| {
            let (value, error) = (data.form.value(field), error_of(field));
            view! { <TextField id=*field label_id=label value error/> }
        })
        .collect_view();
    let (date, date_error) = (data.form.value("taken_on"), error_of("taken_on"));
    let (overall, overall_error) = (data.form.value("overall"), error_of("overall"));
    view! {
        <Frame title=title.clone() error=!errors.is_empty() signed_in=true listen=lists::KYKYVIISARI>
            <BackLink href="/wellbeing".to_owned()/>
            <ErrorSummary errors/>
            <h1>{title}</h1>
            <p>{t("kyky-form-intro")}</p>
            <form method="post" action=SaveKykyviisari::url() novalidate>
                <input type="hidden" name="idem" value=data.idem.clone()/>
                <TextField id="taken_on" label_id="kyky-date-label" value=date error=date_error/>
                <p class="hint">{t("kyky-date-hint")}</p>
                <TextField id="overall" label_id="kyky-overall-label" value=overall error=overall_error/>
                <fieldset class="fieldset">
                    <legend class="label">{t("kyky-areas-legend")}</legend>
                    {areas}
                </fieldset>
                <button type="submit" class="button">{t("save")}</button>
            </form>
        </Frame>
    }
}
