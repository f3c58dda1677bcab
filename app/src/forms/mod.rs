//! How a form's server function answers: always with a redirect (post, redirect, get), so the
//! same form works with and without JavaScript and a reload never sends it twice.

#[cfg(feature = "ssr")]
pub mod idempotency;
pub mod notice;
#[cfg(feature = "ssr")]
pub mod refused;

#[cfg(feature = "ssr")]
use crate::error::AppError;

/// Sends the browser to the next page, or to the start page when the session is gone, or to
/// the problem page when the server failed. Never returns an error page with a raw message.
#[cfg(feature = "ssr")]
pub fn finish(result: Result<String, AppError>) -> Result<(), AppError> {
    let destination = match result {
        Ok(destination) => destination,
        Err(AppError::NotSignedIn) => "/".to_owned(),
        Err(AppError::NotFound) => "/home".to_owned(),
        Err(AppError::Forbidden) => "/forbidden".to_owned(),
        Err(AppError::NoClientChosen) => "/choose".to_owned(),
        Err(_) => match crate::session::request::request_id() {
            Some(id) => format!("/problem?ref={id}"),
            None => "/problem".to_owned(),
        },
    };
    leptos_axum::redirect(&destination);
    Ok(())
}

/// For page loads: a missing session sends the browser to the start page, a refused one to
/// the page that says so, and a relative or worker who has not chosen a client to the choice.
#[cfg(feature = "ssr")]
pub fn page<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    match result {
        Err(AppError::NotSignedIn) => leptos_axum::redirect("/"),
        Err(AppError::Forbidden) => leptos_axum::redirect("/forbidden"),
        Err(AppError::NoClientChosen) => leptos_axum::redirect("/choose"),
        _ => {}
    }
    result
}

/// Like `page`, for a staff page (the service view): a missing session sends the browser to
/// the staff sign-in, where a team lead signs in and comes back to the figures.
#[cfg(feature = "ssr")]
pub fn staff_page<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if matches!(result, Err(AppError::NotSignedIn)) {
        leptos_axum::redirect("/worker/sign-in");
        return result;
    }
    page(result)
}

/// Accepts only a local path to go back to, so a form cannot send a user to another site.
pub fn safe_back(path: &str) -> String {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.contains("://");
    if ok {
        path.to_owned()
    } else {
        "/".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::safe_back;

    #[test]
    fn only_local_paths_are_accepted() {
        assert_eq!(safe_back("/plan/check"), "/plan/check");
        assert_eq!(safe_back("//evil.example"), "/");
        assert_eq!(safe_back("https://evil.example"), "/");
        assert_eq!(safe_back("/\\evil"), "/");
    }
}
