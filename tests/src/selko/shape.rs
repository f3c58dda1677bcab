//! Rules for a whole message, read from its Fluent syntax: a count followed by a word must be
//! inside a plural selector on that count ("Odota 1 minuuttia"), and a variable is never
//! followed by a case ending ("{ $total }:sta").

use super::lists::COUNT_VARIABLES;
use super::Rules;
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// Problems in the message's shape, each once.
pub fn check_shape(rules: Rules, pattern: &Pattern<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    walk(rules, pattern, &mut Vec::new(), &mut problems);
    problems.dedup();
    problems
}

fn selector_name<'a>(selector: &InlineExpression<&'a str>) -> Option<&'a str> {
    match selector {
        InlineExpression::VariableReference { id } => Some(id.name),
        _ => None,
    }
}

fn walk<'a>(
    rules: Rules,
    pattern: &Pattern<&'a str>,
    selectors: &mut Vec<&'a str>,
    problems: &mut Vec<String>,
) {
    let elements = &pattern.elements;
    for (i, element) in elements.iter().enumerate() {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            Expression::Select { selector, variants } => {
                let name = selector_name(selector);
                if let Some(name) = name {
                    selectors.push(name);
                }
                for variant in variants {
                    walk(rules, &variant.value, selectors, problems);
                }
                if name.is_some() {
                    selectors.pop();
                }
            }
            Expression::Inline(InlineExpression::VariableReference { id }) => {
                let after = match elements.get(i + 1) {
                    Some(PatternElement::TextElement { value }) => *value,
                    _ => "",
                };
                if after.starts_with(':') && after.chars().nth(1).is_some_and(char::is_alphabetic) {
                    problems.push(format!(
                        "\"{{ ${} }}{}\": a case ending on a number",
                        id.name,
                        &after[..2]
                    ));
                }
                let counted = COUNT_VARIABLES.contains(&id.name);
                if counted && !selectors.contains(&id.name) && plural_noun_follows(rules, after) {
                    problems.push(format!(
                        "${} is a count: put the word after it in a plural selector ([one] …)",
                        id.name
                    ));
                }
            }
            Expression::Inline(_) => {}
        }
    }
}

/// Whether the text after a number starts with a noun in the form that agrees with "2" but
/// not with "1" (Finnish partitive, Swedish and English plural).
fn plural_noun_follows(rules: Rules, after: &str) -> bool {
    if !after.starts_with(' ') {
        return false;
    }
    let Some(word) = after.split_whitespace().next() else {
        return false;
    };
    let word: String = word
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if word.chars().count() < 3 {
        return false;
    }
    match rules {
        Rules::Finnish => word.ends_with('a') || word.ends_with('ä'),
        Rules::Swedish => ["er", "ar", "or"].iter().any(|e| word.ends_with(e)),
        Rules::English => word.ends_with('s'),
    }
}
