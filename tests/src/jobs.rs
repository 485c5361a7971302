//! The async-job API of a test server driven through the generated client, the one users get.
//!
//! [`JobClient`] picks the generated operation for a job kind (its path under `/v1/async/`), so
//! tests written over all nine kinds stay one loop. Every answer goes through the client's
//! decoding: a documented status whose body does not have the documented shape, or a status
//! the spec does not document, fails the test. The decoded answer is handed back as the
//! harness' [`Answer`] (its JSON written from the decoded value), so the assertions on bodies
//! read as before; headers are not kept, and tests that look at headers use
//! [`crate::harness::Api`].
//!
//! JSON bodies go as the typed request when the typed request writes the very same document
//! (so the client's own serialisation is exercised), and as the exact bytes otherwise (fields
//! the schema does not know, which must reach the upstream).

use std::time::{Duration, Instant};

use generated::client::{
    AnswerBody, Answered, Client, Error, FormPart, RawBody, RequestBody, WaitError, WaitOptions,
};
use generated::types::{self, AsyncJobResponse, AsyncJobStatus};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::harness::{http_client, Answer, Auth};

/// A generated client for one server, with one set of credentials.
#[derive(Debug, Clone)]
pub struct JobClient {
    base: String,
    client: Client,
}

/// A request body for any kind: a JSON document or the parts of a form.
#[derive(Debug, Clone)]
pub enum JobBody {
    Json(Value),
    /// JSON bytes sent as they are.
    Bytes(Vec<u8>),
    Parts(Vec<FormPart>),
}

/// The typed request when it writes `value` back unchanged, else the bytes of `value`.
fn typed_or_raw<T: Serialize + DeserializeOwned>(value: &Value) -> RequestBody<T> {
    if let Ok(typed) = serde_json::from_value::<T>(value.clone()) {
        if serde_json::to_value(&typed).ok().as_ref() == Some(value) {
            return RequestBody::Typed(typed);
        }
    }
    RequestBody::Raw(RawBody::Json(serde_json::to_vec(value).expect("JSON")))
}

fn raw_of(body: JobBody) -> RawBody {
    match body {
        JobBody::Json(value) => RawBody::Json(serde_json::to_vec(&value).expect("JSON")),
        JobBody::Bytes(bytes) => RawBody::Json(bytes),
        JobBody::Parts(parts) => RawBody::Multipart(parts),
    }
}

/// The harness answer of a decoded one; a client error fails the test.
fn answer_of(status: u16, body: AnswerBody<'_>) -> Answer {
    let text = match body {
        AnswerBody::Empty => String::new(),
        AnswerBody::Json(value) => serde_json::to_string(&value).expect("JSON"),
        AnswerBody::Bytes(bytes) => String::from_utf8_lossy(bytes).into_owned(),
    };
    Answer {
        status,
        headers: reqwest::header::HeaderMap::new(),
        text,
    }
}

/// The harness answer of a decoded one, or the client's error.
fn try_decoded<R: Answered>(result: Result<R, Error>) -> Result<Answer, Error> {
    result.map(|answer| answer_of(answer.status(), answer.body()))
}

/// The submit operation of `$kind`, with its typed request type for JSON bodies.
macro_rules! submit_op {
    ($client:expr, $kind:expr, $body:expr, $ttl:expr, $webhook:expr) => {{
        let c = &$client;
        let kind: &str = $kind;
        let ttl: Option<i64> = $ttl;
        let body: JobBody = $body;
        let webhook: Option<&str> = $webhook;
        macro_rules! json {
            ($method:ident, $ty:ty) => {{
                let request: RequestBody<$ty> = match body {
                    JobBody::Json(value) => typed_or_raw::<$ty>(&value),
                    other => RequestBody::Raw(raw_of(other)),
                };
                try_decoded(c.$method(request, ttl, None, None, webhook).await)
            }};
        }
        macro_rules! form {
            ($method:ident) => {{
                try_decoded(
                    c.$method(RequestBody::Raw(raw_of(body)), ttl, None, None, webhook)
                        .await,
                )
            }};
        }
        match kind {
            "chat/completions" => json!(create_async_chat_completion, types::ChatCompletionRequest),
            "completions" => json!(create_async_text_completion, types::TextCompletionRequest),
            "responses" => json!(create_async_response, types::ResponsesRequest),
            "embeddings" => json!(create_async_embedding, types::EmbeddingRequest),
            "audio/speech" => json!(create_async_speech, types::SpeechRequest),
            "images/generations" => {
                json!(create_async_image_generation, types::ImageGenerationRequest)
            }
            "audio/transcriptions" => form!(create_async_transcription),
            "images/edits" => form!(create_async_image_edit),
            "images/variations" => form!(create_async_image_variation),
            other => panic!("unknown job kind {other}"),
        }
    }};
}

