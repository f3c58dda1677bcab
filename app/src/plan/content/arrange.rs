//! Turning a section form into items that keep their ids: a card or a line that was there
//! before keeps its id and place, a new one gets a new id at the end, and "Ylös" / "Alas"
//! moves one item. Money lines link to these ids, so they stay linked whatever the order.

use super::answer::{Goal, Item};
use super::Answer;

/// A press of "Ylös" or "Alas" on one item, sent as `up:<id>` or `down:<id>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shift {
    Up(String),
    Down(String),
}

impl Shift {
    pub fn parse(raw: &str) -> Option<Shift> {
        match raw.trim().split_once(':') {
            Some(("up", id)) if !id.is_empty() => Some(Shift::Up(id.to_owned())),
            Some(("down", id)) if !id.is_empty() => Some(Shift::Down(id.to_owned())),
            _ => None,
        }
    }

    /// The form value of this press.
    pub fn value(&self) -> String {
        match self {
            Shift::Up(id) => format!("up:{id}"),
            Shift::Down(id) => format!("down:{id}"),
        }
    }

    /// Moves the item one place, if it is there and can move.
    pub fn apply<T>(&self, list: &mut [T], id_of: impl Fn(&T) -> &str) {
        let (id, up) = match self {
            Shift::Up(id) => (id, true),
            Shift::Down(id) => (id, false),
        };
        let Some(at) = list.iter().position(|x| id_of(x) == id) else {
            return;
        };
        let other = if up { at.checked_sub(1) } else { Some(at + 1) };
        if let Some(other) = other.filter(|o| *o < list.len()) {
            list.swap(at, other);
        }
    }
}

/// What the form sent, already cleaned: chosen cards (only ones the section offers) and
/// own words.
pub struct Chosen<'a> {
    pub cards: &'a [String],
    pub shift: Option<Shift>,
}

/// The items of a text section: earlier items keep id and place, a line changed in place
/// (as many lines as before) keeps its id, new ones come last.
pub fn arrange_items(
    previous: Option<&Answer>,
    chosen: &Chosen<'_>,
    lines: Vec<String>,
    new_id: &mut dyn FnMut() -> String,
) -> Vec<Item> {
    let before = previous.map(Answer::entries).unwrap_or_default();
    let mut used = vec![false; lines.len()];
    let mut slots: Vec<Option<Item>> = before
        .iter()
        .map(|entry| match &entry.card {
            Some(card) => chosen.cards.contains(card).then(|| Item {
                id: entry.id.clone(),
                card: Some(card.clone()),
                text: String::new(),
            }),
            None => {
                let at = (0..lines.len()).find(|&i| !used[i] && lines[i] == entry.text)?;
                used[at] = true;
                Some(own(entry.id.clone(), &lines[at]))
            }
        })
        .collect();
    let unmatched: Vec<usize> = (0..before.len())
        .filter(|&i| slots[i].is_none() && before[i].card.is_none())
        .collect();
    let unused: Vec<usize> = (0..lines.len()).filter(|&i| !used[i]).collect();
    if unmatched.len() == unused.len() {
        for (&slot, &line) in unmatched.iter().zip(&unused) {
            slots[slot] = Some(own(before[slot].id.clone(), &lines[line]));
            used[line] = true;
        }
    }
    let mut items: Vec<Item> = slots.into_iter().flatten().collect();
    for card in chosen.cards {
        if !items.iter().any(|i| i.card.as_ref() == Some(card)) {
            items.push(Item {
                id: new_id(),
                card: Some(card.clone()),
                text: String::new(),
            });
        }
    }
    for (i, line) in lines.iter().enumerate() {
        if !used[i] {
            items.push(own(new_id(), line));
        }
    }
    if let Some(shift) = &chosen.shift {
        shift.apply(&mut items, |i| i.id.as_str());
    }
    items
}

fn own(id: String, text: &str) -> Item {
    Item {
        id,
        card: None,
        text: text.to_owned(),
    }
}

/// The goals: the goal boxes are places, so box N keeps the id of the Nth written goal;
/// card goals keep theirs; written goals past the boxes are kept as they were.
pub fn arrange_goals(
    previous: Option<&Answer>,
    chosen: &Chosen<'_>,
    boxes: &[Goal],
    new_id: &mut dyn FnMut() -> String,
) -> Vec<Goal> {
    let before: Vec<Goal> = match previous {
        Some(answer) => answer
            .entries()
            .into_iter()
            .map(|e| Goal {
                id: e.id,
                card: e.card,
                goal: e.text,
                how: e.how,
            })
            .collect(),
        None => Vec::new(),
    };
    let mut written = 0;
    let mut goals = Vec::new();
    for goal in &before {
        match &goal.card {
            Some(card) if chosen.cards.contains(card) => goals.push(goal.clone()),
            Some(_) => {}
            None => {
                let place = written;
                written += 1;
                match boxes.get(place) {
                    Some(typed) if !typed.goal.is_empty() => goals.push(Goal {
                        id: goal.id.clone(),
                        ..typed.clone()
                    }),
                    Some(_) => {}
                    None => goals.push(goal.clone()),
                }
            }
        }
    }
    for card in chosen.cards {
        if !goals.iter().any(|g| g.card.as_ref() == Some(card)) {
            goals.push(Goal {
                id: new_id(),
                card: Some(card.clone()),
                ..Goal::default()
            });
        }
    }
    for typed in boxes.iter().skip(written).filter(|g| !g.goal.is_empty()) {
        goals.push(Goal {
            id: new_id(),
            ..typed.clone()
        });
    }
    if let Some(shift) = &chosen.shift {
        shift.apply(&mut goals, |g| g.id.as_str());
    }
    goals
}
