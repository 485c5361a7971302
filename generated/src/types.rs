// Generated from spec/openapi.yaml by `cargo run -p generator`; do not edit.
//! Request and response types of every operation.

/// The operation a job was submitted on, named as the list operation filters by it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum AsyncJobKind {
    #[serde(rename = "chat_completions")]
    ChatCompletions,
    #[serde(rename = "completions")]
    Completions,
    #[serde(rename = "responses")]
    Responses,
    #[serde(rename = "embeddings")]
    Embeddings,
    #[serde(rename = "audio_speech")]
    AudioSpeech,
    #[serde(rename = "audio_transcriptions")]
    AudioTranscriptions,
    #[serde(rename = "images_generations")]
    ImagesGenerations,
    #[serde(rename = "images_edits")]
    ImagesEdits,
    #[serde(rename = "images_variations")]
    ImagesVariations,
    #[serde(rename = "rerank")]
    Rerank,
}
impl AsyncJobKind {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::ChatCompletions,
        Self::Completions,
        Self::Responses,
        Self::Embeddings,
        Self::AudioSpeech,
        Self::AudioTranscriptions,
        Self::ImagesGenerations,
        Self::ImagesEdits,
        Self::ImagesVariations,
        Self::Rerank,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ChatCompletions => "chat_completions",
            Self::Completions => "completions",
            Self::Responses => "responses",
            Self::Embeddings => "embeddings",
            Self::AudioSpeech => "audio_speech",
            Self::AudioTranscriptions => "audio_transcriptions",
            Self::ImagesGenerations => "images_generations",
            Self::ImagesEdits => "images_edits",
            Self::ImagesVariations => "images_variations",
            Self::Rerank => "rerank",
        }
    }
}
impl ::std::fmt::Display for AsyncJobKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// One page of the caller's jobs, newest first, in the list shape OpenAI's API uses. Results and errors are left out; poll a job for them.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AsyncJobList {
    pub object: AsyncJobListObject,
    pub data: ::std::vec::Vec<AsyncJobResponse>,
    /// The id of the page's first (newest) job; null on an empty page.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub first_id: ::std::option::Option<::std::string::String>,
    /// The id of the page's last (oldest) job, to pass as `after` for the next page.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_id: ::std::option::Option<::std::string::String>,
    /// Whether older jobs follow this page.
    pub has_more: bool,
}
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum AsyncJobListObject {
    #[serde(rename = "list")]
    List,
}
impl AsyncJobListObject {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::List];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::List => "list",
        }
    }
}
impl ::std::fmt::Display for AsyncJobListObject {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Snapshot of an async job. Submission returns it with status `pending`; polling returns its current state, and once the job is final either `result` or `error` is filled in.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AsyncJobResponse {
    /// Job id to poll with; it is only valid on the matching poll operation.
    pub id: ::std::string::String,
    pub status: AsyncJobStatus,
    /// Moment after which the stored result is deleted and polling answers `404`. Set once the job is final: completion time plus the result TTL.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Moment the job was accepted.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// Moment the job reached its final state.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub completed_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<AsyncJobKind>,
    /// Times a worker has taken the job up so far; a retried provider failure or an interrupted worker adds one.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub attempts: ::std::option::Option<i64>,
    /// While the job waits to be retried after a provider failure, the moment it becomes due again (the provider's `Retry-After`, else a backoff).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_attempt_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// HTTP status the provider call ended with, e.g. 200, or the error status of a failed job.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub status_code: ::std::option::Option<i64>,
    /// Output of a completed job, shaped like the synchronous endpoint's response body (for example a chat completion or an image generation response). Absent until completion.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub result: ::std::option::Option<::serde_json::Value>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<BifrostError>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub webhook: ::std::option::Option<AsyncJobWebhook>,
}
/// Where the job is in its life cycle. `pending` (stored, not started, or waiting to be retried) and `processing` are transient; `completed`, `failed` and `cancelled` are final.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum AsyncJobStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "processing")]
    Processing,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "cancelled")]
    Cancelled,
}
impl AsyncJobStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Pending,
        Self::Processing,
        Self::Completed,
        Self::Failed,
        Self::Cancelled,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Processing => "processing",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }
}
impl ::std::fmt::Display for AsyncJobStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// The job's report to the webhook endpoint its submit named (`x-bf-async-webhook`). Present on polls of such a job only; listings leave it out.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AsyncJobWebhook {
    /// The configured endpoint the outcome is sent to.
    pub name: ::std::string::String,
    /// `waiting` until the job is final; then `pending` (due, or waiting for a retry), `sending` during an attempt, and finally `delivered` (the receiver answered 2xx), `failed` (retries used up, the receiver answered 410, or its address was refused) or `skipped` (the endpoint does not take this event, or is no longer configured).
    pub status: AsyncJobWebhookStatus,
    /// Attempts made so far.
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub attempts: i64,
    /// The receiver's HTTP status on the last attempt, when it answered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub last_status_code: ::std::option::Option<i64>,
    /// Why the last attempt did not succeed, or why the delivery was skipped.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_error: ::std::option::Option<::std::string::String>,
    /// While `pending`, when the next attempt is made.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_attempt_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// When the receiver answered 2xx.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivered_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
}
/// The body the gateway POSTs to a webhook endpoint when a job that named it becomes final, signed in the Standard Webhooks format: headers `webhook-id` (the same on every attempt of one delivery), `webhook-timestamp` (Unix seconds of the attempt) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, one per configured secret, separated by spaces).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AsyncJobWebhookEvent {
    /// What happened to the job.
    #[serde(rename = "type")]
    pub type_: AsyncJobWebhookEventType,
    /// When the job's final state was recorded.
    pub timestamp: ::chrono::DateTime<::chrono::Utc>,
    pub data: AsyncJobWebhookEventData,
}
/// The job as a poll shows it, without its `webhook` member. A `result` larger than the gateway's `webhook_delivery.max_inline_bytes` is left out and `result_omitted` is true: poll the job for it.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AsyncJobWebhookEventData {
    /// Job id to poll with; it is only valid on the matching poll operation.
    pub id: ::std::string::String,
    pub status: AsyncJobStatus,
    /// Moment after which the stored result is deleted and polling answers `404`. Set once the job is final: completion time plus the result TTL.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// Moment the job was accepted.
    pub created_at: ::chrono::DateTime<::chrono::Utc>,
    /// Moment the job reached its final state.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub completed_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<AsyncJobKind>,
    /// Times a worker has taken the job up so far; a retried provider failure or an interrupted worker adds one.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub attempts: ::std::option::Option<i64>,
    /// While the job waits to be retried after a provider failure, the moment it becomes due again (the provider's `Retry-After`, else a backoff).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_attempt_at: ::std::option::Option<::chrono::DateTime<::chrono::Utc>>,
    /// HTTP status the provider call ended with, e.g. 200, or the error status of a failed job.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub status_code: ::std::option::Option<i64>,
    /// Output of a completed job, shaped like the synchronous endpoint's response body (for example a chat completion or an image generation response). Absent until completion.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub result: ::std::option::Option<::serde_json::Value>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<BifrostError>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub webhook: ::std::option::Option<AsyncJobWebhook>,
    /// The result was too large to include; poll the job for it.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub result_omitted: ::std::option::Option<bool>,
}
/// What happened to the job.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum AsyncJobWebhookEventType {
    #[serde(rename = "async_job.completed")]
    AsyncJobCompleted,
    #[serde(rename = "async_job.failed")]
    AsyncJobFailed,
    #[serde(rename = "async_job.cancelled")]
    AsyncJobCancelled,
}
impl AsyncJobWebhookEventType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::AsyncJobCompleted,
        Self::AsyncJobFailed,
        Self::AsyncJobCancelled,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::AsyncJobCompleted => "async_job.completed",
            Self::AsyncJobFailed => "async_job.failed",
            Self::AsyncJobCancelled => "async_job.cancelled",
        }
    }
}
impl ::std::fmt::Display for AsyncJobWebhookEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// `waiting` until the job is final; then `pending` (due, or waiting for a retry), `sending` during an attempt, and finally `delivered` (the receiver answered 2xx), `failed` (retries used up, the receiver answered 410, or its address was refused) or `skipped` (the endpoint does not take this event, or is no longer configured).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum AsyncJobWebhookStatus {
    #[serde(rename = "waiting")]
    Waiting,
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "sending")]
    Sending,
    #[serde(rename = "delivered")]
    Delivered,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "skipped")]
    Skipped,
}
impl AsyncJobWebhookStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Waiting,
        Self::Pending,
        Self::Sending,
        Self::Delivered,
        Self::Failed,
        Self::Skipped,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Pending => "pending",
            Self::Sending => "sending",
            Self::Delivered => "delivered",
            Self::Failed => "failed",
            Self::Skipped => "skipped",
        }
    }
}
impl ::std::fmt::Display for AsyncJobWebhookStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Error body returned by the gateway, and the `error` member of a failed job. Every
/// member is optional; `error.message` carries the human-readable explanation.
///
/// When the gateway raises the error itself (`is_bifrost_error: true`), `error.type` is one
/// of `invalid_request_error` (the request cannot be served as sent), `authentication_error`,
/// `not_found_error`, `server_error` (a fault on the gateway's side) or `upstream_error` (the
/// provider could not be reached or answered unusably), and `error.code` says exactly what
/// happened: `missing_field`, `invalid_value`, `invalid_body`, `body_too_large`,
/// `invalid_credentials`, `job_not_found`, `job_already_final`, `idempotency_key_reused`,
/// `store_unavailable`, `server_busy`, `stored_job_damaged`, `job_interrupted`, `unknown_provider`,
/// `unforwardable_request`, `invalid_request`, `no_target`, `connection_failed`,
/// `attempt_timeout`, `execution_timeout`, `invalid_response` or `unexpected_status`.
/// An error passed on from the provider (`is_bifrost_error: false`) keeps the provider's own
/// `type` and `code`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct BifrostError {
    /// Identifier of the event that failed, when one was assigned.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<::std::string::String>,
    /// Broad category of the failure.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// True when the gateway itself raised the error; false when it passes on an error reported by the upstream provider.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_bifrost_error: ::std::option::Option<bool>,
    /// HTTP status code tied to the failure, e.g. 400 or 502.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub status_code: ::std::option::Option<i64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<ErrorField>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extra_fields: ::std::option::Option<BifrostErrorExtraFields>,
}
/// Context about the request that failed.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct BifrostErrorExtraFields {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<ModelProvider>,
    /// Model named in the request that failed.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub model_requested: ::std::option::Option<::std::string::String>,
    /// Kind of operation that failed, e.g. `chat_completion` or `speech`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_type: ::std::option::Option<::std::string::String>,
}
/// Asks the provider to keep this part of the prompt in its prompt cache.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CacheControl {
    /// Cache kind; `ephemeral` is the only one defined.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<CacheControlType>,
    /// How long the cached entry should live, as a duration such as `5m` or `1h`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ttl: ::std::option::Option<::std::string::String>,
}
/// Cache kind; `ephemeral` is the only one defined.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum CacheControlType {
    #[serde(rename = "ephemeral")]
    Ephemeral,
}
impl CacheControlType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Ephemeral];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Ephemeral => "ephemeral",
        }
    }
}
impl ::std::fmt::Display for CacheControlType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// A note attached to assistant output, such as a web citation.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatAssistantMessageAnnotation {
    /// Kind of annotation, e.g. `url_citation`.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub url_citation: ::std::option::Option<ChatAssistantMessageAnnotationCitation>,
}
/// A source cited in the answer and the character span that relies on it.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatAssistantMessageAnnotationCitation {
    /// Offset of the first cited character in the message text.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub start_index: ::std::option::Option<i64>,
    /// Offset just past the last cited character.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub end_index: ::std::option::Option<i64>,
    /// Title of the cited page.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    /// Address of the cited page.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    /// Provider-specific details about the sources, passed through unchanged.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sources: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Kind of citation.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
