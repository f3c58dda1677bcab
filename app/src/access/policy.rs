//! The rules: which kind of person may do what to which client's data. Deny by default.
//! Every server function asks here (through `guard`) before it touches a client's data.

pub use super::log::{Basis, LogEvent};
use serde::{Deserialize, Serialize};

/// Something done to a client's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    ReadPlan,
    WritePlan,
    /// Read who has looked at the client's data.
    ReadLog,
    /// Choose what relatives may do.
    ManageRelatives,
    /// A worker opens a client from their caseload.
    OpenClient,
    /// Issue or revoke a sign-in card, reset or unlock a picture PIN.
    ManageSignIn,
    /// Give the client a new sign-in card (a kind of `ManageSignIn` the client is told of).
    IssueCard,
    /// Reset the client's picture PIN (likewise).
    ResetPin,
    /// Add a relative for the client, or confirm a change of a relative's rights.
    ConfirmRelatives,
    /// See the client's budget and spending.
    SeeMoney,
    /// Enter decisions and support lines, or open the worker's money page (workers only).
    ManageMoney,
    /// Write down spending: by hand, a correction, or a file from the finance system.
    RecordSpending,
    // Wellbeing (issue 12): the self-assessment, the survey and Kykyviisari results.
    /// See the client's wellbeing answers, their change and Kykyviisari results.
    ReadWellbeing,
    /// Answer the wellbeing questions or the survey for the client.
    WriteWellbeing,
    /// Record a Kykyviisari result the client filled in elsewhere (workers only).
    RecordKykyviisari,
    // Supported decision-making (issue 13).
    /// Say "En ole samaa mieltä" on a statement someone else wrote (the client only).
    Disagree,
    /// Start a supported session (the worker beside the client).
    StartSupported,
    /// End a supported session (the client, or the worker beside them).
    EndSupported,
    /// Download all of one's own data (issue 14): the client alone, never anyone else.
    DownloadData,
}

impl Action {
    /// What the access log records for this action. Exhaustive, so a new action cannot be
    /// logged as something else.
    pub fn log_event(self) -> LogEvent {
        match self {
            Action::ReadPlan => LogEvent::ReadPlan,
            Action::WritePlan => LogEvent::WritePlan,
            Action::ReadLog => LogEvent::ReadLog,
            Action::ManageRelatives | Action::ConfirmRelatives => LogEvent::ChangeRelatives,
            Action::OpenClient => LogEvent::OpenClient,
            Action::ManageSignIn => LogEvent::ChangeSignIn,
            Action::IssueCard => LogEvent::IssueCard,
            Action::ResetPin => LogEvent::ResetPin,
            Action::SeeMoney => LogEvent::ReadMoney,
            Action::ManageMoney => LogEvent::WriteMoney,
            Action::RecordSpending => LogEvent::RecordSpending,
            // Wellbeing is part of the plan work and opens with the plan right, so the log
            // words it as the plan (the log's words live in main.ftl).
            Action::ReadWellbeing => LogEvent::ReadPlan,
            Action::WriteWellbeing | Action::RecordKykyviisari => LogEvent::WritePlan,
            Action::Disagree => LogEvent::WritePlan,
            Action::StartSupported => LogEvent::SupportedStart,
            Action::EndSupported => LogEvent::SupportedEnd,
            Action::DownloadData => LogEvent::DownloadData,
        }
    }
}

/// How the person asking stands to the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The client themself.
    Own,
    /// A relative, with the rights the client gave (and the consent row's id).
    Relative {
        consent_id: i64,
        read_plan: bool,
        write_plan: bool,
        see_money: bool,
    },
    /// A relative without rights, another client, or a worker without the client.
    Stranger,
    /// A worker with the client on their caseload.
    Caseload,
    /// A worker helping beside the client, in the client's session, with the client on
    /// their caseload.
    Assisting,
}

/// What the client may do with their own data, alone or with a worker beside them.
fn clients_own(action: Action) -> bool {
    use Action::*;
    matches!(
        action,
        ReadPlan
            | WritePlan
            | ReadLog
            | ManageRelatives
            | SeeMoney
            | ReadWellbeing
            | WriteWellbeing
            | Disagree
            | EndSupported
    )
}

