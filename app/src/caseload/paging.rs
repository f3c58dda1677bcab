//! Which part of a caseload the worker's page shows: a page number and a part of a name to
//! find, parsed once from the address, and the addresses of the other pages. A page holds
//! at most `PAGE_SIZE` clients (issue 16: a caseload of 150 was one page too long to use
//! and too slow to send); those needing action come first.

use serde::{Deserialize, Serialize};

/// Clients on one page of the caseload.
pub const PAGE_SIZE: i64 = 30;

/// The longest part of a name the search keeps, in characters.
const FIND_MAX_CHARS: usize = 100;

/// A page of the caseload, from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PageNumber(i64);

impl PageNumber {
    pub const FIRST: PageNumber = PageNumber(1);

    /// The page in the address; anything that is not a whole number from 1 up is the first.
    pub fn parse(text: Option<&str>) -> PageNumber {
        text.and_then(|t| t.trim().parse::<i64>().ok())
            .filter(|n| *n >= 1)
            .map_or(Self::FIRST, PageNumber)
    }

    pub fn get(self) -> i64 {
        self.0
    }

    /// This page, or the last one when the caseload has fewer pages (a page past the end
    /// shows the last clients, not an empty page).
    pub fn within(self, total: i64) -> PageNumber {
        PageNumber(self.0.min(page_count(total)))
    }

    /// Clients before this page.
    pub fn offset(self) -> i64 {
        (self.0 - 1).saturating_mul(PAGE_SIZE)
    }
}

/// Pages `total` clients take (one even when there are none).
pub fn page_count(total: i64) -> i64 {
    ((total.max(0) + PAGE_SIZE - 1) / PAGE_SIZE).max(1)
}

/// A part of a client's name to find, trimmed and never empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameSearch(String);

impl NameSearch {
    /// The search in the address; empty or only spaces is no search.
    pub fn parse(text: Option<&str>) -> Option<NameSearch> {
        let text: String = text?.trim().chars().take(FIND_MAX_CHARS).collect();
        (!text.is_empty()).then_some(NameSearch(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// SQL `like … escape '\'` patterns finding the text anywhere in a name: lower-cased
    /// (for `lower(name)`) and as typed. SQLite's `lower` folds only A to Z, so the typed
    /// one finds "Äinö" written "Äinö" there too.
    pub fn like_patterns(&self) -> (String, String) {
        (like(&self.0.to_lowercase()), like(&self.0))
    }
}

/// `text` anywhere, with `%`, `_` and `\` escaped.
fn like(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// What the worker asked to see of their caseload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadView {
    pub page: PageNumber,
    pub find: Option<NameSearch>,
}

impl CaseloadView {
    /// The view in the address's `page` and `find`, each parsed once here.
    pub fn parse(page: Option<&str>, find: Option<&str>) -> CaseloadView {
        CaseloadView {
            page: PageNumber::parse(page),
            find: NameSearch::parse(find),
        }
    }

    /// The address of page `page` of this view (the same search).
    pub fn href(&self, page: i64) -> String {
        let mut href = format!("/worker?page={page}");
        if let Some(find) = &self.find {
            href.push_str("&find=");
            href.push_str(&encode(find.as_str()));
        }
        href
    }
}

/// Percent-encodes a query value: letters, digits and `-._~` stay, every other byte is %XX.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_pages_are_the_first_and_past_the_end_is_the_last() {
        assert_eq!(PageNumber::parse(Some("abc")), PageNumber::FIRST);
        assert_eq!(PageNumber::parse(Some("-3")), PageNumber::FIRST);
        assert_eq!(PageNumber::parse(Some("0")), PageNumber::FIRST);
        assert_eq!(PageNumber::parse(None), PageNumber::FIRST);
        assert_eq!(PageNumber::parse(Some(" 3 ")).get(), 3);
        assert_eq!(PageNumber::parse(Some("999999")).within(70).get(), 3);
        assert_eq!(PageNumber::parse(Some("2")).within(0).get(), 1);
        assert_eq!(PageNumber(i64::MAX).offset(), i64::MAX);
        assert_eq!(page_count(60), 2);
        assert_eq!(page_count(61), 3);
    }

    #[test]
    fn a_search_is_trimmed_escaped_and_kept_in_the_page_links() {
        assert_eq!(NameSearch::parse(Some("   ")), None);
        let find = NameSearch::parse(Some(" Ää_% ")).expect("search");
        assert_eq!(find.like_patterns().0, "%ää\\_\\%%");
        assert_eq!(find.like_patterns().1, "%Ää\\_\\%%");
        let view = CaseloadView::parse(Some("x"), Some("Äli Öy&page=9"));
        assert_eq!(
            view.href(2),
            "/worker?page=2&find=%C3%84li%20%C3%96y%26page%3D9"
        );
    }
}
