// Generated from spec/openapi.yaml by `cargo run -p generator`; do not edit.
//! The axum router: one handler and one typed response per operation.

use ::axum::extract::State;
use ::axum::response::IntoResponse;
use ::runtime::http;
use ::runtime::kind::JobKind;
use crate::types::*;
/// What every handler shares: the runtime's job service.
pub type Service = http::Service;
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
        .route("/v1/async/rerank", ::axum::routing::post(create_async_rerank))
        .route_layer(
            ::axum::middleware::from_fn_with_state(
                service.clone(),
                http::count_rejected_submissions,
            ),
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
        .route("/v1/async/rerank/{job_id}", ::axum::routing::get(get_async_rerank_job))
        .route(
            "/v1/async/chat/completions/{job_id}/cancel",
            ::axum::routing::post(cancel_async_chat_completion_job),
        )
        .route(
            "/v1/async/completions/{job_id}/cancel",
            ::axum::routing::post(cancel_async_text_completion_job),
        )
        .route(
            "/v1/async/responses/{job_id}/cancel",
            ::axum::routing::post(cancel_async_response_job),
        )
        .route(
            "/v1/async/embeddings/{job_id}/cancel",
            ::axum::routing::post(cancel_async_embedding_job),
        )
        .route(
            "/v1/async/audio/speech/{job_id}/cancel",
            ::axum::routing::post(cancel_async_speech_job),
        )
        .route(
            "/v1/async/audio/transcriptions/{job_id}/cancel",
            ::axum::routing::post(cancel_async_transcription_job),
        )
        .route(
            "/v1/async/images/generations/{job_id}/cancel",
            ::axum::routing::post(cancel_async_image_generation_job),
        )
        .route(
            "/v1/async/images/edits/{job_id}/cancel",
            ::axum::routing::post(cancel_async_image_edit_job),
        )
        .route(
            "/v1/async/images/variations/{job_id}/cancel",
            ::axum::routing::post(cancel_async_image_variation_job),
        )
        .route(
            "/v1/async/rerank/{job_id}/cancel",
            ::axum::routing::post(cancel_async_rerank_job),
        )
        .route("/v1/async/jobs", ::axum::routing::get(list_async_jobs))
        .with_state(service)
}
/// Credentials accepted by: BearerAuth, or BasicAuth, or VirtualKeyAuth, or ApiKeyAuth.
#[derive(Debug)]
pub struct BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth;
impl http::Security for BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth {
    const ALTERNATIVES: &'static [&'static [::runtime::auth::Scheme]] = &[
        &[::runtime::auth::Scheme::Bearer],
        &[::runtime::auth::Scheme::Basic],
        &[::runtime::auth::Scheme::ApiKeyHeader("x-bf-vk")],
        &[::runtime::auth::Scheme::ApiKeyHeader("x-api-key")],
    ];
}
impl http::Validate for ChatCompletionRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        self.validate()
            .map_err(|e| http::ApiError::bad_request(
                e.to_string(),
                ::std::option::Option::Some(e.path),
            ))
    }
}
impl http::Validate for TextCompletionRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        ::std::result::Result::Ok(())
    }
}
impl http::Validate for ResponsesRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        ::std::result::Result::Ok(())
    }
}
impl http::Validate for EmbeddingRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        ::std::result::Result::Ok(())
    }
}
impl http::Validate for SpeechRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        self.validate()
            .map_err(|e| http::ApiError::bad_request(
                e.to_string(),
                ::std::option::Option::Some(e.path),
            ))
    }
}
impl http::Validate for TranscriptionRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        ::std::result::Result::Ok(())
    }
}
impl http::FromParts for TranscriptionRequest {
    fn from_parts(
        parts: &[::runtime::job::Part],
    ) -> ::std::result::Result<Self, http::ApiError> {
        use http::form;
        ::std::result::Result::Ok(Self {
            model: form::required_value(parts, "model")?,
            file: Binary(form::required_file(parts, "file")?),
            fallbacks: form::list(parts, "fallbacks")?,
            stream: form::value(parts, "stream")?,
            language: form::value(parts, "language")?,
            prompt: form::value(parts, "prompt")?,
            response_format: form::value(parts, "response_format")?,
            file_format: form::value(parts, "file_format")?,
        })
    }
}
impl http::Validate for ImageGenerationRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        self.validate()
            .map_err(|e| http::ApiError::bad_request(
                e.to_string(),
                ::std::option::Option::Some(e.path),
            ))
    }
}
impl http::Validate for ImageEditRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        self.validate()
            .map_err(|e| http::ApiError::bad_request(
                e.to_string(),
                ::std::option::Option::Some(e.path),
            ))
    }
}
impl http::FromParts for ImageEditRequest {
    fn from_parts(
        parts: &[::runtime::job::Part],
    ) -> ::std::result::Result<Self, http::ApiError> {
        use http::form;
        ::std::result::Result::Ok(Self {
            model: form::required_value(parts, "model")?,
            prompt: form::value(parts, "prompt")?,
            image: Binary(form::required_file(parts, "image")?),
            mask: form::file(parts, "mask").map(Binary),
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
}
impl http::Validate for ImageVariationRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        self.validate()
            .map_err(|e| http::ApiError::bad_request(
                e.to_string(),
                ::std::option::Option::Some(e.path),
            ))
    }
}
impl http::FromParts for ImageVariationRequest {
    fn from_parts(
        parts: &[::runtime::job::Part],
    ) -> ::std::result::Result<Self, http::ApiError> {
        use http::form;
        ::std::result::Result::Ok(Self {
            model: form::required_value(parts, "model")?,
            image: Binary(form::required_file(parts, "image")?),
            n: form::value(parts, "n")?,
            size: form::value(parts, "size")?,
            response_format: form::value(parts, "response_format")?,
            user: form::value(parts, "user")?,
            fallbacks: form::list(parts, "fallbacks")?,
        })
    }
}
impl http::Validate for RerankRequest {
    fn validate_request(&self) -> ::std::result::Result<(), http::ApiError> {
        self.validate()
            .map_err(|e| http::ApiError::bad_request(
                e.to_string(),
                ::std::option::Option::Some(e.path),
            ))
    }
}
/// The answers of `createAsyncChatCompletion`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncChatCompletionResponse {
    /// 202: Job accepted for processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncChatCompletionResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
        }
    }
}
/// Create async chat completion
///
/// Submits a chat completion request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_chat_completion(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JsonJob<ChatCompletionRequest>,
) -> ::std::result::Result<
    http::Preferred<CreateAsyncChatCompletionResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::ChatCompletions,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::ChatCompletions, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncChatCompletionResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncChatCompletionResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `createAsyncTextCompletion`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncTextCompletionResponse {
    /// 202: Job accepted for processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncTextCompletionResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
        }
    }
}
/// Create async text completion
///
/// Submits a text completion request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_text_completion(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JsonJob<TextCompletionRequest>,
) -> ::std::result::Result<
    http::Preferred<CreateAsyncTextCompletionResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::Completions,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::Completions, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncTextCompletionResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncTextCompletionResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `createAsyncResponse`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncResponseResponse {
    /// 202: Job accepted for processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncResponseResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
        }
    }
}
/// Create async response
///
/// Submits a response request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_response(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JsonJob<ResponsesRequest>,
) -> ::std::result::Result<
    http::Preferred<CreateAsyncResponseResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::Responses,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::Responses, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncResponseResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncResponseResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `createAsyncEmbedding`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncEmbeddingResponse {
    /// 202: Job accepted for processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncEmbeddingResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
        }
    }
}
/// Create async embedding
///
/// Submits an embedding request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
pub async fn create_async_embedding(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JsonJob<EmbeddingRequest>,
) -> ::std::result::Result<
    http::Preferred<CreateAsyncEmbeddingResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::Embeddings,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::Embeddings, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncEmbeddingResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncEmbeddingResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `createAsyncSpeech`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncSpeechResponse {
    /// 202: Job accepted for processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncSpeechResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
        }
    }
}
/// Create async speech
///
/// Submits a speech synthesis request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// SSE streaming is not supported for async requests.
pub async fn create_async_speech(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JsonJob<SpeechRequest>,
) -> ::std::result::Result<http::Preferred<CreateAsyncSpeechResponse>, http::ApiError> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::AudioSpeech,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::AudioSpeech, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncSpeechResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncSpeechResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `createAsyncTranscription`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncTranscriptionResponse {
    /// 202: Job accepted for processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncTranscriptionResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
        }
    }
}
/// Create async transcription
///
/// Submits a transcription request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_transcription(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JobForm<TranscriptionRequest>,
) -> ::std::result::Result<
    http::Preferred<CreateAsyncTranscriptionResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::AudioTranscriptions,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::AudioTranscriptions, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncTranscriptionResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncTranscriptionResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `createAsyncImageGeneration`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncImageGenerationResponse {
    /// 202: Job accepted for processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncImageGenerationResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
        }
    }
}
/// Create async image generation
///
/// Submits an image generation request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_image_generation(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JsonJob<ImageGenerationRequest>,
) -> ::std::result::Result<
    http::Preferred<CreateAsyncImageGenerationResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::ImagesGenerations,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::ImagesGenerations, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncImageGenerationResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncImageGenerationResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `createAsyncImageEdit`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncImageEditResponse {
    /// 202: Job accepted for processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncImageEditResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
        }
    }
}
/// Create async image edit
///
/// Submits an image edit request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
/// Streaming is not supported for async requests.
pub async fn create_async_image_edit(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JobForm<ImageEditRequest>,
) -> ::std::result::Result<
    http::Preferred<CreateAsyncImageEditResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::ImagesEdits,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::ImagesEdits, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncImageEditResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncImageEditResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `createAsyncImageVariation`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncImageVariationResponse {
    /// 202: Job accepted for processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncImageVariationResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
        }
    }
}
/// Create async image variation
///
/// Submits an image variation request for asynchronous execution. Returns a job ID immediately
/// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
pub async fn create_async_image_variation(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JobForm<ImageVariationRequest>,
) -> ::std::result::Result<
    http::Preferred<CreateAsyncImageVariationResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::ImagesVariations,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::ImagesVariations, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncImageVariationResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncImageVariationResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `getAsyncChatCompletionJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncChatCompletionJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncChatCompletionJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Get async chat completion job
///
/// Retrieves the status and result of an async chat completion job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_chat_completion_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<
    http::Preferred<GetAsyncChatCompletionJobResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::ChatCompletions, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncChatCompletionJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncChatCompletionJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncChatCompletionJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `getAsyncTextCompletionJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncTextCompletionJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncTextCompletionJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Get async text completion job
