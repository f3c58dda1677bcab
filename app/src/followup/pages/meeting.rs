//! The worker's follow-up page, opened with the client at the meeting: the client's answers,
//! the notes and the agreed change ("Tallenna seuranta"), and the follow-up dates with a form
//! to add one.

use super::parts::{next_sentence, AnswersView};
use crate::dates::format_date;
use crate::followup::api::{load_follow_up_meeting, AddFollowUpDate, CompleteFollowUp};
use crate::followup::{FollowUpNotice, MeetingData};
use crate::forms::notice::{use_notice, Notice};
use crate::i18n::{t, tr_args, use_lang};
use crate::plan::section::Section;
use crate::speech::lists;
use crate::ui::await_page;
use crate::ui::errors::{error_line, ErrorSummary};
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn MeetingPage() -> impl IntoView {
    await_page(load_follow_up_meeting, render)
}

fn render(data: MeetingData) -> impl IntoView {
    let lang = use_lang();
    let notice = use_notice::<FollowUpNotice>();
    let date_error = notice
        .filter(|n| matches!(n, FollowUpNotice::DateWrong | FollowUpNotice::DateTaken))
        .map(|n| t(n.message_id()));
    let date_added = (notice == Some(FollowUpNotice::DateAdded))
        .then(|| view! { <p class="notice" role="status">{t("followup-date-added")}</p> });
    let error_of = |field: &str| {
        data.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, e)| t(e.message_id()))
    };
    let mut errors: Vec<(String, String)> = data
        .errors
        .iter()
        .map(|(f, e)| (f.clone(), t(e.message_id())))
        .collect();
    if let Some(e) = &date_error {
        errors.push(("due_on".to_owned(), e.clone()));
    }
    let title = tr_args(
        lang,
        "followup-meeting-title",
        &[("name", data.client_name.clone().into())],
    );
    let chosen = data.input.change_section.clone();
    let field_class = |e: &Option<String>| {
        if e.is_some() {
            "field field-error"
        } else {
            "field"
        }
    };
    let (notes_error, section_error, text_error) = (
        error_of("notes"),
        error_of("change_section"),
        error_of("change_text"),
    );
    let form = data.next.map(|next| view! {
        <p class="lead">{next_sentence(lang, &next)}</p>
        <h2>{t("followup-meeting-answers")}</h2>
        <AnswersView content=data.content.clone() level=3 marks=data.marks.clone()/>
        <form method="post" action=CompleteFollowUp::url() novalidate id="meeting">
            <input type="hidden" name="version" value=data.version.to_string()/>
            <input type="hidden" name="idem" value=data.idem.clone()/>
            <h2>{t("followup-meeting-form")}</h2>
            <div class=field_class(&notes_error)>
                <label for="notes" class="label">{t("followup-notes-label")}</label>
                {error_line("notes-error".to_owned(), notes_error.clone())}
                <textarea id="notes" name="notes" rows="5" class="textarea" spellcheck="true"
                    aria-invalid=if notes_error.is_some() { "true" } else { "false" }>{data.input.notes.clone()}</textarea>
            </div>
            <div class=field_class(&section_error)>
                <label for="change_section" class="label">{t("followup-change-section-label")}</label>
                {error_line("change_section-error".to_owned(), section_error.clone())}
                <select id="change_section" name="change_section" class="input">
                    <option value="" selected=chosen.is_empty()>{t("followup-change-none")}</option>
                    {Section::ALL.into_iter().map(|s| view! {
                        <option value=s.slug() selected=chosen == s.slug()>{t(s.title_id())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class=field_class(&text_error)>
                <label for="change_text" class="label">{t("followup-change-text-label")}</label>
                <p id="change_text-hint" class="hint">{t("followup-change-text-hint")}</p>
                {error_line("change_text-error".to_owned(), text_error.clone())}
                <textarea id="change_text" name="change_text" rows="3" class="textarea" spellcheck="true"
                    aria-describedby="change_text-hint">{data.input.change_text.clone()}</textarea>
            </div>
            <button type="submit" class="button">{t("followup-complete")}</button>
        </form>
    });
    view! {
        <Frame title=title.clone() error=!errors.is_empty() signed_in=true listen=lists::FOLLOWUP_MEETING>
            <BackLink href="/home".to_owned()/>
            <ErrorSummary errors/>
            <h1>{title}</h1>
            <p>{t("followup-meeting-intro")}</p>
            {match form {
                Some(form) => form.into_any(),
                None => view! { <p>{t("followup-meeting-none")}</p> }.into_any(),
            }}
            <section aria-labelledby="dates-title" id="dates">
                <h2 id="dates-title">{t("followup-dates-title")}</h2>
                {date_added}
                <ul class="plain-list">
                    {data.dates.iter().map(|(date, done)| {
                        let id = if *done { "followup-date-done" } else { "followup-date-open" };
                        view! { <li>{tr_args(lang, id, &[("date", format_date(lang, *date).into())])}</li> }
                    }).collect_view()}
                </ul>
                <form method="post" action=AddFollowUpDate::url() novalidate>
                    <input type="hidden" name="idem" value=format!("{}-date", data.idem)/>
                    <div class=field_class(&date_error)>
                        <label for="due_on" class="label">{t("followup-add-date-label")}</label>
                        <p id="due_on-hint" class="hint">{t("followup-add-date-hint")}</p>
                        {error_line("due_on-error".to_owned(), date_error.clone())}
                        <input id="due_on" name="due_on" type="text" class="input" autocomplete="off"
                            aria-describedby="due_on-hint"/>
                    </div>
                    <button type="submit" class="button button-secondary">{t("followup-add-date")}</button>
                </form>
            </section>
            <p><a href="/followup/history">{t("followup-history-title")}</a></p>
        </Frame>
    }
}
