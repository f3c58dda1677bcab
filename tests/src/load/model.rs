//! The test's own model of what each write was told, and the check of the database against
//! it: every write told "saved" is there (or a later write of the same person replaced it),
//! a write that got no answer is either wholly there or not at all, and nothing else is.

use super::Answer;
use app::db::Db;
use app::ids::ClientId;
use std::collections::BTreeMap;

/// What the writes to one item were told: the last one told saved, and the ones sent after it
/// that got no answer (a killed server), any of which may have been written.
#[derive(Clone, Debug, Default)]
pub struct Told {
    pub saved: Option<String>,
    pub unsure: Vec<String>,
}

impl Told {
    fn note(&mut self, text: &str, answer: &Answer, unsure: bool) {
        match answer {
            Answer::Saved => {
                self.saved = Some(text.to_owned());
                self.unsure.clear();
            }
            _ if unsure => self.unsure.push(text.to_owned()),
            _ => {}
        }
    }

    /// A problem when the stored text is neither the last saved one nor one without answer.
    fn check(&self, what: &str, stored: Option<&str>) -> Option<String> {
        let fine = stored == self.saved.as_deref()
            || stored.is_some_and(|s| self.unsure.iter().any(|u| u == s));
        (!fine).then(|| format!("{what}: stored {stored:?}, told {self:?}"))
    }
}

/// One person's writes as the test saw them.
#[derive(Clone, Debug)]
pub struct Record {
    pub sections: BTreeMap<String, Told>,
    pub works: Told,
    /// Spending told saved, and spending without an answer: description → cents.
    pub spent: BTreeMap<String, i64>,
    pub spent_unsure: BTreeMap<String, i64>,
    /// An error answer may come after the write (a full disk): such a write is not promised,
    /// but it may be there.
    pub errors_may_write: bool,
}

impl Default for Record {
    /// A person as `people` made them: the first wish saved.
    fn default() -> Record {
        let mut sections = BTreeMap::new();
        sections.insert(
            "important".to_owned(),
            Told {
                saved: Some("Uinti".to_owned()),
                unsure: Vec::new(),
            },
        );
        Record {
            sections,
            works: Told::default(),
            spent: BTreeMap::new(),
            spent_unsure: BTreeMap::new(),
            errors_may_write: false,
        }
    }
}

impl Record {
    pub fn section(&mut self, slug: &str, text: &str, answer: &Answer) {
        let unsure = self.unsure(answer);
        self.sections
            .entry(slug.to_owned())
            .or_default()
            .note(text, answer, unsure);
    }

    pub fn works(&mut self, text: &str, answer: &Answer) {
        let unsure = self.unsure(answer);
        self.works.note(text, answer, unsure);
    }

    /// Whether a write with this answer may or may not be there.
    fn unsure(&self, answer: &Answer) -> bool {
        match answer {
            Answer::Saved => false,
            Answer::NoAnswer => true,
            Answer::Other(_) => self.errors_may_write,
        }
    }

    pub fn spending(&mut self, text: &str, cents: i64, answer: &Answer) {
        match answer {
            Answer::Saved => {
                self.spent.insert(text.to_owned(), cents);
            }
            _ if self.unsure(answer) => {
                self.spent_unsure.insert(text.to_owned(), cents);
            }
            _ => {}
        }
    }

