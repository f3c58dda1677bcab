//! "Minun rahani": what the client has, has used and has left, when the period ends, whether
//! the money lasts, each support line with the wish it serves, and the spending list. Every
//! number is written out in words as well; the bar carries its amounts as text.

use crate::dates::format_date;
use crate::glossary::{Explain, Term};
use crate::i18n::{t, tr_args, use_lang, Lang};
use crate::money::amount::format_number;
use crate::money::amount::Cents;
use crate::money::api::load_money;
use crate::money::pace::Pace;
use crate::money::{MoneyTotals, MoneyView};
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::await_page;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;

/// An amount as words: "1 250 euroa".
pub fn euros(lang: Lang, cents: Cents) -> String {
    tr_args(
        lang,
        "money-euros",
        &[("amount", format_number(cents, lang == Lang::En).into())],
    )
}

#[component]
pub fn MoneyPage() -> impl IntoView {
    await_page(load_money, render)
}

pub fn big_number(
    lang: Lang,
    concept: &'static str,
    label_id: &'static str,
    cents: Cents,
) -> impl IntoView {
    view! {
        <div class="money-number">
            <Symbol concept=concept/>
            <p class="money-label">{t(label_id)}</p>
            <p class="money-value">{euros(lang, cents)}</p>
        </div>
    }
}

/// Where the period is, in three lines: the time gone, the money used and left in euros (no
/// fractions: "a quarter" is hard to read), and whether the money lasts.
pub fn pace_lines(lang: Lang, totals: &MoneyTotals) -> [String; 3] {
    let outcome = match totals.pace {
        Pace::OnTrack => "on_track",
        Pace::Fast => "fast",
        Pace::Slow => "slow",
    };
    [
        tr_args(
            lang,
            "money-pace-time",
            &[
                ("gone", totals.months_gone.into()),
                ("total", totals.months_total.into()),
            ],
        ),
        tr_args(
            lang,
            "money-pace-used",
            &[
                ("used", euros(lang, totals.used).into()),
                ("left", euros(lang, totals.left).into()),
            ],
        ),
        tr_args(lang, "money-pace", &[("outcome", outcome.into())]),
    ]
}

fn bar(lang: Lang, totals: &MoneyTotals) -> impl IntoView {
    let share = crate::money::pace::share(totals.used.0, totals.granted.0).min(10_000);
    // Widths are whole hundredths of a per cent: the style is layout only, the words carry
    // the meaning.
    let used_style = format!("width: {}.{:02}%", share / 100, share % 100);
    let label = tr_args(
        lang,
        "money-bar-label",
        &[
            ("used", euros(lang, totals.used).into()),
            ("left", euros(lang, totals.left).into()),
        ],
    );
    view! {
        <div class="money-bar" role="img" aria-label=label>
            <div class="money-bar-used" style=used_style>
                <span aria-hidden="true">{t("money-used")}" "{euros(lang, totals.used)}</span>
            </div>
            <div class="money-bar-left">
                <span aria-hidden="true">{t("money-left")}" "{euros(lang, totals.left)}</span>
            </div>
        </div>
    }
}

fn render(data: MoneyView) -> impl IntoView {
    let lang = use_lang();
    let title = if data.is_client {
        t("money-title")
    } else {
        tr_args(
            lang,
            "money-title-other",
            &[("name", data.client_name.clone().into())],
        )
    };
    let Some(totals) = data.decision.clone() else {
        return view! {
            <Frame title=title.clone() signed_in=true listen=lists::MONEY_NONE>
                <BackLink href="/home".to_owned()/>
                <h1>{title}</h1>
                <p>{t("money-none")}</p>
                <Explain term=Term::Decision/>
            </Frame>
        }
        .into_any();
    };
    let ends = tr_args(
        lang,
        "money-ends",
        &[("date", format_date(lang, totals.period_end).into())],
    );
    // Follow-up (issue 12): the next date, and the invitation to prepare when it is near.
    let follow_up = totals.next_follow_up.map(|d| {
        let next = crate::followup::NextFollowUp::on(d, crate::dates::today());
        view! { <crate::followup::pages::parts::NextFollowUpLine next may_write=data.is_client/> }
    });
    view! {
        <Frame title=title.clone() signed_in=true listen=lists::MONEY>
            <BackLink href="/home".to_owned()/>
            <h1>{title}</h1>
            <div class="money-numbers">
                {big_number(lang, "money", "money-granted", totals.granted)}
                {big_number(lang, "used", "money-used", totals.used)}
                {big_number(lang, "left", "money-left", totals.left)}
            </div>
            <p><Symbol concept="date"/>{ends}</p>
            {follow_up}
            {bar(lang, &totals)}
            <div class="money-pace">
                {pace_lines(lang, &totals).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </div>
            <h2 id="lines">{t("money-lines-title")}</h2>
            <ul class="money-lines">
                {data.lines.into_iter().map(|line| view! {
                    <li>
                        <h3>{line.name.clone()}</h3>
                        <p>{tr_args(lang, "money-line-numbers", &[
                            ("amount", euros(lang, line.amount).into()),
                            ("used", euros(lang, line.used).into()),
                            ("left", euros(lang, line.left).into()),
                        ])}</p>
                        <p>{t(line.arrangement.message_id())}</p>
                        {line.arrangement.term().map(|term| view! { <Explain term/> })}
                        <ul class="plain-list">
                            {line.wishes.into_iter().map(|(section, text)| view! {
                                <li><Symbol concept="wish"/>{t("money-serves")}" "<a href=format!("/plan/summary#{section}")>{crate::money::wish_text(lang, &text)}</a></li>
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ul>
            <h2 id="spending">{t("money-spending-title")}</h2>
            {data.spending.is_empty().then(|| view! { <p>{t("money-spending-none")}</p> })}
            <ul class="money-spending">
                {data.spending.into_iter().map(|s| {
                    let correction = s.correction.then(|| view! { " "{t("money-correction")} });
                    view! {
                        <li>
                            <p class="money-spent-date">{format_date(lang, s.spent_on)}</p>
                            <p>{euros(lang, s.amount)}": "{s.description}" ("{s.line_name}")"{correction}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Frame>
    }
    .into_any()
}
