//! The word lists of the lint, per language: abbreviations, negations, fractions, words a
//! client must not meet (terms.md), passive forms and the words that only look passive, and
//! the sample values that fill a message's variables before its words are counted.

use super::Rules;

pub fn abbreviations(rules: Rules) -> &'static [&'static str] {
    match rules {
        Rules::Finnish => &[
            "esim.", "mm.", "jne.", "ym.", "ks.", "yms.", "tms.", "ns.", "ts.", "klo", "n.", "v.",
            "vrt.",
        ],
        Rules::Swedish => &[
            "t.ex.", "bl.a.", "osv.", "ca", "dvs.", "kl.", "m.m.", "s.k.", "fr.o.m.", "t.o.m.",
        ],
        Rules::English => &["e.g.", "i.e.", "etc.", "approx.", "incl.", "vs.", "no."],
    }
}

pub fn negations(rules: Rules) -> &'static [&'static str] {
    match rules {
        Rules::Finnish => &["ei", "en", "et", "emme", "ette", "eivät", "älä", "älkää"],
        Rules::Swedish => &["inte", "ingen", "inga", "inget", "aldrig"],
        Rules::English => &[
            "not", "no", "never", "don't", "doesn't", "didn't", "cannot", "can't", "won't",
            "nothing",
        ],
    }
}

/// Fractions are hard to picture: say the money in euros instead (COGA, §7.4).
pub fn fractions(rules: Rules) -> &'static [&'static str] {
    match rules {
        Rules::Finnish => &["neljäsosa", "kolmasosa", "viidesosa", "kymmenesosa"],
        Rules::Swedish => &["fjärdedel", "tredjedel", "femtedel"],
        Rules::English => &["quarter", "quarters", "one third", "two thirds"],
    }
}

/// Words the client never meets (terms.md: one word for one thing): the start of the word,
/// lower case, and what to write instead.
pub fn banned_for_clients(rules: Rules) -> &'static [(&'static str, &'static str)] {
    match rules {
        Rules::Finnish => &[
            ("asiak", "sinä, or the person's name"),
            ("omai", "läheinen"),
            ("rahojasi", "rahaasi"),
            ("rahapäätö", "päätös rahasta"),
            ("lukijalle", "kortinlukijalle"),
            ("kunta", "hyvinvointialue"),
            ("budjetoint", "henkilökohtainen budjetti"),
            ("kontrasti", "vahvat värit"),
            ("loki", "Kuka katsoi tietojasi"),
            ("lokista", "Kuka katsoi tietojasi"),
            ("lokissa", "Kuka katsoi tietojasi"),
        ],
        Rules::Swedish => &[
            ("klient", "du, or the person's name"),
            ("lov", "vad din närstående får göra"),
            ("läsaren", "kortläsaren"),
            ("kommun", "välfärdsområdet"),
            ("loggen", "Vem tittade på dina uppgifter"),
        ],
        Rules::English => &[
            ("client", "you, or the person's name"),
            ("the reader", "the card reader"),
            ("municipality", "your local social services"),
            ("your log", "Who looked at your information"),
        ],
    }
}

/// Words that end like a passive but are not one (Finnish "enintään" is "at most").
pub fn not_passive(rules: Rules) -> &'static [&'static str] {
    match rules {
        // "Tallennettu" and "saved" are the status words terms.md asks for.
        Rules::Finnish => &[
            "tallennettu",
            "vastattu",
            "enintään",
            "vähintään",
            "ainakaan",
            "yhtään",
            "koskaan",
            "tallessa",
        ],
        Rules::Swedish => &[
            "finns",
            "hoppas",
            "minns",
            "lyckas",
            "syns",
            "trivs",
            "andas",
            "kvar",
            "pengarnas",
        ],
        Rules::English => &["saved"],
    }
}

/// Messages only workers and admins read: the strict client rules (8 words, terms, passive)
/// do not apply to them; the general ones do.
pub const WORKER_PREFIXES: &[&str] = &[
    "worker-",
    "admin-",
    "card-",
    "pin-locked",
    "pin-unlock",
    "pin-reset",
    "consent-confirm",
    "relative-add",
    "password-",
    "decision-",
    "line-",
    "spending-",
    "import-",
    "error-amount",
    "error-line",
    "error-decision",
    "error-worker",
    "error-password",
    "error-reason",
    "error-arrangement",
    "error-user-name",
    "error-import",
    "kiosk-setup",
    "caseload-",
    "meeting-",
    // Follow-up (issue 12): the worker's meeting, dates and caseload lines.
    "followup-meeting",
    "followup-notes-label",
    "followup-change-section",
    "followup-change-text",
    "followup-complete",
    "followup-dates",
    "followup-date-",
    "followup-add-date",
    "followup-error-date",
    "followup-error-meeting",
    "followup-error-section",
    "followup-caseload",
    // Wellbeing (issue 12): the worker's Kykyviisari form and the service summary.
    "kyky-form",
    "kyky-date",
    "kyky-overall-label",
    "kyky-areas-legend",
    "kyky-error",
    "kyky-record-link",
    "wb-summary",
    // The service view for team leads (issue 14).
    "service-",
];

/// Variables that hold a count: a word after one must be inside a plural selector on it.
pub const COUNT_VARIABLES: [&str; 13] = [
    "count", "total", "chosen", "over", "minutes", "gone", "good", "all", "days", "months",
    "seconds", "people", "answers",
];

/// A realistic value for a variable, so a sentence is counted as the reader sees it.
pub fn sample(rules: Rules, variable: &str) -> &'static str {
    match (rules, variable) {
        (Rules::Finnish, "when") => "maanantaina 3. maaliskuuta 2026 kello 14.05",
        (Rules::Finnish, "date") => "maanantaina 3. maaliskuuta 2026",
        (Rules::Finnish, "amount" | "used" | "left") => "1 250 euroa",
        (Rules::Finnish, "wish") => "Käyn uimassa joka viikko",
        (Rules::Finnish, "line") => "Avustaja uimahalliin",
        (Rules::Swedish, "when") => "måndag den 3 mars 2026 klockan 14.05",
        (Rules::Swedish, "date") => "måndag den 3 mars 2026",
        (Rules::Swedish, "amount" | "used" | "left") => "1 250 euro",
        (Rules::Swedish, "wish") => "Jag simmar varje vecka",
        (Rules::Swedish, "line") => "Assistent till simhallen",
        (Rules::English, "when") => "Monday 3 March 2026 at 14:05",
        (Rules::English, "date") => "Monday 3 March 2026",
        (Rules::English, "amount" | "used" | "left") => "1,250 euros",
        (Rules::English, "wish") => "I go swimming every week",
        (Rules::English, "line") => "Assistant at the swimming pool",
        (_, "name") => "Maria Virtanen",
        (_, "reason") => "Aino asked for help",
        _ if COUNT_VARIABLES.contains(&variable) => "2",
        _ => "Aino",
    }
}
