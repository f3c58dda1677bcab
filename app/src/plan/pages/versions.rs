//! Saved plan versions: the confirmation after saving, the list of versions, one version, and
//! the printable summary of the newest one.

use crate::dates::format_datetime;
use crate::i18n::{t, tr_args, use_lang};
use crate::plan::api::{load_version, load_versions, VersionView};
use crate::plan::pages::plan_view::PlanView;
use crate::speech::lists;
use crate::symbols::Symbol;
use crate::ui::frame::{BackLink, Frame};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn version_param() -> i64 {
    use_params_map()
        .get_untracked()
        .get("no")
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| *n > 0)
        // 0 would mean "newest"; an address without a valid number must not show anything.
        .unwrap_or(-1)
}

/// "maanantaina 3. maaliskuuta 2026 kello 14.05" on its own line, then "Aino tallensi tämän."
/// in the user's language: a full date inside the sentence makes it too long to hold.
fn saved_by(version: &VersionView) -> impl IntoView {
    let lang = use_lang();
    // The role selects the whole sentence, so no role word is put in brackets after a name
    // and the client is never called "asiakas" on their own page.
    let sentence = tr_args(
        lang,
        "version-saved-by",
        &[
            ("name", version.saved_by_name.clone().into()),
            ("role", version.saved_by_role.as_str().into()),
        ],
    );
    view! {
        <span class="saved-when">{format_datetime(lang, version.created_at)}</span>
        " "
        <span>{sentence}</span>
    }
}

fn version_title(version_no: i64) -> String {
    tr_args(
        use_lang(),
        "version-title",
        &[("number", version_no.into())],
    )
}

#[component]
pub fn SavedPage() -> impl IntoView {
    let no = version_param();
    crate::ui::await_page(
        move || load_version(no),
        |version: VersionView| {
            view! {
                <Frame title=t("saved-title") signed_in=true listen=lists::SAVED>
                    <div class="panel" role="status">
                        <h1><Symbol concept="saved"/>{t("saved-title")}</h1>
                        <p>{version_title(version.version_no)}</p>
                    </div>
                    <ul class="link-list">
                        <li><a href="/plan/summary"><Symbol concept="plan"/>{t("summary-link")}</a></li>
                        <li><a href="/plan/versions"><Symbol concept="saved"/>{t("versions-title")}</a></li>
                        <li><a href="/home">{t("go-home")}</a></li>
                    </ul>
                    // The personal-budget path (issue 14): what happens to the plan next.
                    <crate::path::pages::ExplainLink/>
                </Frame>
            }
        },
    )
}

#[component]
pub fn VersionsPage() -> impl IntoView {
    crate::ui::await_page(load_versions, |versions: Vec<VersionView>| {
        view! {
            <Frame title=t("versions-title") signed_in=true listen=lists::VERSIONS>
                <BackLink href="/home".to_owned()/>
                <h1>{t("versions-title")}</h1>
                {versions.is_empty().then(|| view! { <p>{t("versions-none")}</p> })}
                <ul class="version-list">
                    {versions.into_iter().map(|v| view! {
                        <li>
                            <a href=format!("/plan/versions/{}", v.version_no)>{version_title(v.version_no)}</a>
                            <p>{saved_by(&v)}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </Frame>
        }
    })
}

#[component]
pub fn VersionPage() -> impl IntoView {
    let no = version_param();
    crate::ui::await_page(
        move || load_version(no),
        |version: VersionView| {
            let title = version_title(version.version_no);
            view! {
                <Frame title=title.clone() signed_in=true listen=lists::PLAN>
                    <BackLink href="/plan/versions".to_owned()/>
                    <h1>{title}</h1>
                    <p class="meta">{saved_by(&version)}</p>
                    <PlanView content=version.content.unwrap_or_default() marks=version.marks/>
                </Frame>
            }
        },
    )
}

/// The newest saved plan on one printable page.
#[component]
pub fn SummaryPage() -> impl IntoView {
    crate::ui::await_page(
        move || load_version(0),
        |version: VersionView| {
            view! {
                <Frame title=t("plan-title") signed_in=true listen=lists::SUMMARY>
                    <BackLink href="/home".to_owned()/>
                    <article class="summary">
                        <h1><Symbol concept="plan"/>{t("plan-title")}</h1>
                        <p class="meta">{version_title(version.version_no)}". "{saved_by(&version)}</p>
                        <p class="no-print">{t("summary-print-hint")}</p>
                        <PlanView content=version.content.clone().unwrap_or_default() funded=version.funded.clone() marks=version.marks.clone() summary=true/>
                        {version.extras.clone().map(crate::circle::pages::extras::render)}
                    </article>
                    <div class="no-print"><crate::path::pages::ExplainLink/></div>
                </Frame>
            }
        },
    )
}
