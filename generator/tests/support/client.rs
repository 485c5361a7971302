//! `client.rs`: a spec with one bearer scheme.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Bearer,
}

#[derive(Debug, Clone, Default)]
struct Credentials {
    bearer: Option<String>,
}

impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        match scheme {
            Scheme::Bearer => self.bearer.is_some(),
        }
    }

    fn apply(&self, scheme: Scheme, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match (scheme, &self.bearer) {
            (Scheme::Bearer, Some(token)) => request.bearer_auth(token),
            (Scheme::Bearer, None) => request,
        }
    }
}

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/client/core.rs"]
pub mod requests;
pub use requests::*;

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/client/waiting.rs"]
pub mod waiting;
pub use waiting::*;

#[path = "../../support/client/webhook.rs"]
pub mod webhook;
pub use webhook::*;
