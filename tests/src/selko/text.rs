//! A message as the reader sees it: every variant of its selectors, its variables filled with
//! realistic values, cut into sentences and words.

use super::lists::sample;
use super::Rules;
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// How variables are written into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// A realistic value ("maanantaina 3. maaliskuuta 2026" for `$date`).
    Samples,
    /// One word, to count the message's own words.
    OneWord,
}

/// Every text a message can show: a select expression gives one text per variant, and a
/// variable is filled as `fill` says.
pub fn texts(rules: Rules, fill: Fill, pattern: &Pattern<&str>) -> Vec<String> {
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
                        for tail in texts(rules, fill, &variant.value) {
                            next.extend(results.iter().map(|r| format!("{r}{tail}")));
                        }
                    }
                    results = next;
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    results.iter_mut().for_each(|r| r.push_str(value))
                }
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    let value = match fill {
                        Fill::Samples => sample(rules, id.name),
                        Fill::OneWord => "1",
                    };
                    results.iter_mut().for_each(|r| r.push_str(value))
                }
                Expression::Inline(_) => results.iter_mut().for_each(|r| r.push('1')),
            },
        }
    }
    results
}

/// Splits text into sentences at `.`, `!`, `?` followed by a space, and at line ends; a date
/// ordinal ("3. maaliskuuta": a digit, a point, a space, a small letter) does not end one.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let next = chars.get(i + 1);
        let ordinal = *c == '.'
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && next == Some(&' ')
            && chars.get(i + 2).is_some_and(|n| n.is_lowercase());
        let at_end = matches!(c, '.' | '!' | '?') && next.is_none_or(|n| n.is_whitespace());
        if (at_end && !ordinal) || *c == '\n' {
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

pub fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// A word without punctuation around it, in lower case.
pub fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .to_lowercase()
}
