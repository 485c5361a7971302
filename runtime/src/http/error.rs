//! [`ApiError`]: every refusal or failure an operation answers with, as a status and a
//! `BifrostError` body written by [`crate::bifrost_error`].

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::JsonText;
use crate::bifrost_error::{code, BifrostError, ErrorField, ErrorType};

/// A refusal or failure: the status it answers with and what the body says.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{status} {message}")]
pub struct ApiError {
    pub status: StatusCode,
    /// `error.type`.
    pub kind: ErrorType,
    /// `error.code`, one of [`crate::bifrost_error::code`].
    pub code: &'static str,
    pub message: String,
    /// The field, header or parameter at fault, when there is one.
    pub param: Option<String>,
}

impl ApiError {
    pub fn new(
        status: StatusCode,
        kind: ErrorType,
        code: &'static str,
        message: impl Into<String>,
    ) -> Self {
        ApiError {
            status,
            kind,
            code,
            message: message.into(),
            param: None,
        }
    }

    /// Names the field, header or parameter at fault.
    pub fn param(mut self, param: impl Into<String>) -> Self {
        self.param = Some(param.into());
        self
    }

    /// `400`: a value outside what the spec allows; `param` names it when known.
    pub fn bad_request(message: impl Into<String>, param: Option<String>) -> Self {
        ApiError {
            param,
            ..Self::new(
                StatusCode::BAD_REQUEST,
                ErrorType::InvalidRequest,
                code::INVALID_VALUE,
                message,
            )
        }
    }

    /// `400`: a required field is absent.
    pub fn missing_field(name: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorType::InvalidRequest,
            code::MISSING_FIELD,
            format!("missing field `{name}`"),
        )
        .param(name)
    }

    /// `400`: the body is not the JSON or form the operation takes.
    pub fn invalid_body(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorType::InvalidRequest,
            code::INVALID_BODY,
            message,
        )
    }

    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            ErrorType::Authentication,
            code::INVALID_CREDENTIALS,
            message,
        )
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            ErrorType::NotFound,
            code::JOB_NOT_FOUND,
            message,
        )
    }

    /// `404` for a job id that names no job the caller may see on this operation: unknown,
    /// someone else's, another operation's or expired, all alike, so ids reveal nothing.
    pub fn no_such_job(id_param: &str) -> Self {
        Self::not_found(format!(
            "no job with this `{id_param}` on this operation (unknown, someone else's, or its result expired)"
        ))
    }

    /// `409`: the request conflicts with the job's state.
    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::CONFLICT,
            ErrorType::InvalidRequest,
            code,
            message,
        )
    }

    /// `422`: well formed, but cannot be served as it stands.
    pub fn unprocessable(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorType::InvalidRequest,
            code,
            message,
        )
    }

    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorType::InvalidRequest,
            code::BODY_TOO_LARGE,
            format!("the request body is larger than the {limit} bytes accepted here"),
        )
    }

    /// `500`: a fault on the gateway's side.
    pub fn internal(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorType::Server,
            code,
            message,
        )
    }

    /// The error in the `BifrostError` shape of the spec.
    pub fn to_bifrost_error(&self) -> BifrostError {
        BifrostError::gateway(
            self.status.as_u16(),
            ErrorField::gateway(self.kind, self.code, self.message.clone())
                .with_param(self.param.clone()),
        )
    }

    /// The body as JSON text documented to match `T`, the generated error type.
    pub fn body<T>(&self) -> JsonText<T> {
        JsonText::from_trusted(self.to_bifrost_error().to_bytes())
    }
}

/// The challenges of a `401` (RFC 9110 requires at least one): the two HTTP schemes the
/// gateway reads. Its API-key headers (`x-bf-vk`, `x-api-key`) have no challenge syntax.
pub const CHALLENGES: &str = "Bearer realm=\"gateway\", Basic realm=\"gateway\", charset=\"UTF-8\"";

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status == StatusCode::UNAUTHORIZED {
            let challenge = [(axum::http::header::WWW_AUTHENTICATE, CHALLENGES)];
            return (self.status, challenge, self.body::<()>()).into_response();
        }
        (self.status, self.body::<()>()).into_response()
    }
}
