//! The message catalogues: every language has every message, every id the code names exists,
//! and the Finnish, Swedish and English texts pass the plain-language lint.

use app::i18n::{has_message, source, Lang};
use std::collections::BTreeSet;
use std::path::Path;
use tests::selko::{baseline_line, lint_catalogue, Rules};

fn ids(lang: Lang) -> BTreeSet<String> {
    source(lang)
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[test]
fn every_language_has_the_same_messages() {
    let fi = ids(Lang::Fi);
    assert!(fi.len() > 50, "the Finnish catalogue looks empty");
    for lang in [Lang::Sv, Lang::En] {
        let other = ids(lang);
        let missing: Vec<_> = fi.difference(&other).collect();
        let extra: Vec<_> = other.difference(&fi).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?}: missing {missing:?}, extra {extra:?}"
        );
    }
}

/// Collects the literal ids passed to the translation helpers in the app's source.
fn ids_named_in(dir: &Path, found: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            ids_named_in(&path, found);
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for marker in [
            "t(\"",
            "tr(lang, \"",
            "tr_args(lang, \"",
            "tr(use_lang(), \"",
            "tr_args(use_lang(), \"",
        ] {
            for (index, _) in text.match_indices(marker) {
                // `t("` must be a call of `t`, not the end of another name such as `text_input("`.
                let before = text[..index].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[index + marker.len()..];
                if let Some(end) = rest.find('"') {
                    found.insert(rest[..end].to_owned());
                }
            }
        }
        // Ids returned by `*_id()` helpers and error kinds are written as "kebab-case" literals.
        for line in text
            .lines()
            .filter(|l| l.contains("=> \"") && (l.contains("-") || l.contains("_id")))
        {
            if let Some(start) = line.find("=> \"") {
                let rest = &line[start + 4..];
                if let Some(end) = rest.find('"') {
                    let id = &rest[..end];
                    if id.contains('-') && id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                        found.insert(id.to_owned());
                    }
                }
            }
        }
    }
}

#[test]
fn every_id_named_in_the_code_exists_in_every_language() {
    let mut named = BTreeSet::new();
    ids_named_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src"),
        &mut named,
    );
    assert!(
        named.len() > 40,
        "found too few ids ({}), the scan is broken",
        named.len()
    );
    // Slugs and other non-message literals matched by the scan.
    let not_messages = ["good-at", "need-help", "break-glass", "follow-up"];
    for id in named
        .iter()
        .filter(|id| !not_messages.contains(&id.as_str()))
    {
        for lang in Lang::ALL {
            assert!(has_message(lang, id), "message {id} is missing in {lang:?}");
        }
    }
    for n in 1..=7 {
        assert!(has_message(Lang::Sv, &format!("weekday-{n}")));
    }
}

/// Walks the typed routes that carry messages: every notice variant of every feature, every
/// access-log event (a variant of the `log-line` message), every money field error and every
/// card action. A new
/// variant without its words fails here, whatever the source text looks like.
#[test]
fn every_typed_message_exists_in_every_language() {
    let notices = app::forms::notice::every_notice();
    assert!(notices.len() >= 15, "too few notices: {}", notices.len());
    for (enum_name, query, id) in &notices {
        for lang in Lang::ALL {
            assert!(
                has_message(lang, id),
                "{enum_name} {query}: message {id} is missing in {lang:?}"
            );
        }
    }
    for lang in Lang::ALL {
        let log_line = source(lang)
            .split("\nlog-line = ")
            .nth(1)
            .and_then(|rest| rest.split("\nlog-assisted").next())
            .unwrap_or_else(|| panic!("log-line missing in {lang:?}"))
            .to_owned();
        for event in app::access::log::LogEvent::ALL {
            let variant = format!("[{}]", event.words());
            // Once for a refused try and once for a done one.
            assert_eq!(
                log_line.matches(&variant).count(),
                2,
                "{lang:?}: log-line has no words for {event:?}"
            );
        }
        for who in ["[relative]", "[other]"] {
            assert!(log_line.contains(who), "{lang:?}: log-line has no {who}");
        }
    }
    for arrangement in app::money::Arrangement::ALL {
        assert_eq!(
            app::money::Arrangement::parse(arrangement.as_str()),
            Some(arrangement)
        );
        for lang in Lang::ALL {
            assert!(
                has_message(lang, arrangement.message_id()),
                "{arrangement:?} in {lang:?}"
            );
        }
    }
    for role in app::plan::actor::ActorRole::ALL {
        assert_eq!(
            app::plan::actor::ActorRole::parse(role.as_str()),
            Some(role)
        );
    }
    for error in app::money::FieldError::all() {
        for lang in Lang::ALL {
            assert!(
                has_message(lang, error.message_id()),
                "{error:?} in {lang:?}"
            );
        }
    }
    for action in app::caseload::CardAction::ALL {
        assert_eq!(
            app::caseload::CardAction::parse(action.as_str()),
            Some(action)
        );
    }
}

