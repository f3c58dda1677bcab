//! What the service sees (issue 14), on both databases: the service view's figures against an
//! independent computation on generated data, groups under five hidden, the page and its
//! period form, the CSV (read with the `csv` crate: no cell can start a formula) and JSON
//! downloads, and who may have them; the running totals the figures read; a team lead's
//! sign-in and password.

mod figures;
mod http;
mod password;
mod totals;