///
/// Retrieves the status and result of an async text completion job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_text_completion_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<
    http::Preferred<GetAsyncTextCompletionJobResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::Completions, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncTextCompletionJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncTextCompletionJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncTextCompletionJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `getAsyncResponseJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncResponseJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncResponseJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Get async response job
///
/// Retrieves the status and result of an async response job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_response_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<
    http::Preferred<GetAsyncResponseJobResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::Responses, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncResponseJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncResponseJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncResponseJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `getAsyncEmbeddingJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncEmbeddingJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncEmbeddingJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Get async embedding job
///
/// Retrieves the status and result of an async embedding job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_embedding_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<
    http::Preferred<GetAsyncEmbeddingJobResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::Embeddings, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncEmbeddingJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncEmbeddingJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncEmbeddingJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `getAsyncSpeechJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncSpeechJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncSpeechJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Get async speech job
///
/// Retrieves the status and result of an async speech job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_speech_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<http::Preferred<GetAsyncSpeechJobResponse>, http::ApiError> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::AudioSpeech, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncSpeechJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncSpeechJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncSpeechJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `getAsyncTranscriptionJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncTranscriptionJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncTranscriptionJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Get async transcription job
///
/// Retrieves the status and result of an async transcription job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_transcription_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<
    http::Preferred<GetAsyncTranscriptionJobResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::AudioTranscriptions, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncTranscriptionJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncTranscriptionJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncTranscriptionJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `getAsyncImageGenerationJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncImageGenerationJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncImageGenerationJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Get async image generation job
///
/// Retrieves the status and result of an async image generation job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_image_generation_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<
    http::Preferred<GetAsyncImageGenerationJobResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::ImagesGenerations, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncImageGenerationJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncImageGenerationJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncImageGenerationJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `getAsyncImageEditJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncImageEditJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncImageEditJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Get async image edit job
