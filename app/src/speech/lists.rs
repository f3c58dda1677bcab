//! The message lists that pages read aloud: the one allow-list of `/speech/{lang}/{ids}`.
//!
//! Anyone may ask for that address without signing in, and every new combination of ids
//! costs an espeak-ng run and a cache file. So the server answers only the lists named here,
//! and pages can read only lists named here: `ListenList` can be made nowhere else, and the
//! macro below puts every list it defines into `ALL`, so pages and the allow-list cannot drift
//! apart.

/// Most message ids in one list: a page's title or question and its hint, kept short so the
/// audio starts quickly and stays easy to follow.
pub const MAX_IDS: usize = 6;

/// Message ids that one "Kuuntele" button reads, one after another. Only this module makes
/// them (the field is private), so every list a page uses is in `ALL`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListenList(&'static [&'static str]);

impl ListenList {
    /// The message ids, in reading order.
    pub fn ids(self) -> &'static [&'static str] {
        self.0
    }

    /// The ids as they appear in the audio address: joined with commas.
    pub fn joined(self) -> String {
        self.0.join(",")
    }

    /// Whether the comma-separated `ids` of an address are exactly this list.
    fn is(self, ids: &str) -> bool {
        ids.split(',').eq(self.0.iter().copied())
    }
}

