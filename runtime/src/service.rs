//! What the async operations call: submit a job (idempotently), poll it, wait for it, cancel it,
//! list a caller's jobs.

use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use axum::http::HeaderMap;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use crate::auth::{Authenticator, Principal, Scheme};
use crate::bifrost_error::code;
use crate::events::{Wake, DEFAULT_MAX_WAITERS};
use crate::executor::Executor;
use crate::http::{ApiError, InflightBodies, JsonText};
use crate::job::{
    request_hash, IdempotencyKey, JobId, JobRecord, JobStatus, NewJob, Outcome, Payload,
};
use crate::kind::JobKind;
use crate::metrics::Metrics;
use crate::store::{Cancelled, Inserted, ListFilter, Store, StoreError, WebhookState};
use crate::webhooks::Endpoints;

/// Body size limits, per body format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub json_body_bytes: usize,
    pub multipart_body_bytes: usize,
    /// Submit bodies held at once, received but not yet stored; see [`InflightBodies`].
    pub max_inflight_body_bytes: usize,
}

/// The TTL rules of submissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TtlRules {
    pub default: Duration,
    pub max: Duration,
}

/// The rules of waiting and of idempotency keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifecycle {
    /// The longest wait a caller gets, whatever it asks for.
    pub max_wait: Duration,
    /// Callers waiting at once; past it a wait answers at once.
    pub max_waiters: usize,
    /// How long an idempotency key keeps its job.
    pub idempotency_ttl: Duration,
}

impl Default for Lifecycle {
    /// 60 s, 10,000 waiters, keys kept a day.
    fn default() -> Self {
        Lifecycle {
            max_wait: Duration::from_secs(60),
            max_waiters: DEFAULT_MAX_WAITERS,
            idempotency_ttl: Duration::from_secs(86_400),
        }
    }
}

/// The longest `Idempotency-Key` accepted, in bytes.
pub const MAX_IDEMPOTENCY_KEY_BYTES: usize = 255;
/// The header an idempotency key comes in, named by errors about it.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";

/// How a submit is made, besides its payload.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubmitOptions {
    /// The `Idempotency-Key` header: a repeat of the same request with the same key gets the
    /// first job back instead of a second one.
    pub idempotency_key: Option<String>,
    /// The `x-bf-async-webhook` header: the configured endpoint told of the job's outcome.
    pub webhook: Option<String>,
}

/// What [`JobService::wait`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct Waited {
    /// The job as it is now; `None` answers `404`.
    pub job: Option<JobView>,
    /// The wait that was applied (for `Preference-Applied`): the one asked for, capped by
    /// [`JobService::max_wait`]; zero when the wait was refused (too many waiters).
    pub applied: Duration,
}

/// The page size when a listing names none, and the largest allowed.
pub const DEFAULT_LIST_LIMIT: usize = 20;
pub const MAX_LIST_LIMIT: usize = 100;

/// A listing request: the caller's jobs, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery {
    /// Jobs per page, 1 to [`MAX_LIST_LIMIT`].
    pub limit: usize,
    /// A job id: the page holds the jobs created before it (the last id of the previous page).
    pub after: Option<String>,
    pub status: Option<JobStatus>,
    pub kind: Option<JobKind>,
}

impl Default for ListQuery {
    fn default() -> Self {
        ListQuery {
            limit: DEFAULT_LIST_LIMIT,
            after: None,
            status: None,
            kind: None,
        }
    }
}

/// One page of a listing.
#[derive(Debug, Clone, PartialEq)]
pub struct JobPage {
    pub jobs: Vec<JobView>,
    /// Older jobs follow: ask again with `after` = the last id.
    pub has_more: bool,
}

/// What a handler needs from the runtime; shared by all requests.
pub struct JobService {
    store: Arc<dyn Store>,
    executor: Arc<Executor>,
    auth: Authenticator,
    metrics: Arc<Metrics>,
    limits: Limits,
    inflight_bodies: Arc<InflightBodies>,
    ttl: TtlRules,
    lifecycle: Lifecycle,
    webhooks: Arc<Endpoints>,
}

impl std::fmt::Debug for JobService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JobService")
            .field("limits", &self.limits)
            .field("ttl", &self.ttl)
            .field("lifecycle", &self.lifecycle)
            .field("open", &self.auth.is_open())
            .finish_non_exhaustive()
    }
}

