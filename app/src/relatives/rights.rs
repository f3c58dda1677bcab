//! What a relative may do, and how two sets of rights compare (narrowing or widening).

use serde::{Deserialize, Serialize};

/// What a relative may do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rights {
    pub read_plan: bool,
    pub write_plan: bool,
    pub see_money: bool,
}

impl Rights {
    /// Writing a plan includes reading it.
    pub fn normalised(self) -> Rights {
        Rights {
            read_plan: self.read_plan || self.write_plan,
            ..self
        }
    }

    /// Whether `self` allows something `than` does not.
    pub fn wider_than(self, than: Rights) -> bool {
        (self.read_plan && !than.read_plan)
            || (self.write_plan && !than.write_plan)
            || (self.see_money && !than.see_money)
    }

    /// Only what both allow: what is left of `self` when `other` takes rights away.
    pub fn both(self, other: Rights) -> Rights {
        Rights {
            read_plan: self.read_plan && other.read_plan,
            write_plan: self.write_plan && other.write_plan,
            see_money: self.see_money && other.see_money,
        }
    }

    pub fn any(self) -> bool {
        self.read_plan || self.write_plan || self.see_money
    }
}

#[cfg(test)]
mod tests {
    use super::Rights;

    #[test]
    fn writing_includes_reading_and_widening_is_seen() {
        let write = Rights {
            write_plan: true,
            ..Rights::default()
        }
        .normalised();
        assert!(write.read_plan);
        let read = Rights {
            read_plan: true,
            ..Rights::default()
        };
        assert!(write.wider_than(read));
        assert!(!read.wider_than(write));
        assert!(!read.wider_than(read));
        assert!(!Rights::default().any());
        let money = Rights {
            see_money: true,
            ..Rights::default()
        };
        assert_eq!(read.both(money), Rights::default(), "nothing in common");
        assert_eq!(write.both(read), read);
    }
}
