//! Pages and parts of supported decision-making: the choice of whose words (`field`), the
//! line beside each statement (`line`), the session bar on the home page (`bar`), the
//! disagreement page and the client's record of sessions.

pub mod bar;
pub mod disagree;
pub mod field;
pub mod line;
pub mod sessions;
