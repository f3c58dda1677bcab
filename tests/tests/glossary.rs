//! Every process word a client meets is explained where it appears (issue 15, terms.md): a
//! page that shows a client message holding one of the words also names the word's `Term`,
//! which renders its explanation in place; the help page lists them all in every language.

use app::glossary::Term;
use app::i18n::{has_message, source, Lang};
use std::path::{Path, PathBuf};
use tests::selko::Audience;

/// How each word starts in Finnish text, in any of its forms ("päätös" only in the forms of
/// the one decision, not "omat päätökset").
fn stems(term: Term) -> &'static [&'static str] {
    match term {
        Term::Budget => &["henkilökohtai", "budjet"],
        Term::Decision => &[
            "päätös",
            "päätöksen",
            "päätöstä",
            "päätöksessä",
            "päätökseen",
        ],
        Term::FollowUp => &["seurant"],
        Term::Voucher => &["palvelusetel"],
        Term::County => &["hyvinvointialue"],
        Term::Permission => &["lupa", "luvan", "lupia", "luvat"],
    }
}

/// The Finnish client messages, id and text, as the catalogue writes them.
fn client_messages() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in source(Lang::Fi).lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((id, text)) = line.split_once(" = ").filter(|_| !line.starts_with(' ')) {
            out.push((id.trim().to_owned(), text.to_lowercase()));
        } else if let Some(last) = out.last_mut() {
            last.1.push(' ');
            last.1.push_str(&line.to_lowercase());
        }
    }
    out.retain(|(id, _)| Audience::of(id) == Audience::Client && !id.starts_with("glossary-"));
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn words_in(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
}

/// A link named with the word that leads to the page explaining it: "Seuranta" on the home
/// page opens the follow-up page, whose first lines explain the word; "Mikä on
/// henkilökohtainen budjetti?" opens the page that explains it (issue 14).
fn link_to_its_page(path: &Path, id: &str) -> bool {
    (path.ends_with("plan/pages/home.rs") && id == "followup-title")
        || (path.ends_with("path/pages/mod.rs") && id == "about-hb-title")
}

#[test]
fn every_process_word_is_explained_where_it_appears() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src"),
        &mut files,
    );
    // The read-aloud lists name ids too, but a page shows them; workers' pages are for
    // people who know the words (and use some ids as class names).
    let worker_page = |p: &PathBuf| {
        let p = p.to_string_lossy();
        ["caseload/", "admin/", "worker", "meeting"]
            .iter()
            .any(|part| p.contains(part))
    };
    // Only files that draw a page (a `view!`) show text; the others map ids for them.
    let sources: Vec<(PathBuf, String)> = files
        .into_iter()
        .filter(|p| !p.ends_with("speech/lists.rs") && !worker_page(p))
        .filter_map(|p| std::fs::read_to_string(&p).ok().map(|s| (p, s)))
        .filter(|(_, code)| code.contains("view! {"))
        .collect();
    let mut missing = Vec::new();
    let mut checked = 0;
    for (id, text) in client_messages() {
        for term in Term::ALL {
            let exact = term == Term::Decision;
            let matches = |w: &str| {
                stems(term)
                    .iter()
                    .any(|s| if exact { w == *s } else { w.starts_with(s) })
            };
            if !words_in(&text).any(matches) {
                continue;
            }
            let quoted = format!("\"{id}\"");
            let named = format!("Term::{term:?}");
            for (path, code) in &sources {
                if code.contains(&quoted) && !link_to_its_page(path, &id) {
                    checked += 1;
                    if !code.contains(&named) {
                        missing.push(format!("{}: \"{id}\" needs {named}", path.display()));
                    }
                }
            }
        }
    }
    assert!(
        checked > 5,
        "found too few uses ({checked}), the scan is broken"
    );
    assert!(
        missing.is_empty(),
        "process words without an explanation:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_word_has_its_explanation_in_every_language() {
    for lang in Lang::ALL {
        for term in Term::ALL {
            assert!(has_message(lang, term.word_id()), "{lang:?} {term:?}");
            assert!(has_message(lang, term.text_id()), "{lang:?} {term:?}");
        }
    }
}
