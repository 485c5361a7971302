// Generated from spec/openapi.yaml by `cargo run -p generator`; do not edit.
//! A typed HTTP client: one method and one answer enum per operation.

/// The security schemes of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `ApiKeyAuth`.
    ApiKeyAuth,
    /// `BasicAuth`.
    BasicAuth,
    /// `BearerAuth`.
    BearerAuth,
    /// `VirtualKeyAuth`.
    VirtualKeyAuth,
}
/// The credentials a client holds, at most one per scheme.
#[derive(Clone, Default)]
struct Credentials {
    api_key: ::std::option::Option<::std::string::String>,
    basic: ::std::option::Option<(::std::string::String, ::std::string::String)>,
    bearer: ::std::option::Option<::std::string::String>,
    virtual_key: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Credentials")
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("basic", &self.basic.as_ref().map(|_| "<redacted>"))
            .field("bearer", &self.bearer.as_ref().map(|_| "<redacted>"))
            .field("virtual_key", &self.virtual_key.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}
impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        match scheme {
            Scheme::ApiKeyAuth => self.api_key.is_some(),
            Scheme::BasicAuth => self.basic.is_some(),
            Scheme::BearerAuth => self.bearer.is_some(),
            Scheme::VirtualKeyAuth => self.virtual_key.is_some(),
        }
    }
    #[allow(unused_variables)]
    fn apply(
        &self,
        scheme: Scheme,
        request: ::reqwest::RequestBuilder,
    ) -> ::reqwest::RequestBuilder {
        match scheme {
            Scheme::ApiKeyAuth => {
                match &self.api_key {
                    ::std::option::Option::Some(key) => request.header("x-api-key", key),
                    ::std::option::Option::None => request,
                }
            }
            Scheme::BasicAuth => {
                match &self.basic {
                    ::std::option::Option::Some((user, password)) => {
                        request.basic_auth(user, ::std::option::Option::Some(password))
                    }
                    ::std::option::Option::None => request,
                }
            }
            Scheme::BearerAuth => {
                match &self.bearer {
                    ::std::option::Option::Some(token) => request.bearer_auth(token),
                    ::std::option::Option::None => request,
                }
            }
            Scheme::VirtualKeyAuth => {
                match &self.virtual_key {
                    ::std::option::Option::Some(key) => request.header("x-bf-vk", key),
                    ::std::option::Option::None => request,
                }
            }
        }
    }
}
impl Client {
    /// Sends a key in the `x-api-key` header (`ApiKeyAuth`).
    pub fn api_key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credentials.api_key = ::std::option::Option::Some(key.into());
        self
    }
    /// Sends a user name and password (`BasicAuth`, HTTP basic).
    pub fn basic(
        mut self,
        user: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credentials.basic = ::std::option::Option::Some((
            user.into(),
            password.into(),
        ));
        self
    }
    /// Sends a bearer token (`BearerAuth`).
    pub fn bearer(
        mut self,
        token: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credentials.bearer = ::std::option::Option::Some(token.into());
        self
    }
    /// Sends a key in the `x-bf-vk` header (`VirtualKeyAuth`).
    pub fn virtual_key(
        mut self,
        key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credentials.virtual_key = ::std::option::Option::Some(key.into());
        self
    }
}
impl Client {
    /// Create async chat completion
    ///
    /// Submits a chat completion request for asynchronous execution. Returns a job ID immediately
    /// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
    /// Streaming is not supported for async requests.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/chat/completions` (`createAsyncChatCompletion`)
    pub async fn create_async_chat_completion(
        &self,
        request: impl ::std::convert::Into<
            RequestBody<super::types::ChatCompletionRequest>,
        >,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncChatCompletionResponse, Error> {
        let url = self.url(&["v1", "async", "chat", "completions"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body.encode(json_body)?;
        request_builder = with_body(request_builder, raw, "application/json")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncChatCompletionResponse::Ok(answer.json()?),
            202 => CreateAsyncChatCompletionResponse::Accepted(answer.json()?),
            400 => CreateAsyncChatCompletionResponse::BadRequest(answer.json()?),
            401 => CreateAsyncChatCompletionResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncChatCompletionResponse::PayloadTooLarge(answer.json()?),
            422 => CreateAsyncChatCompletionResponse::UnprocessableEntity(answer.json()?),
            500 => CreateAsyncChatCompletionResponse::InternalServerError(answer.json()?),
            503 => CreateAsyncChatCompletionResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Create async text completion
    ///
    /// Submits a text completion request for asynchronous execution. Returns a job ID immediately
    /// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
    /// Streaming is not supported for async requests.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/completions` (`createAsyncTextCompletion`)
    pub async fn create_async_text_completion(
        &self,
        request: impl ::std::convert::Into<
            RequestBody<super::types::TextCompletionRequest>,
        >,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncTextCompletionResponse, Error> {
        let url = self.url(&["v1", "async", "completions"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body.encode(json_body)?;
        request_builder = with_body(request_builder, raw, "application/json")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncTextCompletionResponse::Ok(answer.json()?),
            202 => CreateAsyncTextCompletionResponse::Accepted(answer.json()?),
            400 => CreateAsyncTextCompletionResponse::BadRequest(answer.json()?),
            401 => CreateAsyncTextCompletionResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncTextCompletionResponse::PayloadTooLarge(answer.json()?),
            422 => CreateAsyncTextCompletionResponse::UnprocessableEntity(answer.json()?),
            500 => CreateAsyncTextCompletionResponse::InternalServerError(answer.json()?),
            503 => CreateAsyncTextCompletionResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Create async response
    ///
    /// Submits a response request for asynchronous execution. Returns a job ID immediately
    /// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
    /// Streaming is not supported for async requests.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/responses` (`createAsyncResponse`)
    pub async fn create_async_response(
        &self,
        request: impl ::std::convert::Into<RequestBody<super::types::ResponsesRequest>>,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncResponseResponse, Error> {
        let url = self.url(&["v1", "async", "responses"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body.encode(json_body)?;
        request_builder = with_body(request_builder, raw, "application/json")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncResponseResponse::Ok(answer.json()?),
            202 => CreateAsyncResponseResponse::Accepted(answer.json()?),
            400 => CreateAsyncResponseResponse::BadRequest(answer.json()?),
            401 => CreateAsyncResponseResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncResponseResponse::PayloadTooLarge(answer.json()?),
            422 => CreateAsyncResponseResponse::UnprocessableEntity(answer.json()?),
            500 => CreateAsyncResponseResponse::InternalServerError(answer.json()?),
            503 => CreateAsyncResponseResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Create async embedding
    ///
    /// Submits an embedding request for asynchronous execution. Returns a job ID immediately
    /// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/embeddings` (`createAsyncEmbedding`)
    pub async fn create_async_embedding(
        &self,
        request: impl ::std::convert::Into<RequestBody<super::types::EmbeddingRequest>>,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncEmbeddingResponse, Error> {
        let url = self.url(&["v1", "async", "embeddings"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body.encode(json_body)?;
        request_builder = with_body(request_builder, raw, "application/json")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncEmbeddingResponse::Ok(answer.json()?),
            202 => CreateAsyncEmbeddingResponse::Accepted(answer.json()?),
            400 => CreateAsyncEmbeddingResponse::BadRequest(answer.json()?),
            401 => CreateAsyncEmbeddingResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncEmbeddingResponse::PayloadTooLarge(answer.json()?),
            422 => CreateAsyncEmbeddingResponse::UnprocessableEntity(answer.json()?),
            500 => CreateAsyncEmbeddingResponse::InternalServerError(answer.json()?),
            503 => CreateAsyncEmbeddingResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Create async speech
    ///
    /// Submits a speech synthesis request for asynchronous execution. Returns a job ID immediately
    /// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
    /// SSE streaming is not supported for async requests.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/audio/speech` (`createAsyncSpeech`)
    pub async fn create_async_speech(
        &self,
        request: impl ::std::convert::Into<RequestBody<super::types::SpeechRequest>>,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncSpeechResponse, Error> {
        let url = self.url(&["v1", "async", "audio", "speech"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body.encode(json_body)?;
        request_builder = with_body(request_builder, raw, "application/json")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncSpeechResponse::Ok(answer.json()?),
            202 => CreateAsyncSpeechResponse::Accepted(answer.json()?),
            400 => CreateAsyncSpeechResponse::BadRequest(answer.json()?),
            401 => CreateAsyncSpeechResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncSpeechResponse::PayloadTooLarge(answer.json()?),
            422 => CreateAsyncSpeechResponse::UnprocessableEntity(answer.json()?),
            500 => CreateAsyncSpeechResponse::InternalServerError(answer.json()?),
            503 => CreateAsyncSpeechResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Create async transcription
    ///
    /// Submits a transcription request for asynchronous execution. Returns a job ID immediately
    /// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
    /// Streaming is not supported for async requests.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/audio/transcriptions` (`createAsyncTranscription`)
    pub async fn create_async_transcription(
        &self,
        request: impl ::std::convert::Into<RequestBody<TranscriptionRequestForm>>,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncTranscriptionResponse, Error> {
        let url = self.url(&["v1", "async", "audio", "transcriptions"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body
            .encode(|form: TranscriptionRequestForm| {
                form.into_parts().map(RawBody::Multipart)
            })?;
        request_builder = with_body(request_builder, raw, "multipart/form-data")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncTranscriptionResponse::Ok(answer.json()?),
            202 => CreateAsyncTranscriptionResponse::Accepted(answer.json()?),
            400 => CreateAsyncTranscriptionResponse::BadRequest(answer.json()?),
            401 => CreateAsyncTranscriptionResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncTranscriptionResponse::PayloadTooLarge(answer.json()?),
            422 => CreateAsyncTranscriptionResponse::UnprocessableEntity(answer.json()?),
            500 => CreateAsyncTranscriptionResponse::InternalServerError(answer.json()?),
            503 => CreateAsyncTranscriptionResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Create async image generation
    ///
    /// Submits an image generation request for asynchronous execution. Returns a job ID immediately
    /// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
    /// Streaming is not supported for async requests.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/images/generations` (`createAsyncImageGeneration`)
    pub async fn create_async_image_generation(
        &self,
        request: impl ::std::convert::Into<
            RequestBody<super::types::ImageGenerationRequest>,
        >,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncImageGenerationResponse, Error> {
        let url = self.url(&["v1", "async", "images", "generations"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body.encode(json_body)?;
        request_builder = with_body(request_builder, raw, "application/json")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncImageGenerationResponse::Ok(answer.json()?),
            202 => CreateAsyncImageGenerationResponse::Accepted(answer.json()?),
            400 => CreateAsyncImageGenerationResponse::BadRequest(answer.json()?),
            401 => CreateAsyncImageGenerationResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncImageGenerationResponse::PayloadTooLarge(answer.json()?),
            422 => {
                CreateAsyncImageGenerationResponse::UnprocessableEntity(answer.json()?)
            }
            500 => {
                CreateAsyncImageGenerationResponse::InternalServerError(answer.json()?)
            }
            503 => CreateAsyncImageGenerationResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Create async image edit
    ///
    /// Submits an image edit request for asynchronous execution. Returns a job ID immediately
    /// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
    /// Streaming is not supported for async requests.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/images/edits` (`createAsyncImageEdit`)
    pub async fn create_async_image_edit(
        &self,
        request: impl ::std::convert::Into<RequestBody<ImageEditRequestForm>>,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncImageEditResponse, Error> {
        let url = self.url(&["v1", "async", "images", "edits"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body
            .encode(|form: ImageEditRequestForm| {
                form.into_parts().map(RawBody::Multipart)
            })?;
        request_builder = with_body(request_builder, raw, "multipart/form-data")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncImageEditResponse::Ok(answer.json()?),
            202 => CreateAsyncImageEditResponse::Accepted(answer.json()?),
            400 => CreateAsyncImageEditResponse::BadRequest(answer.json()?),
            401 => CreateAsyncImageEditResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncImageEditResponse::PayloadTooLarge(answer.json()?),
            422 => CreateAsyncImageEditResponse::UnprocessableEntity(answer.json()?),
            500 => CreateAsyncImageEditResponse::InternalServerError(answer.json()?),
            503 => CreateAsyncImageEditResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Create async image variation
    ///
    /// Submits an image variation request for asynchronous execution. Returns a job ID immediately
    /// with HTTP 202. Poll the corresponding GET endpoint with the job ID to retrieve the result.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/images/variations` (`createAsyncImageVariation`)
    pub async fn create_async_image_variation(
        &self,
        request: impl ::std::convert::Into<RequestBody<ImageVariationRequestForm>>,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncImageVariationResponse, Error> {
        let url = self.url(&["v1", "async", "images", "variations"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body
            .encode(|form: ImageVariationRequestForm| {
                form.into_parts().map(RawBody::Multipart)
            })?;
        request_builder = with_body(request_builder, raw, "multipart/form-data")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncImageVariationResponse::Ok(answer.json()?),
            202 => CreateAsyncImageVariationResponse::Accepted(answer.json()?),
            400 => CreateAsyncImageVariationResponse::BadRequest(answer.json()?),
            401 => CreateAsyncImageVariationResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncImageVariationResponse::PayloadTooLarge(answer.json()?),
            422 => CreateAsyncImageVariationResponse::UnprocessableEntity(answer.json()?),
            500 => CreateAsyncImageVariationResponse::InternalServerError(answer.json()?),
            503 => CreateAsyncImageVariationResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Get async chat completion job
    ///
    /// Retrieves the status and result of an async chat completion job.
    /// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The unique identifier of the async job
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/chat/completions/{job_id}` (`getAsyncChatCompletionJob`)
    pub async fn get_async_chat_completion_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncChatCompletionJobResponse, Error> {
        let url = self
            .url(&["v1", "async", "chat", "completions", segment_of(&job_id)?.as_str()]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncChatCompletionJobResponse::Ok(answer.json()?),
            202 => GetAsyncChatCompletionJobResponse::Accepted(answer.json()?),
            401 => GetAsyncChatCompletionJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncChatCompletionJobResponse::NotFound(answer.json()?),
            500 => GetAsyncChatCompletionJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Get async text completion job
    ///
    /// Retrieves the status and result of an async text completion job.
    /// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The unique identifier of the async job
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/completions/{job_id}` (`getAsyncTextCompletionJob`)
    pub async fn get_async_text_completion_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncTextCompletionJobResponse, Error> {
        let url = self
            .url(&["v1", "async", "completions", segment_of(&job_id)?.as_str()]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncTextCompletionJobResponse::Ok(answer.json()?),
            202 => GetAsyncTextCompletionJobResponse::Accepted(answer.json()?),
            401 => GetAsyncTextCompletionJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncTextCompletionJobResponse::NotFound(answer.json()?),
            500 => GetAsyncTextCompletionJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Get async response job
    ///
    /// Retrieves the status and result of an async response job.
    /// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The unique identifier of the async job
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/responses/{job_id}` (`getAsyncResponseJob`)
    pub async fn get_async_response_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncResponseJobResponse, Error> {
        let url = self.url(&["v1", "async", "responses", segment_of(&job_id)?.as_str()]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncResponseJobResponse::Ok(answer.json()?),
            202 => GetAsyncResponseJobResponse::Accepted(answer.json()?),
            401 => GetAsyncResponseJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncResponseJobResponse::NotFound(answer.json()?),
            500 => GetAsyncResponseJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Get async embedding job
    ///
    /// Retrieves the status and result of an async embedding job.
    /// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The unique identifier of the async job
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/embeddings/{job_id}` (`getAsyncEmbeddingJob`)
    pub async fn get_async_embedding_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncEmbeddingJobResponse, Error> {
        let url = self
            .url(&["v1", "async", "embeddings", segment_of(&job_id)?.as_str()]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncEmbeddingJobResponse::Ok(answer.json()?),
            202 => GetAsyncEmbeddingJobResponse::Accepted(answer.json()?),
            401 => GetAsyncEmbeddingJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncEmbeddingJobResponse::NotFound(answer.json()?),
            500 => GetAsyncEmbeddingJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Get async speech job
    ///
    /// Retrieves the status and result of an async speech job.
    /// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The unique identifier of the async job
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/audio/speech/{job_id}` (`getAsyncSpeechJob`)
    pub async fn get_async_speech_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncSpeechJobResponse, Error> {
        let url = self
            .url(&["v1", "async", "audio", "speech", segment_of(&job_id)?.as_str()]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncSpeechJobResponse::Ok(answer.json()?),
            202 => GetAsyncSpeechJobResponse::Accepted(answer.json()?),
            401 => GetAsyncSpeechJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncSpeechJobResponse::NotFound(answer.json()?),
            500 => GetAsyncSpeechJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Get async transcription job
    ///
    /// Retrieves the status and result of an async transcription job.
    /// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The unique identifier of the async job
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/audio/transcriptions/{job_id}` (`getAsyncTranscriptionJob`)
    pub async fn get_async_transcription_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncTranscriptionJobResponse, Error> {
        let url = self
            .url(
                &[
                    "v1",
                    "async",
                    "audio",
                    "transcriptions",
                    segment_of(&job_id)?.as_str(),
                ],
            );
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncTranscriptionJobResponse::Ok(answer.json()?),
            202 => GetAsyncTranscriptionJobResponse::Accepted(answer.json()?),
            401 => GetAsyncTranscriptionJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncTranscriptionJobResponse::NotFound(answer.json()?),
            500 => GetAsyncTranscriptionJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Get async image generation job
    ///
    /// Retrieves the status and result of an async image generation job.
    /// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The unique identifier of the async job
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/images/generations/{job_id}` (`getAsyncImageGenerationJob`)
    pub async fn get_async_image_generation_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncImageGenerationJobResponse, Error> {
        let url = self
            .url(
                &["v1", "async", "images", "generations", segment_of(&job_id)?.as_str()],
            );
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncImageGenerationJobResponse::Ok(answer.json()?),
            202 => GetAsyncImageGenerationJobResponse::Accepted(answer.json()?),
            401 => GetAsyncImageGenerationJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncImageGenerationJobResponse::NotFound(answer.json()?),
            500 => {
                GetAsyncImageGenerationJobResponse::InternalServerError(answer.json()?)
            }
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Get async image edit job
    ///
    /// Retrieves the status and result of an async image edit job.
    /// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The unique identifier of the async job
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/images/edits/{job_id}` (`getAsyncImageEditJob`)
    pub async fn get_async_image_edit_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncImageEditJobResponse, Error> {
        let url = self
            .url(&["v1", "async", "images", "edits", segment_of(&job_id)?.as_str()]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncImageEditJobResponse::Ok(answer.json()?),
            202 => GetAsyncImageEditJobResponse::Accepted(answer.json()?),
            401 => GetAsyncImageEditJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncImageEditJobResponse::NotFound(answer.json()?),
            500 => GetAsyncImageEditJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Get async image variation job
    ///
    /// Retrieves the status and result of an async image variation job.
    /// Returns HTTP 202 if the job is still pending or processing, HTTP 200 if completed or failed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The unique identifier of the async job
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/images/variations/{job_id}` (`getAsyncImageVariationJob`)
    pub async fn get_async_image_variation_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncImageVariationJobResponse, Error> {
        let url = self
            .url(
                &["v1", "async", "images", "variations", segment_of(&job_id)?.as_str()],
            );
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncImageVariationJobResponse::Ok(answer.json()?),
            202 => GetAsyncImageVariationJobResponse::Accepted(answer.json()?),
            401 => GetAsyncImageVariationJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncImageVariationJobResponse::NotFound(answer.json()?),
            500 => GetAsyncImageVariationJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Submit a rerank job
    ///
    /// Stores a request to order documents by their relevance to a query, and answers `202` with
    /// the job at once. The provider named by `model` does the ranking; collect the outcome with
    /// the matching poll operation.
    ///
    /// # Parameters
    ///
    /// - `x_bf_async_job_result_ttl`: header `x-bf-async-job-result-ttl`. Time-to-live in seconds for the job result after completion. Defaults to 3600 (1 hour). After expiry, the job result is automatically cleaned up.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    /// - `idempotency_key`: header `Idempotency-Key`. A key of the caller's choosing, at most 255 bytes. A submit repeated with the same key and the same body within a day answers with the first job instead of creating another; the same key with a different body is refused with `422`.
    /// - `x_bf_async_webhook`: header `x-bf-async-webhook`. The name of a webhook endpoint in the gateway's configuration (`[[webhooks]]`) to tell of this job's outcome. The gateway POSTs an `AsyncJobWebhookEvent`, signed in the Standard Webhooks format, once the job is completed, failed or cancelled, at least once and with the same `webhook-id` on every attempt. Endpoints are configured, never sent: a name that is not configured, or that this caller may not use, is refused with `400`.
    ///
    /// `POST /v1/async/rerank` (`createAsyncRerank`)
    pub async fn create_async_rerank(
        &self,
        request: impl ::std::convert::Into<RequestBody<super::types::RerankRequest>>,
        x_bf_async_job_result_ttl: ::std::option::Option<i64>,
        prefer: ::std::option::Option<&str>,
        idempotency_key: ::std::option::Option<&str>,
        x_bf_async_webhook: ::std::option::Option<&str>,
    ) -> ::std::result::Result<CreateAsyncRerankResponse, Error> {
        let url = self.url(&["v1", "async", "rerank"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = x_bf_async_job_result_ttl.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-job-result-ttl",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        if let ::std::option::Option::Some(value) = idempotency_key.as_ref() {
            request_builder = with_header(
                request_builder,
                "Idempotency-Key",
                text_of(value)?,
            )?;
        }
        if let ::std::option::Option::Some(value) = x_bf_async_webhook.as_ref() {
            request_builder = with_header(
                request_builder,
                "x-bf-async-webhook",
                text_of(value)?,
            )?;
        }
        let body = request.into();
        let raw = body.encode(json_body)?;
        request_builder = with_body(request_builder, raw, "application/json")?;
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CreateAsyncRerankResponse::Ok(answer.json()?),
            202 => CreateAsyncRerankResponse::Accepted(answer.json()?),
            400 => CreateAsyncRerankResponse::BadRequest(answer.json()?),
            401 => CreateAsyncRerankResponse::Unauthorized(answer.json()?),
            413 => CreateAsyncRerankResponse::PayloadTooLarge(answer.json()?),
            422 => CreateAsyncRerankResponse::UnprocessableEntity(answer.json()?),
            500 => CreateAsyncRerankResponse::InternalServerError(answer.json()?),
            503 => CreateAsyncRerankResponse::ServiceUnavailable(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Read a rerank job
    ///
    /// The rerank job's current state: `202` while it waits or runs, `200` once it is final, with
    /// the provider's ranking (a `RerankResponse`) as `result` when it completed.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    /// - `prefer`: header `Prefer`. `wait=N` (RFC 7240) holds the answer for up to N seconds, until the job is final: then the answer is the `200` a poll gives; otherwise the usual `202`. The gateway caps N (60 seconds by default) and names the wait it applied in `Preference-Applied`. Other preferences in the header are ignored, as RFC 7240 asks.
    ///
    /// `GET /v1/async/rerank/{job_id}` (`getAsyncRerankJob`)
    pub async fn get_async_rerank_job(
        &self,
        job_id: &str,
        prefer: ::std::option::Option<&str>,
    ) -> ::std::result::Result<GetAsyncRerankJobResponse, Error> {
        let url = self.url(&["v1", "async", "rerank", segment_of(&job_id)?.as_str()]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        if let ::std::option::Option::Some(value) = prefer.as_ref() {
            request_builder = with_header(request_builder, "Prefer", text_of(value)?)?;
        }
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => GetAsyncRerankJobResponse::Ok(answer.json()?),
            202 => GetAsyncRerankJobResponse::Accepted(answer.json()?),
            401 => GetAsyncRerankJobResponse::Unauthorized(answer.json()?),
            404 => GetAsyncRerankJobResponse::NotFound(answer.json()?),
            500 => GetAsyncRerankJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a chat completion job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/chat/completions/{job_id}/cancel` (`cancelAsyncChatCompletionJob`)
    pub async fn cancel_async_chat_completion_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncChatCompletionJobResponse, Error> {
        let url = self
            .url(
                &[
                    "v1",
                    "async",
                    "chat",
                    "completions",
                    segment_of(&job_id)?.as_str(),
                    "cancel",
                ],
            );
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncChatCompletionJobResponse::Ok(answer.json()?),
            401 => CancelAsyncChatCompletionJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncChatCompletionJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncChatCompletionJobResponse::Conflict(answer.json()?),
            500 => {
                CancelAsyncChatCompletionJobResponse::InternalServerError(answer.json()?)
            }
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a text completion job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/completions/{job_id}/cancel` (`cancelAsyncTextCompletionJob`)
    pub async fn cancel_async_text_completion_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncTextCompletionJobResponse, Error> {
        let url = self
            .url(
                &["v1", "async", "completions", segment_of(&job_id)?.as_str(), "cancel"],
            );
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncTextCompletionJobResponse::Ok(answer.json()?),
            401 => CancelAsyncTextCompletionJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncTextCompletionJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncTextCompletionJobResponse::Conflict(answer.json()?),
            500 => {
                CancelAsyncTextCompletionJobResponse::InternalServerError(answer.json()?)
            }
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a response job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/responses/{job_id}/cancel` (`cancelAsyncResponseJob`)
    pub async fn cancel_async_response_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncResponseJobResponse, Error> {
        let url = self
            .url(&["v1", "async", "responses", segment_of(&job_id)?.as_str(), "cancel"]);
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncResponseJobResponse::Ok(answer.json()?),
            401 => CancelAsyncResponseJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncResponseJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncResponseJobResponse::Conflict(answer.json()?),
            500 => CancelAsyncResponseJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a embedding job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/embeddings/{job_id}/cancel` (`cancelAsyncEmbeddingJob`)
    pub async fn cancel_async_embedding_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncEmbeddingJobResponse, Error> {
        let url = self
            .url(
                &["v1", "async", "embeddings", segment_of(&job_id)?.as_str(), "cancel"],
            );
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncEmbeddingJobResponse::Ok(answer.json()?),
            401 => CancelAsyncEmbeddingJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncEmbeddingJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncEmbeddingJobResponse::Conflict(answer.json()?),
            500 => CancelAsyncEmbeddingJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a speech job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/audio/speech/{job_id}/cancel` (`cancelAsyncSpeechJob`)
    pub async fn cancel_async_speech_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncSpeechJobResponse, Error> {
        let url = self
            .url(
                &[
                    "v1",
                    "async",
                    "audio",
                    "speech",
                    segment_of(&job_id)?.as_str(),
                    "cancel",
                ],
            );
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncSpeechJobResponse::Ok(answer.json()?),
            401 => CancelAsyncSpeechJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncSpeechJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncSpeechJobResponse::Conflict(answer.json()?),
            500 => CancelAsyncSpeechJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a transcription job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/audio/transcriptions/{job_id}/cancel` (`cancelAsyncTranscriptionJob`)
    pub async fn cancel_async_transcription_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncTranscriptionJobResponse, Error> {
        let url = self
            .url(
                &[
                    "v1",
                    "async",
                    "audio",
                    "transcriptions",
                    segment_of(&job_id)?.as_str(),
                    "cancel",
                ],
            );
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncTranscriptionJobResponse::Ok(answer.json()?),
            401 => CancelAsyncTranscriptionJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncTranscriptionJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncTranscriptionJobResponse::Conflict(answer.json()?),
            500 => {
                CancelAsyncTranscriptionJobResponse::InternalServerError(answer.json()?)
            }
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a image generation job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/images/generations/{job_id}/cancel` (`cancelAsyncImageGenerationJob`)
    pub async fn cancel_async_image_generation_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncImageGenerationJobResponse, Error> {
        let url = self
            .url(
                &[
                    "v1",
                    "async",
                    "images",
                    "generations",
                    segment_of(&job_id)?.as_str(),
                    "cancel",
                ],
            );
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncImageGenerationJobResponse::Ok(answer.json()?),
            401 => CancelAsyncImageGenerationJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncImageGenerationJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncImageGenerationJobResponse::Conflict(answer.json()?),
            500 => {
                CancelAsyncImageGenerationJobResponse::InternalServerError(
                    answer.json()?,
                )
            }
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a image edit job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/images/edits/{job_id}/cancel` (`cancelAsyncImageEditJob`)
    pub async fn cancel_async_image_edit_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncImageEditJobResponse, Error> {
        let url = self
            .url(
                &[
                    "v1",
                    "async",
                    "images",
                    "edits",
                    segment_of(&job_id)?.as_str(),
                    "cancel",
                ],
            );
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncImageEditJobResponse::Ok(answer.json()?),
            401 => CancelAsyncImageEditJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncImageEditJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncImageEditJobResponse::Conflict(answer.json()?),
            500 => CancelAsyncImageEditJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a image variation job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/images/variations/{job_id}/cancel` (`cancelAsyncImageVariationJob`)
    pub async fn cancel_async_image_variation_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncImageVariationJobResponse, Error> {
        let url = self
            .url(
                &[
                    "v1",
                    "async",
                    "images",
                    "variations",
                    segment_of(&job_id)?.as_str(),
                    "cancel",
                ],
            );
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncImageVariationJobResponse::Ok(answer.json()?),
            401 => CancelAsyncImageVariationJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncImageVariationJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncImageVariationJobResponse::Conflict(answer.json()?),
            500 => {
                CancelAsyncImageVariationJobResponse::InternalServerError(answer.json()?)
            }
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Cancel a rerank job
    ///
    /// Stops the job: a job still waiting never runs, and a running one has its provider request
    /// aborted. Answers `200` with the job, now `cancelled`; `409` when it was already final.
    ///
    /// # Parameters
    ///
    /// - `job_id`: path parameter `job_id`. The job's id, as its submit answered it.
    ///
    /// `POST /v1/async/rerank/{job_id}/cancel` (`cancelAsyncRerankJob`)
    pub async fn cancel_async_rerank_job(
        &self,
        job_id: &str,
    ) -> ::std::result::Result<CancelAsyncRerankJobResponse, Error> {
        let url = self
            .url(&["v1", "async", "rerank", segment_of(&job_id)?.as_str(), "cancel"]);
        let request_builder = self
            .request(
                ::reqwest::Method::POST,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => CancelAsyncRerankJobResponse::Ok(answer.json()?),
            401 => CancelAsyncRerankJobResponse::Unauthorized(answer.json()?),
            404 => CancelAsyncRerankJobResponse::NotFound(answer.json()?),
            409 => CancelAsyncRerankJobResponse::Conflict(answer.json()?),
            500 => CancelAsyncRerankJobResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// List your jobs
    ///
    /// The caller's jobs, newest first, a page at a time, without their results (poll a job for
    /// its result). Pass the page's `last_id` as `after` for the next page; pages stay stable
    /// while new jobs arrive, since those sort before the first page.
    ///
    /// # Parameters
    ///
    /// - `limit`: query parameter `limit`. How many jobs a page holds.
    /// - `after`: query parameter `after`. A job id; the page holds the jobs older than it.
    /// - `status`: query parameter `status`. Only jobs in this state.
    /// - `kind`: query parameter `kind`. Only jobs of this kind.
    ///
    /// `GET /v1/async/jobs` (`listAsyncJobs`)
    pub async fn list_async_jobs(
        &self,
        limit: ::std::option::Option<i64>,
        after: ::std::option::Option<&str>,
        status: ::std::option::Option<super::types::AsyncJobStatus>,
        kind: ::std::option::Option<super::types::AsyncJobKind>,
    ) -> ::std::result::Result<ListAsyncJobsResponse, Error> {
        let url = self.url(&["v1", "async", "jobs"]);
        let mut request_builder = self
            .request(
                ::reqwest::Method::GET,
                url,
                &[
                    &[Scheme::BearerAuth],
                    &[Scheme::BasicAuth],
                    &[Scheme::VirtualKeyAuth],
                    &[Scheme::ApiKeyAuth],
                ],
            );
        let mut query: ::std::vec::Vec<(&str, ::std::string::String)> = ::std::vec::Vec::new();
        if let ::std::option::Option::Some(value) = limit.as_ref() {
            for text in text_of(value)? {
                query.push(("limit", text));
            }
        }
        if let ::std::option::Option::Some(value) = after.as_ref() {
            for text in text_of(value)? {
                query.push(("after", text));
            }
        }
        if let ::std::option::Option::Some(value) = status.as_ref() {
            for text in text_of(value)? {
                query.push(("status", text));
            }
        }
        if let ::std::option::Option::Some(value) = kind.as_ref() {
            for text in text_of(value)? {
                query.push(("kind", text));
            }
        }
        request_builder = request_builder.query(&query);
        let answer = self.send(request_builder).await?;
        let decoded = match answer.status {
            200 => ListAsyncJobsResponse::Ok(answer.json()?),
            400 => ListAsyncJobsResponse::BadRequest(answer.json()?),
            401 => ListAsyncJobsResponse::Unauthorized(answer.json()?),
            500 => ListAsyncJobsResponse::InternalServerError(answer.json()?),
            _ => return ::std::result::Result::Err(answer.unexpected()),
        };
        ::std::result::Result::Ok(decoded)
    }
    /// Polls `getAsyncChatCompletionJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_chat_completion`].
    pub async fn wait_async_chat_completion_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncChatCompletionJobResponse>,
    > {
        self.wait_async_chat_completion_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_chat_completion_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_chat_completion_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncChatCompletionJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_chat_completion_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncChatCompletionJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncChatCompletionJobResponse::Accepted(job) => {
                        Step::Pending(job)
                    }
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
    /// Polls `getAsyncTextCompletionJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_text_completion`].
    pub async fn wait_async_text_completion_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncTextCompletionJobResponse>,
    > {
        self.wait_async_text_completion_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_text_completion_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_text_completion_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncTextCompletionJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_text_completion_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncTextCompletionJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncTextCompletionJobResponse::Accepted(job) => {
                        Step::Pending(job)
                    }
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
    /// Polls `getAsyncResponseJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_response`].
    pub async fn wait_async_response_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncResponseJobResponse>,
    > {
        self.wait_async_response_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_response_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_response_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncResponseJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_response_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncResponseJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncResponseJobResponse::Accepted(job) => Step::Pending(job),
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
    /// Polls `getAsyncEmbeddingJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_embedding`].
    pub async fn wait_async_embedding_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncEmbeddingJobResponse>,
    > {
        self.wait_async_embedding_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_embedding_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_embedding_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncEmbeddingJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_embedding_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncEmbeddingJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncEmbeddingJobResponse::Accepted(job) => Step::Pending(job),
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
    /// Polls `getAsyncSpeechJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_speech`].
    pub async fn wait_async_speech_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncSpeechJobResponse>,
    > {
        self.wait_async_speech_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_speech_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_speech_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncSpeechJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_speech_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncSpeechJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncSpeechJobResponse::Accepted(job) => Step::Pending(job),
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
    /// Polls `getAsyncTranscriptionJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_transcription`].
    pub async fn wait_async_transcription_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncTranscriptionJobResponse>,
    > {
        self.wait_async_transcription_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_transcription_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_transcription_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncTranscriptionJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_transcription_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncTranscriptionJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncTranscriptionJobResponse::Accepted(job) => Step::Pending(job),
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
    /// Polls `getAsyncImageGenerationJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_image_generation`].
    pub async fn wait_async_image_generation_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncImageGenerationJobResponse>,
    > {
        self.wait_async_image_generation_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_image_generation_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_image_generation_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncImageGenerationJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_image_generation_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncImageGenerationJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncImageGenerationJobResponse::Accepted(job) => {
                        Step::Pending(job)
                    }
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
    /// Polls `getAsyncImageEditJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_image_edit`].
    pub async fn wait_async_image_edit_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncImageEditJobResponse>,
    > {
        self.wait_async_image_edit_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_image_edit_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_image_edit_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncImageEditJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_image_edit_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncImageEditJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncImageEditJobResponse::Accepted(job) => Step::Pending(job),
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
    /// Polls `getAsyncImageVariationJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_image_variation`].
    pub async fn wait_async_image_variation_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncImageVariationJobResponse>,
    > {
        self.wait_async_image_variation_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_image_variation_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_image_variation_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncImageVariationJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_image_variation_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncImageVariationJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncImageVariationJobResponse::Accepted(job) => {
                        Step::Pending(job)
                    }
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
    /// Polls `getAsyncRerankJob` until the job is final: the job when it succeeded, [`WaitError::Failed`] when it failed.
    ///
    /// Each poll asks the server to hold its answer up to `options.hold` where the poll takes a `Prefer` header; when it is answered at once, pauses start at `options.initial_delay` and double, with jitter, up to `options.max_delay`; after `options.timeout` it gives up with [`WaitError::TimedOut`]. Dropping the future stops polling; the job itself goes on. Submit with [`Client::create_async_rerank`].
    pub async fn wait_async_rerank_job(
        &self,
        job_id: &str,
        options: &WaitOptions,
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncRerankJobResponse>,
    > {
        self.wait_async_rerank_job_with_progress(job_id, options, |_| {}).await
    }
    /// As [`Client::wait_async_rerank_job`], calling `progress` with every state the job is seen in.
    pub async fn wait_async_rerank_job_with_progress(
        &self,
        job_id: &str,
        options: &WaitOptions,
        mut progress: impl ::std::ops::FnMut(&super::types::AsyncJobResponse),
    ) -> ::std::result::Result<
        super::types::AsyncJobResponse,
        WaitError<super::types::AsyncJobResponse, GetAsyncRerankJobResponse>,
    > {
        wait_loop(
                options,
                |prefer: ::std::option::Option<::std::string::String>| async move {
                    self.get_async_rerank_job(job_id, prefer.as_deref()).await
                },
                |answer| match answer {
                    GetAsyncRerankJobResponse::Ok(job) => Step::Done(job),
                    GetAsyncRerankJobResponse::Accepted(job) => Step::Pending(job),
                    other => Step::Other(other),
                },
                &mut progress,
            )
            .await
    }
}
/// The answers of `createAsyncChatCompletion`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncChatCompletionResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: Job accepted for processing
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncChatCompletionResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncChatCompletionResponse {
    fn status(&self) -> u16 {
        CreateAsyncChatCompletionResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncChatCompletionResponse::body(self)
    }
}
/// The answers of `createAsyncTextCompletion`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncTextCompletionResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: Job accepted for processing
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncTextCompletionResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncTextCompletionResponse {
    fn status(&self) -> u16 {
        CreateAsyncTextCompletionResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncTextCompletionResponse::body(self)
    }
}
/// The answers of `createAsyncResponse`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncResponseResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: Job accepted for processing
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncResponseResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncResponseResponse {
    fn status(&self) -> u16 {
        CreateAsyncResponseResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncResponseResponse::body(self)
    }
}
/// The answers of `createAsyncEmbedding`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncEmbeddingResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: Job accepted for processing
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncEmbeddingResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncEmbeddingResponse {
    fn status(&self) -> u16 {
        CreateAsyncEmbeddingResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncEmbeddingResponse::body(self)
    }
}
/// The answers of `createAsyncSpeech`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncSpeechResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: Job accepted for processing
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncSpeechResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncSpeechResponse {
    fn status(&self) -> u16 {
        CreateAsyncSpeechResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncSpeechResponse::body(self)
    }
}
/// The answers of `createAsyncTranscription`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncTranscriptionResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: Job accepted for processing
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncTranscriptionResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncTranscriptionResponse {
    fn status(&self) -> u16 {
        CreateAsyncTranscriptionResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncTranscriptionResponse::body(self)
    }
}
/// [`TranscriptionRequest`](super::types::TranscriptionRequest) as a multipart form: files carry a name and a media type.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptionRequestForm {
    /// Target model, written as `provider/model`, e.g. `openai/whisper-1`.
    pub model: ::std::string::String,
    /// The recording itself, e.g. an mp3, wav, m4a or webm file.
    pub file: FilePart,
    /// Further `provider/model` strings to try, in order, if the primary model fails.
    pub fallbacks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Asks for the transcript as a stream of events. The async endpoints do not stream.
    pub stream: ::std::option::Option<bool>,
    /// Spoken language as an ISO-639-1 code such as `en`; helps accuracy and speed when known.
    pub language: ::std::option::Option<::std::string::String>,
    /// Text that gives context or spelling hints, e.g. names or a previous segment's transcript.
    pub prompt: ::std::option::Option<::std::string::String>,
    /// Shape of the transcript: `json`, plain `text`, `srt` or `vtt` subtitles, or `verbose_json` with segments and timings.
    pub response_format: ::std::option::Option<
        super::types::TranscriptionRequestResponseFormat,
    >,
    /// Audio format of `file` (e.g. `mp3`, `wav`), for providers that cannot infer it.
    pub file_format: ::std::option::Option<::std::string::String>,
}
impl TranscriptionRequestForm {
    /// The parts of the form, in the order of the schema's properties.
    pub fn into_parts(self) -> ::std::result::Result<::std::vec::Vec<FormPart>, Error> {
        let mut parts = ::std::vec::Vec::new();
        parts.extend(FormPart::values("model", &self.model)?);
        {
            let files = self.file;
            parts.push(FormPart::file("file", files));
        }
        parts.extend(FormPart::values("fallbacks", &self.fallbacks)?);
        parts.extend(FormPart::values("stream", &self.stream)?);
        parts.extend(FormPart::values("language", &self.language)?);
        parts.extend(FormPart::values("prompt", &self.prompt)?);
        parts.extend(FormPart::values("response_format", &self.response_format)?);
        parts.extend(FormPart::values("file_format", &self.file_format)?);
        ::std::result::Result::Ok(parts)
    }
}
/// Files sent with their field's name and no media type.
impl ::std::convert::From<super::types::TranscriptionRequest>
for TranscriptionRequestForm {
    fn from(typed: super::types::TranscriptionRequest) -> Self {
        Self {
            model: typed.model,
            file: FilePart::from_bytes(typed.file.0).file_name("file"),
            fallbacks: typed.fallbacks,
            stream: typed.stream,
            language: typed.language,
            prompt: typed.prompt,
            response_format: typed.response_format,
            file_format: typed.file_format,
        }
    }
}
impl ::std::convert::From<super::types::TranscriptionRequest>
for RequestBody<TranscriptionRequestForm> {
    fn from(typed: super::types::TranscriptionRequest) -> Self {
        Self::Typed(typed.into())
    }
}
/// The answers of `createAsyncImageGeneration`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncImageGenerationResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: Job accepted for processing
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncImageGenerationResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncImageGenerationResponse {
    fn status(&self) -> u16 {
        CreateAsyncImageGenerationResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncImageGenerationResponse::body(self)
    }
}
/// The answers of `createAsyncImageEdit`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncImageEditResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: Job accepted for processing
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncImageEditResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncImageEditResponse {
    fn status(&self) -> u16 {
        CreateAsyncImageEditResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncImageEditResponse::body(self)
    }
}
/// [`ImageEditRequest`](super::types::ImageEditRequest) as a multipart form: files carry a name and a media type.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageEditRequestForm {
    /// Target model, written as `provider/model`, e.g. `openai/gpt-image-1`.
    pub model: ::std::string::String,
    /// The change to make. Needed for every edit except `type` `background_removal`.
    pub prompt: ::std::option::Option<::std::string::String>,
    /// The picture to edit. In a multipart body, send one file as part `image`, or several as repeated `image[]` parts.
    pub image: FilePart,
    /// Optional image the same size as `image` whose fully transparent pixels mark the area to change.
    pub mask: ::std::option::Option<FilePart>,
    /// Kind of edit, for providers that distinguish them.
    pub type_: ::std::option::Option<super::types::ImageEditRequestType>,
    /// How many edited images to produce, 1 to 10.
    pub n: ::std::option::Option<i64>,
    /// Width x height of the result in pixels, or `auto`.
    pub size: ::std::option::Option<super::types::ImageEditRequestSize>,
    /// Whether each image comes back as a link (`url`, the default) or inline base64 (`b64_json`).
    pub response_format: ::std::option::Option<
        super::types::ImageEditRequestResponseFormat,
    >,
    /// Asks for the result as server-sent events (default false). The async endpoints do not stream.
    pub stream: ::std::option::Option<bool>,
    /// Background handling; `transparent` needs an output format with alpha (`png` or `webp`).
    pub background: ::std::option::Option<super::types::ImageEditRequestBackground>,
    /// How strictly the result keeps the features of the input image, such as faces.
    pub input_fidelity: ::std::option::Option<
        super::types::ImageEditRequestInputFidelity,
    >,
    /// How many in-progress previews to send while streaming, 0 to 3.
    pub partial_images: ::std::option::Option<i64>,
    /// Rendering quality of the result; `auto` lets the model decide.
    pub quality: ::std::option::Option<super::types::ImageEditRequestQuality>,
    /// File type of the images produced.
    pub output_format: ::std::option::Option<super::types::ImageEditRequestOutputFormat>,
    /// Number of denoising steps for diffusion models; more steps are slower and often finer.
    pub num_inference_steps: ::std::option::Option<i64>,
    /// Fixed random seed so that repeated requests give the same result, where supported.
    pub seed: ::std::option::Option<i64>,
    /// Compression percentage from 0 to 100 for `jpeg` and `webp` output.
    pub output_compression: ::std::option::Option<i64>,
    /// Things the result should not contain, for models that accept a negative prompt.
    pub negative_prompt: ::std::option::Option<::std::string::String>,
    /// Your own stable id for the end user, passed on for abuse monitoring.
    pub user: ::std::option::Option<::std::string::String>,
    /// Alternative models to try, in order, if the primary model fails.
    pub fallbacks: ::std::option::Option<::std::vec::Vec<super::types::Fallback>>,
}
impl ImageEditRequestForm {
    /// The parts of the form, in the order of the schema's properties.
    pub fn into_parts(self) -> ::std::result::Result<::std::vec::Vec<FormPart>, Error> {
        let mut parts = ::std::vec::Vec::new();
        parts.extend(FormPart::values("model", &self.model)?);
        parts.extend(FormPart::values("prompt", &self.prompt)?);
        {
            let files = self.image;
            parts.push(FormPart::file("image", files));
        }
        if let ::std::option::Option::Some(files) = self.mask {
            parts.push(FormPart::file("mask", files));
        }
        parts.extend(FormPart::values("type", &self.type_)?);
        parts.extend(FormPart::values("n", &self.n)?);
        parts.extend(FormPart::values("size", &self.size)?);
        parts.extend(FormPart::values("response_format", &self.response_format)?);
        parts.extend(FormPart::values("stream", &self.stream)?);
        parts.extend(FormPart::values("background", &self.background)?);
        parts.extend(FormPart::values("input_fidelity", &self.input_fidelity)?);
        parts.extend(FormPart::values("partial_images", &self.partial_images)?);
        parts.extend(FormPart::values("quality", &self.quality)?);
        parts.extend(FormPart::values("output_format", &self.output_format)?);
        parts
            .extend(FormPart::values("num_inference_steps", &self.num_inference_steps)?);
        parts.extend(FormPart::values("seed", &self.seed)?);
        parts.extend(FormPart::values("output_compression", &self.output_compression)?);
        parts.extend(FormPart::values("negative_prompt", &self.negative_prompt)?);
        parts.extend(FormPart::values("user", &self.user)?);
        parts.extend(FormPart::values("fallbacks", &self.fallbacks)?);
        ::std::result::Result::Ok(parts)
    }
}
/// Files sent with their field's name and no media type.
impl ::std::convert::From<super::types::ImageEditRequest> for ImageEditRequestForm {
    fn from(typed: super::types::ImageEditRequest) -> Self {
        Self {
            model: typed.model,
            prompt: typed.prompt,
            image: FilePart::from_bytes(typed.image.0).file_name("image"),
            mask: typed
                .mask
                .map(|b: super::types::Binary| {
                    FilePart::from_bytes(b.0).file_name("mask")
                }),
            type_: typed.type_,
            n: typed.n,
            size: typed.size,
            response_format: typed.response_format,
            stream: typed.stream,
            background: typed.background,
            input_fidelity: typed.input_fidelity,
            partial_images: typed.partial_images,
            quality: typed.quality,
            output_format: typed.output_format,
            num_inference_steps: typed.num_inference_steps,
            seed: typed.seed,
            output_compression: typed.output_compression,
            negative_prompt: typed.negative_prompt,
            user: typed.user,
            fallbacks: typed.fallbacks,
        }
    }
}
impl ::std::convert::From<super::types::ImageEditRequest>
for RequestBody<ImageEditRequestForm> {
    fn from(typed: super::types::ImageEditRequest) -> Self {
        Self::Typed(typed.into())
    }
}
/// The answers of `createAsyncImageVariation`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncImageVariationResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: Job accepted for processing
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncImageVariationResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncImageVariationResponse {
    fn status(&self) -> u16 {
        CreateAsyncImageVariationResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncImageVariationResponse::body(self)
    }
}
/// [`ImageVariationRequest`](super::types::ImageVariationRequest) as a multipart form: files carry a name and a media type.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageVariationRequestForm {
    /// Target model, written as `provider/model`, e.g. `openai/dall-e-2`.
    pub model: ::std::string::String,
    /// The picture to vary. In a multipart body send it as part `image`; if several `image[]` parts are sent, only the first is used.
    pub image: FilePart,
    /// How many variations to produce, 1 to 10.
    pub n: ::std::option::Option<i64>,
    /// Width x height of each variation in pixels, or `auto`.
    pub size: ::std::option::Option<super::types::ImageVariationRequestSize>,
    /// Whether each image comes back as a link (`url`, the default) or inline base64 (`b64_json`).
    pub response_format: ::std::option::Option<
        super::types::ImageVariationRequestResponseFormat,
    >,
    /// Your own stable id for the end user, passed on for abuse monitoring.
    pub user: ::std::option::Option<::std::string::String>,
    /// Alternative models to try, in order, if the primary model fails.
    pub fallbacks: ::std::option::Option<::std::vec::Vec<super::types::Fallback>>,
}
impl ImageVariationRequestForm {
    /// The parts of the form, in the order of the schema's properties.
    pub fn into_parts(self) -> ::std::result::Result<::std::vec::Vec<FormPart>, Error> {
        let mut parts = ::std::vec::Vec::new();
        parts.extend(FormPart::values("model", &self.model)?);
        {
            let files = self.image;
            parts.push(FormPart::file("image", files));
        }
        parts.extend(FormPart::values("n", &self.n)?);
        parts.extend(FormPart::values("size", &self.size)?);
        parts.extend(FormPart::values("response_format", &self.response_format)?);
        parts.extend(FormPart::values("user", &self.user)?);
        parts.extend(FormPart::values("fallbacks", &self.fallbacks)?);
        ::std::result::Result::Ok(parts)
    }
}
/// Files sent with their field's name and no media type.
impl ::std::convert::From<super::types::ImageVariationRequest>
for ImageVariationRequestForm {
    fn from(typed: super::types::ImageVariationRequest) -> Self {
        Self {
            model: typed.model,
            image: FilePart::from_bytes(typed.image.0).file_name("image"),
            n: typed.n,
            size: typed.size,
            response_format: typed.response_format,
            user: typed.user,
            fallbacks: typed.fallbacks,
        }
    }
}
impl ::std::convert::From<super::types::ImageVariationRequest>
for RequestBody<ImageVariationRequestForm> {
    fn from(typed: super::types::ImageVariationRequest) -> Self {
        Self::Typed(typed.into())
    }
}
/// The answers of `getAsyncChatCompletionJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncChatCompletionJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(super::types::AsyncJobResponse),
    /// 202: Job is still pending or processing
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: Job not found or expired
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncChatCompletionJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncChatCompletionJobResponse {
    fn status(&self) -> u16 {
        GetAsyncChatCompletionJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncChatCompletionJobResponse::body(self)
    }
}
/// The answers of `getAsyncTextCompletionJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncTextCompletionJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(super::types::AsyncJobResponse),
    /// 202: Job is still pending or processing
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: Job not found or expired
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncTextCompletionJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncTextCompletionJobResponse {
    fn status(&self) -> u16 {
        GetAsyncTextCompletionJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncTextCompletionJobResponse::body(self)
    }
}
/// The answers of `getAsyncResponseJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncResponseJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(super::types::AsyncJobResponse),
    /// 202: Job is still pending or processing
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: Job not found or expired
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncResponseJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncResponseJobResponse {
    fn status(&self) -> u16 {
        GetAsyncResponseJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncResponseJobResponse::body(self)
    }
}
/// The answers of `getAsyncEmbeddingJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncEmbeddingJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(super::types::AsyncJobResponse),
    /// 202: Job is still pending or processing
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: Job not found or expired
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncEmbeddingJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncEmbeddingJobResponse {
    fn status(&self) -> u16 {
        GetAsyncEmbeddingJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncEmbeddingJobResponse::body(self)
    }
}
/// The answers of `getAsyncSpeechJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncSpeechJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(super::types::AsyncJobResponse),
    /// 202: Job is still pending or processing
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: Job not found or expired
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncSpeechJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncSpeechJobResponse {
    fn status(&self) -> u16 {
        GetAsyncSpeechJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncSpeechJobResponse::body(self)
    }
}
/// The answers of `getAsyncTranscriptionJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncTranscriptionJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(super::types::AsyncJobResponse),
    /// 202: Job is still pending or processing
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: Job not found or expired
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncTranscriptionJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncTranscriptionJobResponse {
    fn status(&self) -> u16 {
        GetAsyncTranscriptionJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncTranscriptionJobResponse::body(self)
    }
}
/// The answers of `getAsyncImageGenerationJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncImageGenerationJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(super::types::AsyncJobResponse),
    /// 202: Job is still pending or processing
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: Job not found or expired
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncImageGenerationJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncImageGenerationJobResponse {
    fn status(&self) -> u16 {
        GetAsyncImageGenerationJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncImageGenerationJobResponse::body(self)
    }
}
/// The answers of `getAsyncImageEditJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncImageEditJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(super::types::AsyncJobResponse),
    /// 202: Job is still pending or processing
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: Job not found or expired
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncImageEditJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncImageEditJobResponse {
    fn status(&self) -> u16 {
        GetAsyncImageEditJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncImageEditJobResponse::body(self)
    }
}
/// The answers of `getAsyncImageVariationJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncImageVariationJobResponse {
    /// 200: Job completed (successfully or with failure)
    Ok(super::types::AsyncJobResponse),
    /// 202: Job is still pending or processing
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: Job not found or expired
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncImageVariationJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncImageVariationJobResponse {
    fn status(&self) -> u16 {
        GetAsyncImageVariationJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncImageVariationJobResponse::body(self)
    }
}
/// The answers of `createAsyncRerank`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAsyncRerankResponse {
    /// 200: The submit asked to wait (`Prefer: wait=N`) and the job became final in time: the job as a poll shows it.
    Ok(super::types::AsyncJobResponse),
    /// 202: The job was stored and waits for a worker
    Accepted(super::types::AsyncJobResponse),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 413: The request body is larger than the gateway accepts for this operation.
    PayloadTooLarge(super::types::BifrostError),
    /// 422: The `Idempotency-Key` was used before with a different request.
    UnprocessableEntity(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
    /// 503: The gateway holds as many request bodies as it may at once (its `limits.max_inflight_body_bytes`); nothing was stored. Send the request again after the `Retry-After` delay.
    ServiceUnavailable(super::types::BifrostError),
}
impl CreateAsyncRerankResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::PayloadTooLarge(_) => 413,
            Self::UnprocessableEntity(_) => 422,
            Self::InternalServerError(_) => 500,
            Self::ServiceUnavailable(_) => 503,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::PayloadTooLarge(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::UnprocessableEntity(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::ServiceUnavailable(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CreateAsyncRerankResponse {
    fn status(&self) -> u16 {
        CreateAsyncRerankResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CreateAsyncRerankResponse::body(self)
    }
}
/// The answers of `getAsyncRerankJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetAsyncRerankJobResponse {
    /// 200: The job is final (completed, failed or cancelled)
    Ok(super::types::AsyncJobResponse),
    /// 202: The job waits for a worker or is running
    Accepted(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl GetAsyncRerankJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Accepted(_) => 202,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Accepted(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for GetAsyncRerankJobResponse {
    fn status(&self) -> u16 {
        GetAsyncRerankJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        GetAsyncRerankJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncChatCompletionJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncChatCompletionJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncChatCompletionJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncChatCompletionJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncChatCompletionJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncChatCompletionJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncTextCompletionJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncTextCompletionJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncTextCompletionJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncTextCompletionJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncTextCompletionJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncTextCompletionJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncResponseJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncResponseJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncResponseJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncResponseJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncResponseJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncResponseJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncEmbeddingJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncEmbeddingJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncEmbeddingJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncEmbeddingJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncEmbeddingJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncEmbeddingJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncSpeechJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncSpeechJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncSpeechJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncSpeechJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncSpeechJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncSpeechJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncTranscriptionJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncTranscriptionJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncTranscriptionJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncTranscriptionJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncTranscriptionJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncTranscriptionJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncImageGenerationJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncImageGenerationJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncImageGenerationJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncImageGenerationJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncImageGenerationJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncImageGenerationJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncImageEditJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncImageEditJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncImageEditJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncImageEditJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncImageEditJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncImageEditJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncImageVariationJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncImageVariationJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncImageVariationJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncImageVariationJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncImageVariationJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncImageVariationJobResponse::body(self)
    }
}
/// The answers of `cancelAsyncRerankJob`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CancelAsyncRerankJobResponse {
    /// 200: The job is cancelled
    Ok(super::types::AsyncJobResponse),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 404: No job with this id on this operation for this caller: unknown, someone else's, another operation's, or its result expired.
    NotFound(super::types::BifrostError),
    /// 409: The job is already final; `error.message` names its state.
    Conflict(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl CancelAsyncRerankJobResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::Unauthorized(_) => 401,
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::NotFound(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Conflict(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for CancelAsyncRerankJobResponse {
    fn status(&self) -> u16 {
        CancelAsyncRerankJobResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        CancelAsyncRerankJobResponse::body(self)
    }
}
/// The answers of `listAsyncJobs`, one variant per documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListAsyncJobsResponse {
    /// 200: One page of jobs
    Ok(super::types::AsyncJobList),
    /// 400: The request was refused before anything was stored: the body, a header or a parameter
    BadRequest(super::types::BifrostError),
    /// 401: No credential was sent, or the one sent matches no configured caller.
    Unauthorized(super::types::BifrostError),
    /// 500: The gateway could not complete the request because of a fault on its side.
    InternalServerError(super::types::BifrostError),
}
impl ListAsyncJobsResponse {
    /// The HTTP status of the answer.
    pub fn status(&self) -> u16 {
        match self {
            Self::Ok(_) => 200,
            Self::BadRequest(_) => 400,
            Self::Unauthorized(_) => 401,
            Self::InternalServerError(_) => 500,
        }
    }
    /// The body, for code that handles every operation alike.
    pub fn body(&self) -> AnswerBody<'_> {
        match self {
            Self::Ok(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::BadRequest(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::Unauthorized(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
            Self::InternalServerError(body) => {
                AnswerBody::Json(::serde_json::to_value(body).unwrap_or_default())
            }
        }
    }
}
impl Answered for ListAsyncJobsResponse {
    fn status(&self) -> u16 {
        ListAsyncJobsResponse::status(self)
    }
    fn body(&self) -> AnswerBody<'_> {
        ListAsyncJobsResponse::body(self)
    }
}
impl JobState for super::types::AsyncJobResponse {
    fn job_id(&self) -> &str {
        &self.id
    }
    fn status_text(&self) -> &str {
        self.status.as_str()
    }
    fn is_failed(&self) -> bool {
        matches!(
            self.status, super::types::AsyncJobStatus::Failed |
            super::types::AsyncJobStatus::Cancelled
        )
    }
}

// The same for every spec: copied from the generator's support/client/core.rs.
// The client's plumbing: the error type, the `Client` and how it sends a request, request
// bodies and file parts.
//
// The emitter copies this file into `client.rs` after the code it generates from the spec, of
// which it uses `Scheme` and `Credentials` (the spec's security schemes and the credentials
// held for them; the file's `use super::` line names them, and the copy leaves it out).

/// A failure to get a documented answer: the request could not be built or sent, the
/// answer's status is not in the spec, or its body does not have the documented shape.
/// Answers the spec documents, errors included, are values of the operation's response
/// enum instead.
#[derive(Debug)]
pub enum Error {
    /// The request could not be built (a header value that is not valid, a file that
    /// cannot be read, a body that cannot be serialised).
    InvalidRequest(::std::string::String),
    /// The request could not be sent or the answer not received.
    Transport(::reqwest::Error),
    /// A status the operation does not document.
    UnexpectedStatus(::std::boxed::Box<RawAnswer>),
    /// A documented status whose body does not have the documented shape; the message
    /// says what did not fit.
    Decode(::std::boxed::Box<RawAnswer>, ::std::string::String),
}

/// An answer as it came: kept on errors so nothing the server said is lost.
#[derive(Debug, Clone)]
pub struct RawAnswer {
    pub status: u16,
    pub headers: ::reqwest::header::HeaderMap,
    /// The body as text (invalid UTF-8 replaced).
    pub body: ::std::string::String,
}

impl Error {
    /// The answer, when there was one.
    pub fn answer(&self) -> ::std::option::Option<&RawAnswer> {
        match self {
            Self::UnexpectedStatus(answer) | Self::Decode(answer, _) => {
                ::std::option::Option::Some(answer)
            }
            _ => ::std::option::Option::None,
        }
    }

    /// The status of the answer, when there was one.
    pub fn status(&self) -> ::std::option::Option<u16> {
        match self {
            Self::Transport(e) => e.status().map(|s| s.as_u16()),
            other => other.answer().map(|a| a.status),
        }
    }
}

impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidRequest(why) => write!(f, "cannot build the request: {why}"),
            Self::Transport(e) => write!(f, "cannot reach the server: {e}"),
            Self::UnexpectedStatus(a) => {
                write!(f, "undocumented answer {}: {}", a.status, excerpt(&a.body))
            }
            Self::Decode(a, message) => write!(
                f,
                "answer {} does not have the documented shape ({message}): {}",
                a.status,
                excerpt(&a.body)
            ),
        }
    }
}

impl ::std::error::Error for Error {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Transport(e) => ::std::option::Option::Some(e),
            _ => ::std::option::Option::None,
        }
    }
}

impl ::std::convert::From<::reqwest::Error> for Error {
    fn from(e: ::reqwest::Error) -> Self {
        Self::Transport(e)
    }
}

/// The start of a body for a message: bodies can be large.
fn excerpt(body: &str) -> &str {
    match body.char_indices().nth(300) {
        ::std::option::Option::Some((at, _)) => &body[..at],
        ::std::option::Option::None => body,
    }
}

/// The body of an answer, for callers that handle every operation alike (the CLI).
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerBody<'a> {
    Empty,
    Json(::serde_json::Value),
    Bytes(&'a [u8]),
}

/// What every operation's response enum offers, for code that handles them alike.
pub trait Answered {
    /// The HTTP status of the answer.
    fn status(&self) -> u16;
    fn body(&self) -> AnswerBody<'_>;
}

/// An answer as received, before it is matched against the spec.
struct Answer {
    status: u16,
    headers: ::reqwest::header::HeaderMap,
    body: ::std::vec::Vec<u8>,
}

impl Answer {
    #[allow(dead_code)] // not every spec has an operation that needs it
    fn json<T: ::serde::de::DeserializeOwned>(&self) -> ::std::result::Result<T, Error> {
        ::serde_json::from_slice(&self.body)
            .map_err(|e| Error::Decode(::std::boxed::Box::new(self.raw()), e.to_string()))
    }

    fn raw(&self) -> RawAnswer {
        RawAnswer {
            status: self.status,
            headers: self.headers.clone(),
            body: ::std::string::String::from_utf8_lossy(&self.body).into_owned(),
        }
    }

    fn unexpected(self) -> Error {
        Error::UnexpectedStatus(::std::boxed::Box::new(self.raw()))
    }
}
/// A client for every operation of the spec.
///
/// Cheap to clone: clones share the connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    base_url: ::reqwest::Url,
    http: ::reqwest::Client,
    credentials: Credentials,
    headers: ::reqwest::header::HeaderMap,
}

impl Client {
    /// A client for the server at `base_url`, e.g. `http://127.0.0.1:8080`.
    pub fn new(base_url: &str) -> ::std::result::Result<Self, Error> {
        Self::with_http_client(base_url, ::reqwest::Client::new())
    }

    /// A client that sends through `http` (timeouts, proxies, TLS as configured there).
    pub fn with_http_client(
        base_url: &str,
        http: ::reqwest::Client,
    ) -> ::std::result::Result<Self, Error> {
        let base_url = ::reqwest::Url::parse(base_url)
            .map_err(|e| Error::InvalidRequest(::std::format!("base URL `{base_url}`: {e}")))?;
        if base_url.cannot_be_a_base() {
            return ::std::result::Result::Err(Error::InvalidRequest(::std::format!(
                "base URL `{base_url}` cannot hold a path"
            )));
        }
        ::std::result::Result::Ok(Self {
            base_url,
            http,
            credentials: ::std::default::Default::default(),
            headers: ::reqwest::header::HeaderMap::new(),
        })
    }

    /// The server this client talks to.
    pub fn base_url(&self) -> &::reqwest::Url {
        &self.base_url
    }

    /// Adds a header sent with every request.
    pub fn default_header(mut self, name: &str, value: &str) -> ::std::result::Result<Self, Error> {
        let name = ::reqwest::header::HeaderName::from_bytes(name.as_bytes())
            .map_err(|e| Error::InvalidRequest(::std::format!("header name `{name}`: {e}")))?;
        let value = ::reqwest::header::HeaderValue::from_str(value)
            .map_err(|e| Error::InvalidRequest(::std::format!("value of header `{name}`: {e}")))?;
        self.headers.append(name, value);
        ::std::result::Result::Ok(self)
    }

    /// The base URL with `segments` appended, each percent-encoded as one segment.
    fn url(&self, segments: &[&str]) -> ::reqwest::Url {
        let mut url = self.base_url.clone();
        if let ::std::result::Result::Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }

    fn request(
        &self,
        method: ::reqwest::Method,
        url: ::reqwest::Url,
        security: &[&[Scheme]],
    ) -> ::reqwest::RequestBuilder {
        let mut request = self.http.request(method, url).headers(self.headers.clone());
        // The first alternative the held credentials satisfy; none when none does, and
        // the server answers as it does to anonymous callers.
        let chosen = security.iter().find(|alternative| {
            !alternative.is_empty() && alternative.iter().all(|s| self.credentials.has(*s))
        });
        if let ::std::option::Option::Some(alternative) = chosen {
            for scheme in alternative.iter() {
                request = self.credentials.apply(*scheme, request);
            }
        }
        request
    }

    async fn send(
        &self,
        request: ::reqwest::RequestBuilder,
    ) -> ::std::result::Result<Answer, Error> {
        let response = request.send().await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await?.to_vec();
        ::std::result::Result::Ok(Answer {
            status,
            headers,
            body,
        })
    }
}

/// A parameter value as text: strings as they are, anything else as JSON.
fn text_of<T: ::serde::Serialize + ?::std::marker::Sized>(
    value: &T,
) -> ::std::result::Result<::std::vec::Vec<::std::string::String>, Error> {
    let value = ::serde_json::to_value(value).map_err(|e| Error::InvalidRequest(e.to_string()))?;
    let one = |v: ::serde_json::Value| match v {
        ::serde_json::Value::String(s) => s,
        other => other.to_string(),
    };
    ::std::result::Result::Ok(match value {
        ::serde_json::Value::Null => ::std::vec::Vec::new(),
        ::serde_json::Value::Array(items) => items
            .into_iter()
            .filter(|v| !v.is_null())
            .map(one)
            .collect(),
        other => ::std::vec![one(other)],
    })
}

/// One path segment's text.
#[allow(dead_code)] // not every spec has an operation that needs it
fn segment_of<T: ::serde::Serialize + ?::std::marker::Sized>(
    value: &T,
) -> ::std::result::Result<::std::string::String, Error> {
    ::std::result::Result::Ok(text_of(value)?.join(","))
}

#[allow(dead_code)] // not every spec has an operation that needs it
fn with_header(
    request: ::reqwest::RequestBuilder,
    name: &str,
    texts: ::std::vec::Vec<::std::string::String>,
) -> ::std::result::Result<::reqwest::RequestBuilder, Error> {
    let mut request = request;
    for text in texts {
        let value = ::reqwest::header::HeaderValue::from_str(&text)
            .map_err(|e| Error::InvalidRequest(::std::format!("value of header `{name}`: {e}")))?;
        request = request.header(name, value);
    }
    ::std::result::Result::Ok(request)
}

/// A request body: the typed request, or one already encoded.
///
/// Every operation with a body takes `impl Into<RequestBody<T>>`, so the typed request
/// can be passed as it is. [`RequestBody::Raw`] sends bytes or parts exactly as given,
/// e.g. a JSON document with fields the typed request does not know.
#[derive(Debug, Clone)]
pub enum RequestBody<T> {
    Typed(T),
    Raw(RawBody),
}

impl<T> ::std::convert::From<T> for RequestBody<T> {
    fn from(typed: T) -> Self {
        Self::Typed(typed)
    }
}

/// A body already encoded.
#[derive(Debug, Clone)]
pub enum RawBody {
    /// A JSON document, sent byte for byte.
    Json(::std::vec::Vec<u8>),
    /// The parts of a `multipart/form-data` body.
    Multipart(::std::vec::Vec<FormPart>),
    /// Bytes of any media type.
    Bytes {
        content_type: ::std::string::String,
        data: ::std::vec::Vec<u8>,
    },
}

impl<T> RequestBody<T> {
    fn encode(
        self,
        typed: impl ::std::ops::FnOnce(T) -> ::std::result::Result<RawBody, Error>,
    ) -> ::std::result::Result<RawBody, Error> {
        match self {
            Self::Typed(t) => typed(t),
            Self::Raw(raw) => ::std::result::Result::Ok(raw),
        }
    }
}

#[allow(dead_code)] // not every spec has an operation that needs it
fn json_body<T: ::serde::Serialize>(typed: T) -> ::std::result::Result<RawBody, Error> {
    ::serde_json::to_vec(&typed)
        .map(RawBody::Json)
        .map_err(|e| Error::InvalidRequest(::std::format!("cannot serialise the body: {e}")))
}

fn with_body(
    request: ::reqwest::RequestBuilder,
    body: RawBody,
    json_media_type: &str,
) -> ::std::result::Result<::reqwest::RequestBuilder, Error> {
    ::std::result::Result::Ok(match body {
        RawBody::Json(bytes) => request
            .header(::reqwest::header::CONTENT_TYPE, json_media_type)
            .body(bytes),
        RawBody::Bytes { content_type, data } => request
            .header(::reqwest::header::CONTENT_TYPE, content_type)
            .body(data),
        RawBody::Multipart(parts) => {
            let mut form = ::reqwest::multipart::Form::new();
            for part in parts {
                form = match part.value {
                    FormValue::Text(text) => form.text(part.name, text),
                    FormValue::File(file) => {
                        let file_name = file.file_name.unwrap_or_else(|| part.name.clone());
                        let content_type = file
                            .content_type
                            .unwrap_or_else(|| "application/octet-stream".to_owned());
                        let piece = ::reqwest::multipart::Part::bytes(file.bytes)
                            .file_name(file_name)
                            .mime_str(&content_type)
                            .map_err(|e| {
                                Error::InvalidRequest(::std::format!(
                                    "content type `{content_type}` of part `{}`: {e}",
                                    part.name
                                ))
                            })?;
                        form.part(part.name, piece)
                    }
                };
            }
            request.multipart(form)
        }
    })
}

/// One part of a multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct FormPart {
    pub name: ::std::string::String,
    pub value: FormValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FormValue {
    Text(::std::string::String),
    File(FilePart),
}

impl FormPart {
    pub fn text(
        name: impl ::std::convert::Into<::std::string::String>,
        text: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            value: FormValue::Text(text.into()),
        }
    }

    pub fn file(name: impl ::std::convert::Into<::std::string::String>, file: FilePart) -> Self {
        Self {
            name: name.into(),
            value: FormValue::File(file),
        }
    }

    /// The parts for a field's value: none for null, one per item of a list, strings as
    /// they are and anything else as JSON.
    pub fn values<T: ::serde::Serialize + ?::std::marker::Sized>(
        name: &str,
        value: &T,
    ) -> ::std::result::Result<::std::vec::Vec<Self>, Error> {
        ::std::result::Result::Ok(
            text_of(value)?
                .into_iter()
                .map(|text| Self::text(name, text))
                .collect(),
        )
    }
}

/// A file sent as a multipart part: its bytes, and the name and media type it is sent
/// with (the field's name and `application/octet-stream` when not given).
#[derive(Clone, PartialEq, Eq, Default)]
pub struct FilePart {
    pub bytes: ::std::vec::Vec<u8>,
    pub file_name: ::std::option::Option<::std::string::String>,
    pub content_type: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for FilePart {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FilePart")
            .field("bytes", &self.bytes.len())
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl FilePart {
    pub fn from_bytes(bytes: impl ::std::convert::Into<::std::vec::Vec<u8>>) -> Self {
        Self {
            bytes: bytes.into(),
            ..::std::default::Default::default()
        }
    }

    /// The file's contents, named after it, with a media type guessed from its extension.
    pub async fn from_path(
        path: impl ::std::convert::AsRef<::std::path::Path>,
    ) -> ::std::result::Result<Self, Error> {
        let path = path.as_ref();
        let bytes = ::tokio::fs::read(path).await.map_err(|e| {
            Error::InvalidRequest(::std::format!("cannot read {}: {e}", path.display()))
        })?;
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase();
        ::std::result::Result::Ok(Self {
            bytes,
            file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
            content_type: media_type_of(&extension).map(::std::borrow::ToOwned::to_owned),
        })
    }

    pub fn file_name(mut self, name: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.file_name = ::std::option::Option::Some(name.into());
        self
    }

    pub fn content_type(
        mut self,
        media_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_type = ::std::option::Option::Some(media_type.into());
        self
    }
}

/// Media types of the files inference APIs take, by extension.
fn media_type_of(extension: &str) -> ::std::option::Option<&'static str> {
    ::std::option::Option::Some(match extension {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "wav" => "audio/wav",
        "mp3" | "mpga" | "mpeg" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "mp4" => "video/mp4",
        "ogg" | "oga" => "audio/ogg",
        "flac" => "audio/flac",
        "webm" => "audio/webm",
        "json" => "application/json",
        "jsonl" => "application/jsonl",
        "txt" => "text/plain",
        "pdf" => "application/pdf",
        _ => return ::std::option::Option::None,
    })
}

// The same for every spec: copied from the generator's support/client/waiting.rs.
// The polling loop behind every `wait_*` method, with jittered exponential backoff; copied into
// `client.rs` when the spec has async-job pairs.

/// How a `wait_*` method waits: how long each poll asks the server to hold its answer
/// (`Prefer: wait=N`, where the poll operation takes that header), the pauses between
/// polls when the server answers at once, and when to give up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitOptions {
    /// Pause after the first poll that was answered at once; each later pause doubles,
    /// with jitter.
    pub initial_delay: ::std::time::Duration,
    pub max_delay: ::std::time::Duration,
    /// Overall deadline, counted from the call.
    pub timeout: ::std::time::Duration,
    /// How long one poll asks the server to wait for the job to become final; `None`
    /// polls with pauses only. Servers cap it (60 s by default for this gateway).
    pub hold: ::std::option::Option<::std::time::Duration>,
}

impl ::std::default::Default for WaitOptions {
    fn default() -> Self {
        Self {
            initial_delay: ::std::time::Duration::from_millis(100),
            max_delay: ::std::time::Duration::from_secs(2),
            timeout: ::std::time::Duration::from_secs(600),
            hold: ::std::option::Option::Some(::std::time::Duration::from_secs(30)),
        }
    }
}

impl WaitOptions {
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Asks each poll to be held up to `hold` (`None`: never ask).
    pub fn hold(mut self, hold: ::std::option::Option<::std::time::Duration>) -> Self {
        self.hold = hold;
        self
    }
}

/// What a job looks like to the wait loop and to the CLI.
pub trait JobState {
    /// The id to poll with.
    fn job_id(&self) -> &str;
    /// The status as the server spells it.
    fn status_text(&self) -> &str;
    /// Whether the job is final and did not succeed.
    fn is_failed(&self) -> bool;
}

/// Why a `wait_*` method returned without a successful job.
#[derive(Debug)]
pub enum WaitError<J, R> {
    /// The job is final and failed; it holds the error.
    Failed(J),
    /// The poll answered something other than the job (e.g. `404` once the result expired).
    Answer(R),
    /// The deadline passed; the last state seen, if any.
    TimedOut(::std::option::Option<J>),
    Client(Error),
}

impl<J: JobState, R: ::std::fmt::Debug> ::std::fmt::Display for WaitError<J, R> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failed(job) => write!(f, "job {} failed", job.job_id()),
            Self::Answer(answer) => write!(f, "polling answered {answer:?}"),
            Self::TimedOut(::std::option::Option::Some(job)) => write!(
                f,
                "gave up waiting; job {} is still {}",
                job.job_id(),
                job.status_text()
            ),
            Self::TimedOut(::std::option::Option::None) => {
                f.write_str("gave up waiting before the server answered")
            }
            Self::Client(e) => e.fmt(f),
        }
    }
}

impl<J: JobState + ::std::fmt::Debug, R: ::std::fmt::Debug> ::std::error::Error
    for WaitError<J, R>
{
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Client(e) => ::std::option::Option::Some(e),
            _ => ::std::option::Option::None,
        }
    }
}

/// One poll's meaning.
enum Step<J, R> {
    Done(J),
    Pending(J),
    Other(R),
}

/// Polls until `classify` says the job is done. Each poll asks the server to hold its
/// answer until the job is final (`hold`, as `Prefer: wait=N`); a poll answered sooner
/// than half of that means the server ignored the preference (or could not apply it), so
/// the loop pauses with backoff before the next. Dropping the future stops polling and
/// leaves the job to run on the server.
async fn wait_loop<J, R, F, Fut>(
    options: &WaitOptions,
    mut poll: F,
    classify: fn(R) -> Step<J, R>,
    progress: &mut dyn ::std::ops::FnMut(&J),
) -> ::std::result::Result<J, WaitError<J, R>>
where
    J: JobState,
    F: ::std::ops::FnMut(::std::option::Option<::std::string::String>) -> Fut,
    Fut: ::std::future::Future<Output = ::std::result::Result<R, Error>>,
{
    let deadline = ::tokio::time::Instant::now() + options.timeout;
    let mut backoff = Backoff::new(options.initial_delay, options.max_delay);
    let mut last: ::std::option::Option<J> = ::std::option::Option::None;
    loop {
        let started = ::tokio::time::Instant::now();
        // Whole seconds, ending half a second before the deadline so that the last
        // answer is seen; none when less than that is left.
        let left = deadline
            .saturating_duration_since(started)
            .saturating_sub(::std::time::Duration::from_millis(500));
        let hold = options
            .hold
            .map(|hold| hold.min(left).as_secs())
            .filter(|seconds| *seconds > 0);
        let prefer = hold.map(|seconds| ::std::format!("wait={seconds}"));
        let answer = match ::tokio::time::timeout_at(deadline, poll(prefer)).await {
            ::std::result::Result::Ok(answer) => answer.map_err(WaitError::Client)?,
            ::std::result::Result::Err(_) => {
                return ::std::result::Result::Err(WaitError::TimedOut(last))
            }
        };
        match classify(answer) {
            Step::Done(job) => {
                progress(&job);
                return if job.is_failed() {
                    ::std::result::Result::Err(WaitError::Failed(job))
                } else {
                    ::std::result::Result::Ok(job)
                };
            }
            Step::Pending(job) => {
                progress(&job);
                last = ::std::option::Option::Some(job);
            }
            Step::Other(answer) => return ::std::result::Result::Err(WaitError::Answer(answer)),
        }
        let held = hold.is_some_and(|seconds| {
            started.elapsed() * 2 >= ::std::time::Duration::from_secs(seconds)
        });
        if held {
            continue;
        }
        let pause = backoff.next_delay();
        if ::tokio::time::Instant::now() + pause >= deadline {
            ::tokio::time::sleep_until(deadline).await;
            return ::std::result::Result::Err(WaitError::TimedOut(last));
        }
        ::tokio::time::sleep(pause).await;
    }
}

/// Doubling pauses up to a cap, each drawn from its upper half so many clients waiting
/// on jobs submitted together do not poll in step.
struct Backoff {
    next: ::std::time::Duration,
    max: ::std::time::Duration,
    state: u64,
}

impl Backoff {
    fn new(initial: ::std::time::Duration, max: ::std::time::Duration) -> Self {
        let seed = ::std::time::SystemTime::now()
            .duration_since(::std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x9e37_79b9_7f4a_7c15);
        Self {
            next: initial.min(max),
            max,
            state: seed | 1,
        }
    }

    fn next_delay(&mut self) -> ::std::time::Duration {
        // xorshift64: plenty for spreading pauses, and no dependency.
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        let full = self.next;
        self.next = (self.next * 2).min(self.max);
        let fraction = (self.state % 1000) as u32;
        full / 2 + (full / 2) * fraction / 1000
    }
}

// The same for every spec: copied from the generator's support/client/webhook.rs.
// Receiving the webhooks the API sends: checking their Standard Webhooks signature with the
// `standardwebhooks` crate (from the format's authors), then decoding the payload.

/// Why a received webhook was not accepted.
#[derive(Debug)]
pub enum WebhookError {
    /// A secret is not `whsec_` followed by base64.
    Secret(standardwebhooks::WebhookError),
    /// No secret verifies the signature, a `webhook-*` header is missing, or the timestamp is
    /// more than five minutes away from now (a replay).
    Signature(standardwebhooks::WebhookError),
    /// Signed, but not the payload the spec documents.
    Payload(serde_json::Error),
}

impl std::fmt::Display for WebhookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WebhookError::Secret(e) => write!(f, "the webhook secret cannot be used: {e}"),
            WebhookError::Signature(e) => write!(f, "the webhook is not authentic: {e}"),
            WebhookError::Payload(e) => write!(f, "the webhook payload is not as documented: {e}"),
        }
    }
}

impl std::error::Error for WebhookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WebhookError::Secret(e) | WebhookError::Signature(e) => Some(e),
            WebhookError::Payload(e) => Some(e),
        }
    }
}

/// Checks a webhook as received (its `webhook-id`, `webhook-timestamp` and `webhook-signature`
/// headers and its body, byte for byte) against each of `secrets`, and decodes the body into
/// `T`, the payload type the spec names for it. One secret verifying is enough: during a
/// rotation the sender signs with the old and the new one, and a receiver may hold either.
///
/// Answer 2xx once the event is handled; the same `webhook-id` may arrive more than once.
pub fn verify_webhook<T: serde::de::DeserializeOwned>(
    secrets: &[&str],
    headers: &reqwest::header::HeaderMap,
    body: &[u8],
) -> Result<T, WebhookError> {
    let mut last = None;
    for secret in secrets {
        let key = standardwebhooks::Webhook::new(secret).map_err(WebhookError::Secret)?;
        match key.verify(body, headers) {
            Ok(()) => return serde_json::from_slice(body).map_err(WebhookError::Payload),
            Err(e) => last = Some(e),
        }
    }
    Err(WebhookError::Signature(last.unwrap_or(
        standardwebhooks::WebhookError::InvalidSignature,
    )))
}
