//! The `BifrostError` body, written in one place: every refusal the HTTP layer answers and every
//! failure stored on a job goes through [`BifrostError::to_bytes`].
//!
//! `error.type` is one of the few classes in [`ErrorType`]; `error.code` says exactly what
//! happened, from the list in [`code`]. Both are documented in the spec's `BifrostError`
//! description, so clients can match on them. A provider's own error keeps its `type` and `code`
//! as the provider sent them (`is_bifrost_error: false`).

use bytes::Bytes;
use serde::Serialize;

/// The `error.type` of an error the gateway raises itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorType {
    /// The request cannot be served as sent: a body, field, header or parameter is wrong, or the
    /// request conflicts with the job's state.
    InvalidRequest,
    /// No credential, or one that matches no caller.
    Authentication,
    /// No such job for this caller on this operation.
    NotFound,
    /// A fault on the gateway's side (its store, a damaged row, an interrupted job).
    Server,
    /// The provider could not be reached or gave an answer that cannot be used.
    Upstream,
}

impl ErrorType {
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorType::InvalidRequest => "invalid_request_error",
            ErrorType::Authentication => "authentication_error",
            ErrorType::NotFound => "not_found_error",
            ErrorType::Server => "server_error",
            ErrorType::Upstream => "upstream_error",
        }
    }
}

/// Every `error.code` the gateway writes. Keep this list and the spec's `BifrostError`
/// description in step.
pub mod code {
    /// A required field is absent.
    pub const MISSING_FIELD: &str = "missing_field";
    /// A field, header or parameter has a value outside what the spec allows.
    pub const INVALID_VALUE: &str = "invalid_value";
    /// The body is not JSON, or not the JSON value the operation takes.
    pub const INVALID_BODY: &str = "invalid_body";
    /// The body is larger than the operation accepts.
    pub const BODY_TOO_LARGE: &str = "body_too_large";
    /// No credential was sent, or none of those sent is valid.
    pub const INVALID_CREDENTIALS: &str = "invalid_credentials";
    /// The job id is unknown, someone else's, another operation's, or expired.
    pub const JOB_NOT_FOUND: &str = "job_not_found";
    /// The job is already final and cannot change any more.
    pub const JOB_ALREADY_FINAL: &str = "job_already_final";
    /// An idempotency key was used before with a different request.
    pub const IDEMPOTENCY_KEY_REUSED: &str = "idempotency_key_reused";
    /// The job store cannot be reached; try again later.
    pub const STORE_UNAVAILABLE: &str = "store_unavailable";
    /// The gateway holds as many request bodies as it may at once; retry after `Retry-After`.
    pub const SERVER_BUSY: &str = "server_busy";
    /// The stored job cannot be read back.
    pub const STORED_JOB_DAMAGED: &str = "stored_job_damaged";
    /// The job was interrupted (its worker lost) too many times.
    pub const JOB_INTERRUPTED: &str = "job_interrupted";
    /// The request names a provider the gateway does not know.
    pub const UNKNOWN_PROVIDER: &str = "unknown_provider";
    /// The request cannot be sent on to the provider as stored.
    pub const UNFORWARDABLE_REQUEST: &str = "unforwardable_request";
    /// The provider rejected the request in a way the gateway reports itself.
    pub const INVALID_REQUEST: &str = "invalid_request";
    /// No provider could be tried.
    pub const NO_TARGET: &str = "no_target";
    /// The provider could not be reached.
    pub const CONNECTION_FAILED: &str = "connection_failed";
    /// One upstream request took longer than its timeout.
    pub const ATTEMPT_TIMEOUT: &str = "attempt_timeout";
    /// The whole job took longer than its execution timeout.
    pub const EXECUTION_TIMEOUT: &str = "execution_timeout";
    /// The provider's answer cannot be used (not JSON, too large, not encodable).
    pub const INVALID_RESPONSE: &str = "invalid_response";
    /// The provider answered with a status the gateway does not expect.
    pub const UNEXPECTED_STATUS: &str = "unexpected_status";

