//! The rules for one sentence: its length, abbreviations, capitals, negations, percentages,
//! fractions and digits with case endings for everyone; words a client must not meet, long
//! words, passives and sentences over 8 words for text clients read.

use super::lists::{abbreviations, banned_for_clients, fractions, negations, not_passive};
use super::text::{bare, words};
use super::{Audience, Finding, Report, Rules};

const MAX_WORDS: usize = 12;
const LONG_WORD: usize = 14;
/// Words in capitals that are names, not shouting or abbreviations.
const CAPS_ALLOWED: [&str; 3] = ["PIN", "CC", "BYSA"];

fn finding(id: &str, sentence: &str, problem: String) -> Finding {
    Finding {
        id: id.to_owned(),
        sentence: sentence.to_owned(),
        problem,
    }
}

/// Checks one sentence and records what it finds.
pub fn check_sentence(
    rules: Rules,
    audience: Audience,
    id: &str,
    sentence: &str,
    report: &mut Report,
) {
    let mut failures = Vec::new();
    let mut warnings = Vec::new();
    let words = words(sentence);
    let lower = sentence.to_lowercase();
    let bare_words: Vec<String> = words.iter().map(|w| bare(w)).collect();
    if words.len() > MAX_WORDS {
        failures.push(format!("{} words; at most {MAX_WORDS}", words.len()));
    }
    for abbreviation in abbreviations(rules) {
        let found = lower.split_whitespace().any(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric()) == *abbreviation
                || w.trim_end_matches([',', ';', ':']) == *abbreviation
        });
        if found {
            failures.push(format!("abbreviation \"{abbreviation}\""));
        }
    }
    for word in &words {
        let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.chars().count() >= 2
            && letters.chars().all(char::is_uppercase)
            && !CAPS_ALLOWED.contains(&letters.as_str())
        {
            failures.push(format!("all-caps word \"{word}\""));
        }
    }
    let negation_count = bare_words
        .iter()
        .filter(|w| negations(rules).contains(&w.as_str()))
        .count();
    if negation_count > 1 {
        failures.push(format!("{negation_count} negations in one sentence"));
    }
    if sentence.contains('%') || lower.contains("prosent") || lower.contains("percent") {
        failures.push("a percentage".to_owned());
    }
    for fraction in fractions(rules) {
        if lower.contains(fraction) {
            failures.push(format!("a fraction \"{fraction}\"; say the amount"));
        }
    }
    if case_ending_on_digit(sentence) {
        failures.push("a digit with a case ending; write the number alone".to_owned());
    }
    if audience == Audience::Client {
        for (stem, instead) in banned_for_clients(rules) {
            if uses_term(&lower, &bare_words, stem) {
                failures.push(format!(
                    "\"{stem}…\" is not a client's word; write {instead}"
                ));
            }
        }
        for bare in &bare_words {
            let length = bare.chars().filter(|c| c.is_alphabetic()).count();
            if length > LONG_WORD {
                warnings.push(format!("long word \"{bare}\" ({length} letters)"));
            }
        }
        if let Some(form) = passive(rules, &bare_words) {
            warnings.push(format!("passive \"{form}\"; say who does it"));
        }
    }
    report
        .failures
        .extend(failures.into_iter().map(|p| finding(id, sentence, p)));
    report
        .warnings
        .extend(warnings.into_iter().map(|p| finding(id, sentence, p)));
}

/// "6:sta", "4:stä": hard to read, and the vowel harmony depends on how the number is said.
fn case_ending_on_digit(sentence: &str) -> bool {
    let chars: Vec<char> = sentence.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == ':' && w[2].is_alphabetic())
}

/// A term is a phrase found in the text, or a word stem: a long stem matches any word that
/// starts with it, a short one only with at most two letters more ("lovet", not "lovade").
fn uses_term(lower: &str, words: &[String], stem: &str) -> bool {
    if stem.contains(' ') {
        return lower.contains(stem);
    }
    let stem_len = stem.chars().count();
    words
        .iter()
        .any(|w| w.starts_with(stem) && (stem_len >= 5 || w.chars().count() <= stem_len + 2))
}

fn passive(rules: Rules, words: &[String]) -> Option<String> {
    let allowed = not_passive(rules);
    let candidate = |w: &String| w.chars().count() > 4 && !allowed.contains(&w.as_str());
    match rules {
        Rules::Finnish => {
            const ENDINGS: [&str; 11] = [
                "taan",
                "tään",
                "daan",
                "dään",
                "ttiin",
                "ttaisiin",
                "ttäisiin",
                "ttu",
                "tty",
                "ttava",
                "ttävä",
            ];
            // "on tuotu", "on jo tuotu": a form of "olla" just before, or one word before.
            let be = |w: &String| matches!(w.as_str(), "on" | "ole" | "oli" | "ovat" | "olivat");
            let after_be = |i: usize| words[i.saturating_sub(2)..i].iter().any(be);
            // "-tiin" is a past passive after a vowel, l or r ("tuotiin", "kuunneltiin"), but
            // an illative after n ("hyvinvointiin").
            let past = |w: &String| {
                let letters: Vec<char> = w.chars().collect();
                w.ends_with("tiin")
                    && letters
                        .len()
                        .checked_sub(5)
                        .is_some_and(|i| "aeiouyäölr".contains(letters[i]))
            };
            words.iter().enumerate().find_map(|(i, w)| {
                let ends = ENDINGS.iter().any(|e| w.ends_with(e))
                    || past(w)
                    || (after_be(i) && (w.ends_with("tu") || w.ends_with("ty")));
                (candidate(w) && ends).then(|| w.clone())
            })
        }
        Rules::Swedish => {
            const ENDINGS: [&str; 5] = ["ades", "as", "es", "vs", "ds"];
            words
                .iter()
                .find(|w| candidate(w) && ENDINGS.iter().any(|e| w.ends_with(e)))
                .cloned()
        }
        Rules::English => {
            const BE: [&str; 7] = ["is", "are", "was", "were", "be", "been", "being"];
            const NOT_PARTICIPLE: [&str; 8] = [
                "open", "often", "even", "when", "then", "listen", "seven", "eleven",
            ];
            words.windows(2).find_map(|pair| {
                let participle = (pair[1].ends_with("ed") || pair[1].ends_with("en"))
                    && !NOT_PARTICIPLE.contains(&pair[1].as_str())
                    && !allowed.contains(&pair[1].as_str());
                let by = pair[0] == "saved" && pair[1] == "by";
                ((BE.contains(&pair[0].as_str()) && participle) || by)
                    .then(|| format!("{} {}", pair[0], pair[1]))
            })
        }
    }
}

/// terms.md: "most sentences under 8 words". Counted with each variable as one word, since
/// a name, a date or the client's own text inside is not the sentence's fault; over it is a
/// warning a reviewer looks at.
pub fn check_client_length(id: &str, sentence: &str, report: &mut Report) {
    const CLIENT_WORDS: usize = 8;
    let count = words(sentence).len();
    if count > CLIENT_WORDS {
        report.warnings.push(finding(
            id,
            sentence,
            format!("{count} words; clients read at most {CLIENT_WORDS}"),
        ));
    }
}
