//! Files to download, outside the page routes because they are not pages:
//! `GET /service/figures.csv` and `/service/figures.json` (the service view's figures, team
//! leads only) and `GET /my-data.json` (all of the client's own data, the client only, a row
//! in their access log). Each checks the session on every request like a server function.

use app::access::guard::{self, Who};
use app::db::Db;
use app::error::AppError;
use app::figures::{export, Period};
use app::i18n::{self, Lang};
use app::session::repo::SESSION_COOKIE;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::collections::HashMap;

#[derive(Clone)]
struct DownloadState {
    db: Db,
    kiosk_idle_seconds: i64,
}

pub fn routes<S>(db: Db, kiosk_idle_seconds: i64) -> Router<S>
where
    S: Clone + Send + Sync + 'static,
{
    Router::new()
        .route("/service/figures.csv", get(figures_csv))
        .route("/service/figures.json", get(figures_json))
        .route("/my-data.json", get(my_data_json))
        .with_state(DownloadState {
            db,
            kiosk_idle_seconds,
        })
}

/// The person behind the request's session cookie.
async fn who(state: &DownloadState, headers: &HeaderMap) -> Result<Who, AppError> {
    let cookies = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let session =
        app::cookies::cookie_value(cookies, SESSION_COOKIE).ok_or(AppError::NotSignedIn)?;
    guard::who_from(&state.db, session.to_owned(), state.kiosk_idle_seconds).await
}

fn refused(error: AppError) -> Response {
    match error {
        AppError::NotSignedIn => StatusCode::UNAUTHORIZED.into_response(),
        AppError::Forbidden | AppError::NoClientChosen => StatusCode::FORBIDDEN.into_response(),
        AppError::Request(_) | AppError::NotFound => StatusCode::BAD_REQUEST.into_response(),
        other => {
            tracing::error!(error = %other, "download failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn file(body: String, content_type: &'static str, name: &'static str) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    let mut response = (
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The figures for the period in the address, for a team lead.
async fn figures_of(
    state: &DownloadState,
    headers: &HeaderMap,
    query: &HashMap<String, String>,
) -> Result<app::figures::ServiceFigures, AppError> {
    let who = who(state, headers).await?;
    if who.session.actor.as_worker().is_none() || !who.is_team_lead {
        return Err(AppError::Forbidden);
    }
    let field = |name: &str| query.get(name).map(String::as_str).unwrap_or_default();
    let period = Period::parse(field("from"), field("to"), app::dates::today())
        .map_err(|e| AppError::Request(format!("{e:?}")))?;
    app::figures::api::load_figures(&state.db, who.worker_id()?, period).await
}

async fn figures_csv(
    State(state): State<DownloadState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let lang = query
        .get("lang")
        .and_then(|l| Lang::parse(l))
        .unwrap_or_default();
    match figures_of(&state, &headers, &query).await {
        Ok(figures) => {
            let note = i18n::tr_args(
                lang,
                "service-csv-hidden",
                &[("min", app::figures::MIN_GROUP.into())],
            );
            file(
                export::csv(&figures, &note),
                "text/csv; charset=utf-8",
                "sopiva-figures.csv",
            )
        }
        Err(error) => refused(error),
    }
}

async fn figures_json(
    State(state): State<DownloadState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    match figures_of(&state, &headers, &query).await {
        Ok(figures) => file(
            export::json(&figures).to_string(),
            "application/json",
            "sopiva-figures.json",
        ),
        Err(error) => refused(error),
    }
}

async fn my_data_json(State(state): State<DownloadState>, headers: HeaderMap) -> Response {
    let result = async {
        let who = who(&state, &headers).await?;
        let access = app::mydata::api::own(&state.db, who).await?;
        app::mydata::api::download(&state.db, &access).await
    }
    .await;
    match result {
        Ok(data) => file(
            app::mydata::to_json(&data).to_string(),
            "application/json",
            "sopiva-my-data.json",
        ),
        Err(error) => refused(error),
    }
}
