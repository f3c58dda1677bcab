//! The worker's money forms as pure functions: each field is checked and parsed once into
//! the values the repository stores, or refused with a `FieldError` next to the field.

use super::amount::{parse_euros, AmountError, Cents};
use super::import::{self};
use super::{Arrangement, FieldError, FormState};
use crate::money::repo::{DecisionInput, LineInput, Wish};
use crate::plan::content::grapheme_len;
use chrono::NaiveDate;

/// Where the worker's money page is.
pub const PAGE: &str = "/worker/money";

/// A date as people write it (`3.9.2026`) or as it is stored (`2026-09-03`).
pub fn date(text: &str) -> Option<NaiveDate> {
    import::parse_date(text)
}

pub fn split_wishes(joined: &str) -> Vec<String> {
    joined
        .split(',')
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect()
}

pub fn check_date(
    form: &FormState,
    field: &str,
    errors: &mut Vec<(String, FieldError)>,
) -> Option<NaiveDate> {
    let text = form.get(field);
    match date(&text) {
        Some(d) => Some(d),
        None => {
            let error = if text.trim().is_empty() {
                FieldError::DateEmpty
            } else {
                FieldError::Date
            };
            errors.push((field.to_owned(), error));
            None
        }
    }
}

pub fn check_amount(
    form: &FormState,
    field: &str,
    errors: &mut Vec<(String, FieldError)>,
) -> Option<Cents> {
    match parse_euros(&form.get(field)) {
        Ok(Cents::ZERO) => {
            errors.push((field.to_owned(), FieldError::Amount(AmountError::Empty)));
            None
        }
        Ok(cents) => Some(cents),
        Err(e) => {
            errors.push((field.to_owned(), FieldError::Amount(e)));
            None
        }
    }
}

pub fn check_text(
    form: &FormState,
    field: &str,
    max: usize,
    errors: &mut Vec<(String, FieldError)>,
) -> String {
    let text = form.get(field).trim().to_owned();
    if text.is_empty() {
        errors.push((field.to_owned(), FieldError::TextEmpty));
    } else if grapheme_len(&text) > max {
        errors.push((field.to_owned(), FieldError::TextLong));
    }
    text
}

/// Checks a decision form: dates, the order of the dates, the amount, the reference.
pub fn parse_decision(form: &FormState) -> Result<DecisionInput, Vec<(String, FieldError)>> {
    let mut errors = Vec::new();
    let start = check_date(form, "period_start", &mut errors);
    let end = check_date(form, "period_end", &mut errors);
    if let (Some(s), Some(e)) = (&start, &end) {
        if e < s {
            errors.push(("period_end".to_owned(), FieldError::PeriodOrder));
        }
    }
    let granted = check_amount(form, "granted", &mut errors);
    let reference = check_text(form, "reference", 80, &mut errors);
    let follow_up = if form.get("next_follow_up").trim().is_empty() {
        None
    } else {
        check_date(form, "next_follow_up", &mut errors)
    };
    match (start, end, granted) {
        (Some(period_start), Some(period_end), Some(granted_cents)) if errors.is_empty() => {
            Ok(DecisionInput {
                period_start,
                period_end,
                granted_cents,
                reference,
                next_follow_up: follow_up,
            })
        }
        _ => Err(errors),
    }
}

