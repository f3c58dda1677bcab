//! The stages of the personal-budget path, in order, each with its words, its symbol and the
//! step that naturally follows. The client guidance group looks at a plan only when needed,
//! so a worker may move a plan from "my worker reads it" straight to "decided".

use crate::glossary::Term;
use crate::speech::lists::{self, ListenList};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    Writing,
    WorkerReads,
    Group,
    Decided,
    InUse,
    FollowUp,
    Ended,
}

impl Stage {
    pub const ALL: [Stage; 7] = [
        Stage::Writing,
        Stage::WorkerReads,
        Stage::Group,
        Stage::Decided,
        Stage::InUse,
        Stage::FollowUp,
        Stage::Ended,
    ];

    /// The stored name (path_stage.stage), in the order of `ALL`.
    const SLUGS: [&'static str; 7] = [
        "writing",
        "worker-reads",
        "group",
        "decided",
        "in-use",
        "follow-up",
        "ended",
    ];

    /// The stored name (path_stage.stage).
    pub fn slug(self) -> &'static str {
        Self::SLUGS[self as usize]
    }

    pub fn parse(text: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.slug() == text.trim())
    }

    /// The stage in the client's words ("Kirjoitan suunnitelmani").
    pub fn title_id(self) -> &'static str {
        match self {
            Stage::Writing => "path-stage-writing",
            Stage::WorkerReads => "path-stage-worker-reads",
            Stage::Group => "path-stage-group",
            Stage::Decided => "path-stage-decided",
            Stage::InUse => "path-stage-in-use",
            Stage::FollowUp => "path-stage-follow-up",
            Stage::Ended => "path-stage-ended",
        }
    }

    /// What happens in the stage and who does it, for the explanation page.
    pub fn text_id(self) -> &'static str {
        match self {
            Stage::Writing => "path-text-writing",
            Stage::WorkerReads => "path-text-worker-reads",
            Stage::Group => "path-text-group",
            Stage::Decided => "path-text-decided",
            Stage::InUse => "path-text-in-use",
            Stage::FollowUp => "path-text-follow-up",
            Stage::Ended => "path-text-ended",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Stage::Writing => "plan",
            Stage::WorkerReads => "worker",
            Stage::Group => "helpers",
            Stage::Decided => "decision",
            Stage::InUse => "money",
            Stage::FollowUp => "follow-up",
            Stage::Ended => "done",
        }
    }

    /// What "Kuuntele" reads for the stage on the explanation page: its words and its text.
    pub fn listen(self) -> ListenList {
        match self {
            Stage::Writing => lists::PATH_WRITING,
            Stage::WorkerReads => lists::PATH_WORKER_READS,
            Stage::Group => lists::PATH_GROUP,
            Stage::Decided => lists::PATH_DECIDED,
            Stage::InUse => lists::PATH_IN_USE,
            Stage::FollowUp => lists::PATH_FOLLOW_UP,
            Stage::Ended => lists::PATH_ENDED,
        }
    }

    /// The process word the stage's words use, explained beside them.
    pub fn term(self) -> Option<Term> {
        match self {
            Stage::Decided => Some(Term::Decision),
            Stage::InUse => Some(Term::Budget),
            Stage::FollowUp => Some(Term::FollowUp),
            _ => None,
        }
    }

    /// The step that naturally follows. The group is skipped unless a worker sends the plan
    /// there; after a follow-up the budget is in use again; an ended period starts a new plan.
    pub fn next(self) -> Stage {
        match self {
            Stage::Writing => Stage::WorkerReads,
            Stage::WorkerReads | Stage::Group => Stage::Decided,
            Stage::Decided => Stage::InUse,
            Stage::InUse => Stage::FollowUp,
            Stage::FollowUp => Stage::InUse,
            Stage::Ended => Stage::Writing,
        }
    }

    /// The stage a saved plan moves to, by the rule, from `now` (none yet counts as writing):
    /// a plan being written, or a new one after a period ended, goes to the worker.
    pub fn after_plan_saved(now: Option<Stage>) -> Option<Stage> {
        match now {
            None | Some(Stage::Writing) | Some(Stage::Ended) => Some(Stage::WorkerReads),
            Some(_) => None,
        }
    }

    /// The stage a completed follow-up moves the plan to, from `now`, while the budget runs:
    /// with another follow-up date the budget is in use again until then; without one, the
    /// last follow-up of a period that ends (`period_ending`) ends it, so a new plan starts.
    /// Before a decision, or after the period ended, a follow-up does not move the plan.
    pub fn after_follow_up(
        now: Option<Stage>,
        next_date: bool,
        period_ending: bool,
    ) -> Option<Stage> {
        match now {
            Some(Stage::Decided | Stage::InUse | Stage::FollowUp) => {
                Some(if !next_date && period_ending {
                    Stage::Ended
                } else {
                    Stage::InUse
                })
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_reads_back_from_its_stored_name() {
        for stage in Stage::ALL {
            assert_eq!(Stage::parse(stage.slug()), Some(stage));
        }
        assert_eq!(Stage::parse("nothing"), None);
    }

    #[test]
    fn the_path_goes_round_and_skips_the_group_unless_sent_there() {
        assert_eq!(Stage::WorkerReads.next(), Stage::Decided);
        assert_eq!(Stage::Group.next(), Stage::Decided);
        assert_eq!(Stage::InUse.next(), Stage::FollowUp);
        assert_eq!(Stage::FollowUp.next(), Stage::InUse);
        assert_eq!(Stage::Ended.next(), Stage::Writing);
    }

    #[test]
    fn a_saved_plan_goes_to_the_worker_only_while_written() {
        assert_eq!(Stage::after_plan_saved(None), Some(Stage::WorkerReads));
        assert_eq!(
            Stage::after_plan_saved(Some(Stage::Ended)),
            Some(Stage::WorkerReads)
        );
        assert_eq!(Stage::after_plan_saved(Some(Stage::InUse)), None);
        assert_eq!(Stage::after_plan_saved(Some(Stage::WorkerReads)), None);
    }

    #[test]
    fn a_completed_follow_up_puts_the_budget_in_use_or_ends_the_period() {
        let follow_up = Some(Stage::FollowUp);
        assert_eq!(
            Stage::after_follow_up(follow_up, true, false),
            Some(Stage::InUse)
        );
        assert_eq!(
            Stage::after_follow_up(follow_up, true, true),
            Some(Stage::InUse)
        );
        assert_eq!(
            Stage::after_follow_up(follow_up, false, false),
            Some(Stage::InUse)
        );
        assert_eq!(
            Stage::after_follow_up(follow_up, false, true),
            Some(Stage::Ended)
        );
        assert_eq!(
            Stage::after_follow_up(Some(Stage::Decided), true, false),
            Some(Stage::InUse)
        );
        assert_eq!(
            Stage::after_follow_up(Some(Stage::Writing), true, false),
            None
        );
        assert_eq!(
            Stage::after_follow_up(Some(Stage::Ended), false, true),
            None
        );
        assert_eq!(Stage::after_follow_up(None, true, false), None);
    }
}
