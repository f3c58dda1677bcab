//! The wellbeing pages: one question per page on the symbol scale, the overview, the change
//! from the start to the end, the worker's Kykyviisari form and the summary.

pub mod change;
pub mod finish;
pub mod kyky;
pub mod offer;
pub mod overview;
pub mod scale_field;
pub mod step;
pub mod summary;
