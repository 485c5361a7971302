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
            file: Binary(form::required_file(parts, "file")?.to_vec()),
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
            image: Binary(form::required_file(parts, "image")?.to_vec()),
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
            image: Binary(form::required_file(parts, "image")?.to_vec()),
            n: form::value(parts, "n")?,
            size: form::value(parts, "size")?,
            response_format: form::value(parts, "response_format")?,
            user: form::value(parts, "user")?,
            fallbacks: form::list(parts, "fallbacks")?,
        })
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
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
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
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
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
    body: http::JsonJob<ChatCompletionRequest>,
) -> ::std::result::Result<CreateAsyncChatCompletionResponse, http::ApiError> {
    let job = service
        .submit(JobKind::ChatCompletions, &caller.principal, body.into_payload(), ttl)
        .await?;
    ::std::result::Result::Ok(
        CreateAsyncChatCompletionResponse::Accepted(job.to_json_text()),
    )
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
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
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
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
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
    body: http::JsonJob<TextCompletionRequest>,
) -> ::std::result::Result<CreateAsyncTextCompletionResponse, http::ApiError> {
    let job = service
        .submit(JobKind::Completions, &caller.principal, body.into_payload(), ttl)
        .await?;
    ::std::result::Result::Ok(
        CreateAsyncTextCompletionResponse::Accepted(job.to_json_text()),
    )
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
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
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
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
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
    body: http::JsonJob<ResponsesRequest>,
) -> ::std::result::Result<CreateAsyncResponseResponse, http::ApiError> {
    let job = service
        .submit(JobKind::Responses, &caller.principal, body.into_payload(), ttl)
        .await?;
    ::std::result::Result::Ok(CreateAsyncResponseResponse::Accepted(job.to_json_text()))
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
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
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
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
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
    body: http::JsonJob<EmbeddingRequest>,
) -> ::std::result::Result<CreateAsyncEmbeddingResponse, http::ApiError> {
    let job = service
        .submit(JobKind::Embeddings, &caller.principal, body.into_payload(), ttl)
        .await?;
    ::std::result::Result::Ok(CreateAsyncEmbeddingResponse::Accepted(job.to_json_text()))
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
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
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
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
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
    body: http::JsonJob<SpeechRequest>,
) -> ::std::result::Result<CreateAsyncSpeechResponse, http::ApiError> {
    let job = service
        .submit(JobKind::AudioSpeech, &caller.principal, body.into_payload(), ttl)
        .await?;
    ::std::result::Result::Ok(CreateAsyncSpeechResponse::Accepted(job.to_json_text()))
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
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
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
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
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
    body: http::JobForm<TranscriptionRequest>,
) -> ::std::result::Result<CreateAsyncTranscriptionResponse, http::ApiError> {
    let job = service
        .submit(
            JobKind::AudioTranscriptions,
            &caller.principal,
            body.into_payload(),
            ttl,
        )
        .await?;
    ::std::result::Result::Ok(
        CreateAsyncTranscriptionResponse::Accepted(job.to_json_text()),
    )
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
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
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
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
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
    body: http::JsonJob<ImageGenerationRequest>,
) -> ::std::result::Result<CreateAsyncImageGenerationResponse, http::ApiError> {
    let job = service
        .submit(JobKind::ImagesGenerations, &caller.principal, body.into_payload(), ttl)
        .await?;
    ::std::result::Result::Ok(
        CreateAsyncImageGenerationResponse::Accepted(job.to_json_text()),
    )
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
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
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
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
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
    body: http::JobForm<ImageEditRequest>,
) -> ::std::result::Result<CreateAsyncImageEditResponse, http::ApiError> {
    let job = service
        .submit(JobKind::ImagesEdits, &caller.principal, body.into_payload(), ttl)
        .await?;
    ::std::result::Result::Ok(CreateAsyncImageEditResponse::Accepted(job.to_json_text()))
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
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(http::JsonText<BifrostError>),
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
            Self::PayloadTooLarge(body) => {
                (::axum::http::StatusCode::PAYLOAD_TOO_LARGE, body).into_response()
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
    body: http::JobForm<ImageVariationRequest>,
) -> ::std::result::Result<CreateAsyncImageVariationResponse, http::ApiError> {
    let job = service
        .submit(JobKind::ImagesVariations, &caller.principal, body.into_payload(), ttl)
        .await?;
    ::std::result::Result::Ok(
        CreateAsyncImageVariationResponse::Accepted(job.to_json_text()),
    )
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
) -> ::std::result::Result<GetAsyncChatCompletionJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.poll(JobKind::ChatCompletions, &caller.principal, &id).await? {
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
        },
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
) -> ::std::result::Result<GetAsyncTextCompletionJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.poll(JobKind::Completions, &caller.principal, &id).await? {
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
        },
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
) -> ::std::result::Result<GetAsyncResponseJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.poll(JobKind::Responses, &caller.principal, &id).await? {
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
        },
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
) -> ::std::result::Result<GetAsyncEmbeddingJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.poll(JobKind::Embeddings, &caller.principal, &id).await? {
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
        },
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
) -> ::std::result::Result<GetAsyncSpeechJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.poll(JobKind::AudioSpeech, &caller.principal, &id).await? {
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
        },
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
) -> ::std::result::Result<GetAsyncTranscriptionJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.poll(JobKind::AudioTranscriptions, &caller.principal, &id).await? {
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
        },
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
) -> ::std::result::Result<GetAsyncImageGenerationJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.poll(JobKind::ImagesGenerations, &caller.principal, &id).await? {
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
        },
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
) -> ::std::result::Result<GetAsyncImageEditJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.poll(JobKind::ImagesEdits, &caller.principal, &id).await? {
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
        },
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
) -> ::std::result::Result<GetAsyncImageVariationJobResponse, http::ApiError> {
    ::std::result::Result::Ok(
        match service.poll(JobKind::ImagesVariations, &caller.principal, &id).await? {
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
        },
    )
}