/// Defines one constant per list and `ALL`, the allow-list, from the same lines.
macro_rules! listen_lists {
    ($($(#[$doc:meta])* $name:ident = [$($id:literal),+ $(,)?];)+) => {
        $($(#[$doc])* pub const $name: ListenList = ListenList(&[$($id),+]);)+

        /// Every list that some page or island reads: the only ones the server reads aloud.
        pub const ALL: &[ListenList] = &[$($name),+];
    };
}

listen_lists! {
    START = ["start-title", "start-intro"];
    ABOUT = ["about-title", "about-text", "about-budget"];
    HELP = ["help-title", "help-intro"];
    GLOSSARY_BUDGET = ["glossary-budget", "glossary-budget-text"];
    GLOSSARY_DECISION = ["glossary-decision", "glossary-decision-text"];
    GLOSSARY_FOLLOW_UP = ["glossary-follow-up", "glossary-follow-up-text"];
    GLOSSARY_VOUCHER = ["glossary-voucher", "glossary-voucher-text"];
    GLOSSARY_COUNTY = ["glossary-county", "glossary-county-text"];
    GLOSSARY_PERMISSION = ["glossary-permission", "glossary-permission-text"];
    NOT_FOUND = ["not-found-title", "not-found-text"];
    PROBLEM = ["problem-title", "problem-text"];
    /// The forbidden page, and the error page for `AppError::Forbidden`.
    FORBIDDEN = ["error-forbidden"];
    ERROR_NOT_SIGNED_IN = ["error-not-signed-in"];
    ERROR_NOT_FOUND = ["error-not-found"];
    ERROR_INTERNAL = ["error-internal"];
    KIOSK = ["kiosk-title", "kiosk-code-label"];
    /// Spoken by the kiosk countdown island before a session ends.
    KIOSK_WARNING = ["kiosk-warning"];
    PICTURES_SIGN_IN = ["pictures-title", "pictures-hint"];
    PICTURES_CHOOSE = ["pictures-choose-title", "pictures-choose-hint"];
    PICTURES_CONFIRM = ["pictures-confirm-title", "pictures-confirm-hint"];
    WORKER_SIGN_IN = ["worker-sign-in-title"];
    HOME = ["home-write-plan", "check-title"];
    QUESTION_IMPORTANT = ["question-important", "hint-important"];
    QUESTION_GOOD_AT = ["question-good-at", "hint-good-at"];
    QUESTION_HELPERS = ["question-helpers", "hint-helpers"];
    QUESTION_NEED_HELP = ["question-need-help", "hint-need-help"];
    QUESTION_SUPPORT = ["question-support", "hint-support"];
    QUESTION_GOALS = ["question-goals", "hint-goals"];
    CHECK = ["check-title", "check-intro"];
    SAVED = ["saved-title"];
    VERSIONS = ["versions-title"];
    PLAN = ["plan-title"];
    SUMMARY = ["plan-title", "summary-print-hint"];
    LOG = ["log-title", "log-intro"];
    ASSIST = ["assist-title", "assist-intro"];
    CHOOSE = ["choose-title"];
    RELATIVES = ["relatives-title", "relatives-intro"];
    CASELOAD = ["worker-intro"];
    ADMIN = ["admin-title"];
    MONEY = ["money-title"];
    MONEY_NONE = ["money-title", "money-none"];
    WORKER_MONEY = ["worker-money-intro"];
    // Follow-up (issue 12)
    FOLLOWUP = ["followup-title", "followup-explain"];
    FOLLOWUP_ITEM = ["followup-question-item", "followup-words-hint"];
    FOLLOWUP_WORKS = ["followup-question-works", "followup-hint-works"];
    FOLLOWUP_NOT_WORKS = ["followup-question-not-works", "followup-hint-not-works"];
    FOLLOWUP_CHANGE = ["followup-question-change", "followup-hint-change"];
    FOLLOWUP_CHECK = ["followup-check-title", "followup-check-intro"];
    FOLLOWUP_HISTORY = ["followup-history-title"];
    FOLLOWUP_MEETING = ["followup-meeting-intro"];
    // Wellbeing (issue 12): each question with the words of its five points.
    WB_FEEL = ["wellbeing-q-feel", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    WB_PEOPLE = ["wellbeing-q-people", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    WB_HEALTH = ["wellbeing-q-health", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    WB_EVERYDAY = ["wellbeing-q-everyday", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    WB_HOBBIES = ["wellbeing-q-hobbies", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    WB_DECIDE = ["wellbeing-q-decide", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    SURVEY_HEARD = ["survey-q-heard", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    SURVEY_CHOOSE = ["survey-q-choose", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    SURVEY_GOT_HELP = ["survey-q-got-help", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    SURVEY_EASY = ["survey-q-easy", "wb-scale-1", "wb-scale-2", "wb-scale-3", "wb-scale-4", "wb-scale-5"];
    SURVEY_COMMENT = ["survey-comment-label"];
    WELLBEING_FINISH = ["wellbeing-finish-title", "wellbeing-finish-intro", "wellbeing-support-legend"];
    WELLBEING_LOCKED = ["wellbeing-locked"];
    WELLBEING = ["wellbeing-intro"];
    WELLBEING_CHANGE = ["wb-change-title", "wb-change-intro"];
    KYKYVIISARI = ["kyky-form-intro"];
    WELLBEING_SUMMARY = ["wb-summary-title", "wb-summary-intro"];
    // The personal-budget path (issue 14).
    ABOUT_BUDGET = ["about-hb-title", "about-hb-intro", "about-hb-who-you", "about-hb-who-worker", "about-hb-who-county"];
    PATH_WRITING = ["path-stage-writing", "path-text-writing"];
    PATH_WORKER_READS = ["path-stage-worker-reads", "path-text-worker-reads"];
    PATH_GROUP = ["path-stage-group", "path-text-group"];
    PATH_DECIDED = ["path-stage-decided", "path-text-decided"];
    PATH_IN_USE = ["path-stage-in-use", "path-text-in-use"];
    PATH_FOLLOW_UP = ["path-stage-follow-up", "path-text-follow-up"];
    PATH_ENDED = ["path-stage-ended", "path-text-ended"];
    PERIODS = ["periods-title", "periods-intro"];
    WORKER_PATH = ["worker-cost-intro"];
    // Talking mat and circle of support (issue 13).
    MAT = ["mat-title", "mat-intro"];
    MAT_CARD = ["mat-card-question", "mat-card-hint"];
    MAT_WHOLE = ["mat-whole-intro"];
    MAT_FINISH = ["mat-finish-title", "mat-support-legend"];
    CIRCLE = ["circle-title", "circle-intro"];
    CIRCLE_PERSON = ["circle-person-title", "circle-name-hint"];
    CIRCLE_HELPS = ["circle-helps-hint"];
    ROLES = ["roles-title", "roles-intro"];
    // Supported decision-making (issue 13)
    DISAGREE = ["disagree-title", "disagree-intro"];
    SUPPORTED_RECORD = ["supported-record-title", "supported-record-intro"];
    // The service view and my data to take with me (issue 14).
    SERVICE_VIEW = ["service-title", "service-intro"];
    MY_DATA = ["mydata-title", "mydata-intro"];
}

/// The list an audio address names, if it is one of `ALL`; anything else is not read.
pub fn find(ids: &str) -> Option<ListenList> {
    ALL.iter().copied().find(|list| list.is(ids))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::AppError;
    use crate::i18n::{has_message, tr, Lang};
    use crate::plan::section::Section;

    #[test]
    fn only_the_lists_of_pages_are_found() {
        assert_eq!(find("start-title,start-intro"), Some(START));
        assert_eq!(find("kiosk-warning"), Some(KIOSK_WARNING));
        // Real messages, but no page reads them together or in this order.
        for ids in [
            "app-name",
            "app-name,about-title",
            "start-intro,start-title",
            "start-title",
            "start-title,start-intro,start-intro",
            "start-title,start-intro,",
            "",
            ",",
            "START-TITLE,START-INTRO",
            "../start-title",
        ] {
            assert_eq!(find(ids), None, "{ids:?}");
        }
    }

    #[test]
    fn every_list_can_be_read_in_every_language() {
        assert!(ALL.len() >= 30, "too few lists: {}", ALL.len());
        for (n, list) in ALL.iter().enumerate() {
            assert!(!list.ids().is_empty() && list.ids().len() <= MAX_IDS);
            assert_eq!(find(&list.joined()), Some(*list), "{list:?}");
            assert!(
                !ALL[..n].contains(list),
                "{list:?} is in the allow-list twice"
            );
            for id in list.ids() {
                for lang in Lang::ALL {
                    assert!(has_message(lang, id), "{id} is missing in {lang:?}");
                    // The server cannot give arguments to a message it reads aloud.
                    assert!(!tr(lang, id).contains("{$"), "{id} needs arguments");
                }
            }
        }
    }

    #[test]
    fn pages_with_a_list_per_case_read_an_allowed_list() {
        for section in Section::ALL {
            let list = section.listen();
            assert_eq!(list.ids(), [section.question_id(), section.hint_id()]);
            assert!(ALL.contains(&list));
        }
        for item in crate::wellbeing::items::Item::AREAS
            .into_iter()
            .chain(crate::wellbeing::items::Item::SURVEY)
        {
            assert_eq!(item.listen().ids()[0], item.question_id());
            assert!(ALL.contains(&item.listen()));
        }
        for error in [
            AppError::NotSignedIn,
            AppError::Forbidden,
            AppError::NoClientChosen,
            AppError::NotFound,
            AppError::Internal,
            AppError::Request(String::new()),
        ] {
            let list = error.listen();
            assert_eq!(list.ids(), [error.message_id()]);
            assert!(ALL.contains(&list));
        }
    }
}
