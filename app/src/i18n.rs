//! Languages and user-visible text. Every word a user sees comes from the Fluent files in
//! `locales/`; Rust code only names message ids. Isolation marks are off because the strings
//! are inserted into HTML text, where the browser already handles direction.

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// The languages Sopiva speaks. `Fi` is selkokieli (plain Finnish) and the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    Fi,
    Sv,
    En,
}

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "sopiva_lang";

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The BCP 47 tag used in `<html lang>` and in cookies.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses a tag; anything unknown is `None` so the caller decides the fallback.
    pub fn parse(tag: &str) -> Option<Lang> {
        match tag.trim() {
            "fi" => Some(Lang::Fi),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Reads the language from a `Cookie` header value.
    pub fn from_cookie_header(header: &str) -> Lang {
        crate::cookies::cookie_value(header, LANG_COOKIE)
            .and_then(Lang::parse)
            .unwrap_or_default()
    }
}

/// The Fluent files of one language, joined: `main.ftl` holds the plan, money, sign-in and
/// frame; each later feature has its own file so that features grow without touching one
/// shared file.
macro_rules! catalogue {
    ($lang:literal) => {
        concat!(
            include_str!(concat!("../../locales/", $lang, "/main.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/followup.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/wellbeing.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/path.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/cards.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/circle.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/said.ftl")),
            "\n",
            include_str!(concat!("../../locales/", $lang, "/service.ftl")),
        )
    };
}

/// The Fluent source of each language, compiled into the binary so nothing can go missing at run time.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => catalogue!("fi"),
        Lang::Sv => catalogue!("sv"),
        Lang::En => catalogue!("en"),
    }
}

fn build_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::Fi => unic_langid::langid!("fi"),
        Lang::Sv => unic_langid::langid!("sv"),
        Lang::En => unic_langid::langid!("en"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    // A broken catalogue is a build defect; the catalogue test reports the exact errors.
    let resource = FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(res, _)| res);
    let _ = bundle.add_resource(resource);
    bundle
}

static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 3]> = LazyLock::new(|| {
    [
        build_bundle(Lang::Fi),
        build_bundle(Lang::Sv),
        build_bundle(Lang::En),
    ]
});

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    &BUNDLES[lang as usize]
}

/// Whether a message id exists in the language (used by the catalogue tests).
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang)
        .get_message(id)
        .and_then(|m| m.value())
        .is_some()
}

/// Formats a message with arguments. A missing id shows the id itself, which the
/// catalogue tests forbid, so a user never meets one in a released build.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// Formats a message without arguments.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// The language of the current page, provided by the shell on the server.
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// Shorthand for components: the message in the current page's language.
pub fn t(id: &str) -> String {
    tr(use_lang(), id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_language_tags_are_rejected() {
        assert_eq!(Lang::parse("sv"), Some(Lang::Sv));
        assert_eq!(Lang::parse("de"), None);
    }

    #[test]
    fn cookie_header_picks_the_language_cookie() {
        assert_eq!(Lang::from_cookie_header("a=b; sopiva_lang=en"), Lang::En);
        assert_eq!(Lang::from_cookie_header("sopiva_lang=xx"), Lang::Fi);
        assert_eq!(Lang::from_cookie_header(""), Lang::Fi);
    }

    #[test]
    fn arguments_are_placed_into_messages() {
        let text = tr_args(
            Lang::En,
            "plan-step",
            &[("current", 2.into()), ("total", 6.into())],
        );
        assert_eq!(text, "Step 2 of 6");
    }
}
