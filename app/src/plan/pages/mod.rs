//! The pages of the plan: the home page, one question per page, the check page, saved
//! versions and the summary.

pub mod answer_field;
pub mod card_face;
pub mod card_picker;
pub mod check;
pub mod home;
pub mod plan_view;
pub mod section;
pub mod versions;
