//! The wellbeing page of one client: the period, each round (open, finished and by whom, or
//! opening later), the change once both wellbeing rounds are in, and Kykyviisari results.

use crate::dates::format_date;
use crate::forms::notice::{use_notice, Notice};
use crate::glossary::{Explain, Term};
use crate::i18n::{t, tr, tr_args, use_lang, Lang};
use crate::people::PersonKind;
use crate::said::pages::line::SaidLine;
use crate::said::Marks;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::frame::{BackLink, Frame};
use crate::wellbeing::api::load_wellbeing;
use crate::wellbeing::items::RoundKind;
use crate::wellbeing::kykyviisari::KykyView;
use crate::wellbeing::kykyviisari::AREAS;
use crate::wellbeing::view::{OverviewData, RoundState};
use crate::wellbeing::WellbeingNotice;
use leptos::prelude::*;

#[component]
pub fn WellbeingPage() -> impl IntoView {
    crate::ui::await_page(load_wellbeing, render)
}

fn round_line(
    lang: Lang,
    kind: RoundKind,
    state: RoundState,
    may_answer: bool,
    marks: &Marks,
) -> impl IntoView {
    let title = tr(lang, kind.title_id());
    let what = match state {
        RoundState::NotOpen => view! { <p>{t("wellbeing-not-open")}</p> }.into_any(),
        RoundState::Open(href) if may_answer => view! {
            <p><a class="button" href=href><Symbol concept="continue"/>{t("wellbeing-answer")}</a></p>
        }
        .into_any(),
        RoundState::Open(_) => view! { <p>{t("wellbeing-open")}</p> }.into_any(),
        RoundState::Finished(by, comment) => {
            let who = by.map(|by| {
                let id = by.message_id();
                tr_args(lang, id, &[("name", by.actor.name.into())])
            });
            let comment =
                comment.map(|c| tr_args(lang, "survey-comment-shown", &[("comment", c.into())]));
            // Whose words the comment is: the survey's comment is its only marked statement.
            let said = (comment.is_some() && kind == RoundKind::Survey).then(|| {
                view! { <SaidLine marks=marks.clone() item=crate::said::target::COMMENT/> }
            });
            view! {
                <p><Symbol concept="saved"/>{t("wellbeing-done")}</p>
                {who.map(|w| view! { <p>{w}</p> })}
                {comment.map(|c| view! { <p>{c}</p> })}
                {said}
            }
            .into_any()
        }
    };
    view! { <li><h3>{title}</h3>{what}</li> }
}

fn kyky_list(lang: Lang, results: Vec<KykyView>) -> impl IntoView {
    results
        .into_iter()
        .map(|r| {
            let date = format_date(lang, r.taken_on);
            let heading = tr_args(lang, "kyky-result-heading", &[("date", date.into())]);
            let overall = tr_args(lang, "kyky-overall-value", &[("value", r.overall.into())]);
            let areas = AREAS
                .iter()
                .zip(r.areas)
                .map(|((_, name), value)| {
                    view! { <li>{tr_args(lang, "kyky-area-value", &[("area", tr(lang, name).into()), ("value", value.into())])}</li> }
                })
                .collect_view();
            let by = tr_args(lang, "kyky-entered-by", &[("name", r.entered_by_name.into())]);
            view! {
                <section class="kyky-result">
                    <h3>{heading}</h3>
                    <p><strong>{overall}</strong></p>
                    <ul>{areas}</ul>
                    <p class="hint">{by}</p>
                </section>
            }
        })
        .collect_view()
}

fn render(data: OverviewData) -> impl IntoView {
    let lang = use_lang();
    let title = tr_args(
        lang,
        "wellbeing-title",
        &[("name", data.client_name.clone().into())],
    );
    let notice = use_notice::<WellbeingNotice>().map(|n| {
        let role = if matches!(n, WellbeingNotice::Saved | WellbeingNotice::KykySaved) {
            "status"
        } else {
            "alert"
        };
        view! { <p class="notice" role=role>{t(n.message_id())}</p> }
    });
    let period = data.period.map(|p| {
        let args = [
            ("start", format_date(lang, p.start).into()),
            ("end", format_date(lang, p.end).into()),
        ];
        view! { <p>{tr_args(lang, "wellbeing-period", &args)}</p> }
    });
    let may_answer = data.may_answer;
    let rounds = data
        .rounds
        .into_iter()
        .map(|(kind, state)| round_line(lang, kind, state, may_answer, &data.marks))
        .collect_view();
    let has_kyky = !data.kyky.is_empty();
    view! {
        <Frame title=title.clone() signed_in=true listen=lists::WELLBEING>
            <BackLink href="/home".to_owned()/>
            <h1><Symbol concept="wellbeing"/>{title}</h1>
            {notice}
            <p>{t("wellbeing-intro")}</p>
            <Explain term=Term::Budget/>
            {period.unwrap_or_else(|| view! { <p>{t("wellbeing-no-period")}</p> })}
            <ul class="plain-list wellbeing-rounds">{rounds}</ul>
            {data.has_change.then(|| view! {
                <p><a class="button" href="/wellbeing/change"><Symbol concept="wb-change-better"/>{t("wb-change-link")}</a></p>
            })}
            {(has_kyky || data.may_record_kyky).then(|| view! { <h2>{t("kyky-title")}</h2> })}
            {kyky_list(lang, data.kyky)}
            {data.may_record_kyky.then(|| view! {
                <p><a href="/wellbeing/kykyviisari"><Symbol concept="kykyviisari"/>{t("kyky-record-link")}</a></p>
            })}
            {(data.viewer == PersonKind::Worker).then(|| view! {
                <p><a href="/worker/summary"><Symbol concept="wb-summary"/>{t("wb-summary-title")}</a></p>
            })}
        </Frame>
    }
}
