//! Why a field of a worker's money form was refused: one variant per message, so the page
//! never carries a message id as text and the catalogue test can walk every variant.

use super::amount::AmountError;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldError {
    Amount(AmountError),
    DateEmpty,
    Date,
    /// The period ends before it starts.
    PeriodOrder,
    /// A spending date outside the decision's period (security review F18).
    OutsidePeriod,
    TextEmpty,
    TextLong,
    Arrangement,
    /// A support line must serve at least one wish of the plan.
    WishMissing,
    LineMissing,
    /// Someone else changed the same item first (versions differ).
    Changed,
    /// This form was sent before with other contents (its key was used).
    Resent,
    FileEmpty,
    /// The file's first row is not the expected header.
    FileHeader,
}

impl FieldError {
    /// Every variant, for the catalogue test.
    pub fn all() -> Vec<FieldError> {
        let amounts = [
            AmountError::Empty,
            AmountError::NotANumber,
            AmountError::Negative,
            AmountError::TooManyDecimals,
            AmountError::TooLarge,
        ];
        let mut all: Vec<FieldError> = amounts.into_iter().map(FieldError::Amount).collect();
        all.extend([
            FieldError::DateEmpty,
            FieldError::Date,
            FieldError::PeriodOrder,
            FieldError::OutsidePeriod,
            FieldError::TextEmpty,
            FieldError::TextLong,
            FieldError::Arrangement,
            FieldError::WishMissing,
            FieldError::LineMissing,
            FieldError::Changed,
            FieldError::Resent,
            FieldError::FileEmpty,
            FieldError::FileHeader,
        ]);
        all
    }

    /// The catalogue id of the message shown at the field.
    pub fn message_id(self) -> &'static str {
        match self {
            FieldError::Amount(e) => e.message_id(),
            FieldError::DateEmpty => "error-date-empty",
            FieldError::Date => "error-date",
            FieldError::PeriodOrder => "error-period-order",
            FieldError::OutsidePeriod => "import-problem-period",
            FieldError::TextEmpty => "error-text-empty",
            FieldError::TextLong => "error-text-long",
            FieldError::Arrangement => "error-arrangement",
            FieldError::WishMissing => "error-wish-missing",
            FieldError::LineMissing => "error-line-missing",
            FieldError::Changed => "error-money-changed",
            FieldError::Resent => "error-form-resent",
            FieldError::FileEmpty => "import-file-empty",
            FieldError::FileHeader => "import-file-header",
        }
    }
}
