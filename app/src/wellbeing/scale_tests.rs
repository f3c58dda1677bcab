//! Tests of `scale`: what is a score, and the change between two.

use super::scale::*;

#[test]
fn only_one_to_five_is_a_score() {
    assert_eq!(Score::parse("3").map(Score::value), Some(3));
    assert_eq!(Score::parse(" 5 ").map(Score::value), Some(5));
    for bad in ["0", "6", "-1", "", "kolme", "3.5", "99999999999999999999"] {
        assert_eq!(Score::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn change_compares_the_end_with_the_start() {
    let s = |v| Score::from_i64(v).unwrap_or(Score::ALL[0]);
    assert_eq!(Change::between(s(2), s(4)), Change::Better);
    assert_eq!(Change::between(s(3), s(3)), Change::Same);
    assert_eq!(Change::between(s(5), s(1)), Change::Worse);
}
