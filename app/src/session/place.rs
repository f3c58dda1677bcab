//! Where a session was started, and how long a session may last there. A kiosk is shared,
//! so its sessions end much sooner.

use crate::db::StorageError;

/// Where a session was started. A kiosk is shared, so its sessions end much sooner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Place {
    Home,
    Kiosk,
    /// A worker's own sign-in.
    Worker,
}

impl Place {
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Home => "home",
            Place::Kiosk => "kiosk",
            Place::Worker => "worker",
        }
    }

    pub fn parse(text: &str) -> Option<Place> {
        match text {
            "home" => Some(Place::Home),
            "kiosk" => Some(Place::Kiosk),
            "worker" => Some(Place::Worker),
            _ => None,
        }
    }
}

pub(crate) fn parse_place(context: &str) -> Result<Place, StorageError> {
    Place::parse(context)
        .ok_or_else(|| StorageError::Unknown(format!("session.context: {context}")))
}

/// How long a session may last: without activity, and in all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub idle_ms: i64,
    pub absolute_ms: i64,
}

/// Time limits per place. The kiosk idle limit is a little longer than the kiosk screen's own
/// countdown, so the screen always ends the session first and saves the draft. A kiosk session
/// lasts at most 45 minutes however busy (security checklist S-S3).
pub fn limits(place: Place, kiosk_idle_seconds: i64) -> Limits {
    match place {
        Place::Home => Limits {
            idle_ms: 30 * 60 * 1000,
            absolute_ms: 8 * 3600 * 1000,
        },
        Place::Kiosk => Limits {
            idle_ms: (kiosk_idle_seconds + 30) * 1000,
            absolute_ms: 45 * 60 * 1000,
        },
        Place::Worker => Limits {
            idle_ms: 30 * 60 * 1000,
            absolute_ms: 12 * 3600 * 1000,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kiosk_session_ends_within_45_minutes_and_after_the_screen_countdown() {
        let kiosk = limits(Place::Kiosk, 180);
        assert_eq!(kiosk.absolute_ms, 45 * 60 * 1000);
        assert!(
            kiosk.idle_ms > 180 * 1000,
            "the screen ends it first and saves"
        );
        assert!(kiosk.idle_ms <= 210 * 1000);
        assert!(limits(Place::Home, 180).absolute_ms <= 8 * 3600 * 1000);
    }
}
