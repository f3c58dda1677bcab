//! The service view's figures for national reporting: JSON (one object, every figure with a
//! stable name) and CSV (`;`-separated, UTF-8 with a byte-order mark so spreadsheets read the
//! letters right). A CSV cell that could start a formula (= + - @, a tab or a carriage
//! return) is written with a leading apostrophe, so a spreadsheet shows it as text and runs
//! nothing. A suppressed figure (a group under five people) is empty with a note.

use super::{average_hundredths, ServiceFigures, Shown, MIN_GROUP};
use serde_json::{json, Value};

/// Neutralises a cell a spreadsheet would read as a formula. Numbers we write ourselves
/// (digits with an optional minus) are kept, so they stay numbers.
pub fn neutral(cell: &str) -> String {
    let is_number = cell
        .strip_prefix('-')
        .unwrap_or(cell)
        .chars()
        .all(|c| c.is_ascii_digit())
        && !cell.trim_start_matches('-').is_empty();
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_number {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// One CSV field: neutralised, and quoted when it holds the separator, a quote or a line end.
fn field(cell: &str) -> String {
    let cell = neutral(cell);
    if cell.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// The rows of the export: figure, part, value (`None`: suppressed).
fn rows(f: &ServiceFigures) -> Vec<(String, String, Option<i64>)> {
    let mut out = Vec::new();
    let mut push = |figure: &str, part: &str, value: Option<i64>| {
        out.push((figure.to_owned(), part.to_owned(), value));
    };
    for s in &f.stages {
        push("clients_by_stage", &s.stage, s.people);
    }
    let m = f.money;
    push("money_people", "", m.map(|m| m.people));
    push("money_decisions", "", m.map(|m| m.decisions));
    push("granted_cents", "", m.map(|m| m.granted_cents));
    push("used_cents", "", m.map(|m| m.used_cents));
    push("left_cents", "", m.map(|m| m.left_cents));
    let c = f.cost;
    push("cost_people", "", c.map(|c| c.people));
    push("cost_decisions", "", c.map(|c| c.decisions));
    push("budget_cents", "", c.map(|c| c.budget_cents));
    push("earlier_cents", "", c.map(|c| c.earlier_cents));
    push("difference_cents", "", c.map(|c| c.difference_cents));
    push(
        "budget_per_client_cents",
        "",
        c.map(|c| c.budget_per_client_cents),
    );
    push(
        "earlier_per_client_cents",
        "",
        c.map(|c| c.earlier_per_client_cents),
    );
    match &f.wellbeing {
        Shown::Counts { people, rows } => {
            push("wellbeing_people", "", Some(*people));
            for a in rows {
                let item = a.counts.item.slug();
                push("wellbeing_improved", item, Some(a.counts.improved));
                push("wellbeing_same", item, Some(a.counts.same));
                push("wellbeing_declined", item, Some(a.counts.declined));
                let n = a.counts.improved + a.counts.same + a.counts.declined;
                push(
                    "wellbeing_change_hundredths",
                    item,
                    Some(average_hundredths(a.points, n)),
                );
            }
        }
        Shown::Hidden => push("wellbeing_people", "", None),
    }
    match &f.satisfaction {
        Shown::Counts { people, rows } => {
            push("satisfaction_people", "", Some(*people));
            for s in rows {
                for (i, n) in s.by_score.iter().enumerate() {
                    let part = format!("{}:{}", s.item.slug(), i + 1);
                    push("satisfaction_answers", &part, Some(*n));
                }
            }
        }
        Shown::Hidden => push("satisfaction_people", "", None),
    }
    out
}

/// The CSV text. `hidden_note` is the words for a suppressed figure, in the reader's language.
pub fn csv(f: &ServiceFigures, hidden_note: &str) -> String {
    let mut out = String::from("\u{feff}period_from;period_to;figure;part;value;note\r\n");
    let from = f.period.from_text();
    let to = f.period.to_text();
    for (figure, part, value) in rows(f) {
        let value_text = value.map(|v| v.to_string()).unwrap_or_default();
        let note = if value.is_none() { hidden_note } else { "" };
        let cells = [from.as_str(), &to, &figure, &part, &value_text, note];
        let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The JSON object: the period, the smallest group shown, and each figure as `value` or
/// `suppressed: true`.
pub fn json(f: &ServiceFigures) -> Value {
    let figures: Vec<Value> = rows(f)
        .into_iter()
        .map(|(figure, part, value)| match value {
            Some(v) => json!({"figure": figure, "part": part, "value": v, "suppressed": false}),
            None => json!({"figure": figure, "part": part, "value": null, "suppressed": true}),
        })
        .collect();
    json!({
        "period": {"from": f.period.from_text(), "to": f.period.to_text()},
        "min_group": MIN_GROUP,
        "figures": figures,
    })
}

#[cfg(test)]
mod tests {
    use super::neutral;

    #[test]
    fn formula_starts_are_neutralised_and_our_numbers_kept() {
        for risky in [
            "=1+1",
            "+1",
            "-1+2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "-",
            "=HYPERLINK(\"x\")",
        ] {
            assert!(neutral(risky).starts_with('\''), "{risky:?}");
        }
        assert_eq!(neutral("-1500"), "-1500");
        assert_eq!(neutral("1500"), "1500");
        assert_eq!(neutral("writing"), "writing");
    }
}
