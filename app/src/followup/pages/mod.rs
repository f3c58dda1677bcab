//! The follow-up pages: preparing (the start, one question per page, the check page), the
//! history of completed follow-ups, and the worker's meeting page. `parts` holds what several
//! of them show: the scale, the answers, the money of the period, the next date.

pub mod check;
pub mod history;
pub mod meeting;
pub mod parts;
pub mod prepare;
pub mod scale;
pub mod step;
