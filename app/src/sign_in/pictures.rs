//! The twelve pictures a picture PIN is made of.

/// The pictures of the PIN grid, in grid order: the name the form sends (and the PIN is made
/// of) and the symbol concept drawn for it.
pub const PICTURES: [(&str, &str); 12] = [
    ("dog", "pin-dog"),
    ("cat", "pin-cat"),
    ("sun", "pin-sun"),
    ("house", "pin-house"),
    ("car", "pin-car"),
    ("tree", "pin-tree"),
    ("apple", "pin-apple"),
    ("fish", "pin-fish"),
    ("flower", "pin-flower"),
    ("ball", "pin-ball"),
    ("star", "pin-star"),
    ("bicycle", "pin-bicycle"),
];

/// The grid's picture with this name, if there is one.
pub fn picture(name: &str) -> Option<&'static str> {
    PICTURES
        .iter()
        .map(|(known, _)| *known)
        .find(|known| *known == name)
}
