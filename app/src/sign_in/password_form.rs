//! The form where a worker or a team lead changes their own password (`SetPassword`), and
//! what its answer says next to the fields: the same on the caseload page and the service
//! view. The current password first; the new one at least 15 characters.

use crate::caseload::api::SetPassword;
use crate::caseload::CaseloadNotice;
use crate::forms::notice::Notice;
use crate::i18n::t;
use crate::ui::fields::TextField;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The errors the password form's answer puts next to its fields.
#[derive(Clone, Debug, Default)]
pub struct PasswordErrors {
    pub password: Option<String>,
    pub current: Option<String>,
}

impl PasswordErrors {
    pub fn of(notice: Option<CaseloadNotice>) -> PasswordErrors {
        let password = (notice == Some(CaseloadNotice::PasswordShort))
            .then(|| t(CaseloadNotice::PasswordShort.message_id()));
        let current = matches!(
            notice,
            Some(CaseloadNotice::CurrentWrong | CaseloadNotice::PasswordWait)
        )
        .then(|| notice.map(|n| t(n.message_id())))
        .flatten();
        PasswordErrors { password, current }
    }

    /// The rows of the page's error summary, each linking to its field.
    pub fn summary(&self) -> Vec<(String, String)> {
        let password = self.password.clone().map(|m| ("password".to_owned(), m));
        let current = self.current.clone().map(|m| ("current".to_owned(), m));
        password.into_iter().chain(current).collect()
    }
}

/// Whether a notice belongs to the password form (told next to its fields, not at the top).
pub fn is_password_error(notice: CaseloadNotice) -> bool {
    matches!(
        notice,
        CaseloadNotice::PasswordShort | CaseloadNotice::CurrentWrong | CaseloadNotice::PasswordWait
    )
}

/// The section with the form.
#[component]
pub fn PasswordSection(errors: PasswordErrors) -> impl IntoView {
    view! {
        <section aria-labelledby="password-title">
            <h2 id="password-title">{t("password-title")}</h2>
            <form method="post" action=SetPassword::url() novalidate>
                <TextField id="current" label_id="password-current" password=true error=errors.current autocomplete="current-password"/>
                <TextField id="password" label_id="password-new" password=true error=errors.password autocomplete="new-password"/>
                <button type="submit" class="button button-secondary">{t("save")}</button>
            </form>
        </section>
    }
}