/// A job as the API shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct JobView {
    pub id: JobId,
    pub kind: JobKind,
    pub status: JobStatus,
    pub created_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
    /// Times a worker took it up.
    pub attempts: u32,
    /// While pending after a retryable failure: when it is tried again.
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub outcome: Option<Outcome>,
    /// Its webhook delivery, when the submit named an endpoint (polls only; listings leave it
    /// out).
    pub webhook: Option<WebhookState>,
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

impl JobView {
    /// The record as shown at `now`: a retry time already past is not shown.
    pub fn from_record(r: JobRecord, now: DateTime<Utc>) -> Self {
        let next_attempt_at = r
            .run_after
            .filter(|t| r.status == JobStatus::Pending && *t > now);
        JobView {
            id: r.id,
            kind: r.kind,
            status: r.status,
            created_at: r.created_at,
            completed_at: r.completed_at,
            expires_at: r.expires_at,
            attempts: r.attempts,
            next_attempt_at,
            outcome: r.outcome,
            webhook: r.webhook,
        }
    }

    /// The job in the `AsyncJobResponse` shape of the spec.
    pub fn to_json(&self) -> Value {
        let mut body = json!({
            "id": self.id.as_str(),
            "status": self.status.as_str(),
            "kind": self.kind.as_str(),
            "created_at": rfc3339(self.created_at),
        });
        let put = |body: &mut Value, key: &str, value: Value| {
            if let Value::Object(map) = body {
                map.insert(key.to_owned(), value);
            }
        };
        if let Some(t) = self.completed_at {
            put(
                &mut body,
                "completed_at",
                json!(t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            );
        }
        if let Some(t) = self.expires_at {
            put(
                &mut body,
                "expires_at",
                json!(t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            );
        }
        if let Some(t) = self.next_attempt_at {
            put(&mut body, "next_attempt_at", json!(rfc3339(t)));
        }
        put(&mut body, "attempts", json!(self.attempts));
        match &self.outcome {
            Some(Outcome::Completed {
                status_code,
                result,
            }) => {
                put(&mut body, "status_code", json!(status_code));
                put(&mut body, "result", stored_json(result));
            }
            Some(Outcome::Failed { status_code, error }) => {
                put(&mut body, "status_code", json!(status_code));
                put(&mut body, "error", stored_error(error));
            }
            None => {}
        }
        if let Some(webhook) = &self.webhook {
            put(
                &mut body,
                "webhook",
                serde_json::to_value(WebhookShape::of(webhook)).unwrap_or(Value::Null),
            );
        }
        body
    }

    /// The job in the `AsyncJobResponse` shape, as JSON text: what [`JobView::to_json`] holds,
    /// written directly, with a stored result or error copied as it is rather than parsed.
    pub fn to_json_bytes(&self) -> Vec<u8> {
        // Serialising strings, numbers and valid JSON into a Vec cannot fail.
        serde_json::to_vec(&self.shape(true)).unwrap_or_default()
    }

    /// The fields written; `with_outcome: false` for listings, which leave the result, the error
    /// and the status code out.
    fn shape(&self, with_outcome: bool) -> Shape<'_> {
        let time = rfc3339;
        let outcome = self.outcome.as_ref().filter(|_| with_outcome);
        let (status_code, result, error) = match outcome {
            Some(Outcome::Completed {
                status_code,
                result,
            }) => (Some(*status_code), Some(Stored(result)), None),
            Some(Outcome::Failed { status_code, error }) => {
                (Some(*status_code), None, Some(StoredError(error)))
            }
            None => (None, None, None),
        };
        Shape {
            id: self.id.as_str(),
            status: self.status.as_str(),
            kind: self.kind.as_str(),
            created_at: time(self.created_at),
            completed_at: self.completed_at.map(time),
            expires_at: self.expires_at.map(time),
            next_attempt_at: self.next_attempt_at.map(time),
            attempts: self.attempts,
            status_code,
            result,
            error,
            webhook: self
                .webhook
                .as_ref()
                .filter(|_| with_outcome)
                .map(WebhookShape::of),
        }
    }

    /// The job as JSON text documented to match `T`, the generated job type: the answer goes out
    /// as written here, without building a `T` and serialising it again (that round trip was a
    /// third of a poll's CPU). Tests decode every answer into `T` to hold the two together.
    pub fn to_json_text<T>(&self) -> JsonText<T> {
        JsonText::from_trusted(self.to_json_bytes())
    }
}

impl JobPage {
    /// The page in OpenAI's list shape, as JSON text: `{"object": "list", "data": […],
    /// "first_id", "last_id", "has_more"}`, each job as a poll shows it but without its
    /// result or error.
    pub fn to_json_bytes(&self) -> Vec<u8> {
        #[derive(serde::Serialize)]
        struct List<'a> {
            object: &'static str,
            data: Vec<Shape<'a>>,
            first_id: Option<&'a str>,
            last_id: Option<&'a str>,
            has_more: bool,
        }
        let list = List {
            object: "list",
            data: self.jobs.iter().map(|j| j.shape(false)).collect(),
            first_id: self.jobs.first().map(|j| j.id.as_str()),
            last_id: self.jobs.last().map(|j| j.id.as_str()),
            has_more: self.has_more,
        };
        serde_json::to_vec(&list).unwrap_or_default()
    }

