//! The words of the personal-budget process that a client meets (terms.md: explained where
//! they first appear): each has its word, a short explanation in plain language and a
//! symbol in the catalogues. Where a page uses such a word it shows `Explain`, a `details`
//! element that opens the explanation in place, without JavaScript, with its own read-aloud.
//! The help page lists them all. The catalogue tests check that every page whose text holds
//! one of these words names its `Term`.

use crate::i18n::{t, tr, tr_args, use_lang};
use crate::speech::lists::{self, ListenList};
use crate::speech::{message_audio, message_text, Listen};
use crate::symbols::Symbol;
use leptos::prelude::*;

/// One word that needs explaining.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    Budget,
    Decision,
    FollowUp,
    Voucher,
    County,
    Permission,
}

impl Term {
    pub const ALL: [Term; 6] = [
        Term::Budget,
        Term::Decision,
        Term::FollowUp,
        Term::Voucher,
        Term::County,
        Term::Permission,
    ];

    /// The key of its messages (`glossary-{key}`, `glossary-{key}-text`) and its anchor on
    /// the help page.
    pub fn key(self) -> &'static str {
        match self {
            Term::Budget => "budget",
            Term::Decision => "decision",
            Term::FollowUp => "follow-up",
            Term::Voucher => "voucher",
            Term::County => "county",
            Term::Permission => "permission",
        }
    }

    /// The word as it appears in text.
    pub fn word_id(self) -> &'static str {
        match self {
            Term::Budget => "glossary-budget",
            Term::Decision => "glossary-decision",
            Term::FollowUp => "glossary-follow-up",
            Term::Voucher => "glossary-voucher",
            Term::County => "glossary-county",
            Term::Permission => "glossary-permission",
        }
    }

    /// Its explanation: a few short sentences.
    pub fn text_id(self) -> &'static str {
        match self {
            Term::Budget => "glossary-budget-text",
            Term::Decision => "glossary-decision-text",
            Term::FollowUp => "glossary-follow-up-text",
            Term::Voucher => "glossary-voucher-text",
            Term::County => "glossary-county-text",
            Term::Permission => "glossary-permission-text",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Term::Budget => "money",
            Term::Decision => "decision",
            Term::FollowUp => "follow-up",
            Term::Voucher => "voucher",
            Term::County => "county",
            Term::Permission => "permission",
        }
    }

    /// What "Kuuntele" reads inside the explanation: the word and its explanation.
    pub fn listen(self) -> ListenList {
        match self {
            Term::Budget => lists::GLOSSARY_BUDGET,
            Term::Decision => lists::GLOSSARY_DECISION,
            Term::FollowUp => lists::GLOSSARY_FOLLOW_UP,
            Term::Voucher => lists::GLOSSARY_VOUCHER,
            Term::County => lists::GLOSSARY_COUNTY,
            Term::Permission => lists::GLOSSARY_PERMISSION,
        }
    }

    /// The id of the explanation's text element, which read-aloud highlights.
    fn element_id(self, place: &str) -> String {
        format!("{place}-{}", self.key())
    }
}

/// "Mitä tarkoittaa päätös?": opens the explanation on the same page.
#[component]
pub fn Explain(term: Term) -> impl IntoView {
    let lang = use_lang();
    let question = tr_args(
        lang,
        "explain-what",
        &[("word", tr(lang, term.word_id()).into())],
    );
    let target = term.element_id("explain");
    let id = target.clone();
    view! {
        <details class="explain">
            <summary><Symbol concept=term.symbol()/>{question}</summary>
            <div id=id>
                <Listen src=message_audio(lang, term.listen()) text=message_text(lang, term.listen()) target/>
                <p>{t(term.text_id())}</p>
            </div>
        </details>
    }
}

/// The word and its explanation as a section of the help page, with an anchor.
#[component]
pub fn Entry(term: Term) -> impl IntoView {
    let lang = use_lang();
    let target = term.element_id("word");
    let id = target.clone();
    let title = format!("{target}-title");
    let labelled_by = title.clone();
    view! {
        <section class="glossary-entry" id=id aria-labelledby=labelled_by>
            <h3 id=title><Symbol concept=term.symbol()/>{t(term.word_id())}</h3>
            <Listen src=message_audio(lang, term.listen()) text=message_text(lang, term.listen()) target/>
            <p>{t(term.text_id())}</p>
        </section>
    }
}