/// The reviewed warnings of one language (tests/selko-baseline.txt): language, id, problem.
fn baseline(lang: Lang) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("selko-baseline.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter(|l| l.split('\t').next() == Some(lang.tag()))
        .map(str::to_owned)
        .collect()
}

/// Failures stop the build; a warning stops it too until a reviewer has put it in the
/// baseline, and a baseline line that no longer matches must be removed (so it only shrinks
/// as texts get better).
fn assert_passes(rules: Rules, lang: Lang) {
    let report = lint_catalogue(rules, source(lang));
    let failures: Vec<String> = report
        .failures
        .iter()
        .map(|f| format!("{} \"{}\": {}", f.id, f.sentence, f.problem))
        .collect();
    assert!(
        failures.is_empty(),
        "plain-language lint failed ({lang:?}):\n{}",
        failures.join("\n")
    );
    let found: BTreeSet<String> = report
        .warnings
        .iter()
        .map(|w| baseline_line(lang.tag(), w))
        .collect();
    let reviewed = baseline(lang);
    let new: Vec<_> = found.difference(&reviewed).cloned().collect();
    let stale: Vec<_> = reviewed.difference(&found).cloned().collect();
    assert!(
        new.is_empty(),
        "new plain-language warnings ({lang:?}): rewrite the text, or have a reviewer add the \
         line to tests/selko-baseline.txt:\n{}",
        new.join("\n")
    );
    assert!(
        stale.is_empty(),
        "tests/selko-baseline.txt lists warnings that are gone; remove:\n{}",
        stale.join("\n")
    );
}

#[test]
fn selkokieli_catalogue_passes_the_lint() {
    assert_passes(Rules::Finnish, Lang::Fi);
}

#[test]
fn swedish_catalogue_passes_the_lint() {
    assert_passes(Rules::Swedish, Lang::Sv);
}

#[test]
fn english_catalogue_passes_the_lint() {
    assert_passes(Rules::English, Lang::En);
}

#[test]
fn no_user_visible_literal_in_view_code() {
    // A quoted text node with a letter in a view is a user-visible literal. Punctuation and
    // spaces between messages are fine.
    let mut offenders = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src/pages");
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            let text_node = trimmed.starts_with('"') && trimmed.ends_with('"') && trimmed.len() > 2;
            // `{…}"text"<` or `{…}"text"{`: a literal between view parts.
            let inline_literal = trimmed.match_indices("}\"").any(|(i, _)| {
                let rest = &trimmed[i + 2..];
                rest.find('"').is_some_and(|end| {
                    let after = rest[end + 1..].chars().next();
                    matches!(after, Some('<') | Some('{'))
                        && rest[..end].chars().any(char::is_alphabetic)
                })
            });
            // Lower-case ids and class lists (`"answer-hint answer-error"`) are not text.
            let id_list = trimmed
                .trim_matches('"')
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == ' ');
            if (text_node && !id_list && trimmed.chars().any(char::is_alphabetic)) || inline_literal
            {
                offenders.push(format!("{}:{}: {trimmed}", entry.path().display(), n + 1));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "user-visible literals in views:\n{}",
        offenders.join("\n")
    );
}