///
/// Retrieves the status and result of an async image edit job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_image_edit_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<
    http::Preferred<GetAsyncImageEditJobResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::ImagesEdits, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncImageEditJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncImageEditJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncImageEditJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `getAsyncImageVariationJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncImageVariationJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: Job is still pending or processing
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: Job not found or expired
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncImageVariationJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Get async image variation job
///
/// Retrieves the status and result of an async image variation job.
/// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
pub async fn get_async_image_variation_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<
    http::Preferred<GetAsyncImageVariationJobResponse>,
    http::ApiError,
> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::ImagesVariations, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncImageVariationJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncImageVariationJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncImageVariationJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `createAsyncRerank`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncRerankResponse {
    /// 202: The job was stored and waits for a worker
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(http::JsonText<AsyncJobResponse>),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(http::JsonText<BifrostError>),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CreateAsyncRerankResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
            }
            Self::UnprocessableEntity(body) => {
                (::axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response()
            }
            Self::ServiceUnavailable(body) => {
                (::axum::http::StatusCode::SERVICE_UNAVAILABLE, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Submit a rerank job
///
/// Stores a request to order documents by their relevance to a query, and answers `202` with
/// the job at once. The provider named by `model` does the ranking; collect the outcome with
/// the matching poll operation.
pub async fn create_async_rerank(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ResultTtl(ttl): http::ResultTtl,
    http::IdempotencyKey(idempotency_key): http::IdempotencyKey,
    http::WebhookName(webhook): http::WebhookName,
    wait: http::PreferWait,
    body: http::JsonJob<RerankRequest>,
) -> ::std::result::Result<http::Preferred<CreateAsyncRerankResponse>, http::ApiError> {
    ::std::result::Result::Ok({
        let job = service
            .submit_with(
                JobKind::Rerank,
                &caller.principal,
                body.into_payload(),
                ttl,
                ::runtime::service::SubmitOptions {
                    idempotency_key,
                    webhook,
                },
            )
            .await?;
        let settled = wait
            .settle(&service, JobKind::Rerank, &caller.principal, job)
            .await?;
        let waited = settled.applied.is_some();
        settled
            .map(|job| {
                if waited && job.status.is_terminal() {
                    CreateAsyncRerankResponse::Ok(job.to_json_text())
                } else {
                    CreateAsyncRerankResponse::Accepted(job.to_json_text())
                }
            })
    })
}
/// The answers of `getAsyncRerankJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncRerankJobResponse {
    /// 200: The job is final (completed, failed or cancelled)
    Ok(http::JsonText<AsyncJobResponse>),
    /// 202: The job waits for a worker or is running
    Accepted(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for GetAsyncRerankJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::Accepted(body) => {
                (::axum::http::StatusCode::ACCEPTED, body).into_response()
            }
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Read a rerank job
///
/// The rerank job's current state: `202` while it waits or runs, `200` once it is final, with
/// the provider's ranking (a `RerankResponse`) as `result` when it completed.
pub async fn get_async_rerank_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
    wait: http::PreferWait,
) -> ::std::result::Result<http::Preferred<GetAsyncRerankJobResponse>, http::ApiError> {
    ::std::result::Result::Ok(
        wait
            .poll(&service, JobKind::Rerank, &caller.principal, &id)
            .await?
            .map(|job| match job {
                ::std::option::Option::Some(job) if job.status.is_terminal() => {
                    GetAsyncRerankJobResponse::Ok(job.to_json_text())
                }
                ::std::option::Option::Some(job) => {
                    GetAsyncRerankJobResponse::Accepted(job.to_json_text())
                }
                ::std::option::Option::None => {
                    GetAsyncRerankJobResponse::NotFound(
                        http::ApiError::no_such_job("job_id").body(),
                    )
                }
            }),
    )
}
/// The answers of `cancelAsyncChatCompletionJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncChatCompletionJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncChatCompletionJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a chat completion job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_chat_completion_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncChatCompletionJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::ChatCompletions, &caller.principal, &id).await? {
            ::std::option::Option::Some(job) => {
                CancelAsyncChatCompletionJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncChatCompletionJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `cancelAsyncTextCompletionJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncTextCompletionJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncTextCompletionJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a text completion job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_text_completion_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncTextCompletionJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::Completions, &caller.principal, &id).await? {
            ::std::option::Option::Some(job) => {
                CancelAsyncTextCompletionJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncTextCompletionJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `cancelAsyncResponseJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncResponseJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncResponseJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a response job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_response_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncResponseJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::Responses, &caller.principal, &id).await? {
            ::std::option::Option::Some(job) => {
                CancelAsyncResponseJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncResponseJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `cancelAsyncEmbeddingJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncEmbeddingJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncEmbeddingJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a embedding job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_embedding_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncEmbeddingJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::Embeddings, &caller.principal, &id).await? {
            ::std::option::Option::Some(job) => {
                CancelAsyncEmbeddingJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncEmbeddingJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `cancelAsyncSpeechJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncSpeechJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncSpeechJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a speech job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_speech_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncSpeechJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::AudioSpeech, &caller.principal, &id).await? {
            ::std::option::Option::Some(job) => {
                CancelAsyncSpeechJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncSpeechJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `cancelAsyncTranscriptionJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncTranscriptionJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncTranscriptionJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a transcription job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_transcription_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncTranscriptionJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::AudioTranscriptions, &caller.principal, &id).await?
        {
            ::std::option::Option::Some(job) => {
                CancelAsyncTranscriptionJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncTranscriptionJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `cancelAsyncImageGenerationJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncImageGenerationJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncImageGenerationJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a image generation job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_image_generation_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncImageGenerationJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::ImagesGenerations, &caller.principal, &id).await? {
            ::std::option::Option::Some(job) => {
                CancelAsyncImageGenerationJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncImageGenerationJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `cancelAsyncImageEditJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncImageEditJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncImageEditJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a image edit job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_image_edit_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncImageEditJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::ImagesEdits, &caller.principal, &id).await? {
            ::std::option::Option::Some(job) => {
                CancelAsyncImageEditJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncImageEditJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `cancelAsyncImageVariationJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncImageVariationJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncImageVariationJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a image variation job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_image_variation_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncImageVariationJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::ImagesVariations, &caller.principal, &id).await? {
            ::std::option::Option::Some(job) => {
                CancelAsyncImageVariationJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncImageVariationJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `cancelAsyncRerankJob`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncRerankJobResponse {
    /// 200: The job is cancelled
    Ok(http::JsonText<AsyncJobResponse>),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(http::JsonText<BifrostError>),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for CancelAsyncRerankJobResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::NotFound(body) => {
                (::axum::http::StatusCode::NOT_FOUND, body).into_response()
            }
            Self::Conflict(body) => {
                (::axum::http::StatusCode::CONFLICT, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// Cancel a rerank job
///
/// Stops the job: a job still waiting never runs, and a running one has its provider request
/// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
pub async fn cancel_async_rerank_job(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::JobIdPath(id): http::JobIdPath,
) -> ::std::result::Result<CancelAsyncRerankJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.cancel(JobKind::Rerank, &caller.principal, &id).await? {
            ::std::option::Option::Some(job) => {
                CancelAsyncRerankJobResponse::Ok(job.to_json_text())
            }
            ::std::option::Option::None => {
                CancelAsyncRerankJobResponse::NotFound(
                    http::ApiError::no_such_job("job_id").body(),
                )
            }
        },
    )
}
/// The answers of `listAsyncJobs`, one per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListAsyncJobsResponse {
    /// 200: One page of jobs
    Ok(http::JsonText<AsyncJobList>),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(http::JsonText<BifrostError>),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(http::JsonText<BifrostError>),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(http::JsonText<BifrostError>),
}
impl IntoResponse for ListAsyncJobsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => (::axum::http::StatusCode::OK, body).into_response(),
            Self::BadRequest(body) => {
                (::axum::http::StatusCode::BAD_REQUEST, body).into_response()
            }
            Self::Unauthorized(body) => {
                (::axum::http::StatusCode::UNAUTHORIZED, body).into_response()
            }
            Self::InternalServerError(body) => {
                (::axum::http::StatusCode::INTERNAL_SERVER_ERROR, body).into_response()
            }
        }
    }
}
/// List your jobs
///
/// The caller's jobs, newest first, a page at a time, without their results (poll a job for
/// its result). Pass the page's `last_id` as `after` for the next page; pages stay stable
/// while new jobs arrive, since those sort before the first page.
pub async fn list_async_jobs(
    State(service): State<Service>,
    caller: http::Caller<BearerAuthOrBasicAuthOrVirtualKeyAuthOrApiKeyAuth>,
    http::ListJobs(query): http::ListJobs,
) -> ::std::result::Result<ListAsyncJobsResponse, http::ApiError> {
    let page = service.list(&caller.principal, query).await?;
    ::std::result::Result::Ok(ListAsyncJobsResponse::Ok(page.to_json_text()))
}
