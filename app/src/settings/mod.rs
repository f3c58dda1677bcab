//! Personal settings: text size, high contrast, symbols and read-aloud. They are reachable on
//! every page before anything else is needed. The browser keeps them in a cookie so the first
//! byte of every page is already right; a signed-in user at home also keeps them on the
//! server, and at the kiosk they end with the session.

#[cfg(feature = "ssr")]
pub mod repo;

use serde::{Deserialize, Serialize};

/// The cookie holding the settings in effect.
pub const PREFS_COOKIE: &str = "sopiva_prefs";
/// Largest text-size step (0 is the normal size).
pub const MAX_TEXT_SIZE: u8 = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    pub text_size: u8,
    pub contrast: bool,
    pub symbols: bool,
    pub speech: bool,
    /// Read with the browser's own voice when it has an on-device voice for the language.
    /// Off by default: the server's voice works everywhere and the same way.
    pub browser_voice: bool,
}

impl Prefs {
    /// The defaults: symbols and read-aloud on, so nobody has to find them first.
    pub fn defaults() -> Prefs {
        Prefs {
            text_size: 0,
            contrast: false,
            symbols: true,
            speech: true,
            browser_voice: false,
        }
    }

    /// A short form for the cookie, for example `t2c0s1r1v0`.
    pub fn encode(self) -> String {
        format!(
            "t{}c{}s{}r{}v{}",
            self.text_size,
            u8::from(self.contrast),
            u8::from(self.symbols),
            u8::from(self.speech),
            u8::from(self.browser_voice)
        )
    }

    pub fn parse(text: &str) -> Option<Prefs> {
        let bytes = text.as_bytes();
        // The eight-letter form is from before the voice choice existed.
        let voice_part = match bytes.len() {
            8 => false,
            10 if bytes[8] == b'v' => true,
            _ => return None,
        };
        if bytes[0] != b't' || bytes[2] != b'c' || bytes[4] != b's' || bytes[6] != b'r' {
            return None;
        }
        let digit = |i: usize| bytes[i].checked_sub(b'0').filter(|d| *d <= 9);
        let flag = |i: usize| match digit(i) {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        };
        Some(Prefs {
            text_size: digit(1).filter(|d| *d <= MAX_TEXT_SIZE)?,
            contrast: flag(3)?,
            symbols: flag(5)?,
            speech: flag(7)?,
            browser_voice: if voice_part { flag(9)? } else { false },
        })
    }

    /// Classes on `<html>` that the style sheet turns into the chosen look.
    pub fn html_class(self, kiosk: bool) -> String {
        let mut classes = vec![format!("text-{}", self.text_size)];
        if self.contrast {
            classes.push("contrast".to_owned());
        }
        if !self.symbols {
            classes.push("no-symbols".to_owned());
        }
        if kiosk {
            classes.push("kiosk".to_owned());
        }
        classes.join(" ")
    }

    /// Applies one change asked for by a settings button.
    pub fn apply(self, change: &str) -> Prefs {
        let mut next = self;
        match change {
            "bigger" => next.text_size = (self.text_size + 1).min(MAX_TEXT_SIZE),
            "smaller" => next.text_size = self.text_size.saturating_sub(1),
            "contrast" => next.contrast = !self.contrast,
            "symbols" => next.symbols = !self.symbols,
            "speech" => next.speech = !self.speech,
            "voice" => next.browser_voice = !self.browser_voice,
            _ => {}
        }
        next
    }
}

/// What the request says about the device and the person's settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Device {
    pub kiosk: bool,
    pub prefs: Prefs,
}

/// The cookie that marks a device as a kiosk. A worker sets it with the kiosk code.
pub const KIOSK_COOKIE: &str = "sopiva_kiosk";

impl Device {
    /// Reads the kiosk mark and the settings from a `Cookie` header.
    pub fn from_cookie_header(header: &str) -> Device {
        use crate::cookies::cookie_value;
        let kiosk = cookie_value(header, KIOSK_COOKIE).is_some_and(|v| v == "1");
        let prefs = cookie_value(header, PREFS_COOKIE)
            .and_then(Prefs::parse)
            .unwrap_or(Prefs::defaults());
        Device { kiosk, prefs }
    }
}

/// The device of the page being rendered.
pub fn use_device() -> Device {
    leptos::prelude::use_context::<Device>().unwrap_or(Device {
        kiosk: false,
        prefs: Prefs::defaults(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_bad_cookies_are_ignored() {
        let prefs = Prefs {
            text_size: 2,
            contrast: true,
            symbols: false,
            speech: true,
            browser_voice: true,
        };
        assert_eq!(prefs.encode(), "t2c1s0r1v1");
        assert_eq!(Prefs::parse(&prefs.encode()), Some(prefs));
        // A cookie from before the voice choice still works.
        assert_eq!(
            Prefs::parse("t2c1s0r1").map(|p| p.browser_voice),
            Some(false)
        );
        assert_eq!(Prefs::parse("t2c1s0r1x1"), None);
        assert_eq!(Prefs::parse("t9c0s1r0"), None);
        assert_eq!(Prefs::parse("t1c2s1r0"), None);
        assert_eq!(Prefs::parse("x"), None);
    }

    #[test]
    fn text_size_has_limits_and_toggles_flip() {
        let mut prefs = Prefs::defaults();
        for _ in 0..5 {
            prefs = prefs.apply("bigger");
        }
        assert_eq!(prefs.text_size, MAX_TEXT_SIZE);
        assert_eq!(Prefs::defaults().apply("smaller").text_size, 0);
        assert!(prefs.apply("contrast").contrast);
        assert!(!prefs.apply("symbols").symbols);
    }

    #[test]
    fn read_aloud_is_on_by_default_and_the_kiosk_is_marked() {
        assert!(Device::from_cookie_header("sopiva_kiosk=1").prefs.speech);
        assert!(Device::from_cookie_header("").prefs.speech);
        let device = Device::from_cookie_header("sopiva_kiosk=1; sopiva_prefs=t1c0s1r0");
        assert!(device.kiosk && !device.prefs.speech && device.prefs.text_size == 1);
        assert_eq!(device.prefs.html_class(true), "text-1 kiosk");
    }
}