    /// The page as a tree, the same as [`JobPage::to_json_bytes`] (which is what is sent).
    pub fn to_json(&self) -> Value {
        let data: Vec<Value> = self
            .jobs
            .iter()
            .map(|j| {
                let mut item = j.to_json();
                if let Value::Object(map) = &mut item {
                    map.shift_remove("result");
                    map.shift_remove("error");
                    map.shift_remove("status_code");
                    map.shift_remove("webhook");
                }
                item
            })
            .collect();
        json!({
            "object": "list",
            "data": data,
            "first_id": self.jobs.first().map(|j| j.id.as_str()),
            "last_id": self.jobs.last().map(|j| j.id.as_str()),
            "has_more": self.has_more,
        })
    }

    /// The page as JSON text documented to match `T`, the generated list type (see
    /// [`JobView::to_json_text`]).
    pub fn to_json_text<T>(&self) -> JsonText<T> {
        JsonText::from_trusted(self.to_json_bytes())
    }
}

/// The fields of [`JobView::to_json`], in its order.
#[derive(serde::Serialize)]
struct Shape<'a> {
    id: &'a str,
    status: &'static str,
    kind: &'static str,
    created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    completed_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_attempt_at: Option<String>,
    attempts: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    status_code: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<Stored<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<StoredError<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    webhook: Option<WebhookShape<'a>>,
}

/// A job's `webhook` member: its delivery as the spec's `AsyncJobWebhook` shows it.
#[derive(serde::Serialize)]
struct WebhookShape<'a> {
    name: &'a str,
    status: &'static str,
    attempts: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_status_code: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_error: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_attempt_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    delivered_at: Option<String>,
}

impl<'a> WebhookShape<'a> {
    fn of(w: &'a WebhookState) -> Self {
        WebhookShape {
            name: &w.endpoint,
            status: w.status.as_str(),
            attempts: w.attempts,
            last_status_code: w.last_status_code,
            last_error: w.last_error.as_deref(),
            next_attempt_at: w.next_attempt_at.map(rfc3339),
            delivered_at: w.delivered_at.map(rfc3339),
        }
    }
}

/// A stored result or error: written as the JSON it is, or as text when damaged (as
/// [`stored_json`] does).
struct Stored<'a>(&'a Bytes);

impl serde::Serialize for Stored<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match serde_json::from_slice::<&serde_json::value::RawValue>(self.0) {
            Ok(raw) => raw.serialize(serializer),
            Err(_) => serializer.serialize_str(&String::from_utf8_lossy(self.0)),
        }
    }
}

/// A stored error: written as the JSON it is, or, when damaged, as an error whose message is the
/// text (as [`stored_error`] does), so that it still has the error shape the spec documents.
struct StoredError<'a>(&'a Bytes);

impl serde::Serialize for StoredError<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match serde_json::from_slice::<&serde_json::value::RawValue>(self.0) {
            Ok(raw) => raw.serialize(serializer),
            Err(_) => damaged_error(self.0).serialize(serializer),
        }
    }
}

/// A stored error that is not JSON: shown as an error whose message is the text, so that it
/// still has the error shape the spec documents.
fn damaged_error(bytes: &Bytes) -> Value {
    use crate::bifrost_error::{code, BifrostError, ErrorField, ErrorType};
    let field = ErrorField::gateway(
        ErrorType::Server,
        code::STORED_JOB_DAMAGED,
        String::from_utf8_lossy(bytes),
    );
    BifrostError::gateway(500, field).to_json()
}

