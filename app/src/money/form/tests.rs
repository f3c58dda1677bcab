//! The money forms read as people write them, and refused with a reason.

use super::*;
use crate::money::Arrangement;

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
        (
            "goals:0".to_owned(),
            "goals".to_owned(),
            "Leipoa".to_owned(),
        ),
        ("goals:i7".to_owned(), "goals".to_owned(), "Uida".to_owned()),
    ];
    let arrangement = Arrangement::ALL[0].as_str();
    let line = parse_line(
        &FormState::from_pairs(&[
            ("name", "Musiikkitunnit"),
            ("amount", "600"),
            ("arrangement", arrangement),
            ("wishes", "goals:i7,unknown:3"),
        ]),
        &wishes,
    )
    .expect("line");
    assert_eq!(line.amount_cents, Cents(60_000));
    assert_eq!(line.wishes.len(), 1, "an unknown wish is ignored");
    assert_eq!(line.wishes[0].section, "goals");
    assert_eq!(line.wishes[0].item_id, "i7", "linked by the item's id");
    assert_eq!(line.wishes[0].item_index, 1, "and its place when linked");
    let errors = errors_of(parse_line(
        &FormState::from_pairs(&[("name", "X"), ("amount", "600"), ("arrangement", "magic")]),
        &wishes,
    ));
    assert!(errors.contains(&pair("arrangement", FieldError::Arrangement)));
    assert!(errors.contains(&pair("wishes", FieldError::WishMissing)));
}