impl JobClient {
    /// A client of the server at `base` (`http://host:port`) without credentials.
    pub fn new(base: impl Into<String>) -> JobClient {
        let base = base.into();
        let client =
            Client::with_http_client(&base, http_client()).expect("a valid server base URL");
        JobClient { base, client }
    }

    /// The same server with these credentials (and no others).
    pub fn with_auth(&self, auth: Auth) -> JobClient {
        let plain = JobClient::new(self.base.clone());
        let client = match auth {
            Auth::None => plain.client,
            Auth::Bearer(token) => plain.client.bearer(token),
            Auth::Basic { user, password } => plain.client.basic(user, password),
            Auth::VirtualKey(key) => plain.client.virtual_key(key),
            Auth::ApiKey(key) => plain.client.api_key(key),
        };
        JobClient { client, ..plain }
    }

    /// The generated client itself, for tests that use its types directly.
    pub fn generated(&self) -> &Client {
        &self.client
    }

    /// Submits a JSON request to the kind's operation.
    pub async fn submit(&self, kind: &str, body: &Value) -> Answer {
        self.submit_body(kind, JobBody::Json(body.clone()), None)
            .await
    }

    /// Submits a body (JSON, exact JSON bytes, or form parts) with an optional result TTL.
    pub async fn submit_body(&self, kind: &str, body: JobBody, ttl: Option<i64>) -> Answer {
        match self.try_submit_body(kind, body, ttl).await {
            Ok(answer) => answer,
            Err(e) => panic!("submitting a {kind} job: no documented answer: {e}"),
        }
    }

    /// As [`JobClient::submit_body`], with the client's error when there is no documented
    /// answer (a server that is down, for one).
    pub async fn try_submit_body(
        &self,
        kind: &str,
        body: JobBody,
        ttl: Option<i64>,
    ) -> Result<Answer, Error> {
        submit_op!(self.client, kind, body, ttl, None)
    }

    /// Submits a JSON request naming the webhook endpoint `webhook` (`x-bf-async-webhook`).
    pub async fn submit_with_webhook(&self, kind: &str, body: &Value, webhook: &str) -> Answer {
        let body = JobBody::Json(body.clone());
        match submit_op!(self.client, kind, body, None, Some(webhook)) {
            Ok(answer) => answer,
            Err(e) => panic!("submitting a {kind} job: no documented answer: {e}"),
        }
    }

    /// Submits form parts to a multipart kind.
    pub async fn submit_parts(&self, kind: &str, parts: Vec<FormPart>) -> Answer {
        self.submit_body(kind, JobBody::Parts(parts), None).await
    }

    /// Submits JSON and returns the job id (asserting `202` with a pending job).
    pub async fn submit_ok(&self, kind: &str, body: &Value) -> String {
        crate::harness::Api::accepted_id(&self.submit(kind, body).await)
    }

    /// The kind's poll operation; an answer the spec does not document fails the test.
    pub async fn poll(&self, kind: &str, id: &str) -> Answer {
        let what = format!("polling {kind} job {id}");
        match self.try_poll(kind, id).await {
            Ok(answer) => answer,
            Err(e) => panic!("{what}: the generated client got no documented answer: {e}"),
        }
    }

    /// The kind's poll operation, with the client's error when there is no documented answer
    /// (a server that is down, for one).
    pub async fn try_poll(&self, kind: &str, id: &str) -> Result<Answer, Error> {
        let c = &self.client;
        match kind {
            "chat/completions" => try_decoded(c.get_async_chat_completion_job(id, None).await),
            "completions" => try_decoded(c.get_async_text_completion_job(id, None).await),
            "responses" => try_decoded(c.get_async_response_job(id, None).await),
            "embeddings" => try_decoded(c.get_async_embedding_job(id, None).await),
            "audio/speech" => try_decoded(c.get_async_speech_job(id, None).await),
            "audio/transcriptions" => try_decoded(c.get_async_transcription_job(id, None).await),
            "images/generations" => try_decoded(c.get_async_image_generation_job(id, None).await),
            "images/edits" => try_decoded(c.get_async_image_edit_job(id, None).await),
            "images/variations" => try_decoded(c.get_async_image_variation_job(id, None).await),
            other => panic!("unknown job kind {other}"),
        }
    }