/// Stored errors are `BifrostError` JSON written by the executor; see [`StoredError`].
fn stored_error(bytes: &Bytes) -> Value {
    serde_json::from_slice(bytes).unwrap_or_else(|_| damaged_error(bytes))
}

/// Stored results are JSON written by the executor; a damaged one is shown as text rather than
/// failing the poll.
fn stored_json(bytes: &Bytes) -> Value {
    serde_json::from_slice(bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into_owned()))
}

fn unavailable(e: StoreError) -> ApiError {
    tracing::error!("store: {e}");
    ApiError::internal(
        crate::bifrost_error::code::STORE_UNAVAILABLE,
        "the job store is not available; try again later",
    )
}

impl JobService {
    pub fn new(
        store: Arc<dyn Store>,
        executor: Arc<Executor>,
        auth: Authenticator,
        metrics: Arc<Metrics>,
        limits: Limits,
        ttl: TtlRules,
        lifecycle: Lifecycle,
    ) -> Self {
        store.events().set_max_waiters(lifecycle.max_waiters);
        JobService {
            store,
            executor,
            auth,
            metrics,
            limits,
            inflight_bodies: InflightBodies::new(limits.max_inflight_body_bytes),
            ttl,
            lifecycle,
            webhooks: Arc::new(Endpoints::none()),
        }
    }