/// A tool invocation requested by the assistant.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatAssistantMessageToolCall {
    /// Position of the call among the calls of the same turn.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub index: ::std::option::Option<i64>,
    /// Kind of tool called, normally `function`.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// Call id; the matching `tool` message repeats it in `tool_call_id`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    pub function: ChatAssistantMessageToolCallFunction,
}
/// The function named in a tool call and its arguments.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatAssistantMessageToolCallFunction {
    /// Function to run.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Arguments as a JSON-encoded string; the model may produce invalid JSON, so check before use.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arguments: ::std::option::Option<::std::string::String>,
}
/// Audio the assistant produced on an earlier turn.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatAudioMessageAudio {
    /// Provider id of the audio; sending it back lets the model refer to the clip.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// The audio bytes, base64-encoded.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::string::String>,
    /// Unix time in seconds after which the provider forgets this audio.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub expires_at: ::std::option::Option<i64>,
    /// Text of what is said in the audio.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transcript: ::std::option::Option<::std::string::String>,
}
/// Body of a chat completion job. Only `model` and `messages` are needed; every other field is passed through to the selected provider, which may ignore settings it does not support.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatCompletionRequest {
    /// Target model, written as `provider/model`; the part before the slash picks the provider.
    pub model: ::std::string::String,
    /// The conversation so far, oldest message first.
    pub messages: ::std::vec::Vec<ChatMessage>,
    /// Further `provider/model` targets, tried in the order given when the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Requests incremental output. Async jobs always run to completion, so leave this unset or false.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream: ::std::option::Option<bool>,
    /// From -2.0 to 2.0. Positive values lower the odds of a token in proportion to how often it has already appeared; negative values raise them.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency_penalty: ::std::option::Option<f64>,
    /// Per-token bias, keyed by token id (as a string). The value is added to that token's logit before sampling; -100.0 effectively bans the token.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logit_bias: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, f64>,
    >,
    /// When true, the result includes the log probability of each generated token.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logprobs: ::std::option::Option<bool>,
    /// Upper bound on generated tokens, reasoning tokens included.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub max_completion_tokens: ::std::option::Option<i64>,
    /// Free-form key/value pairs stored with the request by providers that support it.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Kinds of output wanted, such as `text` or `audio`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub modalities: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether the model may ask for several tool calls in a single turn.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parallel_tool_calls: ::std::option::Option<bool>,
    /// From -2.0 to 2.0. Positive values penalise any token that has appeared at least once, nudging the model towards new topics.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub presence_penalty: ::std::option::Option<f64>,
    /// Caller-chosen key that groups similar requests so the provider can reuse its prompt cache.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt_cache_key: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reasoning: ::std::option::Option<ChatReasoning>,
    /// Shape the output must take, e.g. `{"type": "json_object"}` or a `json_schema` object; forwarded unchanged.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub response_format: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Stable, non-identifying id of the end user, used by providers for abuse detection.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub safety_identifier: ::std::option::Option<::std::string::String>,
    /// Processing tier to ask the provider for, e.g. `auto`, `default` or `flex`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_tier: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream_options: ::std::option::Option<ChatStreamOptions>,
    /// Whether the provider may keep the completion for its own evaluation or distillation tools.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store: ::std::option::Option<bool>,
    /// From 0 to 2. Higher values give more varied output, lower values more focused output.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub temperature: ::std::option::Option<f64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_choice: ::std::option::Option<ChatToolChoice>,
    /// Tools the model may call.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tools: ::std::option::Option<::std::vec::Vec<ChatTool>>,
    /// Best-effort reproducibility; repeating a request with the same seed should give similar output.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub seed: ::std::option::Option<i64>,
    /// From 0 to 1. Samples only from the smallest set of tokens whose combined probability reaches this value; 0.1 keeps the top 10% of probability mass.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub top_p: ::std::option::Option<f64>,
    /// From 0 to 20. How many alternative tokens, with their log probabilities, to return per position.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub top_logprobs: ::std::option::Option<i64>,
    /// One stop sequence, or a list of them (providers usually allow at most 4). Generation ends before any of them would be produced.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stop: ::std::option::Option<ChatCompletionRequestStop>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prediction: ::std::option::Option<ChatPrediction>,
    /// How long a cached prompt prefix is retained; `24h` asks for extended retention.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt_cache_retention: ::std::option::Option<
        ChatCompletionRequestPromptCacheRetention,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub web_search_options: ::std::option::Option<ChatWebSearchOptions>,
    /// What the provider should do when the input exceeds the context window, e.g. `auto` or `disabled`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub truncation: ::std::option::Option<::std::string::String>,
    /// Identifier of the end user on whose behalf the request is made.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<::std::string::String>,
    /// How long and detailed the answer should be.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub verbosity: ::std::option::Option<ChatCompletionRequestVerbosity>,
}
/// How long a cached prompt prefix is retained; `24h` asks for extended retention.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatCompletionRequestPromptCacheRetention {
    #[serde(rename = "in-memory")]
    InMemory,
    #[serde(rename = "24h")]
    V24h,
}
impl ChatCompletionRequestPromptCacheRetention {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::InMemory, Self::V24h];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InMemory => "in-memory",
            Self::V24h => "24h",
        }
    }
}
impl ::std::fmt::Display for ChatCompletionRequestPromptCacheRetention {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// One stop sequence, or a list of them (providers usually allow at most 4). Generation ends before any of them would be produced.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ChatCompletionRequestStop {
    StringArray(::std::vec::Vec<::std::string::String>),
    String(::std::string::String),
}
/// How long and detailed the answer should be.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatCompletionRequestVerbosity {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "high")]
    High,
}
impl ChatCompletionRequestVerbosity {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Low, Self::Medium, Self::High];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}
impl ::std::fmt::Display for ChatCompletionRequestVerbosity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// One part of a multi-part message. `type` says which sibling field carries the data: `text`, `refusal`, `image_url`, `input_audio` or `file`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatContentBlock {
    /// Kind of part, and so which field holds its data.
    #[serde(rename = "type")]
    pub type_: ChatContentBlockType,
    /// The text, for `text` parts.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// The refusal text, for `refusal` parts.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub refusal: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_url: ::std::option::Option<ChatInputImage>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input_audio: ::std::option::Option<ChatInputAudio>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file: ::std::option::Option<ChatInputFile>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cache_control: ::std::option::Option<CacheControl>,
}
/// Kind of part, and so which field holds its data.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatContentBlockType {
    #[serde(rename = "text")]
    Text,
    #[serde(rename = "image_url")]
    ImageUrl,
    #[serde(rename = "input_audio")]
    InputAudio,
    #[serde(rename = "file")]
    File,
    #[serde(rename = "refusal")]
    Refusal,
}
impl ChatContentBlockType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Text,
        Self::ImageUrl,
        Self::InputAudio,
        Self::File,
        Self::Refusal,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::ImageUrl => "image_url",
            Self::InputAudio => "input_audio",
            Self::File => "file",
            Self::Refusal => "refusal",
        }
    }
}
impl ::std::fmt::Display for ChatContentBlockType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// An audio clip supplied inline.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatInputAudio {
    /// The audio bytes, base64-encoded.
    pub data: ::std::string::String,
    /// Encoding of `data`, such as `wav` or `mp3`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub format: ::std::option::Option<::std::string::String>,
}
/// A document given to the model, either inline or by reference to an uploaded file.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatInputFile {
    /// File contents, base64-encoded (optionally as a `data:` URL).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_data: ::std::option::Option<::std::string::String>,
    /// Id of a file uploaded to the provider beforehand.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_id: ::std::option::Option<::std::string::String>,
    /// Name shown to the model for inline data.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filename: ::std::option::Option<::std::string::String>,
    /// MIME type of the file, e.g. `application/pdf`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_type: ::std::option::Option<::std::string::String>,
}
/// An image supplied to the model.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatInputImage {
    /// Either an `https://` link or a `data:` URL carrying base64 image bytes.
    pub url: ::std::string::String,
    /// Resolution the model looks at; `low` costs fewer tokens.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<ChatInputImageDetail>,
}
/// Resolution the model looks at; `low` costs fewer tokens.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatInputImageDetail {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "high")]
    High,
    #[serde(rename = "auto")]
    Auto,
}
impl ChatInputImageDetail {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Low, Self::High, Self::Auto];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::High => "high",
            Self::Auto => "auto",
        }
    }
}
impl ::std::fmt::Display for ChatInputImageDetail {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// One turn of the conversation. Which of the optional fields make sense depends on `role`: `tool_calls` and the reasoning fields belong to assistant turns, `tool_call_id` to tool turns.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatMessage {
    pub role: ChatMessageRole,
    /// Optional label telling apart participants that share a role.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<ChatMessageContent>,
    /// On a `tool` message, the `id` of the assistant tool call this message answers.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_call_id: ::std::option::Option<::std::string::String>,
    /// On an assistant message, the text of a refusal the model gave earlier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub refusal: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub audio: ::std::option::Option<ChatAudioMessageAudio>,
    /// Plain-text reasoning the model produced on an earlier assistant turn.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reasoning: ::std::option::Option<::std::string::String>,
    /// Structured reasoning blocks from an earlier assistant turn, sent back unchanged.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reasoning_details: ::std::option::Option<::std::vec::Vec<ChatReasoningDetails>>,
    /// Citations attached to an earlier assistant answer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub annotations: ::std::option::Option<
        ::std::vec::Vec<ChatAssistantMessageAnnotation>,
    >,
    /// Tool invocations the assistant asked for on this turn.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_calls: ::std::option::Option<::std::vec::Vec<ChatAssistantMessageToolCall>>,
}
/// Message body, given either as plain text or as a list of typed content parts.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ChatMessageContent {
    ChatContentBlockArray(::std::vec::Vec<ChatContentBlock>),
    String(::std::string::String),
}
/// Author of a message: `system` or `developer` for instructions, `user` for the caller, `assistant` for the model, `tool` for a tool result.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatMessageRole {
    #[serde(rename = "assistant")]
    Assistant,
    #[serde(rename = "user")]
    User,
    #[serde(rename = "system")]
    System,
    #[serde(rename = "tool")]
    Tool,
    #[serde(rename = "developer")]
    Developer,
}
impl ChatMessageRole {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Assistant,
        Self::User,
        Self::System,
        Self::Tool,
        Self::Developer,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Assistant => "assistant",
            Self::User => "user",
            Self::System => "system",
            Self::Tool => "tool",
            Self::Developer => "developer",
        }
    }
}
impl ::std::fmt::Display for ChatMessageRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Text the answer is expected to largely repeat (e.g. a file being edited); supported by OpenAI, and can cut latency.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatPrediction {
    /// Kind of prediction; the only value in use is `content`.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// The predicted text, as a string or as a list of content-part objects.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<ChatPredictionContent>,
}
/// The predicted text, as a string or as a list of content-part objects.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ChatPredictionContent {
    ObjectArray(
        ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    ),
    String(::std::string::String),
}
/// Settings for models that reason before answering.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatReasoning {
    /// How much reasoning to spend; `none` turns it off where the model allows.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub effort: ::std::option::Option<ChatReasoningEffort>,
    /// Token budget for reasoning, for providers that take an explicit budget.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub max_tokens: ::std::option::Option<i64>,
}
/// One structured reasoning item produced by a model, to be passed back on later turns.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatReasoningDetails {
    /// Provider-assigned id of the item.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Position of the item in the reasoning sequence.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub index: ::std::option::Option<i64>,
    /// Which field holds the content, `summary`, `data` (encrypted) or `text`.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ChatReasoningDetailsType>,
    /// Condensed reasoning, for `reasoning.summary` items.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub summary: ::std::option::Option<::std::string::String>,
    /// Full reasoning text, for `reasoning.text` items.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// Opaque provider signature that lets the reasoning be verified when sent back.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signature: ::std::option::Option<::std::string::String>,
    /// Opaque encrypted reasoning, for `reasoning.encrypted` items.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::string::String>,
}
/// Which field holds the content, `summary`, `data` (encrypted) or `text`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatReasoningDetailsType {
    #[serde(rename = "reasoning.summary")]
    ReasoningSummary,
    #[serde(rename = "reasoning.encrypted")]
    ReasoningEncrypted,
    #[serde(rename = "reasoning.text")]
    ReasoningText,
}
impl ChatReasoningDetailsType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::ReasoningSummary,
        Self::ReasoningEncrypted,
        Self::ReasoningText,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ReasoningSummary => "reasoning.summary",
            Self::ReasoningEncrypted => "reasoning.encrypted",
            Self::ReasoningText => "reasoning.text",
        }
    }
}
impl ::std::fmt::Display for ChatReasoningDetailsType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// How much reasoning to spend; `none` turns it off where the model allows.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatReasoningEffort {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "minimal")]
    Minimal,
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "high")]
    High,
    #[serde(rename = "xhigh")]
    Xhigh,
}
impl ChatReasoningEffort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::None,
        Self::Minimal,
        Self::Low,
        Self::Medium,
        Self::High,
        Self::Xhigh,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Minimal => "minimal",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Xhigh => "xhigh",
        }
    }
}
impl ::std::fmt::Display for ChatReasoningEffort {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Extra settings that only matter for streamed output.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatStreamOptions {
    /// Whether stream events carry random padding that hides payload sizes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_obfuscation: ::std::option::Option<bool>,
    /// Whether a final event with token usage totals is sent.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_usage: ::std::option::Option<bool>,
}
/// A tool the model may call. Set `function` when `type` is `function`, or `custom` when it is `custom`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatTool {
    /// Kind of tool.
    #[serde(rename = "type")]
    pub type_: ChatToolType,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub function: ::std::option::Option<ChatToolFunction>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom: ::std::option::Option<ChatToolCustom>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cache_control: ::std::option::Option<CacheControl>,
}
/// Which tool use is allowed: the string `none` (never), `auto` (model decides) or `required` (must call one), or an object for finer control.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ChatToolChoice {
    Enum(ChatToolChoiceEnum),
    Struct(ChatToolChoiceStruct),
}
/// Limits the model to a subset of the declared tools.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatToolChoiceAllowedTools {
    /// `auto` lets the model skip tools; `required` makes it call one of the listed tools.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<ChatToolChoiceAllowedToolsMode>,
    /// The tools that stay available.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tools: ::std::option::Option<::std::vec::Vec<ChatToolChoiceAllowedToolsTool>>,
}
/// `auto` lets the model skip tools; `required` makes it call one of the listed tools.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatToolChoiceAllowedToolsMode {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "required")]
    Required,
}
impl ChatToolChoiceAllowedToolsMode {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Auto, Self::Required];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Required => "required",
        }
    }
}
impl ::std::fmt::Display for ChatToolChoiceAllowedToolsMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Entry in an allowed-tools list.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatToolChoiceAllowedToolsTool {
    /// Kind of tool, normally `function`.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub function: ::std::option::Option<ChatToolChoiceFunction>,
}
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatToolChoiceEnum {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "required")]
    Required,
}
impl ChatToolChoiceEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::None, Self::Auto, Self::Required];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Auto => "auto",
            Self::Required => "required",
        }
    }
}
impl ::std::fmt::Display for ChatToolChoiceEnum {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Names a single function tool.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatToolChoiceFunction {
    /// Name of the function, as declared in `tools`.
    pub name: ::std::string::String,
}
/// Object form of `tool_choice`, used to force a named function or restrict the allowed set.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatToolChoiceStruct {
    /// Kind of choice. `function` needs `function`, `allowed_tools` needs `allowed_tools`.
    #[serde(rename = "type")]
    pub type_: ChatToolChoiceStructType,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub function: ::std::option::Option<ChatToolChoiceFunction>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_tools: ::std::option::Option<ChatToolChoiceAllowedTools>,
}
/// Kind of choice. `function` needs `function`, `allowed_tools` needs `allowed_tools`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatToolChoiceStructType {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "any")]
    Any,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "function")]
    Function,
    #[serde(rename = "allowed_tools")]
    AllowedTools,
    #[serde(rename = "custom")]
    Custom,
}
impl ChatToolChoiceStructType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::None,
        Self::Any,
        Self::Required,
        Self::Function,
        Self::AllowedTools,
        Self::Custom,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Any => "any",
            Self::Required => "required",
            Self::Function => "function",
            Self::AllowedTools => "allowed_tools",
            Self::Custom => "custom",
        }
    }
}
impl ::std::fmt::Display for ChatToolChoiceStructType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Settings of a custom tool, which receives free-form text instead of JSON arguments.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatToolCustom {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub format: ::std::option::Option<ChatToolCustomFormat>,
}
/// Constraint on the text sent to a custom tool; `type` is e.g. `text` (any text) or `grammar`.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatToolCustomFormat {
    /// Kind of format; use `grammar` together with the `grammar` field.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub grammar: ::std::option::Option<ChatToolCustomGrammarFormat>,
}
/// A grammar the custom tool's input must match.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatToolCustomGrammarFormat {
    /// Source text of the grammar.
    pub definition: ::std::string::String,
    /// Language `definition` is written in.
    pub syntax: ChatToolCustomGrammarFormatSyntax,
}
/// Language `definition` is written in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatToolCustomGrammarFormatSyntax {
    #[serde(rename = "lark")]
    Lark,
    #[serde(rename = "regex")]
    Regex,
}
impl ChatToolCustomGrammarFormatSyntax {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Lark, Self::Regex];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Lark => "lark",
            Self::Regex => "regex",
        }
    }
}
impl ::std::fmt::Display for ChatToolCustomGrammarFormatSyntax {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Declaration of a function the model can ask the caller to run.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatToolFunction {
    /// Function name the model uses when calling it.
    pub name: ::std::string::String,
    /// What the function does and when to use it; the model reads this.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parameters: ::std::option::Option<ToolFunctionParameters>,
    /// When true, the model's arguments must match `parameters` exactly.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub strict: ::std::option::Option<bool>,
}
/// Kind of tool.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatToolType {
    #[serde(rename = "function")]
    Function,
    #[serde(rename = "custom")]
    Custom,
}
impl ChatToolType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Function, Self::Custom];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Function => "function",
            Self::Custom => "custom",
        }
    }
}
impl ::std::fmt::Display for ChatToolType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Web search settings for models that can search while answering (OpenAI).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatWebSearchOptions {
    /// How much retrieved web content is given to the model; more costs more.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub search_context_size: ::std::option::Option<
        ChatWebSearchOptionsSearchContextSize,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_location: ::std::option::Option<ChatWebSearchOptionsUserLocation>,
}
/// How much retrieved web content is given to the model; more costs more.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ChatWebSearchOptionsSearchContextSize {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "high")]
    High,
}
impl ChatWebSearchOptionsSearchContextSize {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Low, Self::Medium, Self::High];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}
impl ::std::fmt::Display for ChatWebSearchOptionsSearchContextSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Rough location of the user, used to localise search results.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatWebSearchOptionsUserLocation {
    /// How the location is given; `approximate` is the usual value.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub approximate: ::std::option::Option<ChatWebSearchOptionsUserLocationApproximate>,
}
/// Approximate location, all parts optional.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ChatWebSearchOptionsUserLocationApproximate {
    /// City name, in free text.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    /// ISO 3166-1 alpha-2 country code, such as `GB`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country: ::std::option::Option<::std::string::String>,
    /// State, province or region, in free text.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub region: ::std::option::Option<::std::string::String>,
    /// IANA time zone name, such as `Europe/London`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
}
/// What to embed: a single text, a list of texts, a single sequence of token ids, or a list of token-id sequences. Each text or sequence yields one vector. Arrays must not be empty.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum EmbeddingInput {
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    IntegerArrayArray(::std::vec::Vec<::std::vec::Vec<i64>>),
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    IntegerArray(::std::vec::Vec<i64>),
    StringArray(::std::vec::Vec<::std::string::String>),
    String(::std::string::String),
}
/// Body of an embedding job. Only `model` and `input` are needed.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmbeddingRequest {
    /// Target embedding model, written as `provider/model`.
    pub model: ::std::string::String,
    pub input: EmbeddingInput,
    /// Further `provider/model` targets, tried in the order given when the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// How vectors are returned, as arrays of numbers (`float`) or as base64 strings.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encoding_format: ::std::option::Option<EmbeddingRequestEncodingFormat>,
    /// Length to shorten the output vectors to, on models that support it.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub dimensions: ::std::option::Option<i64>,
}
/// How vectors are returned, as arrays of numbers (`float`) or as base64 strings.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum EmbeddingRequestEncodingFormat {
    #[serde(rename = "float")]
    Float,
    #[serde(rename = "base64")]
    Base64,
}
impl EmbeddingRequestEncodingFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Float, Self::Base64];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Float => "float",
            Self::Base64 => "base64",
        }
    }
}
impl ::std::fmt::Display for EmbeddingRequestEncodingFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// What went wrong, in detail.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorField {
    /// Error class, e.g. `invalid_request_error`.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// Short machine-readable code for the error, when one exists.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Explanation of the error meant for people.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// Name of the request field that caused the error, when the error concerns one field.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub param: ::std::option::Option<::std::string::String>,
    /// Identifier of the event that failed, when one was assigned.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<::std::string::String>,
}
/// An alternative provider and model, tried in list order when the primary model's request fails.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Fallback {
    pub provider: ModelProvider,
    /// Model name as the provider knows it, without the provider prefix (e.g. `gpt-4o-mini`).
    pub model: ::std::string::String,
}
/// A source image to change according to a prompt, sent as multipart/form-data.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageEditRequest {
    /// Target model, written as `provider/model`, e.g. `openai/gpt-image-1`.
    pub model: ::std::string::String,
    /// The change to make. Needed for every edit except `type` `background_removal`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt: ::std::option::Option<::std::string::String>,
    /// The picture to edit. In a multipart body, send one file as part `image`, or several as repeated `image[]` parts.
    pub image: Binary,
    /// Optional image the same size as `image` whose fully transparent pixels mark the area to change.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mask: ::std::option::Option<Binary>,
    /// Kind of edit, for providers that distinguish them.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ImageEditRequestType>,
    /// How many edited images to produce, 1 to 10.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub n: ::std::option::Option<i64>,
    /// Width x height of the result in pixels, or `auto`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<ImageEditRequestSize>,
    /// Whether each image comes back as a link (`url`, the default) or inline base64 (`b64_json`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub response_format: ::std::option::Option<ImageEditRequestResponseFormat>,
    /// Asks for the result as server-sent events (default false). The async endpoints do not stream.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream: ::std::option::Option<bool>,
    /// Background handling; `transparent` needs an output format with alpha (`png` or `webp`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub background: ::std::option::Option<ImageEditRequestBackground>,
    /// How strictly the result keeps the features of the input image, such as faces.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input_fidelity: ::std::option::Option<ImageEditRequestInputFidelity>,
    /// How many in-progress previews to send while streaming, 0 to 3.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub partial_images: ::std::option::Option<i64>,
    /// Rendering quality of the result; `auto` lets the model decide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quality: ::std::option::Option<ImageEditRequestQuality>,
    /// File type of the images produced.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub output_format: ::std::option::Option<ImageEditRequestOutputFormat>,
    /// Number of denoising steps for diffusion models; more steps are slower and often finer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub num_inference_steps: ::std::option::Option<i64>,
    /// Fixed random seed so that repeated requests give the same result, where supported.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub seed: ::std::option::Option<i64>,
    /// Compression percentage from 0 to 100 for `jpeg` and `webp` output.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub output_compression: ::std::option::Option<i64>,
    /// Things the result should not contain, for models that accept a negative prompt.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub negative_prompt: ::std::option::Option<::std::string::String>,
    /// Your own stable id for the end user, passed on for abuse monitoring.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<::std::string::String>,
    /// Alternative models to try, in order, if the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<Fallback>>,
}
/// Background handling; `transparent` needs an output format with alpha (`png` or `webp`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageEditRequestBackground {
    #[serde(rename = "transparent")]
    Transparent,
    #[serde(rename = "opaque")]
    Opaque,
    #[serde(rename = "auto")]
    Auto,
}
impl ImageEditRequestBackground {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Transparent, Self::Opaque, Self::Auto];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Transparent => "transparent",
            Self::Opaque => "opaque",
            Self::Auto => "auto",
        }
    }
}
impl ::std::fmt::Display for ImageEditRequestBackground {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// How strictly the result keeps the features of the input image, such as faces.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageEditRequestInputFidelity {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "high")]
    High,
}
impl ImageEditRequestInputFidelity {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Low, Self::High];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::High => "high",
        }
    }
}
impl ::std::fmt::Display for ImageEditRequestInputFidelity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// File type of the images produced.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageEditRequestOutputFormat {
    #[serde(rename = "png")]
    Png,
    #[serde(rename = "webp")]
    Webp,
    #[serde(rename = "jpeg")]
    Jpeg,
}
impl ImageEditRequestOutputFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Png, Self::Webp, Self::Jpeg];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Webp => "webp",
            Self::Jpeg => "jpeg",
        }
    }
}
impl ::std::fmt::Display for ImageEditRequestOutputFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Rendering quality of the result; `auto` lets the model decide.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageEditRequestQuality {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "high")]
    High,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "standard")]
    Standard,
}
impl ImageEditRequestQuality {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Auto,
        Self::High,
        Self::Medium,
        Self::Low,
        Self::Standard,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
            Self::Standard => "standard",
        }
    }
}
impl ::std::fmt::Display for ImageEditRequestQuality {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Whether each image comes back as a link (`url`, the default) or inline base64 (`b64_json`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageEditRequestResponseFormat {
    #[serde(rename = "url")]
    Url,
    #[serde(rename = "b64_json")]
    B64Json,
}
impl ImageEditRequestResponseFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Url, Self::B64Json];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Url => "url",
            Self::B64Json => "b64_json",
        }
    }
}
impl ::std::fmt::Display for ImageEditRequestResponseFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Width x height of the result in pixels, or `auto`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageEditRequestSize {
    #[serde(rename = "256x256")]
    V256x256,
    #[serde(rename = "512x512")]
    V512x512,
    #[serde(rename = "1024x1024")]
    V1024x1024,
    #[serde(rename = "1536x1024")]
    V1536x1024,
    #[serde(rename = "1024x1536")]
    V1024x1536,
    #[serde(rename = "auto")]
    Auto,
}
impl ImageEditRequestSize {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::V256x256,
        Self::V512x512,
        Self::V1024x1024,
        Self::V1536x1024,
        Self::V1024x1536,
        Self::Auto,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::V256x256 => "256x256",
            Self::V512x512 => "512x512",
            Self::V1024x1024 => "1024x1024",
            Self::V1536x1024 => "1536x1024",
            Self::V1024x1536 => "1024x1536",
            Self::Auto => "auto",
        }
    }
}
impl ::std::fmt::Display for ImageEditRequestSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Kind of edit, for providers that distinguish them.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageEditRequestType {
    #[serde(rename = "inpainting")]
    Inpainting,
    #[serde(rename = "outpainting")]
    Outpainting,
    #[serde(rename = "background_removal")]
    BackgroundRemoval,
}
impl ImageEditRequestType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Inpainting,
        Self::Outpainting,
        Self::BackgroundRemoval,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Inpainting => "inpainting",
            Self::Outpainting => "outpainting",
            Self::BackgroundRemoval => "background_removal",
        }
    }
}
impl ::std::fmt::Display for ImageEditRequestType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageGenerationRequest {
    /// Target model, written as `provider/model`, e.g. `openai/gpt-image-1`.
    pub model: ::std::string::String,
    /// What the image should show.
    pub prompt: ::std::string::String,
    /// How many images to produce, 1 to 10.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub n: ::std::option::Option<i64>,
    /// Width x height in pixels, or `auto` to let the model pick. Each model supports only some sizes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<ImageGenerationRequestSize>,
    /// Rendering quality. `hd` and `standard` apply to DALL·E 3; `low`, `medium` and `high` to GPT image models; `auto` lets the model decide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quality: ::std::option::Option<ImageGenerationRequestQuality>,
    /// Look of the picture, `vivid` (dramatic) or `natural` (realistic), where supported.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub style: ::std::option::Option<ImageGenerationRequestStyle>,
    /// Whether each image comes back as a link (`url`, the default) or inline base64 (`b64_json`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub response_format: ::std::option::Option<ImageGenerationRequestResponseFormat>,
    /// Background handling; `transparent` needs an output format with alpha (`png` or `webp`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub background: ::std::option::Option<ImageGenerationRequestBackground>,
    /// Strictness of the provider's content filter; `low` is more permissive than `auto`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub moderation: ::std::option::Option<ImageGenerationRequestModeration>,
    /// How many in-progress previews to send while streaming, 0 to 3.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub partial_images: ::std::option::Option<i64>,
    /// Compression percentage from 0 to 100 for `jpeg` and `webp` output.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub output_compression: ::std::option::Option<i64>,
    /// File type of the images produced.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub output_format: ::std::option::Option<ImageGenerationRequestOutputFormat>,
    /// Your own stable id for the end user, passed on for abuse monitoring.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<::std::string::String>,
    /// Fixed random seed so that repeated requests give the same image, where supported.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub seed: ::std::option::Option<i64>,
    /// Things the image should not contain, for models that accept a negative prompt.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub negative_prompt: ::std::option::Option<::std::string::String>,
    /// Number of denoising steps for diffusion models; more steps are slower and often finer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub num_inference_steps: ::std::option::Option<i64>,
    /// Asks for the images as server-sent events (default false); chunks may carry `b64_json` data, a `url`, or both. The async endpoints do not stream.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream: ::std::option::Option<bool>,
    /// Alternative models to try, in order, if the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<Fallback>>,
}
/// Background handling; `transparent` needs an output format with alpha (`png` or `webp`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageGenerationRequestBackground {
    #[serde(rename = "transparent")]
    Transparent,
    #[serde(rename = "opaque")]
    Opaque,
    #[serde(rename = "auto")]
    Auto,
}
impl ImageGenerationRequestBackground {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Transparent, Self::Opaque, Self::Auto];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Transparent => "transparent",
            Self::Opaque => "opaque",
            Self::Auto => "auto",
        }
    }
}
impl ::std::fmt::Display for ImageGenerationRequestBackground {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Strictness of the provider's content filter; `low` is more permissive than `auto`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageGenerationRequestModeration {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "auto")]
    Auto,
}
impl ImageGenerationRequestModeration {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Low, Self::Auto];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Auto => "auto",
        }
    }
}
impl ::std::fmt::Display for ImageGenerationRequestModeration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// File type of the images produced.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageGenerationRequestOutputFormat {
    #[serde(rename = "png")]
    Png,
    #[serde(rename = "webp")]
    Webp,
    #[serde(rename = "jpeg")]
    Jpeg,
}
impl ImageGenerationRequestOutputFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Png, Self::Webp, Self::Jpeg];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Webp => "webp",
            Self::Jpeg => "jpeg",
        }
    }
}
impl ::std::fmt::Display for ImageGenerationRequestOutputFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Rendering quality. `hd` and `standard` apply to DALL·E 3; `low`, `medium` and `high` to GPT image models; `auto` lets the model decide.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageGenerationRequestQuality {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "high")]
    High,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "hd")]
    Hd,
    #[serde(rename = "standard")]
    Standard,
}
impl ImageGenerationRequestQuality {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Auto,
        Self::High,
        Self::Medium,
        Self::Low,
        Self::Hd,
        Self::Standard,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
            Self::Hd => "hd",
            Self::Standard => "standard",
        }
    }
}
impl ::std::fmt::Display for ImageGenerationRequestQuality {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Whether each image comes back as a link (`url`, the default) or inline base64 (`b64_json`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageGenerationRequestResponseFormat {
    #[serde(rename = "url")]
    Url,
    #[serde(rename = "b64_json")]
    B64Json,
}
impl ImageGenerationRequestResponseFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Url, Self::B64Json];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Url => "url",
            Self::B64Json => "b64_json",
        }
    }
}
impl ::std::fmt::Display for ImageGenerationRequestResponseFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Width x height in pixels, or `auto` to let the model pick. Each model supports only some sizes.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageGenerationRequestSize {
    #[serde(rename = "256x256")]
    V256x256,
    #[serde(rename = "512x512")]
    V512x512,
    #[serde(rename = "1024x1024")]
    V1024x1024,
    #[serde(rename = "1792x1024")]
    V1792x1024,
    #[serde(rename = "1024x1792")]
    V1024x1792,
    #[serde(rename = "1536x1024")]
    V1536x1024,
    #[serde(rename = "1024x1536")]
    V1024x1536,
    #[serde(rename = "auto")]
    Auto,
}
impl ImageGenerationRequestSize {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::V256x256,
        Self::V512x512,
        Self::V1024x1024,
        Self::V1792x1024,
        Self::V1024x1792,
        Self::V1536x1024,
        Self::V1024x1536,
        Self::Auto,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::V256x256 => "256x256",
            Self::V512x512 => "512x512",
            Self::V1024x1024 => "1024x1024",
            Self::V1792x1024 => "1792x1024",
            Self::V1024x1792 => "1024x1792",
            Self::V1536x1024 => "1536x1024",
            Self::V1024x1536 => "1024x1536",
            Self::Auto => "auto",
        }
    }
}
impl ::std::fmt::Display for ImageGenerationRequestSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Look of the picture, `vivid` (dramatic) or `natural` (realistic), where supported.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageGenerationRequestStyle {
    #[serde(rename = "natural")]
    Natural,
    #[serde(rename = "vivid")]
    Vivid,
}
impl ImageGenerationRequestStyle {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Natural, Self::Vivid];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Natural => "natural",
            Self::Vivid => "vivid",
        }
    }
}
impl ::std::fmt::Display for ImageGenerationRequestStyle {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// A source image to make new versions of, sent as multipart/form-data.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageVariationRequest {
    /// Target model, written as `provider/model`, e.g. `openai/dall-e-2`.
    pub model: ::std::string::String,
    /// The picture to vary. In a multipart body send it as part `image`; if several `image[]` parts are sent, only the first is used.
    pub image: Binary,
    /// How many variations to produce, 1 to 10.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub n: ::std::option::Option<i64>,
    /// Width x height of each variation in pixels, or `auto`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<ImageVariationRequestSize>,
    /// Whether each image comes back as a link (`url`, the default) or inline base64 (`b64_json`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub response_format: ::std::option::Option<ImageVariationRequestResponseFormat>,
    /// Your own stable id for the end user, passed on for abuse monitoring.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<::std::string::String>,
    /// Alternative models to try, in order, if the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<Fallback>>,
}
/// Whether each image comes back as a link (`url`, the default) or inline base64 (`b64_json`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageVariationRequestResponseFormat {
    #[serde(rename = "url")]
    Url,
    #[serde(rename = "b64_json")]
    B64Json,
}
impl ImageVariationRequestResponseFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Url, Self::B64Json];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Url => "url",
            Self::B64Json => "b64_json",
        }
    }
}
impl ::std::fmt::Display for ImageVariationRequestResponseFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Width x height of each variation in pixels, or `auto`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ImageVariationRequestSize {
    #[serde(rename = "256x256")]
    V256x256,
    #[serde(rename = "512x512")]
    V512x512,
    #[serde(rename = "1024x1024")]
    V1024x1024,
    #[serde(rename = "1792x1024")]
    V1792x1024,
    #[serde(rename = "1024x1792")]
    V1024x1792,
    #[serde(rename = "1536x1024")]
    V1536x1024,
    #[serde(rename = "1024x1536")]
    V1024x1536,
    #[serde(rename = "auto")]
    Auto,
}
impl ImageVariationRequestSize {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::V256x256,
        Self::V512x512,
        Self::V1024x1024,
        Self::V1792x1024,
        Self::V1024x1792,
        Self::V1536x1024,
        Self::V1024x1536,
        Self::Auto,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::V256x256 => "256x256",
            Self::V512x512 => "512x512",
            Self::V1024x1024 => "1024x1024",
            Self::V1792x1024 => "1792x1024",
            Self::V1024x1792 => "1024x1792",
            Self::V1536x1024 => "1536x1024",
            Self::V1024x1536 => "1024x1536",
            Self::Auto => "auto",
        }
    }
}
impl ::std::fmt::Display for ImageVariationRequestSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// A token together with its log probability.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogProb {
    /// UTF-8 bytes of the token, useful when a character spans several tokens.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub bytes: ::std::option::Option<::std::vec::Vec<i64>>,
    /// Natural logarithm of the token's probability; 0.0 means certain.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logprob: ::std::option::Option<f64>,
    /// The token text.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<::std::string::String>,
}
/// Name of an upstream provider. It is the part before the `/` in a `provider/model` string.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ModelProvider {
    #[serde(rename = "openai")]
    Openai,
    #[serde(rename = "azure")]
    Azure,
    #[serde(rename = "anthropic")]
    Anthropic,
    #[serde(rename = "bedrock")]
    Bedrock,
    #[serde(rename = "cohere")]
    Cohere,
    #[serde(rename = "vertex")]
    Vertex,
    #[serde(rename = "vllm")]
    Vllm,
    #[serde(rename = "mistral")]
    Mistral,
    #[serde(rename = "ollama")]
    Ollama,
    #[serde(rename = "groq")]
    Groq,
    #[serde(rename = "sgl")]
    Sgl,
    #[serde(rename = "parasail")]
    Parasail,
    #[serde(rename = "perplexity")]
    Perplexity,
    #[serde(rename = "replicate")]
    Replicate,
    #[serde(rename = "cerebras")]
    Cerebras,
    #[serde(rename = "gemini")]
    Gemini,
    #[serde(rename = "openrouter")]
    Openrouter,
    #[serde(rename = "elevenlabs")]
    Elevenlabs,
    #[serde(rename = "huggingface")]
    Huggingface,
    #[serde(rename = "nebius")]
    Nebius,
    #[serde(rename = "xai")]
    Xai,
    #[serde(rename = "runway")]
    Runway,
}
impl ModelProvider {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Openai,
        Self::Azure,
        Self::Anthropic,
        Self::Bedrock,
        Self::Cohere,
        Self::Vertex,
        Self::Vllm,
        Self::Mistral,
        Self::Ollama,
        Self::Groq,
        Self::Sgl,
        Self::Parasail,
        Self::Perplexity,
        Self::Replicate,
        Self::Cerebras,
        Self::Gemini,
        Self::Openrouter,
        Self::Elevenlabs,
        Self::Huggingface,
        Self::Nebius,
        Self::Xai,
        Self::Runway,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Openai => "openai",
            Self::Azure => "azure",
            Self::Anthropic => "anthropic",
            Self::Bedrock => "bedrock",
            Self::Cohere => "cohere",
            Self::Vertex => "vertex",
            Self::Vllm => "vllm",
            Self::Mistral => "mistral",
            Self::Ollama => "ollama",
            Self::Groq => "groq",
            Self::Sgl => "sgl",
            Self::Parasail => "parasail",
            Self::Perplexity => "perplexity",
            Self::Replicate => "replicate",
            Self::Cerebras => "cerebras",
            Self::Gemini => "gemini",
            Self::Openrouter => "openrouter",
            Self::Elevenlabs => "elevenlabs",
            Self::Huggingface => "huggingface",
            Self::Nebius => "nebius",
            Self::Xai => "xai",
            Self::Runway => "runway",
        }
    }
}
impl ::std::fmt::Display for ModelProvider {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// One document to rank.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RerankDocument {
    /// The document's text.
    pub text: ::std::string::String,
    /// Your own identifier for the document, echoed back in its result.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    /// Anything you want kept with the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
}
/// A query and the documents to order by how well they answer it.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RerankRequest {
    /// The ranking model as `provider/model`, e.g. `cohere/rerank-v3.5`.
    pub model: ::std::string::String,
    /// What the documents are scored against.
    pub query: ::std::string::String,
    /// The documents to score and order.
    pub documents: ::std::vec::Vec<RerankDocument>,
    /// Further `provider/model` strings to try, in order, if the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Return at most this many of the best-ranked documents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub top_n: ::std::option::Option<i64>,
    /// The most tokens of each document the model reads; providers differ in how they apply it.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub max_tokens_per_doc: ::std::option::Option<i64>,
    /// A scheduling hint for providers that take one.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub priority: ::std::option::Option<i64>,
    /// Whether each result repeats the document it ranks.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub return_documents: ::std::option::Option<bool>,
}
/// Audio clip sent inline in a message.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesInputMessageContentBlockAudio {
    /// Encoding of `data`.
    pub format: ResponsesInputMessageContentBlockAudioFormat,
    /// The audio bytes, base64-encoded.
    pub data: ::std::string::String,
}
/// Encoding of `data`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesInputMessageContentBlockAudioFormat {
    #[serde(rename = "mp3")]
    Mp3,
    #[serde(rename = "wav")]
    Wav,
}
impl ResponsesInputMessageContentBlockAudioFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Mp3, Self::Wav];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Mp3 => "mp3",
            Self::Wav => "wav",
        }
    }
}
impl ::std::fmt::Display for ResponsesInputMessageContentBlockAudioFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// One conversation item. `type` says what it is; each type uses only some of the members (e.g. `role` and `content` for messages, `call_id` and `arguments` for function calls, `call_id` and `output` for their results).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesMessage {
    /// Item id assigned by the provider.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ResponsesMessageType>,
    /// Progress of the item when it was produced.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<ResponsesMessageStatus>,
    /// Who the message is from.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<ResponsesMessageRole>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<ResponsesMessageContent>,
    /// Id that pairs a tool call with its output item.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub call_id: ::std::option::Option<::std::string::String>,
    /// Name of the function or tool that was called.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Arguments of a tool call, as a JSON-encoded string.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arguments: ::std::option::Option<::std::string::String>,
    /// Result of a tool call, given in a tool-call output item.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub output: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// What a computer, shell or web-search call did, with its details.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub action: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Error text of a tool call that failed.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    /// Search queries issued by a file-search call.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub queries: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Results returned by a file-search call.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub results: ::std::option::Option<
        ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    >,
    /// Readable summaries of a reasoning item.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub summary: ::std::option::Option<::std::vec::Vec<ResponsesReasoningSummary>>,
    /// Opaque, encrypted reasoning state to send back unchanged on a later turn.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encrypted_content: ::std::option::Option<::std::string::String>,
}
/// Body of a message, either plain text or a list of typed parts (text, image, file, audio...).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ResponsesMessageContent {
    ResponsesMessageContentBlockArray(::std::vec::Vec<ResponsesMessageContentBlock>),
    String(::std::string::String),
}
/// One part of a message. `type` picks the kind and with it the members that apply: `text` for text parts, `image_url` or `file_id` for images, `file_data`, `file_url` or `file_id` for files, `input_audio` for audio, `refusal` for refusals.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesMessageContentBlock {
    /// Kind of part; `input_*` parts are sent to the model, `output_text`, `refusal` and `reasoning_text` come from it.
    #[serde(rename = "type")]
    pub type_: ResponsesMessageContentBlockType,
    /// Id of a file already uploaded to the provider.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_id: ::std::option::Option<::std::string::String>,
    /// The text of a text or reasoning part.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// Provider signature that vouches for a reasoning part; send it back unchanged.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signature: ::std::option::Option<::std::string::String>,
    /// Image as an `https://` URL or a `data:` URL with base64 content.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_url: ::std::option::Option<::std::string::String>,
    /// Image resolution to use, `low`, `high` or `auto`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    /// File content inline, as base64 or a `data:` URL.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_data: ::std::option::Option<::std::string::String>,
    /// URL the provider fetches the file from.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_url: ::std::option::Option<::std::string::String>,
    /// Name of the attached file, shown to the model.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filename: ::std::option::Option<::std::string::String>,
    /// MIME type of the attached file, e.g. `application/pdf`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_type: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input_audio: ::std::option::Option<ResponsesInputMessageContentBlockAudio>,
    /// Citations and file references attached to an output text part.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub annotations: ::std::option::Option<
        ::std::vec::Vec<ResponsesOutputMessageContentTextAnnotation>,
    >,
    /// Token log probabilities of an output text part.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logprobs: ::std::option::Option<
        ::std::vec::Vec<ResponsesOutputMessageContentTextLogProb>,
    >,
    /// The model's explanation when it declined to answer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub refusal: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cache_control: ::std::option::Option<CacheControl>,
}
/// Kind of part; `input_*` parts are sent to the model, `output_text`, `refusal` and `reasoning_text` come from it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesMessageContentBlockType {
    #[serde(rename = "input_text")]
    InputText,
    #[serde(rename = "input_image")]
    InputImage,
    #[serde(rename = "input_file")]
    InputFile,
    #[serde(rename = "input_audio")]
    InputAudio,
    #[serde(rename = "output_text")]
    OutputText,
    #[serde(rename = "refusal")]
    Refusal,
    #[serde(rename = "reasoning_text")]
    ReasoningText,
}
impl ResponsesMessageContentBlockType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::InputText,
        Self::InputImage,
        Self::InputFile,
        Self::InputAudio,
        Self::OutputText,
        Self::Refusal,
        Self::ReasoningText,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InputText => "input_text",
            Self::InputImage => "input_image",
            Self::InputFile => "input_file",
            Self::InputAudio => "input_audio",
            Self::OutputText => "output_text",
            Self::Refusal => "refusal",
            Self::ReasoningText => "reasoning_text",
        }
    }
}
impl ::std::fmt::Display for ResponsesMessageContentBlockType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Who the message is from.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesMessageRole {
    #[serde(rename = "assistant")]
    Assistant,
    #[serde(rename = "user")]
    User,
    #[serde(rename = "system")]
    System,
    #[serde(rename = "developer")]
    Developer,
}
impl ResponsesMessageRole {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Assistant,
        Self::User,
        Self::System,
        Self::Developer,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Assistant => "assistant",
            Self::User => "user",
            Self::System => "system",
            Self::Developer => "developer",
        }
    }
}
impl ::std::fmt::Display for ResponsesMessageRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Progress of the item when it was produced.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesMessageStatus {
    #[serde(rename = "in_progress")]
    InProgress,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "incomplete")]
    Incomplete,
    #[serde(rename = "interpreting")]
    Interpreting,
    #[serde(rename = "failed")]
    Failed,
}
impl ResponsesMessageStatus {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::InProgress,
        Self::Completed,
        Self::Incomplete,
        Self::Interpreting,
        Self::Failed,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Incomplete => "incomplete",
            Self::Interpreting => "interpreting",
            Self::Failed => "failed",
        }
    }
}
impl ::std::fmt::Display for ResponsesMessageStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Kind of conversation item. `message` is an ordinary message; the others are tool calls, tool outputs, reasoning or references.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesMessageType {
    #[serde(rename = "message")]
    Message,
    #[serde(rename = "file_search_call")]
    FileSearchCall,
    #[serde(rename = "computer_call")]
    ComputerCall,
    #[serde(rename = "computer_call_output")]
    ComputerCallOutput,
    #[serde(rename = "web_search_call")]
    WebSearchCall,
    #[serde(rename = "web_fetch_call")]
    WebFetchCall,
    #[serde(rename = "function_call")]
    FunctionCall,
    #[serde(rename = "function_call_output")]
    FunctionCallOutput,
    #[serde(rename = "code_interpreter_call")]
    CodeInterpreterCall,
    #[serde(rename = "local_shell_call")]
    LocalShellCall,
    #[serde(rename = "local_shell_call_output")]
    LocalShellCallOutput,
    #[serde(rename = "mcp_call")]
    McpCall,
    #[serde(rename = "custom_tool_call")]
    CustomToolCall,
    #[serde(rename = "custom_tool_call_output")]
    CustomToolCallOutput,
    #[serde(rename = "image_generation_call")]
    ImageGenerationCall,
    #[serde(rename = "mcp_list_tools")]
    McpListTools,
    #[serde(rename = "mcp_approval_request")]
    McpApprovalRequest,
    #[serde(rename = "mcp_approval_responses")]
    McpApprovalResponses,
    #[serde(rename = "reasoning")]
    Reasoning,
    #[serde(rename = "item_reference")]
    ItemReference,
    #[serde(rename = "refusal")]
    Refusal,
}
impl ResponsesMessageType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Message,
        Self::FileSearchCall,
        Self::ComputerCall,
        Self::ComputerCallOutput,
        Self::WebSearchCall,
        Self::WebFetchCall,
        Self::FunctionCall,
        Self::FunctionCallOutput,
        Self::CodeInterpreterCall,
        Self::LocalShellCall,
        Self::LocalShellCallOutput,
        Self::McpCall,
        Self::CustomToolCall,
        Self::CustomToolCallOutput,
        Self::ImageGenerationCall,
        Self::McpListTools,
        Self::McpApprovalRequest,
        Self::McpApprovalResponses,
        Self::Reasoning,
        Self::ItemReference,
        Self::Refusal,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Message => "message",
            Self::FileSearchCall => "file_search_call",
            Self::ComputerCall => "computer_call",
            Self::ComputerCallOutput => "computer_call_output",
            Self::WebSearchCall => "web_search_call",
            Self::WebFetchCall => "web_fetch_call",
            Self::FunctionCall => "function_call",
            Self::FunctionCallOutput => "function_call_output",
            Self::CodeInterpreterCall => "code_interpreter_call",
            Self::LocalShellCall => "local_shell_call",
            Self::LocalShellCallOutput => "local_shell_call_output",
            Self::McpCall => "mcp_call",
            Self::CustomToolCall => "custom_tool_call",
            Self::CustomToolCallOutput => "custom_tool_call_output",
            Self::ImageGenerationCall => "image_generation_call",
            Self::McpListTools => "mcp_list_tools",
            Self::McpApprovalRequest => "mcp_approval_request",
            Self::McpApprovalResponses => "mcp_approval_responses",
            Self::Reasoning => "reasoning",
            Self::ItemReference => "item_reference",
            Self::Refusal => "refusal",
        }
    }
}
impl ::std::fmt::Display for ResponsesMessageType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// A citation or file reference tied to a span of output text. `type` decides which members are set.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesOutputMessageContentTextAnnotation {
    /// Kind of annotation.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ResponsesOutputMessageContentTextAnnotationType>,
    /// Position in the text that the file citation refers to.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub index: ::std::option::Option<i64>,
    /// Id of the file cited or referenced.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_id: ::std::option::Option<::std::string::String>,
    /// The text that was annotated.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// Index of the first character of the cited span.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub start_index: ::std::option::Option<i64>,
    /// Index just past the last character of the cited span.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub end_index: ::std::option::Option<i64>,
    /// Name of the file cited.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filename: ::std::option::Option<::std::string::String>,
    /// Title of the cited web page.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    /// Address of the cited web page.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    /// Id of the code-interpreter container that holds the cited file.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_id: ::std::option::Option<::std::string::String>,
}
/// Kind of annotation.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesOutputMessageContentTextAnnotationType {
    #[serde(rename = "file_citation")]
    FileCitation,
    #[serde(rename = "url_citation")]
    UrlCitation,
    #[serde(rename = "container_file_citation")]
    ContainerFileCitation,
    #[serde(rename = "file_path")]
    FilePath,
}
impl ResponsesOutputMessageContentTextAnnotationType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::FileCitation,
        Self::UrlCitation,
        Self::ContainerFileCitation,
        Self::FilePath,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::FileCitation => "file_citation",
            Self::UrlCitation => "url_citation",
            Self::ContainerFileCitation => "container_file_citation",
            Self::FilePath => "file_path",
        }
    }
}
impl ::std::fmt::Display for ResponsesOutputMessageContentTextAnnotationType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Log probability of one output token, with the strongest alternatives.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesOutputMessageContentTextLogProb {
    /// UTF-8 bytes of the token.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub bytes: ::std::option::Option<::std::vec::Vec<i64>>,
    /// Natural log of the token's probability; 0.0 means certain.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logprob: ::std::option::Option<f64>,
    /// The token as text.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<::std::string::String>,
    /// The most likely tokens at this position, up to `top_logprobs` of them.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub top_logprobs: ::std::option::Option<::std::vec::Vec<LogProb>>,
}
/// Settings for models that reason before answering.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesParametersReasoning {
    /// How much reasoning to spend, from `none` up to `xhigh`; more effort is slower and uses more tokens.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub effort: ::std::option::Option<ResponsesParametersReasoningEffort>,
    /// Older name for `summary`; use `summary` instead.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub generate_summary: ::std::option::Option<::std::string::String>,
    /// Whether and how fully to return a summary of the reasoning.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub summary: ::std::option::Option<ResponsesParametersReasoningSummary>,
    /// Token budget for reasoning, for providers that take an explicit budget (e.g. Anthropic, Gemini).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub max_tokens: ::std::option::Option<i64>,
}
/// How much reasoning to spend, from `none` up to `xhigh`; more effort is slower and uses more tokens.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesParametersReasoningEffort {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "minimal")]
    Minimal,
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "high")]
    High,
    #[serde(rename = "xhigh")]
    Xhigh,
}
impl ResponsesParametersReasoningEffort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::None,
        Self::Minimal,
        Self::Low,
        Self::Medium,
        Self::High,
        Self::Xhigh,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Minimal => "minimal",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Xhigh => "xhigh",
        }
    }
}
impl ::std::fmt::Display for ResponsesParametersReasoningEffort {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Whether and how fully to return a summary of the reasoning.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesParametersReasoningSummary {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "concise")]
    Concise,
    #[serde(rename = "detailed")]
    Detailed,
}
impl ResponsesParametersReasoningSummary {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Auto, Self::Concise, Self::Detailed];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Concise => "concise",
            Self::Detailed => "detailed",
        }
    }
}
impl ::std::fmt::Display for ResponsesParametersReasoningSummary {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// One readable paragraph summarising the model's reasoning.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesReasoningSummary {
    /// Always `summary_text`.
    #[serde(rename = "type")]
    pub type_: ResponsesReasoningSummaryType,
    /// The summary text.
    pub text: ::std::string::String,
}
/// Always `summary_text`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesReasoningSummaryType {
    #[serde(rename = "summary_text")]
    SummaryText,
}
impl ResponsesReasoningSummaryType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::SummaryText];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::SummaryText => "summary_text",
        }
    }
}
impl ::std::fmt::Display for ResponsesReasoningSummaryType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// One Responses API call: the model, the conversation input, and optional tools and generation settings.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesRequest {
    /// Target model, written as `provider/model`, e.g. `openai/gpt-4.1-mini`.
    pub model: ::std::string::String,
    pub input: ResponsesRequestInput,
    /// Further `provider/model` strings to try, in order, if the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Asks for the answer as a stream of events. The async endpoints do not stream.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream: ::std::option::Option<bool>,
    /// Asks the provider to run the response as its own background task, where supported.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub background: ::std::option::Option<bool>,
    /// Id of a provider-side conversation whose items are prepended to `input` and which receives this turn.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub conversation: ::std::option::Option<::std::string::String>,
    /// Extra data to add to the output, named by path, e.g. `reasoning.encrypted_content`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// System or developer guidance placed ahead of the input for this call only.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instructions: ::std::option::Option<::std::string::String>,
    /// Ceiling on generated tokens, counting visible output and reasoning tokens together.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub max_output_tokens: ::std::option::Option<i64>,
    /// Ceiling on the number of built-in tool calls the model may make in this response.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub max_tool_calls: ::std::option::Option<i64>,
    /// Your own key-value labels, stored with the response.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Whether the model may request several tool calls in one turn.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parallel_tool_calls: ::std::option::Option<bool>,
    /// Id of an earlier stored response to continue from, instead of resending its history.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub previous_response_id: ::std::option::Option<::std::string::String>,
    /// Key that groups similar requests so the provider can reuse its prompt cache.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt_cache_key: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reasoning: ::std::option::Option<ResponsesParametersReasoning>,
    /// Stable, preferably hashed, id of your end user for the provider's abuse detection.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub safety_identifier: ::std::option::Option<::std::string::String>,
    /// Processing tier to request from the provider, e.g. `auto`, `default`, `flex` or `priority`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_tier: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream_options: ::std::option::Option<ResponsesStreamOptions>,
    /// Whether the provider keeps the response so it can be fetched or continued later.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store: ::std::option::Option<bool>,
    /// Sampling randomness; higher values vary more. OpenAI models accept 0.0 to 2.0.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub temperature: ::std::option::Option<f64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<ResponsesTextConfig>,
    /// Number of most likely alternatives to report, with log probabilities, at each output token.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub top_logprobs: ::std::option::Option<i64>,
    /// Nucleus sampling; only tokens within this cumulative probability mass (0.0 to 1.0) are considered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub top_p: ::std::option::Option<f64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_choice: ::std::option::Option<ResponsesToolChoice>,
    /// Tools the model may call.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tools: ::std::option::Option<::std::vec::Vec<ResponsesTool>>,
    /// What to do when the input exceeds the context window: `auto` drops the oldest items, `disabled` fails the request.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub truncation: ::std::option::Option<::std::string::String>,
}
/// Either a single user text, or a list of conversation items (messages, tool calls and tool outputs).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ResponsesRequestInput {
    ResponsesMessageArray(::std::vec::Vec<ResponsesMessage>),
    String(::std::string::String),
}
/// Streaming settings; they have no effect on the async endpoints, which do not stream.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesStreamOptions {
    /// Whether stream events carry random padding that hides the payload length.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_obfuscation: ::std::option::Option<bool>,
}
/// Settings for the text the model writes.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesTextConfig {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub format: ::std::option::Option<ResponsesTextConfigFormat>,
    /// How long and detailed the answer should be.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub verbosity: ::std::option::Option<ResponsesTextConfigVerbosity>,
}
/// Shape of the text output; `json_schema` enforces a schema, `json_object` asks for any valid JSON.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesTextConfigFormat {
    /// Output form; `text` is free text.
    #[serde(rename = "type")]
    pub type_: ResponsesTextConfigFormatType,
    /// Name of the JSON schema, used with `json_schema`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// The JSON Schema the output must satisfy, used with `json_schema`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schema: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// With `json_schema`, whether the provider must follow the schema exactly.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub strict: ::std::option::Option<bool>,
}
/// Output form; `text` is free text.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesTextConfigFormatType {
    #[serde(rename = "text")]
    Text,
    #[serde(rename = "json_schema")]
    JsonSchema,
    #[serde(rename = "json_object")]
    JsonObject,
}
impl ResponsesTextConfigFormatType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Text, Self::JsonSchema, Self::JsonObject];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::JsonSchema => "json_schema",
            Self::JsonObject => "json_object",
        }
    }
}
impl ::std::fmt::Display for ResponsesTextConfigFormatType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// How long and detailed the answer should be.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesTextConfigVerbosity {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "high")]
    High,
}
impl ResponsesTextConfigVerbosity {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Low, Self::Medium, Self::High];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}
impl ::std::fmt::Display for ResponsesTextConfigVerbosity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// A tool the model may call. `type` selects the tool and which members apply: `function` and `custom` tools use `name`, `description` and `parameters`; the built-in tools use their own settings below.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesTool {
    /// Which tool this is; `function` and `custom` are your own, the rest are provider built-ins.
    #[serde(rename = "type")]
    pub type_: ResponsesToolType,
    /// Name the model uses to call a `function` or `custom` tool.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// What the tool does and when to use it, for the model to read.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cache_control: ::std::option::Option<CacheControl>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parameters: ::std::option::Option<ToolFunctionParameters>,
    /// Whether the arguments the model generates must match `parameters` exactly.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub strict: ::std::option::Option<bool>,
    /// file_search - vector stores to search.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vector_store_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// file_search or web_search - filter applied to the results (attributes or allowed domains).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// file_search - most results to return.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub max_num_results: ::std::option::Option<i64>,
    /// file_search - ranker and score threshold for the results.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ranking_options: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// computer_use_preview - screen height in pixels.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub display_height: ::std::option::Option<i64>,
    /// computer_use_preview - screen width in pixels.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub display_width: ::std::option::Option<i64>,
    /// computer_use_preview - kind of computer being driven, e.g. `browser` or `linux`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub environment: ::std::option::Option<::std::string::String>,
    /// computer_use_preview - whether the model may zoom into parts of the screen.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_zoom: ::std::option::Option<bool>,
    /// web_search - how much retrieved context to use, `low`, `medium` or `high`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub search_context_size: ::std::option::Option<::std::string::String>,
    /// web_search - approximate location of the user, to localise results.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_location: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// mcp - label that identifies the MCP server in tool calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub server_label: ::std::option::Option<::std::string::String>,
    /// mcp - URL of the MCP server.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub server_url: ::std::option::Option<::std::string::String>,
    /// mcp - limits which of the server's tools may be used.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_tools: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// mcp - OAuth access token or similar credential for the server.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization: ::std::option::Option<::std::string::String>,
    /// mcp - id of a provider-hosted connector, used instead of `server_url`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connector_id: ::std::option::Option<::std::string::String>,
    /// mcp - extra HTTP headers to send to the server, name to value.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub headers: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    /// mcp - which of the server's tools need approval before they run.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub require_approval: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// mcp - what the server offers, for the model to read.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub server_description: ::std::option::Option<::std::string::String>,
    /// code_interpreter - container to run code in, or settings for a new one.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// image_generation - background handling, `transparent`, `opaque` or `auto`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub background: ::std::option::Option<::std::string::String>,
    /// image_generation - how strictly edits keep the input image's features, `low` or `high`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input_fidelity: ::std::option::Option<::std::string::String>,
    /// image_generation - mask marking the area of the input image to edit.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input_image_mask: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// image_generation - content filter strictness, `low` or `auto`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub moderation: ::std::option::Option<::std::string::String>,
    /// image_generation - compression percentage from 0 to 100 for `jpeg` and `webp`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub output_compression: ::std::option::Option<i64>,
    /// image_generation - file type, `png`, `webp` or `jpeg`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub output_format: ::std::option::Option<::std::string::String>,
    /// image_generation - number of in-progress previews to stream, 0 to 3.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub partial_images: ::std::option::Option<i64>,
    /// image_generation - rendering quality, e.g. `low`, `medium`, `high` or `auto`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quality: ::std::option::Option<::std::string::String>,
    /// image_generation - width x height in pixels, e.g. `1024x1024`, or `auto`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<::std::string::String>,
    /// custom - grammar or text format that the tool's free-form input must follow.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub format: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
}
/// How the model picks tools: `none` (never), `auto` (model decides) or `required` (must call one), or an object naming a tool or a set of allowed tools.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ResponsesToolChoice {
    Enum(ResponsesToolChoiceEnum),
    Struct(ResponsesToolChoiceStruct),
}
/// One entry in an `allowed_tools` list.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesToolChoiceAllowedToolDef {
    /// Kind of the allowed tool.
    #[serde(rename = "type")]
    pub type_: ResponsesToolChoiceAllowedToolDefType,
    /// Name of the function or MCP tool.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Label of the MCP server, for `mcp` entries.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub server_label: ::std::option::Option<::std::string::String>,
}
/// Kind of the allowed tool.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesToolChoiceAllowedToolDefType {
    #[serde(rename = "function")]
    Function,
    #[serde(rename = "mcp")]
    Mcp,
    #[serde(rename = "image_generation")]
    ImageGeneration,
}
impl ResponsesToolChoiceAllowedToolDefType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Function, Self::Mcp, Self::ImageGeneration];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Function => "function",
            Self::Mcp => "mcp",
            Self::ImageGeneration => "image_generation",
        }
    }
}
impl ::std::fmt::Display for ResponsesToolChoiceAllowedToolDefType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesToolChoiceEnum {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "required")]
    Required,
}
impl ResponsesToolChoiceEnum {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::None, Self::Auto, Self::Required];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Auto => "auto",
            Self::Required => "required",
        }
    }
}
impl ::std::fmt::Display for ResponsesToolChoiceEnum {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Tool choice as an object, to force one named tool or limit the model to a set of tools.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResponsesToolChoiceStruct {
    /// `function`, `mcp`, `custom` or a built-in tool type forces that tool; `allowed_tools` restricts the model to `tools`; `none`, `auto`, `any` and `required` act like the string forms (`any` meaning `required`).
    #[serde(rename = "type")]
    pub type_: ResponsesToolChoiceStructType,
    /// With `allowed_tools`, `auto` (may call one of them) or `required` (must call one of them).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<::std::string::String>,
    /// Name of the function, custom tool or MCP tool to call.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Label of the MCP server the forced tool belongs to.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub server_label: ::std::option::Option<::std::string::String>,
    /// With `allowed_tools`, the tools the model may choose from.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tools: ::std::option::Option<::std::vec::Vec<ResponsesToolChoiceAllowedToolDef>>,
}
/// `function`, `mcp`, `custom` or a built-in tool type forces that tool; `allowed_tools` restricts the model to `tools`; `none`, `auto`, `any` and `required` act like the string forms (`any` meaning `required`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesToolChoiceStructType {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "any")]
    Any,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "function")]
    Function,
    #[serde(rename = "allowed_tools")]
    AllowedTools,
    #[serde(rename = "file_search")]
    FileSearch,
    #[serde(rename = "web_search_preview")]
    WebSearchPreview,
    #[serde(rename = "computer_use_preview")]
    ComputerUsePreview,
    #[serde(rename = "code_interpreter")]
    CodeInterpreter,
    #[serde(rename = "image_generation")]
    ImageGeneration,
    #[serde(rename = "mcp")]
    Mcp,
    #[serde(rename = "custom")]
    Custom,
}
impl ResponsesToolChoiceStructType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::None,
        Self::Auto,
        Self::Any,
        Self::Required,
        Self::Function,
        Self::AllowedTools,
        Self::FileSearch,
        Self::WebSearchPreview,
        Self::ComputerUsePreview,
        Self::CodeInterpreter,
        Self::ImageGeneration,
        Self::Mcp,
        Self::Custom,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Auto => "auto",
            Self::Any => "any",
            Self::Required => "required",
            Self::Function => "function",
            Self::AllowedTools => "allowed_tools",
            Self::FileSearch => "file_search",
            Self::WebSearchPreview => "web_search_preview",
            Self::ComputerUsePreview => "computer_use_preview",
            Self::CodeInterpreter => "code_interpreter",
            Self::ImageGeneration => "image_generation",
            Self::Mcp => "mcp",
            Self::Custom => "custom",
        }
    }
}
impl ::std::fmt::Display for ResponsesToolChoiceStructType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Which tool this is; `function` and `custom` are your own, the rest are provider built-ins.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum ResponsesToolType {
    #[serde(rename = "function")]
    Function,
    #[serde(rename = "file_search")]
    FileSearch,
    #[serde(rename = "computer_use_preview")]
    ComputerUsePreview,
    #[serde(rename = "web_search")]
    WebSearch,
    #[serde(rename = "web_fetch")]
    WebFetch,
    #[serde(rename = "mcp")]
    Mcp,
    #[serde(rename = "code_interpreter")]
    CodeInterpreter,
    #[serde(rename = "image_generation")]
    ImageGeneration,
    #[serde(rename = "local_shell")]
    LocalShell,
    #[serde(rename = "custom")]
    Custom,
    #[serde(rename = "web_search_preview")]
    WebSearchPreview,
    #[serde(rename = "memory")]
    Memory,
    #[serde(rename = "tool_search")]
    ToolSearch,
}
impl ResponsesToolType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Function,
        Self::FileSearch,
        Self::ComputerUsePreview,
        Self::WebSearch,
        Self::WebFetch,
        Self::Mcp,
        Self::CodeInterpreter,
        Self::ImageGeneration,
        Self::LocalShell,
        Self::Custom,
        Self::WebSearchPreview,
        Self::Memory,
        Self::ToolSearch,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Function => "function",
            Self::FileSearch => "file_search",
            Self::ComputerUsePreview => "computer_use_preview",
            Self::WebSearch => "web_search",
            Self::WebFetch => "web_fetch",
            Self::Mcp => "mcp",
            Self::CodeInterpreter => "code_interpreter",
            Self::ImageGeneration => "image_generation",
            Self::LocalShell => "local_shell",
            Self::Custom => "custom",
            Self::WebSearchPreview => "web_search_preview",
            Self::Memory => "memory",
            Self::ToolSearch => "tool_search",
        }
    }
}
impl ::std::fmt::Display for ResponsesToolType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Points to one pronunciation dictionary stored at the provider.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SpeechPronunciationDictionaryLocator {
    /// Id of the dictionary.
    pub pronunciation_dictionary_id: ::std::string::String,
    /// Version of the dictionary to use; the latest one when omitted.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version_id: ::std::option::Option<::std::string::String>,
}
/// Text to be read aloud, with the voice and audio settings to use.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SpeechRequest {
    /// Target model, written as `provider/model`, e.g. `openai/tts-1`.
    pub model: ::std::string::String,
    /// The text to synthesise.
    pub input: ::std::string::String,
    /// Further `provider/model` strings to try, in order, if the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `sse` asks for the audio as a stream of server-sent events. The async endpoints do not stream.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream_format: ::std::option::Option<SpeechRequestStreamFormat>,
    pub voice: SpeechVoiceInput,
    /// Directions on delivery, such as tone, accent or pace, for models that take them.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instructions: ::std::option::Option<::std::string::String>,
    /// Container or encoding of the audio produced.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub response_format: ::std::option::Option<SpeechRequestResponseFormat>,
    /// Playback rate relative to normal; 1.0 is normal, from 0.25 (slowest) to 4.0 (fastest).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub speed: ::std::option::Option<f64>,
    /// Language to speak in, as a code like `en` or `de`, for providers that accept one.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub language_code: ::std::option::Option<::std::string::String>,
    /// Pronunciation dictionaries to apply, for providers that support them (e.g. ElevenLabs).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pronunciation_dictionary_locators: ::std::option::Option<
        ::std::vec::Vec<SpeechPronunciationDictionaryLocator>,
    >,
    /// Whether the provider may log the request; false asks it not to, where supported.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_logging: ::std::option::Option<bool>,
    /// Trades some audio quality for a faster first byte, where the provider supports it.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub optimize_streaming_latency: ::std::option::Option<bool>,
    /// Also return per-character timing for the audio, where the provider supports it.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub with_timestamps: ::std::option::Option<bool>,
}
/// Container or encoding of the audio produced.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum SpeechRequestResponseFormat {
    #[serde(rename = "mp3")]
    Mp3,
    #[serde(rename = "opus")]
    Opus,
    #[serde(rename = "aac")]
    Aac,
    #[serde(rename = "flac")]
    Flac,
    #[serde(rename = "wav")]
    Wav,
    #[serde(rename = "pcm")]
    Pcm,
}
impl SpeechRequestResponseFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Mp3,
        Self::Opus,
        Self::Aac,
        Self::Flac,
        Self::Wav,
        Self::Pcm,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Mp3 => "mp3",
            Self::Opus => "opus",
            Self::Aac => "aac",
            Self::Flac => "flac",
            Self::Wav => "wav",
            Self::Pcm => "pcm",
        }
    }
}
impl ::std::fmt::Display for SpeechRequestResponseFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// `sse` asks for the audio as a stream of server-sent events. The async endpoints do not stream.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum SpeechRequestStreamFormat {
    #[serde(rename = "sse")]
    Sse,
}
impl SpeechRequestStreamFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[Self::Sse];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Sse => "sse",
        }
    }
}
impl ::std::fmt::Display for SpeechRequestStreamFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// The voice to use: either a single voice name or id, or a list that gives each speaker of a multi-speaker text its own voice.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum SpeechVoiceInput {
    VoiceConfigArray(::std::vec::Vec<VoiceConfig>),
    String(::std::string::String),
}
/// The prompt, as one string or as a list of strings (one completion is produced per string).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum TextCompletionInput {
    StringArray(::std::vec::Vec<::std::string::String>),
    String(::std::string::String),
}
/// Body of a text completion job: the model continues `prompt`. Only `model` and `prompt` are needed; other fields are passed to the provider, which may ignore ones it does not support.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TextCompletionRequest {
    /// Target model, written as `provider/model`; the part before the slash picks the provider.
    pub model: ::std::string::String,
    pub prompt: TextCompletionInput,
    /// Further `provider/model` targets, tried in the order given when the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Requests incremental output. Async jobs always run to completion, so leave this unset or false.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream: ::std::option::Option<bool>,
    /// Number of candidates generated on the provider side, of which only the best is returned; must not be below `n`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub best_of: ::std::option::Option<i64>,
    /// When true, the prompt is repeated at the start of the returned text.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub echo: ::std::option::Option<bool>,
    /// Positive values lower the odds of a token in proportion to how often it has already appeared (OpenAI accepts -2.0 to 2.0).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency_penalty: ::std::option::Option<f64>,
    /// Per-token bias, keyed by token id (as a string); -100.0 effectively bans a token.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logit_bias: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, f64>,
    >,
    /// Return log probabilities for this many of the most likely tokens at each position.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub logprobs: ::std::option::Option<i64>,
    /// Upper bound on the number of tokens generated.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub max_tokens: ::std::option::Option<i64>,
    /// How many completions to produce for the prompt.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub n: ::std::option::Option<i64>,
    /// Positive values penalise any token that has appeared at least once (OpenAI accepts -2.0 to 2.0).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub presence_penalty: ::std::option::Option<f64>,
    /// Best-effort reproducibility; repeating a request with the same seed should give similar output.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(deserialize_with = "whole_numbers::deserialize")]
    pub seed: ::std::option::Option<i64>,
    /// Sequences that end generation; the stop sequence itself is not included in the output.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stop: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Text that should follow the generated completion, for fill-in-the-middle use.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suffix: ::std::option::Option<::std::string::String>,
    /// Higher values give more varied output, lower values more focused output (OpenAI accepts 0 to 2).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub temperature: ::std::option::Option<f64>,
    /// Samples only from the most likely tokens whose combined probability reaches this value (0 to 1).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub top_p: ::std::option::Option<f64>,
    /// Identifier of the end user on whose behalf the request is made.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<::std::string::String>,
}
/// JSON Schema for the function's arguments, normally with `type` set to `object`.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ToolFunctionParameters {
    /// JSON type of the arguments value, usually `object`.
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    /// Notes on the arguments as a whole.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    /// Argument names that must always be present.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// One JSON Schema per argument, keyed by argument name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub properties: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /// Closed set of permitted values, when the arguments are a single string.
    #[serde(rename = "enum")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enum_: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether arguments not listed in `properties` may be passed.
    #[serde(rename = "additionalProperties")]
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_properties: ::std::option::Option<bool>,
}
/// An audio recording to turn into text, with transcription options.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TranscriptionRequest {
    /// Target model, written as `provider/model`, e.g. `openai/whisper-1`.
    pub model: ::std::string::String,
    /// The recording itself, e.g. an mp3, wav, m4a or webm file.
    pub file: Binary,
    /// Further `provider/model` strings to try, in order, if the primary model fails.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fallbacks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Asks for the transcript as a stream of events. The async endpoints do not stream.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream: ::std::option::Option<bool>,
    /// Spoken language as an ISO-639-1 code such as `en`; helps accuracy and speed when known.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub language: ::std::option::Option<::std::string::String>,
    /// Text that gives context or spelling hints, e.g. names or a previous segment's transcript.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt: ::std::option::Option<::std::string::String>,
    /// Shape of the transcript: `json`, plain `text`, `srt` or `vtt` subtitles, or `verbose_json` with segments and timings.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub response_format: ::std::option::Option<TranscriptionRequestResponseFormat>,
    /// Audio format of `file` (e.g. `mp3`, `wav`), for providers that cannot infer it.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_format: ::std::option::Option<::std::string::String>,
}
/// Shape of the transcript: `json`, plain `text`, `srt` or `vtt` subtitles, or `verbose_json` with segments and timings.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    ::serde::Serialize,
    ::serde::Deserialize
)]
pub enum TranscriptionRequestResponseFormat {
    #[serde(rename = "json")]
    Json,
    #[serde(rename = "text")]
    Text,
    #[serde(rename = "srt")]
    Srt,
    #[serde(rename = "verbose_json")]
    VerboseJson,
    #[serde(rename = "vtt")]
    Vtt,
}
impl TranscriptionRequestResponseFormat {
    /// Every value, in the order the spec lists them.
    pub const ALL: &'static [Self] = &[
        Self::Json,
        Self::Text,
        Self::Srt,
        Self::VerboseJson,
        Self::Vtt,
    ];
    /// The value as it is written on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Text => "text",
            Self::Srt => "srt",
            Self::VerboseJson => "verbose_json",
            Self::Vtt => "vtt",
        }
    }
}
impl ::std::fmt::Display for TranscriptionRequestResponseFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// Which voice reads the lines of one speaker.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VoiceConfig {
    /// Speaker label as it appears in the input text.
    pub speaker: ::std::string::String,
    /// Name or id of the voice for that speaker.
    pub voice: ::std::string::String,
}
impl AsyncJobList {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        {
            let value = &self.data;
            {
                let path = FieldPath::Field(&path, "data");
                for (i, item) in value.iter().enumerate() {
                    item.validate_at(FieldPath::Index(&path, i))?;
                }
            }
        }
        ::std::result::Result::Ok(())
    }
}
impl AsyncJobResponse {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        if let ::std::option::Option::Some(value) = &self.attempts {
            check_range(
                FieldPath::Field(&path, "attempts"),
                *value as f64,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::None,
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.webhook {
            value.validate_at(FieldPath::Field(&path, "webhook"))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl AsyncJobWebhook {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        {
            let value = &self.attempts;
            check_range(
                FieldPath::Field(&path, "attempts"),
                *value as f64,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::None,
                false,
                false,
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl AsyncJobWebhookEvent {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        {
            let value = &self.data;
            value.validate_at(FieldPath::Field(&path, "data"))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl AsyncJobWebhookEventData {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        if let ::std::option::Option::Some(value) = &self.attempts {
            check_range(
                FieldPath::Field(&path, "attempts"),
                *value as f64,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::None,
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.webhook {
            value.validate_at(FieldPath::Field(&path, "webhook"))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl ChatCompletionRequest {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        if let ::std::option::Option::Some(value) = &self.frequency_penalty {
            check_range(
                FieldPath::Field(&path, "frequency_penalty"),
                *value,
                ::std::option::Option::Some(-2f64),
                ::std::option::Option::Some(2f64),
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.presence_penalty {
            check_range(
                FieldPath::Field(&path, "presence_penalty"),
                *value,
                ::std::option::Option::Some(-2f64),
                ::std::option::Option::Some(2f64),
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.temperature {
            check_range(
                FieldPath::Field(&path, "temperature"),
                *value,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::Some(2f64),
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.top_p {
            check_range(
                FieldPath::Field(&path, "top_p"),
                *value,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::Some(1f64),
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.top_logprobs {
            check_range(
                FieldPath::Field(&path, "top_logprobs"),
                *value as f64,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::Some(20f64),
                false,
                false,
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl ImageEditRequest {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        if let ::std::option::Option::Some(value) = &self.n {
            check_range(
                FieldPath::Field(&path, "n"),
                *value as f64,
                ::std::option::Option::Some(1f64),
                ::std::option::Option::Some(10f64),
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.partial_images {
            check_range(
                FieldPath::Field(&path, "partial_images"),
                *value as f64,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::Some(3f64),
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.output_compression {
            check_range(
                FieldPath::Field(&path, "output_compression"),
                *value as f64,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::Some(100f64),
                false,
                false,
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl ImageGenerationRequest {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        if let ::std::option::Option::Some(value) = &self.n {
            check_range(
                FieldPath::Field(&path, "n"),
                *value as f64,
                ::std::option::Option::Some(1f64),
                ::std::option::Option::Some(10f64),
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.partial_images {
            check_range(
                FieldPath::Field(&path, "partial_images"),
                *value as f64,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::Some(3f64),
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.output_compression {
            check_range(
                FieldPath::Field(&path, "output_compression"),
                *value as f64,
                ::std::option::Option::Some(0f64),
                ::std::option::Option::Some(100f64),
                false,
                false,
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl ImageVariationRequest {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        if let ::std::option::Option::Some(value) = &self.n {
            check_range(
                FieldPath::Field(&path, "n"),
                *value as f64,
                ::std::option::Option::Some(1f64),
                ::std::option::Option::Some(10f64),
                false,
                false,
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl RerankDocument {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        {
            let value = &self.text;
            check_size(
                FieldPath::Field(&path, "text"),
                value.chars().count(),
                ::std::option::Option::Some(1usize),
                ::std::option::Option::None,
                "characters",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.id {
            check_size(
                FieldPath::Field(&path, "id"),
                value.chars().count(),
                ::std::option::Option::Some(1usize),
                ::std::option::Option::None,
                "characters",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl RerankRequest {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        {
            let value = &self.query;
            check_size(
                FieldPath::Field(&path, "query"),
                value.chars().count(),
                ::std::option::Option::Some(1usize),
                ::std::option::Option::None,
                "characters",
            )?;
        }
        {
            let value = &self.documents;
            check_size(
                FieldPath::Field(&path, "documents"),
                value.len(),
                ::std::option::Option::Some(1usize),
                ::std::option::Option::None,
                "items",
            )?;
            {
                let path = FieldPath::Field(&path, "documents");
                for (i, item) in value.iter().enumerate() {
                    item.validate_at(FieldPath::Index(&path, i))?;
                }
            }
        }
        if let ::std::option::Option::Some(value) = &self.top_n {
            check_range(
                FieldPath::Field(&path, "top_n"),
                *value as f64,
                ::std::option::Option::Some(1f64),
                ::std::option::Option::None,
                false,
                false,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.max_tokens_per_doc {
            check_range(
                FieldPath::Field(&path, "max_tokens_per_doc"),
                *value as f64,
                ::std::option::Option::Some(1f64),
                ::std::option::Option::None,
                false,
                false,
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl SpeechRequest {
    /// Checks the limits the spec sets that the type itself cannot express (ranges,
    /// lengths, sizes), here and in every value it holds.
    pub fn validate(&self) -> ::std::result::Result<(), ValidationError> {
        self.validate_at(FieldPath::Root)
    }
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        path: FieldPath<'_>,
    ) -> ::std::result::Result<(), ValidationError> {
        if let ::std::option::Option::Some(value) = &self.speed {
            check_range(
                FieldPath::Field(&path, "speed"),
                *value,
                ::std::option::Option::Some(0.25f64),
                ::std::option::Option::Some(4f64),
                false,
                false,
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

// The same for every spec: copied from the generator's support/types/binary.rs.
// The bytes of a `format: binary` field; copied into `types.rs` when a schema has one. The
// generated types sit beside it, so a schema named `String` or `Vec` would shadow the prelude:
// paths are written in full.

/// The contents of a file (`format: binary`). A multipart request carries it as a file part;
/// in JSON it is written as standard base64 with padding. The bytes are shared (`Bytes`), so
/// a server reading an upload and a client sending one hold the file once, however many
/// values refer to it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Binary(pub ::bytes::Bytes);

impl ::std::fmt::Debug for Binary {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "Binary({} bytes)", self.0.len())
    }
}

impl ::std::convert::From<::std::vec::Vec<u8>> for Binary {
    fn from(bytes: ::std::vec::Vec<u8>) -> Self {
        Binary(bytes.into())
    }
}

impl ::std::convert::From<::bytes::Bytes> for Binary {
    fn from(bytes: ::bytes::Bytes) -> Self {
        Binary(bytes)
    }
}

impl ::std::convert::AsRef<[u8]> for Binary {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl ::serde::Serialize for Binary {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::base64::Engine as _;
        serializer.serialize_str(&::base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> ::serde::Deserialize<'de> for Binary {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::base64::Engine as _;
        let text = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map(Binary::from)
            .map_err(|e| {
                <D::Error as ::serde::de::Error>::custom(format_args!(
                    "invalid base64 file contents: {e}"
                ))
            })
    }
}

// The same for every spec: copied from the generator's support/types/whole_numbers.rs.
// JSON Schema's `integer` is any number with no fraction, so `5.0` and `1e3` are integers too;
// serde's integers take only integer literals. Copied into `types.rs` when a schema has an
// integer, whose fields read through this module (`deserialize_with`).

mod whole_numbers {
    //! Reading integers the way JSON Schema counts them: `5`, `5.0` and `5e0` alike.

    use ::serde::de::{Deserializer, Error, SeqAccess, Visitor};
    use ::std::fmt;

    /// Integer shapes read leniently: the integer types, and options and lists of them.
    pub trait Whole: Sized {
        fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error>;
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Whole>(
        d: D,
    ) -> ::std::result::Result<T, D::Error> {
        T::read(d)
    }

    /// Any JSON number that is a whole value. One beyond the type's range saturates at
    /// its bound: the schema sets no bound, and limits the spec does set are checked by
    /// `validate()`, which a saturated value fails just as the real one would. (The
    /// gateway forwards requests as sent, so no value is changed on the wire.)
    struct Number<T>(::std::marker::PhantomData<T>);

    macro_rules! whole {
        ($($t:ty),*) => {$(
            impl<'de> Visitor<'de> for Number<$t> {
                type Value = $t;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a whole number")
                }

                fn visit_i64<E: Error>(self, v: i64) -> ::std::result::Result<$t, E> {
                    ::std::result::Result::Ok(<$t>::try_from(v).unwrap_or(if v < 0 { <$t>::MIN } else { <$t>::MAX }))
                }

                fn visit_u64<E: Error>(self, v: u64) -> ::std::result::Result<$t, E> {
                    ::std::result::Result::Ok(<$t>::try_from(v).unwrap_or(<$t>::MAX))
                }

                fn visit_f64<E: Error>(self, v: f64) -> ::std::result::Result<$t, E> {
                    if v.fract() != 0.0 || !v.is_finite() {
                        return ::std::result::Result::Err(E::custom(format_args!("expected a whole number, got {v}")));
                    }
                    // `as` saturates at the bounds of the target type.
                    ::std::result::Result::Ok(v as $t)
                }
            }

            impl Whole for $t {
                fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                    d.deserialize_any(Number::<$t>(::std::marker::PhantomData))
                }
            }
        )*};
    }
    whole!(i32, i64, u64);

    /// Carries a `Whole` through serde's own `Deserialize`, for the items of lists.
    struct Item<T>(T);

    impl<'de, T: Whole> ::serde::Deserialize<'de> for Item<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
            T::read(d).map(Item)
        }
    }

    impl<T: Whole> Whole for ::std::option::Option<T> {
        fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
            let item: ::std::option::Option<Item<T>> = ::serde::Deserialize::deserialize(d)?;
            ::std::result::Result::Ok(item.map(|i| i.0))
        }
    }

    impl<T: Whole> Whole for ::std::vec::Vec<T> {
        fn read<'de, D: Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
            struct Items<T>(::std::marker::PhantomData<T>);
            impl<'de, T: Whole> Visitor<'de> for Items<T> {
                type Value = ::std::vec::Vec<T>;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a list of whole numbers")
                }

                fn visit_seq<A: SeqAccess<'de>>(
                    self,
                    mut seq: A,
                ) -> ::std::result::Result<Self::Value, A::Error> {
                    let mut out =
                        ::std::vec::Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                    while let ::std::option::Option::Some(Item(v)) =
                        seq.next_element::<Item<T>>()?
                    {
                        out.push(v);
                    }
                    ::std::result::Result::Ok(out)
                }
            }
            d.deserialize_seq(Items(::std::marker::PhantomData))
        }
    }
}

// The same for every spec: copied from the generator's support/types/validation.rs.
// What every generated `validate()` reports with and checks through; copied into `types.rs` when
// a schema sets a limit serde cannot check. Paths are written in full, as beside the generated
// types a schema named `String` or `Result` would shadow the prelude.

/// A value outside a limit of the spec, with the path of the field that holds it
/// (`messages[0].temperature`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub path: ::std::string::String,
    pub message: ::std::string::String,
}

impl ::std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "`{}` {}", self.path, self.message)
    }
}

impl ::std::error::Error for ValidationError {}

/// Where a value sits in a request, built on the stack while validating.
#[derive(Debug, Clone, Copy)]
#[allow(dead_code)] // which forms are used depends on the spec
enum FieldPath<'a> {
    Root,
    Field(&'a FieldPath<'a>, &'a str),
    Index(&'a FieldPath<'a>, usize),
}

impl ::std::fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            FieldPath::Root => ::std::result::Result::Ok(()),
            FieldPath::Field(FieldPath::Root, name) => f.write_str(name),
            FieldPath::Field(parent, name) => write!(f, "{parent}.{name}"),
            FieldPath::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

#[allow(dead_code)]
fn check_range(
    path: FieldPath<'_>,
    value: f64,
    min: ::std::option::Option<f64>,
    max: ::std::option::Option<f64>,
    exclusive_min: bool,
    exclusive_max: bool,
) -> ::std::result::Result<(), ValidationError> {
    let below = min.is_some_and(|m| if exclusive_min { value <= m } else { value < m });
    let above = max.is_some_and(|m| if exclusive_max { value >= m } else { value > m });
    if !(below || above) {
        return ::std::result::Result::Ok(());
    }
    let bound = |b: ::std::option::Option<f64>, exclusive: bool, word: &str| match b {
        ::std::option::Option::Some(b) if exclusive => ::std::format!("{word} than {b}"),
        ::std::option::Option::Some(b) => ::std::format!("{word} than or equal to {b}"),
        ::std::option::Option::None => ::std::string::String::new(),
    };
    let rule = match (min, max) {
        (::std::option::Option::Some(_), ::std::option::Option::Some(_)) => ::std::format!(
            "{} and {}",
            bound(min, exclusive_min, "greater"),
            bound(max, exclusive_max, "less")
        ),
        (::std::option::Option::Some(_), ::std::option::Option::None) => {
            bound(min, exclusive_min, "greater")
        }
        _ => bound(max, exclusive_max, "less"),
    };
    ::std::result::Result::Err(ValidationError {
        path: path.to_string(),
        message: ::std::format!("must be {rule}, got {value}"),
    })
}

#[allow(dead_code)]
fn check_size(
    path: FieldPath<'_>,
    size: usize,
    min: ::std::option::Option<usize>,
    max: ::std::option::Option<usize>,
    unit: &str,
) -> ::std::result::Result<(), ValidationError> {
    if let ::std::option::Option::Some(min) = min.filter(|m| size < *m) {
        return ::std::result::Result::Err(ValidationError {
            path: path.to_string(),
            message: ::std::format!("must have at least {min} {unit}, got {size}"),
        });
    }
    if let ::std::option::Option::Some(max) = max.filter(|m| size > *m) {
        return ::std::result::Result::Err(ValidationError {
            path: path.to_string(),
            message: ::std::format!("must have at most {max} {unit}, got {size}"),
        });
    }
    ::std::result::Result::Ok(())
}
