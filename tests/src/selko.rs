//! The plain-language lint ("selko-lint") over the message catalogues.
//!
//! Rules for Finnish selkokieli (shared/design/accessibility.md §7.4, terms.md): a sentence
//! has at most 12 words; no abbreviations; no all-caps words except allowed names; at most one
//! negation in a sentence; no percentages. Warnings (printed, not failing): words over 14
//! letters and passive verb forms. English follows the same rules with English word lists.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Which language's rules to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rules {
    Finnish,
    English,
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

const MAX_WORDS: usize = 12;
const LONG_WORD: usize = 14;
/// Words in capitals that are names, not shouting or abbreviations.
const CAPS_ALLOWED: [&str; 3] = ["PIN", "CC", "BYSA"];

fn abbreviations(rules: Rules) -> &'static [&'static str] {
    match rules {
        Rules::Finnish => &[
            "esim.", "mm.", "jne.", "ym.", "ks.", "yms.", "tms.", "ns.", "ts.", "klo", "n.", "v.",
            "vrt.",
        ],
        Rules::English => &["e.g.", "i.e.", "etc.", "approx.", "incl.", "vs.", "no."],
    }
}

fn negations(rules: Rules) -> &'static [&'static str] {
    match rules {
        Rules::Finnish => &["ei", "en", "et", "emme", "ette", "eivät", "älä", "älkää"],
        Rules::English => &[
            "not", "no", "never", "don't", "doesn't", "didn't", "cannot", "can't", "won't",
            "nothing",
        ],
    }
}

/// Every text a message can show: a select expression gives one text per variant, and a
/// variable stands in as the digit 1 (one word, as a number is when read).
fn texts(pattern: &Pattern<&str>) -> Vec<String> {
    let mut results = vec![String::new()];
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                results.iter_mut().for_each(|r| r.push_str(value))
            }
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    let mut next = Vec::new();
                    for variant in variants {
                        for tail in texts(&variant.value) {
                            next.extend(results.iter().map(|r| format!("{r}{tail}")));
                        }
                    }
                    results = next;
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    results.iter_mut().for_each(|r| r.push_str(value))
                }
                Expression::Inline(_) => results.iter_mut().for_each(|r| r.push('1')),
            },
        }
    }
    results
}

/// Splits text into sentences at `.`, `!`, `?` followed by a space, and at line ends.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let at_end =
            matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if at_end || *c == '\n' {
            let trimmed = current.trim().to_owned();
            if !trimmed.is_empty() {
                out.push(trimmed);
            }
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .to_lowercase()
}

/// Checks one sentence and records what it finds.
pub fn check_sentence(rules: Rules, id: &str, sentence: &str, report: &mut Report) {
    let mut fail = |problem: String| {
        report.failures.push(Finding {
            id: id.to_owned(),
            sentence: sentence.to_owned(),
            problem,
        })
    };
    let words = words(sentence);
    if words.len() > MAX_WORDS {
        fail(format!("{} words; at most {MAX_WORDS}", words.len()));
    }
    let lower = sentence.to_lowercase();
    for abbreviation in abbreviations(rules) {
        let found = lower.split_whitespace().any(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric()) == *abbreviation
                || w.trim_end_matches([',', ';', ':']) == *abbreviation
        });
        if found {
            fail(format!("abbreviation \"{abbreviation}\""));
        }
    }
    for word in &words {
        let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.chars().count() >= 2
            && letters.chars().all(char::is_uppercase)
            && !CAPS_ALLOWED.contains(&letters.as_str())
        {
            fail(format!("all-caps word \"{word}\""));
        }
    }
    let negation_count = words
        .iter()
        .filter(|w| negations(rules).contains(&bare(w).as_str()))
        .count();
    if negation_count > 1 {
        fail(format!("{negation_count} negations in one sentence"));
    }
    if sentence.contains('%') || lower.contains("prosent") || lower.contains("percent") {
        fail("a percentage".to_owned());
    }
    let mut warn = |problem: String| {
        report.warnings.push(Finding {
            id: id.to_owned(),
            sentence: sentence.to_owned(),
            problem,
        })
    };
    for word in &words {
        let length = bare(word).chars().filter(|c| c.is_alphabetic()).count();
        if length > LONG_WORD {
            warn(format!("long word \"{word}\" ({length} letters)"));
        }
        if rules == Rules::Finnish {
            let w = bare(word);
            let passive = [
                "taan",
                "tään",
                "daan",
                "dään",
                "ttiin",
                "ttaisiin",
                "ttäisiin",
            ];
            if w.chars().count() > 6 && passive.iter().any(|end| w.ends_with(end)) {
                warn(format!("possible passive form \"{word}\""));
            }
        }
    }
}

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
        for text in texts(pattern) {
            for sentence in sentences(&text) {
                check_sentence(rules, message.id.name, &sentence, &mut report);
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failures(rules: Rules, text: &str) -> Vec<String> {
        let mut report = Report::default();
        for sentence in sentences(text) {
            check_sentence(rules, "x", &sentence, &mut report);
        }
        report.failures.into_iter().map(|f| f.problem).collect()
    }

    #[test]
    fn long_sentences_fail_and_short_ones_pass() {
        assert!(failures(Rules::Finnish, "Kirjoita tähän yksi asia.").is_empty());
        let long =
            "Tämä lause on aivan liian pitkä koska siinä on paljon sanoja ja vielä lisää sanoja.";
        assert_eq!(failures(Rules::Finnish, long).len(), 1);
    }

    #[test]
    fn abbreviations_caps_percentages_and_double_negations_fail() {
        assert_eq!(
            failures(Rules::Finnish, "Kirjoita esim. nimesi."),
            vec!["abbreviation \"esim.\""]
        );
        assert_eq!(
            failures(Rules::Finnish, "Tule klo 14."),
            vec!["abbreviation \"klo\""]
        );
        assert_eq!(
            failures(Rules::Finnish, "Paina TALLENNA."),
            vec!["all-caps word \"TALLENNA.\""]
        );
        assert_eq!(
            failures(Rules::Finnish, "Rahaa on 50 % jäljellä."),
            vec!["a percentage"]
        );
        assert_eq!(
            failures(Rules::Finnish, "En voi olla ei."),
            vec!["2 negations in one sentence"]
        );
        assert_eq!(
            failures(Rules::English, "Write e.g. your name."),
            vec!["abbreviation \"e.g.\""]
        );
    }

    #[test]
    fn select_variants_are_each_checked() {
        let source = "m = { $n ->\n    [one] Yksi.\n   *[other] Tämä ESIM on huono.\n}\n";
        let report = lint_catalogue(Rules::Finnish, source);
        assert_eq!(report.failures.len(), 1);
        assert_eq!(report.failures[0].id, "m");
    }
}