    /// The webhook endpoints submits may name (none by default).
    pub fn with_webhooks(mut self, webhooks: Arc<Endpoints>) -> Self {
        self.webhooks = webhooks;
        self
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// The bytes of submit bodies in flight, and their bound.
    pub fn inflight_bodies(&self) -> &Arc<InflightBodies> {
        &self.inflight_bodies
    }

    /// The longest wait [`JobService::wait`] applies.
    pub fn max_wait(&self) -> Duration {
        self.lifecycle.max_wait
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Shutdown has begun: every waiter answers now with its job as it is, and later waits
    /// answer at once.
    pub fn release_waiters(&self) {
        self.store.events().close();
    }

    /// The caller, under any one of the operation's security alternatives.
    pub fn authenticate(
        &self,
        headers: &HeaderMap,
        alternatives: &[&[Scheme]],
    ) -> Result<Principal, ApiError> {
        self.auth.authenticate(headers, alternatives)
    }

    /// The result TTL of a submission that does not ask for one.
    pub fn default_ttl(&self) -> Duration {
        self.ttl.default
    }

    /// The result TTL a submission asks for in header `name`.
    pub fn ttl(&self, headers: &HeaderMap, name: &str) -> Result<Duration, ApiError> {
        crate::http::ttl(headers, name, self.ttl.default, self.ttl.max)
    }

    /// [`JobService::submit_with`] without options.
    pub async fn submit(
        &self,
        kind: JobKind,
        principal: &Principal,
        payload: Payload,
        ttl: Duration,
    ) -> Result<JobView, ApiError> {
        self.submit_with(kind, principal, payload, ttl, SubmitOptions::default())
            .await
    }

    /// Stores a new job and returns it once it is durable; the caller answers `202` with it.
    ///
    /// With an idempotency key that a live job of this principal already holds (created within
    /// `idempotency_ttl`), nothing is stored: the same request gets that job back, a different
    /// one is refused with `422`.
    ///
    /// `stream` is accepted and ignored: a job has no connection to stream over, so its result
    /// is always the complete answer (the executor asks the provider for exactly that).
    pub async fn submit_with(
        &self,
        kind: JobKind,
        principal: &Principal,
        payload: Payload,
        ttl: Duration,
        options: SubmitOptions,
    ) -> Result<JobView, ApiError> {
        let key = options.idempotency_key.map(check_key).transpose()?;
        if let Some(name) = &options.webhook {
            self.webhooks.check_submit(name, principal.name())?;
        }
        let route = self
            .executor
            .route(kind, &payload)
            .map_err(|e| ApiError::bad_request(e.to_string(), e.param().map(str::to_owned)))?;
        let now = Utc::now();
        let idempotency = key.map(|key| IdempotencyKey {
            key,
            request_hash: request_hash(kind, &payload, options.webhook.as_deref()),
            not_before: chrono::Duration::from_std(self.lifecycle.idempotency_ttl)
                .ok()
                .and_then(|ttl| now.checked_sub_signed(ttl))
                .unwrap_or(DateTime::<Utc>::MIN_UTC),
        });
        let hash = idempotency.as_ref().map(|k| k.request_hash.clone());
        let job = NewJob {
            id: JobId::new_random(),
            kind,
            principal: principal.name().to_owned(),
            provider: route.provider,
            payload,
            ttl,
            created_at: now,
            idempotency,
            webhook: options.webhook.clone(),
        };
        let id = job.id.clone();
        match self.store.insert(job).await.map_err(unavailable)? {
            Inserted::Created => {}
            Inserted::Existing {
                record,
                request_hash,
            } => {
                if Some(&request_hash) != hash.as_ref() {
                    return Err(ApiError::unprocessable(
                        code::IDEMPOTENCY_KEY_REUSED,
                        format!(
                            "this {IDEMPOTENCY_KEY_HEADER} was used for a different request \
                             (job {}); use a new key for a new request",
                            record.id
                        ),
                    )
                    .param(IDEMPOTENCY_KEY_HEADER));
                }
                self.metrics.submission_replayed();
                tracing::info!(job_id = %record.id, %kind, principal = principal.name(),
                    "repeated submit answered with the job its idempotency key holds");
                return Ok(JobView::from_record(*record, now));
            }
        }
        self.metrics.job_submitted(kind);
        tracing::info!(job_id = %id, %kind, principal = principal.name(), "job accepted");
        Ok(JobView {
            id,
            kind,
            status: JobStatus::Pending,
            created_at: now,
            completed_at: None,
            expires_at: None,
            attempts: 0,
            next_attempt_at: None,
            outcome: None,
            webhook: options.webhook.map(WebhookState::waiting),
        })
    }

    /// The job, if it exists, belongs to `principal`, was submitted on this operation, and has
    /// not expired; `None` answers `404` for every other case alike, so ids reveal nothing.
    pub async fn poll(
        &self,
        kind: JobKind,
        principal: &Principal,
        id: &str,
    ) -> Result<Option<JobView>, ApiError> {
        let Some(id) = JobId::parse(id) else {
            return Ok(None);
        };
        let now = Utc::now();
        let record = self.store.get(&id, now).await.map_err(unavailable)?;
        Ok(record
            .filter(|r| r.kind == kind && r.principal == principal.name())
            .map(|r| JobView::from_record(r, now)))
    }

    /// The job once it is final, or as it is when `requested` (capped by
    /// [`JobService::max_wait`]) has passed, whichever comes first. The wait holds no store
    /// connection and reads the job only when woken by its outcome (or at the end). Past
    /// `max_waiters` callers, or during shutdown, it answers at once with `applied` zero.
    pub async fn wait(
        &self,
        kind: JobKind,
        principal: &Principal,
        id: &str,
        requested: Duration,
    ) -> Result<Waited, ApiError> {
        let applied = requested.min(self.lifecycle.max_wait);
        let now_only = |job| Waited {
            job,
            applied: Duration::ZERO,
        };
        let Some(job_id) = JobId::parse(id) else {
            return Ok(now_only(None));
        };
        if applied.is_zero() {
            return Ok(now_only(self.poll(kind, principal, id).await?));
        }
        // Registered before the first read, so an outcome committed in between still wakes it.
        let Some(mut waiter) = self.store.events().subscribe(&job_id) else {
            self.metrics.wait_refused();
            return Ok(now_only(self.poll(kind, principal, id).await?));
        };
        let deadline = Instant::now() + applied;
        let mut job = self.poll(kind, principal, id).await?;
        while job.as_ref().is_some_and(|j| !j.status.is_terminal()) {
            tokio::select! {
                wake = waiter.woken() => {
                    job = self.poll(kind, principal, id).await?;
                    if wake == Wake::Closing {
                        break;
                    }
                }
                () = tokio::time::sleep_until(deadline) => {
                    job = self.poll(kind, principal, id).await?;
                    break;
                }
            }
        }
        Ok(Waited { job, applied })
    }

    /// Cancels the job: `Some` with it, now `cancelled`; `None` (`404`) in every case a poll
    /// answers `404`; `409` naming its status when it is already final. A running job's
    /// upstream request is aborted wherever it runs, and its late outcome is refused.
    pub async fn cancel(
        &self,
        kind: JobKind,
        principal: &Principal,
        id: &str,
    ) -> Result<Option<JobView>, ApiError> {
        let Some(id) = JobId::parse(id) else {
            return Ok(None);
        };
        let now = Utc::now();
        let cancelled = self
            .store
            .cancel(&id, principal.name(), kind, now)
            .await
            .map_err(unavailable)?;
        match cancelled {
            Cancelled::NotFound => Ok(None),
            Cancelled::AlreadyFinal(record) => Err(ApiError::conflict(
                code::JOB_ALREADY_FINAL,
                format!(
                    "job {id} is already {}; only a pending or processing job can be cancelled",
                    record.status
                ),
            )),
            Cancelled::Cancelled(record) => {
                self.metrics.job_finished(kind, JobStatus::Cancelled);
                tracing::info!(job_id = %id, %kind, principal = principal.name(), "job cancelled");
                Ok(Some(JobView::from_record(record, now)))
            }
        }
    }

    /// A page of the caller's live jobs, newest first (see [`ListQuery`]).
    pub async fn list(&self, principal: &Principal, query: ListQuery) -> Result<JobPage, ApiError> {
        if !(1..=MAX_LIST_LIMIT).contains(&query.limit) {
            return Err(ApiError::bad_request(
                format!("`limit` must be between 1 and {MAX_LIST_LIMIT}"),
                Some("limit".into()),
            ));
        }
        let after = match &query.after {
            Some(after) => Some(JobId::parse(after).ok_or_else(|| {
                ApiError::bad_request(
                    "`after` must be a job id as returned by a submit or a listing",
                    Some("after".into()),
                )
            })?),
            None => None,
        };
        let now = Utc::now();
        let mut records = self
            .store
            .list(ListFilter {
                principal: principal.name(),
                before: after.as_ref(),
                status: query.status,
                kind: query.kind,
                limit: query.limit + 1,
                now,
            })
            .await
            .map_err(unavailable)?;
        let has_more = records.len() > query.limit;
        records.truncate(query.limit);
        Ok(JobPage {
            jobs: records
                .into_iter()
                .map(|r| JobView::from_record(r, now))
                .collect(),
            has_more,
        })
    }
}

fn check_key(key: String) -> Result<String, ApiError> {
    if key.is_empty() || key.len() > MAX_IDEMPOTENCY_KEY_BYTES {
        return Err(ApiError::bad_request(
            format!(
                "the {IDEMPOTENCY_KEY_HEADER} header must be 1 to {MAX_IDEMPOTENCY_KEY_BYTES} bytes long"
            ),
            Some(IDEMPOTENCY_KEY_HEADER.into()),
        ));
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(outcome: Option<Outcome>) -> JobView {
        let at = |ms| DateTime::<Utc>::from_timestamp_millis(ms).unwrap();
        JobView {
            id: JobId::new_random(),
            kind: JobKind::ChatCompletions,
            status: match &outcome {
                Some(Outcome::Completed { .. }) => JobStatus::Completed,
                Some(Outcome::Failed { .. }) => JobStatus::Failed,
                None => JobStatus::Pending,
            },
            created_at: at(1_767_225_600_123),
            completed_at: outcome.as_ref().map(|_| at(1_767_225_601_000)),
            expires_at: outcome.as_ref().map(|_| at(1_767_229_201_000)),
            attempts: u32::from(outcome.is_some()),
            next_attempt_at: None,
            webhook: Some(match &outcome {
                Some(_) => WebhookState {
                    endpoint: "results".into(),
                    status: crate::store::DeliveryStatus::Delivered,
                    attempts: 2,
                    last_status_code: Some(204),
                    last_error: Some("the receiver answered 503".into()),
                    next_attempt_at: None,
                    delivered_at: Some(at(1_767_225_602_000)),
                },
                None => WebhookState::waiting("results".into()),
            }),
            outcome,
        }
    }

    /// The text written directly is the tree `to_json` builds, in every state, and a damaged
    /// stored body is shown as text in both.
    #[test]
    fn json_text_and_json_tree_agree() {
        let cases = [
            view(None),
            view(Some(Outcome::Completed {
                status_code: 200,
                result: Bytes::from_static(
                    br#"{"object":"chat.completion","choices":[{"index":0}]}"#,
                ),
            })),
            view(Some(Outcome::Failed {
                status_code: 429,
                error: Bytes::from_static(br#"{"error":{"message":"slow down"}}"#),
            })),
            view(Some(Outcome::Completed {
                status_code: 200,
                result: Bytes::from_static(b"{not json"),
            })),
            view(Some(Outcome::Failed {
                status_code: 502,
                error: Bytes::from_static(b"<html>bad gateway"),
            })),
            JobView {
                kind: JobKind::Embeddings,
                attempts: 2,
                next_attempt_at: DateTime::<Utc>::from_timestamp_millis(1_767_225_605_000),
                ..view(None)
            },
            JobView {
                status: JobStatus::Cancelled,
                kind: JobKind::AudioSpeech,
                completed_at: DateTime::<Utc>::from_timestamp_millis(1_767_225_601_000),
                expires_at: DateTime::<Utc>::from_timestamp_millis(1_767_229_201_000),
                ..view(None)
            },
        ];
        for case in &cases {
            let text = case.to_json_bytes();
            let parsed: Value = serde_json::from_slice(&text).unwrap();
            assert_eq!(parsed, case.to_json(), "{}", String::from_utf8_lossy(&text));
        }
        let damaged: Value = serde_json::from_slice(&cases[3].to_json_bytes()).unwrap();
        assert_eq!(damaged["result"], Value::String("{not json".into()));
        let damaged: Value = serde_json::from_slice(&cases[4].to_json_bytes()).unwrap();
        assert_eq!(damaged["error"]["error"]["message"], "<html>bad gateway");
        let waiting: Value = serde_json::from_slice(&cases[5].to_json_bytes()).unwrap();
        assert_eq!(waiting["kind"], "embeddings");
        assert_eq!(waiting["attempts"], 2);
        assert_eq!(waiting["next_attempt_at"], "2026-01-01T00:00:05.000Z");
        let cancelled: Value = serde_json::from_slice(&cases[6].to_json_bytes()).unwrap();
        assert_eq!(cancelled["status"], "cancelled");
        assert!(cancelled.get("result").is_none() && cancelled.get("error").is_none());

        // A listing: the same items, without results or errors.
        for has_more in [false, true] {
            let page = JobPage {
                jobs: cases.to_vec(),
                has_more,
            };
            let text = page.to_json_bytes();
            let parsed: Value = serde_json::from_slice(&text).unwrap();
            assert_eq!(parsed, page.to_json(), "{}", String::from_utf8_lossy(&text));
            assert_eq!(parsed["object"], "list");
            assert_eq!(parsed["has_more"], has_more);
            assert_eq!(parsed["first_id"], cases[0].id.as_str());
            assert_eq!(parsed["last_id"], cases[6].id.as_str());
            for item in parsed["data"].as_array().unwrap() {
                assert!(
                    item.get("result").is_none() && item.get("error").is_none(),
                    "{item}"
                );
                assert!(item["kind"].is_string(), "{item}");
            }
        }
        let empty = JobPage {
            jobs: Vec::new(),
            has_more: false,
        };
        let parsed: Value = serde_json::from_slice(&empty.to_json_bytes()).unwrap();
        assert_eq!(
            parsed,
            json!({"object": "list", "data": [], "first_id": null, "last_id": null, "has_more": false})
        );
    }

    #[test]
    fn a_retry_time_shows_only_while_pending_and_ahead() {
        let at = |ms| DateTime::<Utc>::from_timestamp_millis(ms).unwrap();
        let record = JobRecord {
            id: JobId::new_random(),
            kind: JobKind::Embeddings,
            principal: "p".into(),
            provider: "x".into(),
            status: JobStatus::Pending,
            ttl: Duration::from_secs(60),
            created_at: at(1_000),
            completed_at: None,
            expires_at: None,
            attempts: 1,
            run_after: Some(at(5_000)),
            outcome: None,
            webhook: None,
        };
        assert_eq!(
            JobView::from_record(record.clone(), at(4_999)).next_attempt_at,
            Some(at(5_000))
        );
        assert_eq!(
            JobView::from_record(record.clone(), at(5_000)).next_attempt_at,
            None
        );
        let processing = JobRecord {
            status: JobStatus::Processing,
            ..record
        };
        assert_eq!(
            JobView::from_record(processing, at(1_000)).next_attempt_at,
            None
        );
    }
}
