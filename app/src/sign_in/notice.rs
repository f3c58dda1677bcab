//! What the picture page tells after a press, carried in the page's address.

/// What the picture page tells after a press.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureNotice {
    /// The pictures were wrong.
    Wrong,
    /// Too many wrong tries: wait this many seconds. The PIN was not checked.
    Wait(i64),
    /// Ten wrong tries in a row: a worker must unlock.
    Locked,
    /// A new PIN was chosen once: choose it again.
    Again,
    /// The second choice of a new PIN differed from the first.
    Mismatch,
}

impl crate::forms::notice::Notice for PictureNotice {
    fn every() -> Vec<Self> {
        vec![
            PictureNotice::Wrong,
            PictureNotice::Wait(30),
            PictureNotice::Locked,
            PictureNotice::Again,
            PictureNotice::Mismatch,
        ]
    }

    fn query(&self) -> (&'static str, String) {
        let value = match self {
            PictureNotice::Wrong => "wrong".to_owned(),
            PictureNotice::Wait(seconds) => format!("wait-{seconds}"),
            PictureNotice::Locked => "locked".to_owned(),
            PictureNotice::Again => "again".to_owned(),
            PictureNotice::Mismatch => "mismatch".to_owned(),
        };
        ("error", value)
    }

    fn message_id(&self) -> &'static str {
        match self {
            PictureNotice::Wrong => "error-pictures-wrong",
            PictureNotice::Wait(_) => "error-pictures-wait",
            PictureNotice::Locked => "error-pictures-locked",
            PictureNotice::Again => "pictures-again",
            PictureNotice::Mismatch => "error-pictures-mismatch",
        }
    }

    fn parse(key: &str, value: &str) -> Option<Self> {
        if key != "error" {
            return None;
        }
        if let Some(seconds) = value.strip_prefix("wait-") {
            return seconds.parse().ok().map(PictureNotice::Wait);
        }
        Self::every().into_iter().find(|n| n.query().1 == value)
    }
}
