//! The talking-mat topics and their cards, read from data files (`public/mats/{fi,sv,en}.json`,
//! one per language, like the symbol pack), so a service can add its own topic without code
//! changes. The files are checked once when the server starts: every language must have the
//! same topics and cards. Without a folder the files built into the program are used.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// One card of a topic, in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatCard {
    pub id: String,
    /// Symbol concept in the symbol pack.
    pub concept: String,
    pub word: String,
}

/// One topic, in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatTopic {
    pub id: String,
    pub concept: String,
    pub title: String,
    pub options: Vec<MatCard>,
}

impl MatTopic {
    pub fn card(&self, id: &str) -> Option<&MatCard> {
        self.options.iter().find(|c| c.id == id)
    }
}

/// One language file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatFile {
    pub lang: String,
    pub topics: Vec<MatTopic>,
}

/// All topics in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatCatalogue {
    files: [MatFile; 3],
}

/// Why a catalogue was refused.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("{0}: not valid JSON of the mat catalogue: {1}")]
    Json(&'static str, serde_json::Error),
    #[error("{0}: cannot be read: {1}")]
    Read(String, std::io::Error),
    #[error("{0}: {1}")]
    Content(&'static str, String),
}

const LANGS: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 40
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl MatCatalogue {
    /// Parses and checks the three language files' texts, in the order fi, sv, en.
    pub fn parse(texts: [&str; 3]) -> Result<MatCatalogue, CatalogueError> {
        let mut files = Vec::new();
        for (lang, text) in LANGS.into_iter().zip(texts) {
            let file: MatFile =
                serde_json::from_str(text).map_err(|e| CatalogueError::Json(lang.tag(), e))?;
            if file.lang != lang.tag() {
                return Err(CatalogueError::Content(lang.tag(), "wrong lang".into()));
            }
            files.push(file);
        }
        let files: [MatFile; 3] = files
            .try_into()
            .map_err(|_| CatalogueError::Content("fi", "three files needed".into()))?;
        let catalogue = MatCatalogue { files };
        catalogue.check()?;
        Ok(catalogue)
    }

    /// Every language has the same ids in the same order, ids are plain, words are short.
    fn check(&self) -> Result<(), CatalogueError> {
        let shape = |f: &MatFile| -> Vec<(String, Vec<String>)> {
            f.topics
                .iter()
                .map(|t| {
                    (
                        t.id.clone(),
                        t.options.iter().map(|c| c.id.clone()).collect(),
                    )
                })
                .collect()
        };
        let first = shape(&self.files[0]);
        for (lang, file) in LANGS.into_iter().zip(&self.files) {
            let fail = |why: String| Err(CatalogueError::Content(lang.tag(), why));
            if shape(file) != first {
                return fail("topics or cards differ from fi.json".into());
            }
            for topic in &file.topics {
                if !is_id(&topic.id) || topic.options.is_empty() {
                    return fail(format!("topic {:?} needs a plain id and cards", topic.id));
                }
                for card in &topic.options {
                    let len = crate::plan::content::grapheme_len(&card.word);
                    if !is_id(&card.id) || len == 0 || len > 40 {
                        return fail(format!(
                            "card {:?}: plain id, word of 1-40 letters",
                            card.id
                        ));
                    }
                }
            }
            let mut ids: Vec<&str> = file.topics.iter().map(|t| t.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            if ids.len() != file.topics.len() {
                return fail("a topic id is used twice".into());
            }
        }
        Ok(())
    }

    /// Reads `fi.json`, `sv.json` and `en.json` from a folder.
    pub fn read_dir(dir: &std::path::Path) -> Result<MatCatalogue, CatalogueError> {
        let read = |lang: Lang| {
            let path = dir.join(format!("{}.json", lang.tag()));
            std::fs::read_to_string(&path)
                .map_err(|e| CatalogueError::Read(path.display().to_string(), e))
        };
        let (fi, sv, en) = (read(Lang::Fi)?, read(Lang::Sv)?, read(Lang::En)?);
        MatCatalogue::parse([&fi, &sv, &en])
    }

    /// The files built into the program.
    pub fn built_in() -> Result<MatCatalogue, CatalogueError> {
        MatCatalogue::parse([
            include_str!("../../../public/mats/fi.json"),
            include_str!("../../../public/mats/sv.json"),
            include_str!("../../../public/mats/en.json"),
        ])
    }

    pub fn topics(&self, lang: Lang) -> &[MatTopic] {
        &self.files[lang as usize].topics
    }

    pub fn topic(&self, lang: Lang, id: &str) -> Option<&MatTopic> {
        self.topics(lang).iter().find(|t| t.id == id)
    }
}

static INSTALLED: OnceLock<MatCatalogue> = OnceLock::new();

/// Uses the files in `dir` (the server calls this once at start); a missing folder keeps the
/// built-in files, a broken file stops the start with the reason.
pub fn install_from_dir(dir: &std::path::Path) -> Result<(), CatalogueError> {
    if !dir.is_dir() {
        return Ok(());
    }
    let catalogue = MatCatalogue::read_dir(dir)?;
    let _ = INSTALLED.set(catalogue);
    Ok(())
}

/// The catalogue in use.
pub fn catalogue() -> &'static MatCatalogue {
    static BUILT_IN: OnceLock<MatCatalogue> = OnceLock::new();
    INSTALLED.get().unwrap_or_else(|| {
        BUILT_IN.get_or_init(|| {
            // The built-in files are checked by the tests below, so this cannot fail in a
            // released build; an empty catalogue would only show no topics.
            MatCatalogue::built_in().unwrap_or_else(|_| MatCatalogue {
                files: LANGS.map(|l| MatFile {
                    lang: l.tag().to_owned(),
                    topics: Vec::new(),
                }),
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_files_agree_in_every_language() {
        let catalogue = MatCatalogue::built_in().expect("built-in mats");
        assert!(catalogue.topic(Lang::Fi, "arkeni").is_some());
        assert_eq!(
            catalogue
                .topic(Lang::Sv, "vapaa-aika")
                .map(|t| t.options.len()),
            catalogue
                .topic(Lang::Fi, "vapaa-aika")
                .map(|t| t.options.len())
        );
    }

    #[test]
    fn every_topic_and_card_has_a_symbol_in_the_pack() {
        let pack = crate::symbols::SymbolPack::parse(include_str!(
            "../../../public/symbols/openmoji.json"
        ))
        .expect("pack");
        let catalogue = MatCatalogue::built_in().expect("built-in mats");
        for lang in LANGS {
            for topic in catalogue.topics(lang) {
                assert!(
                    pack.symbols.contains_key(&topic.concept),
                    "{}",
                    topic.concept
                );
                for card in &topic.options {
                    assert!(pack.symbols.contains_key(&card.concept), "{}", card.concept);
                }
            }
        }
    }

    #[test]
    fn a_file_that_differs_from_the_others_is_refused() {
        let fi = include_str!("../../../public/mats/fi.json");
        let sv = include_str!("../../../public/mats/sv.json");
        let en = include_str!("../../../public/mats/en.json").replace("\"music\"", "\"musik\"");
        assert!(MatCatalogue::parse([fi, sv, &en]).is_err());
        assert!(MatCatalogue::parse([fi, sv, "{}"]).is_err());
        let bad_id = fi.replace("\"cooking\"", "\"../x\"");
        assert!(MatCatalogue::parse([&bad_id, sv, en.as_str()]).is_err());
    }
}
