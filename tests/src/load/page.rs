//! The browser side of the simulated people: a session's browser, its pages, and the parts
//! of a page's forms a browser without scripts sends back.

/// A browser that carries a session and does not follow redirects.
pub fn browser(session: &str) -> anyhow::Result<reqwest::Client> {
    let mut headers = crate::browser_headers();
    headers.insert(
        reqwest::header::COOKIE,
        crate::session_cookie(session).parse()?,
    );
    Ok(reqwest::Client::builder()
        .default_headers(headers)
        .timeout(std::time::Duration::from_secs(60))
        .redirect(reqwest::redirect::Policy::none())
        .build()?)
}

/// A day counted from today, as the forms write it.
pub fn day(offset: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(offset))
        .format("%Y-%m-%d")
        .to_string()
}

/// A page: its status and text, or `None` when the server did not answer.
pub async fn get(http: &reqwest::Client, base: &str, path: &str) -> Option<(u16, String)> {
    let response = http.get(format!("{base}{path}")).send().await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.text().await.ok()?))
}

/// The action of the form on a page that posts to the server function `name`.
pub fn action(html: &str, name: &str) -> Option<String> {
    html.split("action=\"")
        .filter_map(|p| p.split('"').next())
        .find(|a| a.contains(name))
        .map(str::to_owned)
}

/// The `idem` key of the form that posts to `to` (a page may hold several forms).
pub fn key_of_form(html: &str, to: &str) -> Option<String> {
    let form = html
        .split("<form")
        .map(|f| f.split("</form>").next().unwrap_or_default())
        .find(|f| f.contains(&format!("action=\"{to}\"")) && f.contains("name=\"idem\""))?;
    let rest = form.split("name=\"idem\" value=\"").nth(1)?;
    rest.split('"').next().map(str::to_owned)
}

/// The value of the hidden field `name` on a page, if it has one.
pub fn field(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    html.split(&marker)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(str::to_owned)
}