/// Checks a support-line form against the plan's wishes.
pub fn parse_line(
    form: &FormState,
    wishes: &[(String, String, String)],
) -> Result<LineInput, Vec<(String, FieldError)>> {
    let mut errors = Vec::new();
    let name = check_text(form, "name", 80, &mut errors);
    let amount = check_amount(form, "amount", &mut errors);
    let arrangement = Arrangement::parse(&form.get("arrangement"));
    if arrangement.is_none() {
        errors.push(("arrangement".to_owned(), FieldError::Arrangement));
    }
    let chosen = split_wishes(&form.get("wishes"));
    let linked: Vec<Wish> = wishes
        .iter()
        .filter(|(key, ..)| chosen.contains(key))
        .filter_map(|(key, section, text)| {
            let index = key.rsplit(':').next()?.parse().ok()?;
            Some(Wish {
                section: section.clone(),
                item_index: index,
                item_text: text.clone(),
            })
        })
        .collect();
    if linked.is_empty() {
        errors.push(("wishes".to_owned(), FieldError::WishMissing));
    }
    match (amount, arrangement) {
        (Some(amount_cents), Some(arrangement)) if errors.is_empty() => Ok(LineInput {
            name,
            amount_cents,
            arrangement,
            wishes: linked,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(start: &str, end: &str, granted: &str, reference: &str) -> FormState {
        FormState::from_pairs(&[
            ("period_start", start),
            ("period_end", end),
            ("granted", granted),
            ("reference", reference),
        ])
    }

    fn errors_of<T: std::fmt::Debug>(
        result: Result<T, Vec<(String, FieldError)>>,
    ) -> Vec<(String, FieldError)> {
        result.expect_err("refused")
    }

    fn pair(field: &str, error: FieldError) -> (String, FieldError) {
        (field.to_owned(), error)
    }

    #[test]
    fn a_decision_is_read_as_people_write_it() {
        let input = parse_decision(&decision("1.9.2026", "28.2.2027", "1 500,50", " HB-12 "))
            .expect("decision");
        assert_eq!(
            input.period_start,
            NaiveDate::from_ymd_opt(2026, 9, 1).expect("date")
        );
        assert_eq!(
            input.period_end,
            NaiveDate::from_ymd_opt(2027, 2, 28).expect("date")
        );
        assert_eq!(input.granted_cents, Cents(150_050));
        assert_eq!(input.reference, "HB-12");
        assert_eq!(input.next_follow_up, None);
    }

    #[test]
    fn each_wrong_decision_field_is_told_next_to_it() {
        let errors = errors_of(parse_decision(&decision(
            "1.9.2026", "1.8.2026", "100", "HB",
        )));
        assert_eq!(errors, vec![pair("period_end", FieldError::PeriodOrder)]);
        let errors = errors_of(parse_decision(&decision("", "32.1.2026", "0", "")));
        assert!(errors.contains(&pair("period_start", FieldError::DateEmpty)));
        assert!(errors.contains(&pair("period_end", FieldError::Date)));
        assert!(errors.contains(&pair("granted", FieldError::Amount(AmountError::Empty))));
        assert!(errors.contains(&pair("reference", FieldError::TextEmpty)));
        let long = "x".repeat(81);
        let errors = errors_of(parse_decision(&decision(
            "1.9.2026",
            "1.10.2026",
            "-5",
            &long,
        )));
        assert!(errors.iter().any(|(f, _)| f == "granted"));
        assert!(errors.contains(&pair("reference", FieldError::TextLong)));
    }

    #[test]
    fn text_length_counts_graphemes() {
        let mut errors = Vec::new();
        // 80 family emoji are 80 graphemes but far more bytes and chars.
        let family = "👨‍👩‍👧".repeat(80);
        check_text(
            &FormState::from_pairs(&[("name", &family)]),
            "name",
            80,
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        check_text(
            &FormState::from_pairs(&[("name", &(family + "a"))]),
            "name",
            80,
            &mut errors,
        );
        assert_eq!(errors, vec![pair("name", FieldError::TextLong)]);
    }

    #[test]
    fn a_line_serves_at_least_one_wish_of_the_plan() {
        let wishes = vec![
            (
                "important:0".to_owned(),
                "important".to_owned(),
                "Musiikki".to_owned(),
            ),
            ("goals:1".to_owned(), "goals".to_owned(), "Uida".to_owned()),
        ];
        let arrangement = Arrangement::ALL[0].as_str();
        let line = parse_line(
            &FormState::from_pairs(&[
                ("name", "Musiikkitunnit"),
                ("amount", "600"),
                ("arrangement", arrangement),
                ("wishes", "goals:1,unknown:3"),
            ]),
            &wishes,
        )
        .expect("line");
        assert_eq!(line.amount_cents, Cents(60_000));
        assert_eq!(line.wishes.len(), 1, "an unknown wish is ignored");
        assert_eq!(line.wishes[0].section, "goals");
        assert_eq!(line.wishes[0].item_index, 1);
        let errors = errors_of(parse_line(
            &FormState::from_pairs(&[("name", "X"), ("amount", "600"), ("arrangement", "magic")]),
            &wishes,
        ));
        assert!(errors.contains(&pair("arrangement", FieldError::Arrangement)));
        assert!(errors.contains(&pair("wishes", FieldError::WishMissing)));
    }
}
