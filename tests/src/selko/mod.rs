//! The plain-language lint ("selko-lint") over the message catalogues, in Finnish, Swedish
//! and English (shared/design/accessibility.md §7.4, terms.md, reviews/selko-2026-12.md).
//!
//! Variables are filled with realistic values before words are counted. Everyone's text
//! fails on sentences over 12 words, abbreviations, capitals, two negations, percentages,
//! fractions, case endings on numbers and counts without a plural selector. Text a client
//! reads also fails on words terms.md keeps from clients, and warns on sentences over 8
//! words, words over 14 letters, passives and more than 5 sentences. Warnings are binding
//! through a reviewed baseline (tests/selko-baseline.txt): a new one fails until it is fixed
//! or a reviewer adds it there.

mod lists;
mod sentence;
mod shape;
#[cfg(test)]
mod tests;
mod text;

pub use sentence::check_sentence;
pub use text::sentences;
use text::Fill;

use fluent_syntax::ast::Entry;

/// Which language's rules to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rules {
    Finnish,
    Swedish,
    English,
}

/// Who reads a message: clients and relatives, or only workers (stricter rules for clients).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Client,
    Worker,
}

impl Audience {
    pub fn of(id: &str) -> Audience {
        if lists::WORKER_PREFIXES.iter().any(|p| id.starts_with(p)) {
            Audience::Worker
        } else {
            Audience::Client
        }
    }
}

/// One finding: the message id, the sentence, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub id: String,
    pub sentence: String,
    pub problem: String,
}

/// What the lint found: failures stop the build, warnings ask a reviewer to look.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub failures: Vec<Finding>,
    pub warnings: Vec<Finding>,
}

/// Messages that explain on purpose, so they may have more sentences.
const EXPLANATIONS: [&str; 3] = ["help-", "glossary-", "about-"];
const MAX_SENTENCES: usize = 5;

/// Lints a whole Fluent catalogue.
pub fn lint_catalogue(rules: Rules, source: &str) -> Report {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut report = Report::default();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let Some(pattern) = &message.value else {
            continue;
        };
        let id = message.id.name;
        let audience = Audience::of(id);
        for problem in shape::check_shape(rules, pattern) {
            report.failures.push(Finding {
                id: id.to_owned(),
                sentence: String::new(),
                problem,
            });
        }
        if audience == Audience::Client {
            for text in text::texts(rules, Fill::OneWord, pattern) {
                for sentence in sentences(&text) {
                    sentence::check_client_length(id, &sentence, &mut report);
                }
            }
        }
        for text in text::texts(rules, Fill::Samples, pattern) {
            let sentences = sentences(&text);
            let explains = EXPLANATIONS.iter().any(|p| id.starts_with(p));
            if audience == Audience::Client && !explains && sentences.len() > MAX_SENTENCES {
                report.warnings.push(Finding {
                    id: id.to_owned(),
                    sentence: text.clone(),
                    problem: format!("{} sentences; at most {MAX_SENTENCES}", sentences.len()),
                });
            }
            for sentence in sentences {
                check_sentence(rules, audience, id, &sentence, &mut report);
            }
        }
    }
    report
        .warnings
        .sort_by(|a, b| (&a.id, &a.problem).cmp(&(&b.id, &b.problem)));
    report
        .warnings
        .dedup_by(|a, b| a.id == b.id && a.problem == b.problem);
    report
}

/// A warning as one line of the baseline file: language, id and problem, tab-separated.
pub fn baseline_line(lang: &str, finding: &Finding) -> String {
    format!("{lang}\t{}\t{}", finding.id, finding.problem)
}
