//! The support-line form: name, amount, how it is arranged, and the wishes it serves.

use super::{check_amount, check_text};
use crate::money::repo::{LineInput, Wish};
use crate::money::{Arrangement, FieldError, FormState};

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
    let mut places: std::collections::BTreeMap<&str, i64> = Default::default();
    let linked: Vec<Wish> = wishes
        .iter()
        .filter_map(|(key, section, text)| {
            // The item's place in its section, counted over every wish of the section.
            let place = places.entry(section.as_str()).or_insert(-1);
            *place += 1;
            let (_, id) = key.split_once(':')?;
            chosen.contains(key).then(|| Wish {
                section: section.clone(),
                item_id: id.to_owned(),
                item_index: *place,
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

/// The wish keys a support-line form sent, joined with commas.
pub fn split_wishes(joined: &str) -> Vec<String> {
    joined
        .split(',')
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect()
}