    /// Polls the job until `done` holds for it (a state no `Prefer: wait` reports, such as its
    /// webhook delivery's), at most `timeout`, and returns it; fails the test with the last
    /// state seen otherwise.
    pub async fn poll_until(
        &self,
        kind: &str,
        id: &str,
        timeout: Duration,
        done: impl Fn(&Value) -> bool,
    ) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let job = self.poll(kind, id).await.json();
            if done(&job) {
                return job;
            }
            assert!(
                Instant::now() < deadline,
                "not reached within {timeout:?}: {job}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits with the client's own `wait_*` operation of the kind until the job is final (at
    /// most `timeout`), and returns it as JSON. Every state seen on the way must be `pending`
    /// or `processing`, and the final one `completed` or `failed`, for this id.
    pub async fn wait_terminal(&self, kind: &str, id: &str, timeout: Duration) -> Value {
        let options = WaitOptions {
            initial_delay: Duration::from_millis(25),
            max_delay: Duration::from_millis(100),
            timeout,
            ..WaitOptions::default()
        };
        let c = &self.client;
        let started = Instant::now();
        // The client reports every state it sees; one reported before another came with a
        // `202`, so it must be unfinished.
        let mut last: Option<AsyncJobStatus> = None;
        let progress = |job: &AsyncJobResponse| {
            assert_eq!(job.id, id, "a poll answer is for the job polled: {job:?}");
            if let Some(previous) = last.replace(job.status) {
                assert!(
                    matches!(
                        previous,
                        AsyncJobStatus::Pending | AsyncJobStatus::Processing
                    ),
                    "a 202 poll answer must be pending or processing, saw {previous:?}"
                );
            }
        };
        macro_rules! wait {
            ($method:ident) => {
                finish(kind, id, started, c.$method(id, &options, progress).await)
            };
        }
        match kind {
            "chat/completions" => wait!(wait_async_chat_completion_job_with_progress),
            "completions" => wait!(wait_async_text_completion_job_with_progress),
            "responses" => wait!(wait_async_response_job_with_progress),
            "embeddings" => wait!(wait_async_embedding_job_with_progress),
            "audio/speech" => wait!(wait_async_speech_job_with_progress),
            "audio/transcriptions" => wait!(wait_async_transcription_job_with_progress),
            "images/generations" => wait!(wait_async_image_generation_job_with_progress),
            "images/edits" => wait!(wait_async_image_edit_job_with_progress),
            "images/variations" => wait!(wait_async_image_variation_job_with_progress),
            other => panic!("unknown job kind {other}"),
        }
    }

    /// Waits until the job is final and asserts it completed with `status_code` 200.
    pub async fn wait_completed(&self, kind: &str, id: &str, timeout: Duration) -> Value {
        let body = self.wait_terminal(kind, id, timeout).await;
        assert_eq!(body["status"], "completed", "job did not complete: {body}");
        assert_eq!(body["status_code"], 200, "status_code of {body}");
        assert!(
            body.get("error").is_none(),
            "a completed job has no error: {body}"
        );
        body
    }
}

/// The final job of a wait as JSON; anything but a final job fails the test.
fn finish<R: std::fmt::Debug>(
    kind: &str,
    id: &str,
    started: Instant,
    result: Result<AsyncJobResponse, WaitError<AsyncJobResponse, R>>,
) -> Value {
    let job = match result {
        Ok(job) => {
            assert_eq!(
                job.status,
                AsyncJobStatus::Completed,
                "a successful wait: {job:?}"
            );
            job
        }
        Err(WaitError::Failed(job)) => {
            assert_eq!(job.status, AsyncJobStatus::Failed, "a failed wait: {job:?}");
            job
        }
        Err(WaitError::TimedOut(last)) => panic!(
            "{kind} job {id} not terminal within {:?}; last seen {last:?}",
            started.elapsed()
        ),
        Err(WaitError::Answer(answer)) => {
            panic!("polling {kind} job {id}: unexpected answer {answer:?}")
        }
        Err(WaitError::Client(e)) => panic!("polling {kind} job {id}: {e}"),
    };
    assert_eq!(job.id, id, "the final answer is for the job: {job:?}");
    serde_json::to_value(&job).expect("JSON")
}
