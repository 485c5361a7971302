//! Extractors for generated handlers: each reads one part of a request the same way for every
//! operation and refuses it with an [`ApiError`], so a handler reads like hand-written axum.
//!
//! They run in the order a handler lists them: the caller first, so nothing about a body is
//! said to someone who may not send one, then headers, then the body.

use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{FromRequest, FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde::de::DeserializeOwned;

use super::body::{declared_length, CountedBody, INFLIGHT_RETRY_AFTER_SECS};
use super::{parse_json_object, read_body, read_multipart, ApiError};
use crate::auth::{Principal, Scheme};
use crate::bifrost_error::{code, ErrorType};
use crate::job::{Part, Payload};
use crate::service::JobService;

/// The state every generated handler shares.
pub type Service = Arc<JobService>;

/// An operation's security alternatives, as the generated code declares them for each set of
/// alternatives in the spec.
pub trait Security: Send + Sync + 'static {
    /// Each inner slice is one alternative: every scheme in it must hold, for one principal.
    const ALTERNATIVES: &'static [&'static [Scheme]];
}

/// The authenticated caller, under any one of `S`'s alternatives; `401` otherwise.
#[derive(Debug, Clone)]
pub struct Caller<S> {
    pub principal: Principal,
    security: PhantomData<fn() -> S>,
}

impl<S: Security> FromRequestParts<Service> for Caller<S> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, service: &Service) -> Result<Self, ApiError> {
        let principal = service.authenticate(&parts.headers, S::ALTERNATIVES)?;
        Ok(Caller {
            principal,
            security: PhantomData,
        })
    }
}

/// The header a submission names its result TTL in.
pub const RESULT_TTL_HEADER: &str = "x-bf-async-job-result-ttl";

/// How long the result is kept after completion: [`RESULT_TTL_HEADER`], or the configured
/// default; `400` naming the header when it is not a whole number of seconds in range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResultTtl(pub Duration);

impl FromRequestParts<Service> for ResultTtl {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, service: &Service) -> Result<Self, ApiError> {
        service
            .ttl(&parts.headers, RESULT_TTL_HEADER)
            .map(ResultTtl)
    }
}

/// The `{job_id}` of a job's URL. Never refuses: an id that cannot even be read names no job,
/// which the handler answers like any unknown id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobIdPath(pub String);

impl FromRequestParts<Service> for JobIdPath {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        service: &Service,
    ) -> Result<Self, Self::Rejection> {
        let id = Path::<String>::from_request_parts(parts, service)
            .await
            .map(|Path(id)| id)
            .unwrap_or_default();
        Ok(JobIdPath(id))
    }
}

/// A typed request's own checks, beyond what decoding it proves (the spec's limits).
pub trait Validate {
    fn validate_request(&self) -> Result<(), ApiError>;
}

/// A JSON object body within the service's limit, decoded as `T` and validated; the bytes are
/// kept, since the job stores (and forwards) the request as the client sent it.
#[derive(Debug, Clone)]
pub struct JsonJob<T> {
    pub request: T,
    pub body: Bytes,
}

impl<T> JsonJob<T> {
    pub fn into_payload(self) -> Payload {
        Payload::Json(self.body)
    }
}

impl<T: DeserializeOwned + Validate> FromRequest<Service> for JsonJob<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, service: &Service) -> Result<Self, ApiError> {
        let (parts, body) = request.into_parts();
        let body = read_body(&parts.headers, body, service.limits().json_body_bytes).await?;
        let request: T = parse_json_object(&body)?;
        request.validate_request()?;
        Ok(JsonJob { request, body })
    }
}

/// A typed request read out of the parts of a multipart form.
pub trait FromParts: Sized {
    fn from_parts(parts: &[Part]) -> Result<Self, ApiError>;
}

/// A `multipart/form-data` body within the service's limit, read as `T` and validated; the
/// parts are kept, as the job stores them.
#[derive(Debug, Clone)]
pub struct JobForm<T> {
    pub request: T,
    pub parts: Vec<Part>,
}

impl<T> JobForm<T> {
    pub fn into_payload(self) -> Payload {
        Payload::Multipart(self.parts)
    }
}

impl<T: FromParts + Validate> FromRequest<Service> for JobForm<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, service: &Service) -> Result<Self, ApiError> {
        let (parts, body) = request.into_parts();
        let parts =
            read_multipart(&parts.headers, body, service.limits().multipart_body_bytes).await?;
        let request = T::from_parts(&parts)?;
        request.validate_request()?;
        Ok(JobForm { request, parts })
    }
}

/// Runs around every submit operation (the generated router layers it over them): bounds the
/// bytes of submit bodies in flight (see [`InflightBodies`](super::InflightBodies)), answering `503` with
/// `Retry-After` past the limit, and counts the submissions answered with an error, whichever
/// extractor or call refused them.
///
/// The body's bytes stay counted until its answer is made, by when the job holding them is
/// committed (or the submit refused) and the request's copies are gone.
pub async fn count_rejected_submissions(
    State(service): State<Service>,
    request: Request,
    next: Next,
) -> Response {
    let reservation = service.inflight_bodies().reservation();
    let limits = service.limits();
    let largest = limits.json_body_bytes.max(limits.multipart_body_bytes);
    let request = match declared_length(request.headers()) {
        // Refused with 413 by its extractor, unread: nothing to hold.
        Some(n) if n > largest => request,
        Some(n) => {
            if !reservation.grow(n) {
                service.metrics().submission_rejected();
                return busy();
            }
            request
        }
        None => {
            let (parts, body) = request.into_parts();
            let body = Body::new(CountedBody::new(body, Arc::clone(&reservation)));
            Request::from_parts(parts, body)
        }
    };
    let mut response = next.run(request).await;
    if reservation.refused() {
        // The body ran past the room left while it was read; whatever its extractor made of the
        // cut-off stream, the reason is this one.
        response = busy();
    }
    drop(reservation);
    let status = response.status();
    if status.is_client_error() || status.is_server_error() {
        service.metrics().submission_rejected();
    }
    response
}

/// `503` with `Retry-After`: too many submit bodies in flight.
fn busy() -> Response {
    let error = ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        ErrorType::Server,
        code::SERVER_BUSY,
        "the gateway holds as many request bodies as it may at once \
         (`limits.max_inflight_body_bytes`); nothing was stored; try again shortly",
    );
    let mut response = error.into_response();
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from(INFLIGHT_RETRY_AFTER_SECS),
    );
    response
}