/// Why access was allowed, for the log; `None`: refused.
pub fn decide(relation: Relation, action: Action) -> Option<Basis> {
    use Action::*;
    match relation {
        Relation::Own => (clients_own(action) || action == DownloadData).then_some(Basis::Own),
        Relation::Assisting => {
            (clients_own(action) || action == StartSupported).then_some(Basis::Assisting)
        }
        Relation::Relative {
            consent_id,
            read_plan,
            write_plan,
            see_money,
        } => {
            let ok = match action {
                ReadPlan | ReadWellbeing => read_plan || write_plan,
                WritePlan | WriteWellbeing => write_plan,
                SeeMoney => see_money,
                _ => false,
            };
            ok.then_some(Basis::Consent(consent_id))
        }
        Relation::Caseload => matches!(
            action,
            ReadPlan
                | WritePlan
                | OpenClient
                | ManageSignIn
                | IssueCard
                | ResetPin
                | ConfirmRelatives
                | SeeMoney
                | ManageMoney
                | RecordSpending
                | ReadWellbeing
                | RecordKykyviisari
        )
        .then_some(Basis::Caseload),
        Relation::Stranger => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relatives_get_only_what_the_client_gave() {
        let read_only = Relation::Relative {
            consent_id: 7,
            read_plan: true,
            write_plan: false,
            see_money: false,
        };
        assert_eq!(decide(read_only, Action::ReadPlan), Some(Basis::Consent(7)));
        assert_eq!(decide(read_only, Action::WritePlan), None);
        assert_eq!(decide(read_only, Action::ReadLog), None);
        assert_eq!(decide(read_only, Action::ManageRelatives), None);
        assert_eq!(decide(read_only, Action::SeeMoney), None);
        assert_eq!(decide(read_only, Action::ManageMoney), None);
    }

    #[test]
    fn the_client_sees_their_money_and_only_workers_enter_it() {
        assert!(decide(Relation::Own, Action::SeeMoney).is_some());
        assert!(decide(Relation::Own, Action::ManageMoney).is_none());
        assert!(decide(Relation::Caseload, Action::ManageMoney).is_some());
        assert!(decide(Relation::Caseload, Action::RecordSpending).is_some());
        assert!(decide(Relation::Own, Action::RecordSpending).is_none());
        assert!(decide(Relation::Stranger, Action::SeeMoney).is_none());
    }

    #[test]
    fn wellbeing_follows_the_plan_right_and_only_workers_record_kykyviisari() {
        let no_rights = Relation::Relative {
            consent_id: 1,
            read_plan: false,
            write_plan: false,
            see_money: true,
        };
        assert!(decide(no_rights, Action::ReadWellbeing).is_none());
        let writer = Relation::Relative {
            consent_id: 2,
            read_plan: false,
            write_plan: true,
            see_money: false,
        };
        assert!(decide(writer, Action::WriteWellbeing).is_some());
        assert!(decide(Relation::Own, Action::WriteWellbeing).is_some());
        assert!(decide(Relation::Caseload, Action::WriteWellbeing).is_none());
        assert!(decide(Relation::Caseload, Action::RecordKykyviisari).is_some());
        assert!(decide(Relation::Own, Action::RecordKykyviisari).is_none());
        assert!(decide(Relation::Stranger, Action::ReadWellbeing).is_none());
    }

    #[test]
    fn only_the_client_disagrees_and_a_session_needs_the_worker_beside() {
        let writer = Relation::Relative {
            consent_id: 3,
            read_plan: true,
            write_plan: true,
            see_money: true,
        };
        assert!(decide(Relation::Own, Action::Disagree).is_some());
        assert!(decide(Relation::Assisting, Action::Disagree).is_some());
        for relation in [writer, Relation::Caseload, Relation::Stranger] {
            assert!(decide(relation, Action::Disagree).is_none());
            assert!(decide(relation, Action::StartSupported).is_none());
            assert!(decide(relation, Action::EndSupported).is_none());
        }
        assert!(decide(Relation::Own, Action::StartSupported).is_none());
        assert!(decide(Relation::Assisting, Action::StartSupported).is_some());
    }

    #[test]
    fn only_the_client_downloads_their_data() {
        let all_rights = Relation::Relative {
            consent_id: 3,
            read_plan: true,
            write_plan: true,
            see_money: true,
        };
        assert_eq!(
            decide(Relation::Own, Action::DownloadData),
            Some(Basis::Own)
        );
        for other in [
            all_rights,
            Relation::Assisting,
            Relation::Caseload,
            Relation::Stranger,
        ] {
            assert!(decide(other, Action::DownloadData).is_none(), "{other:?}");
        }
    }

    #[test]
    fn only_the_client_manages_relatives_and_reads_the_log() {
        assert!(decide(Relation::Own, Action::ManageRelatives).is_some());
        assert!(decide(Relation::Caseload, Action::ManageRelatives).is_none());
        assert!(decide(Relation::Caseload, Action::ReadLog).is_none());
        assert!(decide(Relation::Own, Action::ManageSignIn).is_none());
        for action in [Action::ReadPlan, Action::WritePlan, Action::OpenClient] {
            assert!(decide(Relation::Stranger, action).is_none());
        }
    }
}
