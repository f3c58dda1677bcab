//! Euro amounts as people type and read them. Money is integer cents everywhere; text is
//! parsed once here and never through a float.

use serde::{Deserialize, Serialize};
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};

/// An amount of money in euro cents. Sums and differences stay whole cents; the type has no
/// way to multiply by a fraction, so no float can slip in. Stored and sent as an integer.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
pub struct Cents(pub i64);

impl Cents {
    pub const ZERO: Cents = Cents(0);
}

impl Add for Cents {
    type Output = Cents;
    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

impl AddAssign for Cents {
    fn add_assign(&mut self, other: Cents) {
        self.0 += other.0;
    }
}

impl Sub for Cents {
    type Output = Cents;
    fn sub(self, other: Cents) -> Cents {
        Cents(self.0 - other.0)
    }
}

/// The opposite amount: a correction reverses an entry with it.
impl Neg for Cents {
    type Output = Cents;
    fn neg(self) -> Cents {
        Cents(-self.0)
    }
}

impl Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(items: I) -> Cents {
        Cents(items.map(|c| c.0).sum())
    }
}

/// The largest amount accepted: ten million euros.
pub const MAX_CENTS: Cents = Cents(1_000_000_000);

/// Why a typed amount was refused. Each has its own plain-language message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
}

impl AmountError {
    /// The catalogue id of the message shown at the field.
    pub fn message_id(self) -> &'static str {
        match self {
            AmountError::Empty => "error-amount-empty",
            AmountError::NotANumber => "error-amount-text",
            AmountError::Negative => "error-amount-negative",
            AmountError::TooManyDecimals => "error-amount-decimals",
            AmountError::TooLarge => "error-amount-large",
        }
    }
}

/// Reads euros as typed: "1250", "1 250", "1250,5", "1 250,50 €", "1250.50". Spaces (also
/// no-break spaces) group thousands; a comma or a dot starts the cents.
pub fn parse_euros(text: &str) -> Result<Cents, AmountError> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('€')
        .trim_end_matches("euroa")
        .trim_end_matches("euro")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if cleaned.is_empty() {
        return Err(AmountError::Empty);
    }
    if cleaned.starts_with('-') || cleaned.starts_with('−') {
        return Err(AmountError::Negative);
    }
    let (whole, cents) = match cleaned.split_once([',', '.']) {
        Some((w, c)) => (w, c),
        None => (cleaned.as_str(), ""),
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || (!cents.is_empty() && !digits(cents)) {
        return Err(AmountError::NotANumber);
    }
    if cents.len() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    if whole.len() > 9 {
        return Err(AmountError::TooLarge);
    }
    let whole: i64 = whole.parse().map_err(|_| AmountError::NotANumber)?;
    let cents: i64 = match cents.len() {
        0 => 0,
        1 => cents.parse::<i64>().map_err(|_| AmountError::NotANumber)? * 10,
        _ => cents.parse().map_err(|_| AmountError::NotANumber)?,
    };
    let total = whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(cents))
        .ok_or(AmountError::TooLarge)?;
    if total > MAX_CENTS.0 {
        return Err(AmountError::TooLarge);
    }
    Ok(Cents(total))
}

/// Writes cents as a number people read: "1 250" or "1 250,50" (Finnish and Swedish), and
/// "1,250" or "1,250.50" (English). No decimals when they are zero.
pub fn format_number(Cents(cents): Cents, english: bool) -> String {
    let negative = cents < 0;
    let abs = cents.unsigned_abs();
    let (whole, rest) = (abs / 100, abs % 100);
    let digits = whole.to_string();
    let group = if english { ',' } else { '\u{a0}' };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if negative { "−" } else { "" };
    if rest == 0 {
        format!("{sign}{grouped}")
    } else {
        let point = if english { '.' } else { ',' };
        format!("{sign}{grouped}{point}{rest:02}")
    }
}

/// Cents back into the text a form field shows ("1250,50"), for editing.
pub fn field_text(Cents(cents): Cents) -> String {
    if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        format!("{},{:02}", cents / 100, (cents % 100).abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_amounts_become_cents() {
        assert_eq!(parse_euros("1250"), Ok(Cents(125_000)));
        assert_eq!(parse_euros(" 1 250,50 € "), Ok(Cents(125_050)));
        assert_eq!(parse_euros("1\u{a0}250.5"), Ok(Cents(125_050)));
        assert_eq!(parse_euros("0,07"), Ok(Cents(7)));
        assert_eq!(parse_euros("120 euroa"), Ok(Cents(12_000)));
    }

    #[test]
    fn bad_amounts_are_refused_with_a_reason() {
        assert_eq!(parse_euros(""), Err(AmountError::Empty));
        assert_eq!(parse_euros("-5"), Err(AmountError::Negative));
        assert_eq!(parse_euros("12,345"), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_euros("satanen"), Err(AmountError::NotANumber));
        assert_eq!(parse_euros("1,2,3"), Err(AmountError::NotANumber));
        assert_eq!(
            parse_euros("99999999999999999999"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(parse_euros("10000000,01"), Err(AmountError::TooLarge));
        assert_eq!(parse_euros("10000000"), Ok(MAX_CENTS));
    }

    #[test]
    fn amounts_are_written_as_people_read_them() {
        assert_eq!(format_number(Cents(125_000), false), "1\u{a0}250");
        assert_eq!(format_number(Cents(125_050), false), "1\u{a0}250,50");
        assert_eq!(format_number(Cents(125_050), true), "1,250.50");
        assert_eq!(format_number(Cents(5), false), "0,05");
        assert_eq!(format_number(Cents(-4_500), false), "−45");
        assert_eq!(field_text(Cents(125_050)), "1250,50");
        assert_eq!(field_text(Cents(4_500)), "45");
    }
}