    /// The problems found comparing the database with this record (empty: all is as told).
    /// When there are none, the record takes what is stored as saved, so the next round of a
    /// crash test starts from the truth.
    pub async fn check(&mut self, db: &Db, client: ClientId) -> anyhow::Result<Vec<String>> {
        let stored = Stored::read(db, client).await?;
        let mut problems = Vec::new();
        for (slug, told) in &self.sections {
            let text = stored.sections.get(slug).map(String::as_str);
            problems.extend(told.check(&format!("{client} section {slug}"), text));
        }
        let works = stored.works.as_deref();
        problems.extend(self.works.check(&format!("{client} follow-up"), works));
        let mut seen = BTreeMap::new();
        for (text, cents) in &stored.spent {
            if seen.insert(text.clone(), *cents).is_some() {
                problems.push(format!("{client} spending written twice: {text}"));
            }
            let expected = self.spent.get(text).or(self.spent_unsure.get(text));
            if expected != Some(cents) {
                problems.push(format!("{client} spending {text} {cents} was not sent so"));
            }
        }
        for text in self.spent.keys() {
            if !seen.contains_key(text) {
                problems.push(format!("{client} spending told saved is missing: {text}"));
            }
        }
        if problems.is_empty() {
            for (slug, told) in &mut self.sections {
                told.saved = stored.sections.get(slug).cloned();
                told.unsure.clear();
            }
            self.works.saved = stored.works;
            self.works.unsure.clear();
            self.spent = seen;
            self.spent_unsure.clear();
        }
        Ok(problems)
    }

    /// Writes told saved so far.
    pub fn saved(&self) -> usize {
        self.sections.values().filter(|t| t.saved.is_some()).count()
            + usize::from(self.works.saved.is_some())
            + self.spent.len()
    }
}

/// What the database holds for one person, read with the app's own functions.
struct Stored {
    sections: BTreeMap<String, String>,
    works: Option<String>,
    spent: Vec<(String, i64)>,
}

impl Stored {
    async fn read(db: &Db, client: ClientId) -> anyhow::Result<Stored> {
        use app::plan::content::SectionInput;
        use app::plan::section::Section;
        let draft = app::plan::repo::load_draft(&mut *db.conn().await?, client).await?;
        let sections = Section::ALL
            .into_iter()
            .filter_map(|s| {
                let text = SectionInput::from_answer(draft.content.answer(s)).answer;
                (!text.is_empty()).then(|| (s.slug().to_owned(), text))
            })
            .collect();
        let current = app::followup::service::current(db, client).await?;
        let works = current
            .and_then(|c| c.record)
            .and_then(|r| r.content.works)
            .map(|w| w.text);
        let spent = sqlx::query_as(
            "select description, amount_cents from spending where client_id = $1 order by spending_id",
        )
        .bind(client.0)
        .fetch_all(&db.pool)
        .await?;
        Ok(Stored {
            sections,
            works,
            spent,
        })
    }
}

/// What the server answered, counted over a run.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub reads: u64,
    pub saved: u64,
    /// Answered, but not with the page after a save (with one writer per item: a defect).
    pub not_saved: u64,
    pub no_answer: u64,
    pub status_5xx: u64,
    /// Redirects to the problem page: a server error the user sees in plain words.
    pub problem_pages: u64,
    pub locked: u64,
    pub examples: Vec<String>,
}

impl Tally {
    pub fn count_status(&mut self, status: u16, location: &str) {
        if status >= 500 {
            self.status_5xx += 1;
            self.example(format!("status {status}"));
        }
        if location.starts_with("/problem") {
            self.problem_pages += 1;
            self.example(format!("problem page {location}"));
        }
    }

    pub fn count_body(&mut self, body: &str) {
        if body.contains("database is locked") {
            self.locked += 1;
        }
    }

    pub fn count_answer(&mut self, answer: &Answer) {
        match answer {
            Answer::Saved => self.saved += 1,
            Answer::NoAnswer => self.no_answer += 1,
            Answer::Other(what) => {
                self.not_saved += 1;
                self.example(format!("not saved: {what}"));
            }
        }
    }

    fn example(&mut self, what: String) {
        if self.examples.len() < 5 {
            self.examples.push(what);
        }
    }

    pub fn add(&mut self, other: &Tally) {
        self.reads += other.reads;
        self.saved += other.saved;
        self.not_saved += other.not_saved;
        self.no_answer += other.no_answer;
        self.status_5xx += other.status_5xx;
        self.problem_pages += other.problem_pages;
        self.locked += other.locked;
        for e in &other.examples {
            self.example(e.clone());
        }
    }
}
