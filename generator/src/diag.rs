//! Diagnostics that do not stop generation.

use std::fmt;

/// Something the generator handled by falling back or renaming, with the place in the spec that
/// caused it, so the user can find and fix it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// `file#pointer` of the construct (the original file, not the bundle).
    pub at: String,
    pub message: String,
}

impl Warning {
    pub fn new(at: impl fmt::Display, message: impl Into<String>) -> Self {
        Warning {
            at: at.to_string(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}: {}", self.at, self.message)
    }
}
