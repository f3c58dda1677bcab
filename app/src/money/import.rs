//! Reading a finance system's spending export (CSV). Every row is checked and kept with what
//! it maps to or why it is wrong, so the worker sees all of it before anything is written.
//!
//! Format (also in the README, example `tests/fixtures/spending.csv`): UTF-8, `;` between
//! fields, a header line `päivä;summa;tukirivi;kuvaus;tunniste`, then one entry per line:
//! date `YYYY-MM-DD` or `D.M.YYYY`, amount in euros with at most two decimals, the support
//! line's name as in Sopiva, a short description, and the finance system's own id of the
//! entry (the same id is never imported twice).

use super::amount::parse_euros;
use crate::ids::LineId;
use crate::money::amount::Cents;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The header line the file must start with.
pub const HEADER: &str = "päivä;summa;tukirivi;kuvaus;tunniste";

/// Why a row cannot be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// Not five fields.
    Shape,
    BadDate,
    /// The date is outside the decision's period.
    OutsidePeriod,
    BadAmount,
    UnknownLine,
    MissingReference,
    /// Imported before, or twice in this file.
    Duplicate,
}

impl Problem {
    pub fn message_id(self) -> &'static str {
        match self {
            Problem::Shape => "import-problem-shape",
            Problem::BadDate => "import-problem-date",
            Problem::OutsidePeriod => "import-problem-period",
            Problem::BadAmount => "import-problem-amount",
            Problem::UnknownLine => "import-problem-line",
            Problem::MissingReference => "import-problem-reference",
            Problem::Duplicate => "import-problem-duplicate",
        }
    }
}

/// One row of the file, checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// Line number in the file (the header is line 1).
    pub line_no: usize,
    /// The row as it was, to show the worker.
    pub raw: String,
    pub spent_on: Option<NaiveDate>,
    pub amount_cents: Option<Cents>,
    pub line_id: Option<LineId>,
    pub line_name: String,
    pub description: String,
    pub reference: String,
    pub problem: Option<Problem>,
}

/// A support line a row can name.
#[derive(Clone, Debug)]
pub struct KnownLine {
    pub line_id: LineId,
    pub name: String,
}

/// What the rows are checked against.
pub struct Context<'a> {
    pub lines: &'a [KnownLine],
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    /// References imported before for this client.
    pub imported: &'a HashSet<String>,
}

/// Reads a date as `YYYY-MM-DD` or `D.M.YYYY`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .ok()
}

/// Why the whole file cannot be read, if it cannot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileProblem {
    Empty,
    Header,
}

/// Checks every row of a file.
pub fn read(text: &str, ctx: &Context<'_>) -> Result<Vec<Row>, FileProblem> {
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Err(FileProblem::Empty);
    };
    if header.trim().to_lowercase().replace(' ', "") != HEADER {
        return Err(FileProblem::Header);
    }
    let mut seen = HashSet::new();
    Ok(lines
        .map(|(index, raw)| check(index + 1, raw, ctx, &mut seen))
        .collect())
}

fn check(line_no: usize, raw: &str, ctx: &Context<'_>, seen: &mut HashSet<String>) -> Row {
    let fields: Vec<&str> = raw.split(';').map(str::trim).collect();
    let mut row = Row {
        line_no,
        raw: raw.to_owned(),
        spent_on: None,
        amount_cents: None,
        line_id: None,
        line_name: fields.get(2).copied().unwrap_or_default().to_owned(),
        description: fields.get(3).copied().unwrap_or_default().to_owned(),
        reference: fields.get(4).copied().unwrap_or_default().to_owned(),
        problem: None,
    };
    if fields.len() != 5 {
        row.problem = Some(Problem::Shape);
        return row;
    }
    let date = parse_date(fields[0]);
    row.spent_on = date;
    row.amount_cents = parse_euros(fields[1]).ok();
    row.line_id = ctx
        .lines
        .iter()
        .find(|l| l.name.trim().to_lowercase() == fields[2].to_lowercase())
        .map(|l| l.line_id);
    row.problem = match (date, row.amount_cents, row.line_id) {
        (None, _, _) => Some(Problem::BadDate),
        (Some(d), _, _) if d < ctx.period_start || d > ctx.period_end => {
            Some(Problem::OutsidePeriod)
        }
        (_, None, _) => Some(Problem::BadAmount),
        (_, Some(Cents::ZERO), _) => Some(Problem::BadAmount),
        (_, _, None) => Some(Problem::UnknownLine),
        _ if row.reference.is_empty() => Some(Problem::MissingReference),
        _ if ctx.imported.contains(&row.reference) || !seen.insert(row.reference.clone()) => {
            Some(Problem::Duplicate)
        }
        _ => None,
    };
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(lines: &'a [KnownLine], imported: &'a HashSet<String>) -> Context<'a> {
        Context {
            lines,
            period_start: NaiveDate::from_ymd_opt(2026, 9, 1).expect("date"),
            period_end: NaiveDate::from_ymd_opt(2027, 2, 28).expect("date"),
            imported,
        }
    }

    #[test]
    fn every_kind_of_bad_row_is_named() {
        let lines = [KnownLine {
            line_id: LineId(7),
            name: "Avustaja uimahalliin".into(),
        }];
        let imported: HashSet<String> = ["OLD-1".to_owned()].into();
        let file = format!(
            "{HEADER}\n\
             2026-09-03;45,00;Avustaja uimahalliin;Uimassa;A-1\n\
             3.9.2026;45;avustaja uimahalliin;Uimassa;A-2\n\
             2026-13-01;45;Avustaja uimahalliin;x;A-3\n\
             2026-08-31;45;Avustaja uimahalliin;x;A-4\n\
             2026-09-03;45,123;Avustaja uimahalliin;x;A-5\n\
             2026-09-03;45;Kuntosali;x;A-6\n\
             2026-09-03;45;Avustaja uimahalliin;x;\n\
             2026-09-03;45;Avustaja uimahalliin;x;OLD-1\n\
             2026-09-03;45;Avustaja uimahalliin;x;A-1\n\
             2026-09-03;45\n"
        );
        let rows = read(&file, &ctx(&lines, &imported)).expect("rows");
        let problems: Vec<Option<Problem>> = rows.iter().map(|r| r.problem).collect();
        assert_eq!(
            problems,
            vec![
                None,
                None,
                Some(Problem::BadDate),
                Some(Problem::OutsidePeriod),
                Some(Problem::BadAmount),
                Some(Problem::UnknownLine),
                Some(Problem::MissingReference),
                Some(Problem::Duplicate),
                Some(Problem::Duplicate),
                Some(Problem::Shape),
            ]
        );
        assert_eq!(rows[1].spent_on, NaiveDate::from_ymd_opt(2026, 9, 3));
        assert_eq!(rows[0].amount_cents, Some(Cents(4_500)));
        assert_eq!(rows[0].line_no, 2);
    }

    #[test]
    fn a_file_without_the_header_is_refused() {
        let none = HashSet::new();
        assert_eq!(read("", &ctx(&[], &none)), Err(FileProblem::Empty));
        assert_eq!(read("a;b;c\n", &ctx(&[], &none)), Err(FileProblem::Header));
    }
}
