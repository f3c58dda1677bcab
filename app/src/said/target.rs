//! Where a marked statement is: a plan section (in the draft or a saved version), an answer
//! of a follow-up, or the comment of a satisfaction survey. The scope and the item are the
//! keys `statement_mark` stores; this module makes them, reads them back (also from the
//! disagreement page's address), and says which question a page names them by.

use crate::followup::content::Step;
use crate::plan::section::Section;

/// A statement's place, read from its scope and item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A plan section, in the draft or in a saved version.
    Section(Section),
    /// An answer of one follow-up.
    FollowUp(Step),
    /// The comment of a satisfaction survey.
    Comment,
    /// A finished talking-mat sort (the item is its topic).
    Mat,
}

/// The pages a statement's link to disagree can come from (the `from` of its address).
pub const SUMMARY: &str = "summary";
pub const HISTORY: &str = "history";

/// The scope of the finished talking-mat sorts; the item is the topic.
pub const MAT: &str = "mat";

/// The item of a survey's comment.
pub const COMMENT: &str = "comment";

// Constants, not match-arm literals: the catalogue test reads kebab-case literals after
// `=>` as message ids.
const NOT_WORKS: &str = "not-works";
const COMMENT_SYMBOL: &str = "wb-comment";
const MAT_SYMBOL: &str = "saved";

/// The scope of the follow-up on the follow-up date `date_id`.
pub fn followup_scope(date_id: i64) -> String {
    format!("followup:{date_id}")
}

/// The item of a follow-up step's answer.
pub fn followup_item(step: Step) -> String {
    match step {
        Step::Item(i) => format!("item-{i}"),
        Step::Works => "works".to_owned(),
        Step::NotWorks => NOT_WORKS.to_owned(),
        Step::Change => "change".to_owned(),
    }
}

/// The scope of a wellbeing round of a budget decision's period (`kind` is its slug).
pub fn wellbeing_scope(decision_id: i64, kind: &str) -> String {
    format!("wellbeing:{decision_id}:{kind}")
}

fn positive(text: &str) -> bool {
    text.parse::<i64>().is_ok_and(|n| n > 0)
}

fn followup_step(item: &str) -> Option<Step> {
    match item {
        "works" => Some(Step::Works),
        NOT_WORKS => Some(Step::NotWorks),
        "change" => Some(Step::Change),
        _ => {
            let digits = item.strip_prefix("item-")?;
            // "item-01" would be a second name for the same answer.
            let index = digits.parse::<usize>().ok()?;
            (index.to_string() == digits).then_some(Step::Item(index))
        }
    }
}

/// Reads a scope and an item; `None` for anything that is not a statement's place.
pub fn parse(scope: &str, item: &str) -> Option<Target> {
    if scope == "draft" || scope.strip_prefix('v').is_some_and(positive) {
        return Section::from_slug(item).map(Target::Section);
    }
    if scope == MAT {
        let topic = !item.is_empty()
            && item.len() <= 64
            && item
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        return topic.then_some(Target::Mat);
    }
    if scope.strip_prefix("followup:").is_some_and(positive) {
        return followup_step(item).map(Target::FollowUp);
    }
    let round = scope.strip_prefix("wellbeing:")?;
    let (decision, kind) = round.split_once(':')?;
    let kind = crate::wellbeing::items::RoundKind::from_slug(kind)?;
    (positive(decision) && kind.has_comment() && item == COMMENT).then_some(Target::Comment)
}

impl Target {
    /// The message naming the statement: its question.
    pub fn title_id(self) -> &'static str {
        match self {
            Target::Section(section) => section.title_id(),
            Target::FollowUp(step) => step.question_id(),
            Target::Comment => "survey-comment-label",
            Target::Mat => "mat-own-view",
        }
    }

    /// The symbol concept beside the title.
    pub fn concept(self) -> &'static str {
        match self {
            Target::Section(section) => section.slug(),
            Target::FollowUp(_) => "follow-up",
            Target::Comment => COMMENT_SYMBOL,
            Target::Mat => MAT_SYMBOL,
        }
    }

    /// The page the statement is shown on, where the disagreement page goes back to: `from`
    /// names the page the link was on when a statement is shown on more than one.
    pub fn page(self, scope: &str, from: Option<&str>) -> String {
        match (self, scope.strip_prefix('v')) {
            (Target::FollowUp(_), _) if from == Some(HISTORY) => "/followup/history".to_owned(),
            (Target::FollowUp(_), _) => "/followup/check".to_owned(),
            (Target::Comment, _) => "/wellbeing".to_owned(),
            (Target::Mat, _) => "/mat".to_owned(),
            _ if from == Some(SUMMARY) => "/plan/summary".to_owned(),
            (_, Some(no)) => format!("/plan/versions/{no}"),
            (_, None) => "/plan/check".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_place_reads_back_and_nothing_else_does() {
        let important = Target::Section(Section::Important);
        assert_eq!(parse("draft", "important"), Some(important));
        assert_eq!(parse("v2", "important"), Some(important));
        assert_eq!(parse("v0", "important"), None);
        assert_eq!(parse("draft", "nothing"), None);
        for step in [
            Step::Item(0),
            Step::Item(12),
            Step::Works,
            Step::NotWorks,
            Step::Change,
        ] {
            let item = followup_item(step);
            assert_eq!(
                parse(&followup_scope(7), &item),
                Some(Target::FollowUp(step))
            );
        }
        assert_eq!(parse("followup:7", "item-01"), None);
        assert_eq!(parse("followup:x", "works"), None);
        assert_eq!(parse("followup:7", "important"), None);
        assert_eq!(
            parse(&wellbeing_scope(3, "survey"), COMMENT),
            Some(Target::Comment)
        );
        assert_eq!(parse(&wellbeing_scope(3, "start"), COMMENT), None);
        assert_eq!(parse("wellbeing:3", COMMENT), None);
        assert_eq!(parse(MAT, "arkeni"), Some(Target::Mat));
        assert_eq!(parse(MAT, "../x"), None);
        let works = Target::FollowUp(Step::Works);
        assert_eq!(works.page("followup:7", None), "/followup/check");
        assert_eq!(works.page("followup:7", Some(HISTORY)), "/followup/history");
        assert_eq!(works.page("followup:7", Some(SUMMARY)), "/followup/check");
        assert_eq!(important.page("v3", None), "/plan/versions/3");
        assert_eq!(important.page("v3", Some(SUMMARY)), "/plan/summary");
        assert_eq!(important.page("draft", None), "/plan/check");
    }
}
