//! The budget decision form.

use super::{check_amount, check_date, check_text};
use crate::money::repo::DecisionInput;
use crate::money::{FieldError, FormState};

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
