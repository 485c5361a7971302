// Generated from spec/openapi.yaml by `cargo run -p generator`; do not edit.
//! The axum router: one handler and one typed response per operation.

use crate::types::*;
/// What every handler shares: the runtime's job service.
pub type Service = ::std::sync::Arc<::runtime::service::JobService>;
/// The spec as one document (OpenAPI 3.0 dialect), as served at `/openapi.json`.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
/// Every async-job operation of the spec, at its path.
pub fn router(service: Service) -> ::axum::Router {
    ::axum::Router::new()
        .route(
            "/v1/async/chat/completions",
            ::axum::routing::post(create_async_chat_completion),
        )
        .route(
            "/v1/async/completions",
            ::axum::routing::post(create_async_text_completion),
        )
        .route("/v1/async/responses", ::axum::routing::post(create_async_response))
        .route("/v1/async/embeddings", ::axum::routing::post(create_async_embedding))
        .route("/v1/async/audio/speech", ::axum::routing::post(create_async_speech))
        .route(
            "/v1/async/audio/transcriptions",
            ::axum::routing::post(create_async_transcription),
        )
        .route(
            "/v1/async/images/generations",
            ::axum::routing::post(create_async_image_generation),
        )
        .route("/v1/async/images/edits", ::axum::routing::post(create_async_image_edit))
        .route(
            "/v1/async/images/variations",
            ::axum::routing::post(create_async_image_variation),
        )
        .route(
            "/v1/async/chat/completions/{job_id}",
            ::axum::routing::get(get_async_chat_completion_job),
        )
        .route(
            "/v1/async/completions/{job_id}",
            ::axum::routing::get(get_async_text_completion_job),
        )
        .route(
            "/v1/async/responses/{job_id}",
            ::axum::routing::get(get_async_response_job),
        )
        .route(
            "/v1/async/embeddings/{job_id}",
            ::axum::routing::get(get_async_embedding_job),
        )
        .route(
            "/v1/async/audio/speech/{job_id}",
            ::axum::routing::get(get_async_speech_job),
        )
        .route(
            "/v1/async/audio/transcriptions/{job_id}",
            ::axum::routing::get(get_async_transcription_job),
        )
        .route(
            "/v1/async/images/generations/{job_id}",
            ::axum::routing::get(get_async_image_generation_job),
        )
        .route(
            "/v1/async/images/edits/{job_id}",
            ::axum::routing::get(get_async_image_edit_job),
        )
        .route(
            "/v1/async/images/variations/{job_id}",
            ::axum::routing::get(get_async_image_variation_job),
        )
        .with_state(service)
}
/// Credentials accepted by: BearerAuth, or BasicAuth, or VirtualKeyAuth, or ApiKeyAuth.
const BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH: &[&[::runtime::auth::Scheme]] = &[
    &[::runtime::auth::Scheme::Bearer],
    &[::runtime::auth::Scheme::Basic],
    &[::runtime::auth::Scheme::ApiKeyHeader("x-bf-vk")],
    &[::runtime::auth::Scheme::ApiKeyHeader("x-api-key")],
];
/// The answers of `createAsyncChatCompletion`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncChatCompletionResponse {
    /// 202: Job accepted for processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(BifrostError),
}
impl ::axum::response::IntoResponse for CreateAsyncChatCompletionResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::BadRequest(body) => {
                (
                    ::axum::http::StatusCode::from_u16(400u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::PayloadTooLarge(body) => {
                (
                    ::axum::http::StatusCode::from_u16(413u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for CreateAsyncChatCompletionResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            400u16 => Self::BadRequest(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            413u16 => Self::PayloadTooLarge(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Create async chat completion
///
/// Submits a chat completion request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_chat_completion(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> CreateAsyncChatCompletionResponse {
    match create_async_chat_completion_job(&service, &headers, body).await {
        ::std::result::Result::Ok(job) => {
            CreateAsyncChatCompletionResponse::Accepted(job)
        }
        ::std::result::Result::Err(error) => {
            service.metrics().submission_rejected();
            error.into()
        }
    }
}
async fn create_async_chat_completion_job(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> ::std::result::Result<
    ::runtime::http::JsonText<AsyncJobResponse>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    let ttl = service.ttl(headers, "x-bf-async-job-result-ttl")?;
    let body = ::runtime::http::read_body(
            headers,
            body,
            service.limits().json_body_bytes,
        )
        .await?;
    let request: ChatCompletionRequest = ::runtime::http::parse_json_object(&body)?;
    request
        .validate()
        .map_err(|e| ::runtime::http::ApiError::bad_request(
            e.to_string(),
            ::std::option::Option::Some(e.path),
        ))?;
    let job = service
        .submit(
            ::runtime::kind::JobKind::ChatCompletions,
            &principal,
            ::runtime::job::Payload::Json(body),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(job.to_json_text())
}
/// The answers of `createAsyncTextCompletion`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncTextCompletionResponse {
    /// 202: Job accepted for processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(BifrostError),
}
impl ::axum::response::IntoResponse for CreateAsyncTextCompletionResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::BadRequest(body) => {
                (
                    ::axum::http::StatusCode::from_u16(400u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::PayloadTooLarge(body) => {
                (
                    ::axum::http::StatusCode::from_u16(413u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for CreateAsyncTextCompletionResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            400u16 => Self::BadRequest(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            413u16 => Self::PayloadTooLarge(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Create async text completion
///
/// Submits a text completion request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_text_completion(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> CreateAsyncTextCompletionResponse {
    match create_async_text_completion_job(&service, &headers, body).await {
        ::std::result::Result::Ok(job) => {
            CreateAsyncTextCompletionResponse::Accepted(job)
        }
        ::std::result::Result::Err(error) => {
            service.metrics().submission_rejected();
            error.into()
        }
    }
}
async fn create_async_text_completion_job(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> ::std::result::Result<
    ::runtime::http::JsonText<AsyncJobResponse>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    let ttl = service.ttl(headers, "x-bf-async-job-result-ttl")?;
    let body = ::runtime::http::read_body(
            headers,
            body,
            service.limits().json_body_bytes,
        )
        .await?;
    let request: TextCompletionRequest = ::runtime::http::parse_json_object(&body)?;
    let _ = &request;
    let job = service
        .submit(
            ::runtime::kind::JobKind::Completions,
            &principal,
            ::runtime::job::Payload::Json(body),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(job.to_json_text())
}
/// The answers of `createAsyncResponse`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncResponseResponse {
    /// 202: Job accepted for processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(BifrostError),
}
impl ::axum::response::IntoResponse for CreateAsyncResponseResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::BadRequest(body) => {
                (
                    ::axum::http::StatusCode::from_u16(400u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::PayloadTooLarge(body) => {
                (
                    ::axum::http::StatusCode::from_u16(413u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError> for CreateAsyncResponseResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            400u16 => Self::BadRequest(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            413u16 => Self::PayloadTooLarge(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Create async response
///
/// Submits a response request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_response(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> CreateAsyncResponseResponse {
    match create_async_response_job(&service, &headers, body).await {
        ::std::result::Result::Ok(job) => CreateAsyncResponseResponse::Accepted(job),
        ::std::result::Result::Err(error) => {
            service.metrics().submission_rejected();
            error.into()
        }
    }
}
async fn create_async_response_job(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> ::std::result::Result<
    ::runtime::http::JsonText<AsyncJobResponse>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    let ttl = service.ttl(headers, "x-bf-async-job-result-ttl")?;
    let body = ::runtime::http::read_body(
            headers,
            body,
            service.limits().json_body_bytes,
        )
        .await?;
    let request: ResponsesRequest = ::runtime::http::parse_json_object(&body)?;
    let _ = &request;
    let job = service
        .submit(
            ::runtime::kind::JobKind::Responses,
            &principal,
            ::runtime::job::Payload::Json(body),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(job.to_json_text())
}
/// The answers of `createAsyncEmbedding`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncEmbeddingResponse {
    /// 202: Job accepted for processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(BifrostError),
}
impl ::axum::response::IntoResponse for CreateAsyncEmbeddingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::BadRequest(body) => {
                (
                    ::axum::http::StatusCode::from_u16(400u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::PayloadTooLarge(body) => {
                (
                    ::axum::http::StatusCode::from_u16(413u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError> for CreateAsyncEmbeddingResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            400u16 => Self::BadRequest(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            413u16 => Self::PayloadTooLarge(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Create async embedding
///
/// Submits an embedding request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
pub async fn create_async_embedding(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> CreateAsyncEmbeddingResponse {
    match create_async_embedding_job(&service, &headers, body).await {
        ::std::result::Result::Ok(job) => CreateAsyncEmbeddingResponse::Accepted(job),
        ::std::result::Result::Err(error) => {
            service.metrics().submission_rejected();
            error.into()
        }
    }
}
async fn create_async_embedding_job(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> ::std::result::Result<
    ::runtime::http::JsonText<AsyncJobResponse>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    let ttl = service.ttl(headers, "x-bf-async-job-result-ttl")?;
    let body = ::runtime::http::read_body(
            headers,
            body,
            service.limits().json_body_bytes,
        )
        .await?;
    let request: EmbeddingRequest = ::runtime::http::parse_json_object(&body)?;
    let _ = &request;
    let job = service
        .submit(
            ::runtime::kind::JobKind::Embeddings,
            &principal,
            ::runtime::job::Payload::Json(body),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(job.to_json_text())
}
/// The answers of `createAsyncSpeech`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncSpeechResponse {
    /// 202: Job accepted for processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(BifrostError),
}
impl ::axum::response::IntoResponse for CreateAsyncSpeechResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::BadRequest(body) => {
                (
                    ::axum::http::StatusCode::from_u16(400u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::PayloadTooLarge(body) => {
                (
                    ::axum::http::StatusCode::from_u16(413u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError> for CreateAsyncSpeechResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            400u16 => Self::BadRequest(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            413u16 => Self::PayloadTooLarge(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Create async speech
///
/// Submits a speech synthesis request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// SSE streaming is not supported for async requests.
pub async fn create_async_speech(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> CreateAsyncSpeechResponse {
    match create_async_speech_job(&service, &headers, body).await {
        ::std::result::Result::Ok(job) => CreateAsyncSpeechResponse::Accepted(job),
        ::std::result::Result::Err(error) => {
            service.metrics().submission_rejected();
            error.into()
        }
    }
}
async fn create_async_speech_job(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> ::std::result::Result<
    ::runtime::http::JsonText<AsyncJobResponse>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    let ttl = service.ttl(headers, "x-bf-async-job-result-ttl")?;
    let body = ::runtime::http::read_body(
            headers,
            body,
            service.limits().json_body_bytes,
        )
        .await?;
    let request: SpeechRequest = ::runtime::http::parse_json_object(&body)?;
    request
        .validate()
        .map_err(|e| ::runtime::http::ApiError::bad_request(
            e.to_string(),
            ::std::option::Option::Some(e.path),
        ))?;
    let job = service
        .submit(
            ::runtime::kind::JobKind::AudioSpeech,
            &principal,
            ::runtime::job::Payload::Json(body),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(job.to_json_text())
}
/// The answers of `createAsyncTranscription`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncTranscriptionResponse {
    /// 202: Job accepted for processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(BifrostError),
}
impl ::axum::response::IntoResponse for CreateAsyncTranscriptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::BadRequest(body) => {
                (
                    ::axum::http::StatusCode::from_u16(400u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::PayloadTooLarge(body) => {
                (
                    ::axum::http::StatusCode::from_u16(413u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for CreateAsyncTranscriptionResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            400u16 => Self::BadRequest(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            413u16 => Self::PayloadTooLarge(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Create async transcription
///
/// Submits a transcription request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_transcription(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> CreateAsyncTranscriptionResponse {
    match create_async_transcription_job(&service, &headers, body).await {
        ::std::result::Result::Ok(job) => CreateAsyncTranscriptionResponse::Accepted(job),
        ::std::result::Result::Err(error) => {
            service.metrics().submission_rejected();
            error.into()
        }
    }
}
async fn create_async_transcription_job(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> ::std::result::Result<
    ::runtime::http::JsonText<AsyncJobResponse>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    let ttl = service.ttl(headers, "x-bf-async-job-result-ttl")?;
    let parts = ::runtime::http::read_multipart(
            headers,
            body,
            service.limits().multipart_body_bytes,
        )
        .await?;
    let request = transcription_request_from_parts(&parts)?;
    let _ = &request;
    let job = service
        .submit(
            ::runtime::kind::JobKind::AudioTranscriptions,
            &principal,
            ::runtime::job::Payload::Multipart(parts),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(job.to_json_text())
}
/// Reads a `TranscriptionRequest` from the parts of a multipart form.
fn transcription_request_from_parts(
    parts: &[::runtime::job::Part],
) -> ::std::result::Result<TranscriptionRequest, ::runtime::http::ApiError> {
    use ::runtime::http::form;
    ::std::result::Result::Ok(TranscriptionRequest {
        model: form::value(parts, "model")?
            .ok_or_else(|| ::runtime::http::ApiError::bad_request(
                ::std::format!("missing field `{}`", "model"),
                ::std::option::Option::Some("model".to_owned()),
            ))?,
        file: form::file(parts, "file")
            .map(|b| Binary(b.to_vec()))
            .ok_or_else(|| ::runtime::http::ApiError::bad_request(
                ::std::format!("missing field `{}`", "file"),
                ::std::option::Option::Some("file".to_owned()),
            ))?,
        fallbacks: form::list(parts, "fallbacks")?,
        stream: form::value(parts, "stream")?,
        language: form::value(parts, "language")?,
        prompt: form::value(parts, "prompt")?,
        response_format: form::value(parts, "response_format")?,
        file_format: form::value(parts, "file_format")?,
    })
}
/// The answers of `createAsyncImageGeneration`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncImageGenerationResponse {
    /// 202: Job accepted for processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(BifrostError),
}
impl ::axum::response::IntoResponse for CreateAsyncImageGenerationResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::BadRequest(body) => {
                (
                    ::axum::http::StatusCode::from_u16(400u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::PayloadTooLarge(body) => {
                (
                    ::axum::http::StatusCode::from_u16(413u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for CreateAsyncImageGenerationResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            400u16 => Self::BadRequest(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            413u16 => Self::PayloadTooLarge(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Create async image generation
///
/// Submits an image generation request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_image_generation(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> CreateAsyncImageGenerationResponse {
    match create_async_image_generation_job(&service, &headers, body).await {
        ::std::result::Result::Ok(job) => {
            CreateAsyncImageGenerationResponse::Accepted(job)
        }
        ::std::result::Result::Err(error) => {
            service.metrics().submission_rejected();
            error.into()
        }
    }
}
async fn create_async_image_generation_job(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> ::std::result::Result<
    ::runtime::http::JsonText<AsyncJobResponse>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    let ttl = service.ttl(headers, "x-bf-async-job-result-ttl")?;
    let body = ::runtime::http::read_body(
            headers,
            body,
            service.limits().json_body_bytes,
        )
        .await?;
    let request: ImageGenerationRequest = ::runtime::http::parse_json_object(&body)?;
    request
        .validate()
        .map_err(|e| ::runtime::http::ApiError::bad_request(
            e.to_string(),
            ::std::option::Option::Some(e.path),
        ))?;
    let job = service
        .submit(
            ::runtime::kind::JobKind::ImagesGenerations,
            &principal,
            ::runtime::job::Payload::Json(body),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(job.to_json_text())
}
/// The answers of `createAsyncImageEdit`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncImageEditResponse {
    /// 202: Job accepted for processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(BifrostError),
}
impl ::axum::response::IntoResponse for CreateAsyncImageEditResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::BadRequest(body) => {
                (
                    ::axum::http::StatusCode::from_u16(400u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::PayloadTooLarge(body) => {
                (
                    ::axum::http::StatusCode::from_u16(413u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError> for CreateAsyncImageEditResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            400u16 => Self::BadRequest(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            413u16 => Self::PayloadTooLarge(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Create async image edit
///
/// Submits an image edit request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_image_edit(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> CreateAsyncImageEditResponse {
    match create_async_image_edit_job(&service, &headers, body).await {
        ::std::result::Result::Ok(job) => CreateAsyncImageEditResponse::Accepted(job),
        ::std::result::Result::Err(error) => {
            service.metrics().submission_rejected();
            error.into()
        }
    }
}
async fn create_async_image_edit_job(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> ::std::result::Result<
    ::runtime::http::JsonText<AsyncJobResponse>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    let ttl = service.ttl(headers, "x-bf-async-job-result-ttl")?;
    let parts = ::runtime::http::read_multipart(
            headers,
            body,
            service.limits().multipart_body_bytes,
        )
        .await?;
    let request = image_edit_request_from_parts(&parts)?;
    request
        .validate()
        .map_err(|e| ::runtime::http::ApiError::bad_request(
            e.to_string(),
            ::std::option::Option::Some(e.path),
        ))?;
    let job = service
        .submit(
            ::runtime::kind::JobKind::ImagesEdits,
            &principal,
            ::runtime::job::Payload::Multipart(parts),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(job.to_json_text())
}
/// Reads a `ImageEditRequest` from the parts of a multipart form.
fn image_edit_request_from_parts(
    parts: &[::runtime::job::Part],
) -> ::std::result::Result<ImageEditRequest, ::runtime::http::ApiError> {
    use ::runtime::http::form;
    ::std::result::Result::Ok(ImageEditRequest {
        model: form::value(parts, "model")?
            .ok_or_else(|| ::runtime::http::ApiError::bad_request(
                ::std::format!("missing field `{}`", "model"),
                ::std::option::Option::Some("model".to_owned()),
            ))?,
        prompt: form::value(parts, "prompt")?,
        image: form::file(parts, "image")
            .map(|b| Binary(b.to_vec()))
            .ok_or_else(|| ::runtime::http::ApiError::bad_request(
                ::std::format!("missing field `{}`", "image"),
                ::std::option::Option::Some("image".to_owned()),
            ))?,
        mask: form::file(parts, "mask").map(|b| Binary(b.to_vec())),
        type_: form::value(parts, "type")?,
        n: form::value(parts, "n")?,
        size: form::value(parts, "size")?,
        response_format: form::value(parts, "response_format")?,
        stream: form::value(parts, "stream")?,
        background: form::value(parts, "background")?,
        input_fidelity: form::value(parts, "input_fidelity")?,
        partial_images: form::value(parts, "partial_images")?,
        quality: form::value(parts, "quality")?,
        output_format: form::value(parts, "output_format")?,
        num_inference_steps: form::value(parts, "num_inference_steps")?,
        seed: form::value(parts, "seed")?,
        output_compression: form::value(parts, "output_compression")?,
        negative_prompt: form::value(parts, "negative_prompt")?,
        user: form::value(parts, "user")?,
        fallbacks: form::list(parts, "fallbacks")?,
    })
}
/// The answers of `createAsyncImageVariation`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncImageVariationResponse {
    /// 202: Job accepted for processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(BifrostError),
}
impl ::axum::response::IntoResponse for CreateAsyncImageVariationResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::BadRequest(body) => {
                (
                    ::axum::http::StatusCode::from_u16(400u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::PayloadTooLarge(body) => {
                (
                    ::axum::http::StatusCode::from_u16(413u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for CreateAsyncImageVariationResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            400u16 => Self::BadRequest(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            413u16 => Self::PayloadTooLarge(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Create async image variation
///
/// Submits an image variation request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
pub async fn create_async_image_variation(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> CreateAsyncImageVariationResponse {
    match create_async_image_variation_job(&service, &headers, body).await {
        ::std::result::Result::Ok(job) => {
            CreateAsyncImageVariationResponse::Accepted(job)
        }
        ::std::result::Result::Err(error) => {
            service.metrics().submission_rejected();
            error.into()
        }
    }
}
async fn create_async_image_variation_job(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    body: ::axum::body::Body,
) -> ::std::result::Result<
    ::runtime::http::JsonText<AsyncJobResponse>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    let ttl = service.ttl(headers, "x-bf-async-job-result-ttl")?;
    let parts = ::runtime::http::read_multipart(
            headers,
            body,
            service.limits().multipart_body_bytes,
        )
        .await?;
    let request = image_variation_request_from_parts(&parts)?;
    request
        .validate()
        .map_err(|e| ::runtime::http::ApiError::bad_request(
            e.to_string(),
            ::std::option::Option::Some(e.path),
        ))?;
    let job = service
        .submit(
            ::runtime::kind::JobKind::ImagesVariations,
            &principal,
            ::runtime::job::Payload::Multipart(parts),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(job.to_json_text())
}
/// Reads a `ImageVariationRequest` from the parts of a multipart form.
fn image_variation_request_from_parts(
    parts: &[::runtime::job::Part],
) -> ::std::result::Result<ImageVariationRequest, ::runtime::http::ApiError> {
    use ::runtime::http::form;
    ::std::result::Result::Ok(ImageVariationRequest {
        model: form::value(parts, "model")?
            .ok_or_else(|| ::runtime::http::ApiError::bad_request(
                ::std::format!("missing field `{}`", "model"),
                ::std::option::Option::Some("model".to_owned()),
            ))?,
        image: form::file(parts, "image")
            .map(|b| Binary(b.to_vec()))
            .ok_or_else(|| ::runtime::http::ApiError::bad_request(
                ::std::format!("missing field `{}`", "image"),
                ::std::option::Option::Some("image".to_owned()),
            ))?,
        n: form::value(parts, "n")?,
        size: form::value(parts, "size")?,
        response_format: form::value(parts, "response_format")?,
        user: form::value(parts, "user")?,
        fallbacks: form::list(parts, "fallbacks")?,
    })
}
/// The answers of `getAsyncChatCompletionJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncChatCompletionJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(::runtime::http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
}
impl ::axum::response::IntoResponse for GetAsyncChatCompletionJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                (
                    ::axum::http::StatusCode::from_u16(200u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::NotFound(body) => {
                (
                    ::axum::http::StatusCode::from_u16(404u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for GetAsyncChatCompletionJobResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            404u16 => Self::NotFound(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Get async chat completion job
///
/// Retrieves the status and result of an async chat completion job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_chat_completion_job(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    path: ::std::result::Result<
        ::axum::extract::Path<::std::string::String>,
        ::axum::extract::rejection::PathRejection,
    >,
) -> GetAsyncChatCompletionJobResponse {
    let id = path.map(|p| p.0).unwrap_or_default();
    match get_async_chat_completion_job_lookup(&service, &headers, &id).await {
        ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => {
            GetAsyncChatCompletionJobResponse::Ok(job)
        }
        ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => {
            GetAsyncChatCompletionJobResponse::Accepted(job)
        }
        ::std::result::Result::Ok(::std::option::Option::None) => {
            GetAsyncChatCompletionJobResponse::NotFound(
                ::runtime::http::ApiError::not_found(
                        "no job with this `job_id` on this operation (unknown, someone else's, or its result expired)",
                    )
                    .into_body(),
            )
        }
        ::std::result::Result::Err(error) => error.into(),
    }
}
/// The job and whether it is final, if the caller may see it.
async fn get_async_chat_completion_job_lookup(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    id: &str,
) -> ::std::result::Result<
    ::std::option::Option<(::runtime::http::JsonText<AsyncJobResponse>, bool)>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    match service.poll(::runtime::kind::JobKind::ChatCompletions, &principal, id).await?
    {
        ::std::option::Option::Some(job) => {
            let done = job.status.is_terminal();
            ::std::result::Result::Ok(
                ::std::option::Option::Some((job.to_json_text(), done)),
            )
        }
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
    }
}
/// The answers of `getAsyncTextCompletionJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncTextCompletionJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(::runtime::http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
}
impl ::axum::response::IntoResponse for GetAsyncTextCompletionJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                (
                    ::axum::http::StatusCode::from_u16(200u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::NotFound(body) => {
                (
                    ::axum::http::StatusCode::from_u16(404u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for GetAsyncTextCompletionJobResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            404u16 => Self::NotFound(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Get async text completion job
///
/// Retrieves the status and result of an async text completion job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_text_completion_job(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    path: ::std::result::Result<
        ::axum::extract::Path<::std::string::String>,
        ::axum::extract::rejection::PathRejection,
    >,
) -> GetAsyncTextCompletionJobResponse {
    let id = path.map(|p| p.0).unwrap_or_default();
    match get_async_text_completion_job_lookup(&service, &headers, &id).await {
        ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => {
            GetAsyncTextCompletionJobResponse::Ok(job)
        }
        ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => {
            GetAsyncTextCompletionJobResponse::Accepted(job)
        }
        ::std::result::Result::Ok(::std::option::Option::None) => {
            GetAsyncTextCompletionJobResponse::NotFound(
                ::runtime::http::ApiError::not_found(
                        "no job with this `job_id` on this operation (unknown, someone else's, or its result expired)",
                    )
                    .into_body(),
            )
        }
        ::std::result::Result::Err(error) => error.into(),
    }
}
/// The job and whether it is final, if the caller may see it.
async fn get_async_text_completion_job_lookup(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    id: &str,
) -> ::std::result::Result<
    ::std::option::Option<(::runtime::http::JsonText<AsyncJobResponse>, bool)>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    match service.poll(::runtime::kind::JobKind::Completions, &principal, id).await? {
        ::std::option::Option::Some(job) => {
            let done = job.status.is_terminal();
            ::std::result::Result::Ok(
                ::std::option::Option::Some((job.to_json_text(), done)),
            )
        }
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
    }
}
/// The answers of `getAsyncResponseJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncResponseJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(::runtime::http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
}
impl ::axum::response::IntoResponse for GetAsyncResponseJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                (
                    ::axum::http::StatusCode::from_u16(200u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::NotFound(body) => {
                (
                    ::axum::http::StatusCode::from_u16(404u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError> for GetAsyncResponseJobResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            404u16 => Self::NotFound(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Get async response job
///
/// Retrieves the status and result of an async response job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_response_job(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    path: ::std::result::Result<
        ::axum::extract::Path<::std::string::String>,
        ::axum::extract::rejection::PathRejection,
    >,
) -> GetAsyncResponseJobResponse {
    let id = path.map(|p| p.0).unwrap_or_default();
    match get_async_response_job_lookup(&service, &headers, &id).await {
        ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => {
            GetAsyncResponseJobResponse::Ok(job)
        }
        ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => {
            GetAsyncResponseJobResponse::Accepted(job)
        }
        ::std::result::Result::Ok(::std::option::Option::None) => {
            GetAsyncResponseJobResponse::NotFound(
                ::runtime::http::ApiError::not_found(
                        "no job with this `job_id` on this operation (unknown, someone else's, or its result expired)",
                    )
                    .into_body(),
            )
        }
        ::std::result::Result::Err(error) => error.into(),
    }
}
/// The job and whether it is final, if the caller may see it.
async fn get_async_response_job_lookup(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    id: &str,
) -> ::std::result::Result<
    ::std::option::Option<(::runtime::http::JsonText<AsyncJobResponse>, bool)>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    match service.poll(::runtime::kind::JobKind::Responses, &principal, id).await? {
        ::std::option::Option::Some(job) => {
            let done = job.status.is_terminal();
            ::std::result::Result::Ok(
                ::std::option::Option::Some((job.to_json_text(), done)),
            )
        }
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
    }
}
/// The answers of `getAsyncEmbeddingJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncEmbeddingJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(::runtime::http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
}
impl ::axum::response::IntoResponse for GetAsyncEmbeddingJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                (
                    ::axum::http::StatusCode::from_u16(200u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::NotFound(body) => {
                (
                    ::axum::http::StatusCode::from_u16(404u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError> for GetAsyncEmbeddingJobResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            404u16 => Self::NotFound(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Get async embedding job
///
/// Retrieves the status and result of an async embedding job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_embedding_job(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    path: ::std::result::Result<
        ::axum::extract::Path<::std::string::String>,
        ::axum::extract::rejection::PathRejection,
    >,
) -> GetAsyncEmbeddingJobResponse {
    let id = path.map(|p| p.0).unwrap_or_default();
    match get_async_embedding_job_lookup(&service, &headers, &id).await {
        ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => {
            GetAsyncEmbeddingJobResponse::Ok(job)
        }
        ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => {
            GetAsyncEmbeddingJobResponse::Accepted(job)
        }
        ::std::result::Result::Ok(::std::option::Option::None) => {
            GetAsyncEmbeddingJobResponse::NotFound(
                ::runtime::http::ApiError::not_found(
                        "no job with this `job_id` on this operation (unknown, someone else's, or its result expired)",
                    )
                    .into_body(),
            )
        }
        ::std::result::Result::Err(error) => error.into(),
    }
}
/// The job and whether it is final, if the caller may see it.
async fn get_async_embedding_job_lookup(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    id: &str,
) -> ::std::result::Result<
    ::std::option::Option<(::runtime::http::JsonText<AsyncJobResponse>, bool)>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    match service.poll(::runtime::kind::JobKind::Embeddings, &principal, id).await? {
        ::std::option::Option::Some(job) => {
            let done = job.status.is_terminal();
            ::std::result::Result::Ok(
                ::std::option::Option::Some((job.to_json_text(), done)),
            )
        }
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
    }
}
/// The answers of `getAsyncSpeechJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncSpeechJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(::runtime::http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
}
impl ::axum::response::IntoResponse for GetAsyncSpeechJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                (
                    ::axum::http::StatusCode::from_u16(200u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::NotFound(body) => {
                (
                    ::axum::http::StatusCode::from_u16(404u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError> for GetAsyncSpeechJobResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            404u16 => Self::NotFound(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Get async speech job
///
/// Retrieves the status and result of an async speech job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_speech_job(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    path: ::std::result::Result<
        ::axum::extract::Path<::std::string::String>,
        ::axum::extract::rejection::PathRejection,
    >,
) -> GetAsyncSpeechJobResponse {
    let id = path.map(|p| p.0).unwrap_or_default();
    match get_async_speech_job_lookup(&service, &headers, &id).await {
        ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => {
            GetAsyncSpeechJobResponse::Ok(job)
        }
        ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => {
            GetAsyncSpeechJobResponse::Accepted(job)
        }
        ::std::result::Result::Ok(::std::option::Option::None) => {
            GetAsyncSpeechJobResponse::NotFound(
                ::runtime::http::ApiError::not_found(
                        "no job with this `job_id` on this operation (unknown, someone else's, or its result expired)",
                    )
                    .into_body(),
            )
        }
        ::std::result::Result::Err(error) => error.into(),
    }
}
/// The job and whether it is final, if the caller may see it.
async fn get_async_speech_job_lookup(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    id: &str,
) -> ::std::result::Result<
    ::std::option::Option<(::runtime::http::JsonText<AsyncJobResponse>, bool)>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    match service.poll(::runtime::kind::JobKind::AudioSpeech, &principal, id).await? {
        ::std::option::Option::Some(job) => {
            let done = job.status.is_terminal();
            ::std::result::Result::Ok(
                ::std::option::Option::Some((job.to_json_text(), done)),
            )
        }
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
    }
}
/// The answers of `getAsyncTranscriptionJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncTranscriptionJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(::runtime::http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
}
impl ::axum::response::IntoResponse for GetAsyncTranscriptionJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                (
                    ::axum::http::StatusCode::from_u16(200u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::NotFound(body) => {
                (
                    ::axum::http::StatusCode::from_u16(404u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for GetAsyncTranscriptionJobResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            404u16 => Self::NotFound(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Get async transcription job
///
/// Retrieves the status and result of an async transcription job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_transcription_job(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    path: ::std::result::Result<
        ::axum::extract::Path<::std::string::String>,
        ::axum::extract::rejection::PathRejection,
    >,
) -> GetAsyncTranscriptionJobResponse {
    let id = path.map(|p| p.0).unwrap_or_default();
    match get_async_transcription_job_lookup(&service, &headers, &id).await {
        ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => {
            GetAsyncTranscriptionJobResponse::Ok(job)
        }
        ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => {
            GetAsyncTranscriptionJobResponse::Accepted(job)
        }
        ::std::result::Result::Ok(::std::option::Option::None) => {
            GetAsyncTranscriptionJobResponse::NotFound(
                ::runtime::http::ApiError::not_found(
                        "no job with this `job_id` on this operation (unknown, someone else's, or its result expired)",
                    )
                    .into_body(),
            )
        }
        ::std::result::Result::Err(error) => error.into(),
    }
}
/// The job and whether it is final, if the caller may see it.
async fn get_async_transcription_job_lookup(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    id: &str,
) -> ::std::result::Result<
    ::std::option::Option<(::runtime::http::JsonText<AsyncJobResponse>, bool)>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    match service
        .poll(::runtime::kind::JobKind::AudioTranscriptions, &principal, id)
        .await?
    {
        ::std::option::Option::Some(job) => {
            let done = job.status.is_terminal();
            ::std::result::Result::Ok(
                ::std::option::Option::Some((job.to_json_text(), done)),
            )
        }
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
    }
}
/// The answers of `getAsyncImageGenerationJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncImageGenerationJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(::runtime::http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
}
impl ::axum::response::IntoResponse for GetAsyncImageGenerationJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                (
                    ::axum::http::StatusCode::from_u16(200u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::NotFound(body) => {
                (
                    ::axum::http::StatusCode::from_u16(404u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for GetAsyncImageGenerationJobResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            404u16 => Self::NotFound(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Get async image generation job
///
/// Retrieves the status and result of an async image generation job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_image_generation_job(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    path: ::std::result::Result<
        ::axum::extract::Path<::std::string::String>,
        ::axum::extract::rejection::PathRejection,
    >,
) -> GetAsyncImageGenerationJobResponse {
    let id = path.map(|p| p.0).unwrap_or_default();
    match get_async_image_generation_job_lookup(&service, &headers, &id).await {
        ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => {
            GetAsyncImageGenerationJobResponse::Ok(job)
        }
        ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => {
            GetAsyncImageGenerationJobResponse::Accepted(job)
        }
        ::std::result::Result::Ok(::std::option::Option::None) => {
            GetAsyncImageGenerationJobResponse::NotFound(
                ::runtime::http::ApiError::not_found(
                        "no job with this `job_id` on this operation (unknown, someone else's, or its result expired)",
                    )
                    .into_body(),
            )
        }
        ::std::result::Result::Err(error) => error.into(),
    }
}
/// The job and whether it is final, if the caller may see it.
async fn get_async_image_generation_job_lookup(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    id: &str,
) -> ::std::result::Result<
    ::std::option::Option<(::runtime::http::JsonText<AsyncJobResponse>, bool)>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    match service
        .poll(::runtime::kind::JobKind::ImagesGenerations, &principal, id)
        .await?
    {
        ::std::option::Option::Some(job) => {
            let done = job.status.is_terminal();
            ::std::result::Result::Ok(
                ::std::option::Option::Some((job.to_json_text(), done)),
            )
        }
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
    }
}
/// The answers of `getAsyncImageEditJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncImageEditJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(::runtime::http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
}
impl ::axum::response::IntoResponse for GetAsyncImageEditJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                (
                    ::axum::http::StatusCode::from_u16(200u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::NotFound(body) => {
                (
                    ::axum::http::StatusCode::from_u16(404u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError> for GetAsyncImageEditJobResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            404u16 => Self::NotFound(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Get async image edit job
///
/// Retrieves the status and result of an async image edit job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_image_edit_job(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    path: ::std::result::Result<
        ::axum::extract::Path<::std::string::String>,
        ::axum::extract::rejection::PathRejection,
    >,
) -> GetAsyncImageEditJobResponse {
    let id = path.map(|p| p.0).unwrap_or_default();
    match get_async_image_edit_job_lookup(&service, &headers, &id).await {
        ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => {
            GetAsyncImageEditJobResponse::Ok(job)
        }
        ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => {
            GetAsyncImageEditJobResponse::Accepted(job)
        }
        ::std::result::Result::Ok(::std::option::Option::None) => {
            GetAsyncImageEditJobResponse::NotFound(
                ::runtime::http::ApiError::not_found(
                        "no job with this `job_id` on this operation (unknown, someone else's, or its result expired)",
                    )
                    .into_body(),
            )
        }
        ::std::result::Result::Err(error) => error.into(),
    }
}
/// The job and whether it is final, if the caller may see it.
async fn get_async_image_edit_job_lookup(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    id: &str,
) -> ::std::result::Result<
    ::std::option::Option<(::runtime::http::JsonText<AsyncJobResponse>, bool)>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    match service.poll(::runtime::kind::JobKind::ImagesEdits, &principal, id).await? {
        ::std::option::Option::Some(job) => {
            let done = job.status.is_terminal();
            ::std::result::Result::Ok(
                ::std::option::Option::Some((job.to_json_text(), done)),
            )
        }
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
    }
}
/// The answers of `getAsyncImageVariationJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncImageVariationJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(::runtime::http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(::runtime::http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(BifrostError),
}
impl ::axum::response::IntoResponse for GetAsyncImageVariationJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                (
                    ::axum::http::StatusCode::from_u16(200u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::Accepted(body) => {
                (
                    ::axum::http::StatusCode::from_u16(202u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    body,
                )
                    .into_response()
            }
            Self::NotFound(body) => {
                (
                    ::axum::http::StatusCode::from_u16(404u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::Unauthorized(body) => {
                (
                    ::axum::http::StatusCode::from_u16(401u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
            Self::InternalServerError(body) => {
                (
                    ::axum::http::StatusCode::from_u16(500u16)
                        .unwrap_or(::axum::http::StatusCode::INTERNAL_SERVER_ERROR),
                    ::axum::Json(body),
                )
                    .into_response()
            }
        }
    }
}
impl ::std::convert::From<::runtime::http::ApiError>
for GetAsyncImageVariationJobResponse {
    fn from(error: ::runtime::http::ApiError) -> Self {
        match error.status {
            404u16 => Self::NotFound(error.into_body()),
            401u16 => Self::Unauthorized(error.into_body()),
            500u16 => Self::InternalServerError(error.into_body()),
            _ => Self::InternalServerError(error.into_body()),
        }
    }
}
/// Get async image variation job
///
/// Retrieves the status and result of an async image variation job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_image_variation_job(
    ::axum::extract::State(service): ::axum::extract::State<Service>,
    headers: ::axum::http::HeaderMap,
    path: ::std::result::Result<
        ::axum::extract::Path<::std::string::String>,
        ::axum::extract::rejection::PathRejection,
    >,
) -> GetAsyncImageVariationJobResponse {
    let id = path.map(|p| p.0).unwrap_or_default();
    match get_async_image_variation_job_lookup(&service, &headers, &id).await {
        ::std::result::Result::Ok(::std::option::Option::Some((job, true))) => {
            GetAsyncImageVariationJobResponse::Ok(job)
        }
        ::std::result::Result::Ok(::std::option::Option::Some((job, false))) => {
            GetAsyncImageVariationJobResponse::Accepted(job)
        }
        ::std::result::Result::Ok(::std::option::Option::None) => {
            GetAsyncImageVariationJobResponse::NotFound(
                ::runtime::http::ApiError::not_found(
                        "no job with this `job_id` on this operation (unknown, someone else's, or its result expired)",
                    )
                    .into_body(),
            )
        }
        ::std::result::Result::Err(error) => error.into(),
    }
}
/// The job and whether it is final, if the caller may see it.
async fn get_async_image_variation_job_lookup(
    service: &::runtime::service::JobService,
    headers: &::axum::http::HeaderMap,
    id: &str,
) -> ::std::result::Result<
    ::std::option::Option<(::runtime::http::JsonText<AsyncJobResponse>, bool)>,
    ::runtime::http::ApiError,
> {
    let principal = service
        .authenticate(
            headers,
            BEARER_AUTH_OR_BASIC_AUTH_OR_VIRTUAL_KEY_AUTH_OR_API_KEY_AUTH,
        )?;
    match service.poll(::runtime::kind::JobKind::ImagesVariations, &principal, id).await?
    {
        ::std::option::Option::Some(job) => {
            let done = job.status.is_terminal();
            ::std::result::Result::Ok(
                ::std::option::Option::Some((job.to_json_text(), done)),
            )
        }
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
    }
}