    /// Every code above, for the test that holds the spec's description to this list.
    pub const ALL: &[&str] = &[
        MISSING_FIELD,
        INVALID_VALUE,
        INVALID_BODY,
        BODY_TOO_LARGE,
        INVALID_CREDENTIALS,
        JOB_NOT_FOUND,
        JOB_ALREADY_FINAL,
        IDEMPOTENCY_KEY_REUSED,
        STORE_UNAVAILABLE,
        SERVER_BUSY,
        STORED_JOB_DAMAGED,
        JOB_INTERRUPTED,
        UNKNOWN_PROVIDER,
        UNFORWARDABLE_REQUEST,
        INVALID_REQUEST,
        NO_TARGET,
        CONNECTION_FAILED,
        ATTEMPT_TIMEOUT,
        EXECUTION_TIMEOUT,
        INVALID_RESPONSE,
        UNEXPECTED_STATUS,
    ];
}

/// The `error` member.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ErrorField {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
}

impl ErrorField {
    /// An error the gateway raises, with its class and code.
    pub fn gateway(kind: ErrorType, code: &str, message: impl Into<String>) -> Self {
        ErrorField {
            kind: Some(kind.as_str().to_owned()),
            code: Some(code.to_owned()),
            message: message.into(),
            param: None,
        }
    }

    pub fn with_param(mut self, param: Option<impl Into<String>>) -> Self {
        self.param = param.map(Into::into);
        self
    }
}

/// `extra_fields`: the request a job failure concerns. `provider` is left out: the spec types it
/// as an enum of the origin project's provider names, and ours are whatever the configuration
/// calls them; `model_requested` carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExtraFields {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_requested: Option<String>,
    pub request_type: &'static str,
}

/// A whole `BifrostError` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BifrostError {
    /// `true` when the gateway raised the error, `false` when it passes on a provider's.
    pub is_bifrost_error: bool,
    pub status_code: u16,
    pub error: ErrorField,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra_fields: Option<ExtraFields>,
}

impl BifrostError {
    /// An error the gateway raises itself.
    pub fn gateway(status_code: u16, error: ErrorField) -> Self {
        BifrostError {
            is_bifrost_error: true,
            status_code,
            error,
            extra_fields: None,
        }
    }

    /// The body as JSON text.
    pub fn to_bytes(&self) -> Bytes {
        // Serialising strings, integers and booleans into a Vec cannot fail.
        Bytes::from(serde_json::to_vec(self).unwrap_or_default())
    }

    /// The body as a JSON tree, for code that edits it further.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gateway_error_has_every_member_the_spec_names() {
        let body = BifrostError::gateway(
            400,
            ErrorField::gateway(ErrorType::InvalidRequest, code::MISSING_FIELD, "no model")
                .with_param(Some("model")),
        );
        let v: serde_json::Value = serde_json::from_slice(&body.to_bytes()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({
                "is_bifrost_error": true,
                "status_code": 400,
                "error": {"type": "invalid_request_error", "code": "missing_field", "message": "no model", "param": "model"}
            })
        );
        assert_eq!(v, body.to_json());
    }

    /// Clients match on `type` and `code`, so the spec must name every one the gateway writes.
    #[test]
    fn the_spec_documents_every_type_and_code() {
        let spec = include_str!("../../spec/schemas/inference/common.yaml");
        let (_, description) = spec
            .split_once("\nBifrostError:")
            .expect("the spec defines BifrostError");
        let description = &description[..description.find("\n  properties:").unwrap()];
        let types = [
            ErrorType::InvalidRequest,
            ErrorType::Authentication,
            ErrorType::NotFound,
            ErrorType::Server,
            ErrorType::Upstream,
        ];
        for name in types.map(ErrorType::as_str).iter().chain(code::ALL) {
            assert!(
                description.contains(&format!("`{name}`")),
                "the spec's BifrostError description does not name `{name}`"
            );
        }
    }
}
