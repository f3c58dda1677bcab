//! One route for messages to the next page. A server function that refused a form, or has
//! something to tell, redirects with one variant of its feature's notice enum in the query
//! string; the page reads it back with the same enum. Pages never compare strings, and
//! `every_notice` lets the catalogue test check that every variant has a message in every
//! language.

use leptos::prelude::GetUntracked;
use leptos_router::hooks::use_query_map;

/// A notice or error that travels to the next page in its query string.
pub trait Notice: Sized + 'static {
    /// One of each variant (with an example value where a variant carries one).
    fn every() -> Vec<Self>;

    /// The query parameter and value this notice travels in, such as `("error", "card")`.
    fn query(&self) -> (&'static str, String);

    /// The message shown to the person.
    fn message_id(&self) -> &'static str;

    /// Reads a notice back from one query parameter. Variants that carry a value override it.
    fn parse(key: &str, value: &str) -> Option<Self> {
        Self::every()
            .into_iter()
            .find(|n| n.query() == (key, value.to_owned()))
    }

    /// `path` with this notice in its query string.
    fn at(&self, path: &str) -> String {
        let (key, value) = self.query();
        format!("{path}?{key}={value}")
    }
}

/// Declares a feature's notice enum, each variant with its doc, the query parameter and value
/// it travels in, and its message id, with the `Notice` impl that carries and reads it.
macro_rules! notices {
    (
        $(#[$meta:meta])*
        $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = ($key:literal, $value:literal, $message:literal)),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $crate::forms::notice::Notice for $name {
            fn every() -> Vec<Self> {
                vec![$($name::$variant),+]
            }

            fn query(&self) -> (&'static str, String) {
                match self {
                    $($name::$variant => ($key, $value.to_owned()),)+
                }
            }

            fn message_id(&self) -> &'static str {
                match self {
                    $($name::$variant => $message,)+
                }
            }
        }
    };
}
pub(crate) use notices;

/// The notice of this page's address, if it has one of `N`'s.
pub fn use_notice<N: Notice>() -> Option<N> {
    let query = use_query_map().get_untracked();
    let mut keys: Vec<&'static str> = N::every().iter().map(|n| n.query().0).collect();
    keys.dedup();
    keys.into_iter().find_map(|key| {
        query
            .get(key)
            .and_then(|value: String| N::parse(key, &value))
    })
}

/// Every notice of every feature with its message id, for the catalogue test: a new variant
/// without a message in fi, sv and en fails it.
pub fn every_notice() -> Vec<(&'static str, String, &'static str)> {
    fn all<N: Notice>(name: &'static str) -> Vec<(&'static str, String, &'static str)> {
        N::every()
            .iter()
            .map(|n| (name, format!("{:?}", n.query()), n.message_id()))
            .collect()
    }
    [
        all::<crate::session::StartNotice>("StartNotice"),
        all::<crate::session::KioskNotice>("KioskNotice"),
        all::<crate::sign_in::PictureNotice>("PictureNotice"),
        all::<crate::sign_in::WorkerSignInNotice>("WorkerSignInNotice"),
        all::<crate::caseload::CaseloadNotice>("CaseloadNotice"),
        all::<crate::admin::AdminNotice>("AdminNotice"),
        all::<crate::access::AssistNotice>("AssistNotice"),
        all::<crate::relatives::RelativesNotice>("RelativesNotice"),
        all::<crate::plan::PlanNotice>("PlanNotice"),
        // Follow-up (issue 12)
        all::<crate::followup::FollowUpNotice>("FollowUpNotice"),
        // Wellbeing (issue 12).
        all::<crate::wellbeing::WellbeingNotice>("WellbeingNotice"),
    ]
    .concat()
}
