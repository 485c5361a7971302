//! The strict server's module: a spec with a bearer, a basic and an API-key scheme.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Bearer,
    Basic,
    Key,
}

impl Scheme {
    fn source(self) -> security::Source {
        match self {
            Self::Bearer => security::Source::Bearer,
            Self::Basic => security::Source::Basic,
            Self::Key => security::Source::Header("x-key"),
        }
    }
}

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/server/core.rs"]
pub mod plumbing;
pub use plumbing::RequestError;

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/server/json_fields.rs"]
pub mod json_fields;

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/server/json_plain.rs"]
pub mod json_plain;

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/server/security.rs"]
pub mod security;
