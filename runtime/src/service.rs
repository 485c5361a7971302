//! The two calls every async operation makes: submit a job, poll a job.

use std::sync::Arc;
use std::time::Duration;

use axum::http::HeaderMap;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use crate::auth::{Authenticator, Principal, Scheme};
use crate::executor::Executor;
use crate::http::{ApiError, JsonText};
use crate::job::{JobId, JobRecord, JobStatus, NewJob, Outcome, Payload};
use crate::kind::JobKind;
use crate::metrics::Metrics;
use crate::store::{Store, StoreError};

/// Body size limits, per body format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub json_body_bytes: usize,
    pub multipart_body_bytes: usize,
}

/// The TTL rules of submissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TtlRules {
    pub default: Duration,
    pub max: Duration,
}

/// What a handler needs from the runtime; shared by all requests.
pub struct JobService {
    store: Arc<dyn Store>,
    executor: Arc<Executor>,
    auth: Authenticator,
    metrics: Arc<Metrics>,
    limits: Limits,
    ttl: TtlRules,
}

impl std::fmt::Debug for JobService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JobService")
            .field("limits", &self.limits)
            .field("ttl", &self.ttl)
            .field("open", &self.auth.is_open())
            .finish_non_exhaustive()
    }
}

/// A job as the API shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct JobView {
    pub id: JobId,
    pub status: JobStatus,
    pub created_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
    pub expires_at: Option<DateTime<Utc>>,
    pub outcome: Option<Outcome>,
}

impl JobView {
    fn from_record(r: JobRecord) -> Self {
        JobView {
            id: r.id,
            status: r.status,
            created_at: r.created_at,
            completed_at: r.completed_at,
            expires_at: r.expires_at,
            outcome: r.outcome,
        }
    }

    /// The job in the `AsyncJobResponse` shape of the spec.
    pub fn to_json(&self) -> Value {
        let mut body = json!({
            "id": self.id.as_str(),
            "status": self.status.as_str(),
            "created_at": self.created_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
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
        body
    }

    /// The job in the `AsyncJobResponse` shape, as JSON text: what [`JobView::to_json`] holds,
    /// written directly, with a stored result or error copied as it is rather than parsed.
    pub fn to_json_bytes(&self) -> Vec<u8> {
        let time = |t: DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let (status_code, result, error) = match &self.outcome {
            Some(Outcome::Completed {
                status_code,
                result,
            }) => (Some(*status_code), Some(Stored(result)), None),
            Some(Outcome::Failed { status_code, error }) => {
                (Some(*status_code), None, Some(StoredError(error)))
            }
            None => (None, None, None),
        };
        let shape = Shape {
            id: self.id.as_str(),
            status: self.status.as_str(),
            created_at: time(self.created_at),
            completed_at: self.completed_at.map(time),
            expires_at: self.expires_at.map(time),
            status_code,
            result,
            error,
        };
        // Serialising strings, numbers and valid JSON into a Vec cannot fail.
        serde_json::to_vec(&shape).unwrap_or_default()
    }

    /// The job as JSON text documented to match `T`, the generated job type: the answer goes out
    /// as written here, without building a `T` and serialising it again (that round trip was a
    /// third of a poll's CPU). Tests decode every answer into `T` to hold the two together.
    pub fn to_json_text<T>(&self) -> JsonText<T> {
        JsonText::from_trusted(self.to_json_bytes())
    }
}

/// The fields of [`JobView::to_json`], in its order.
#[derive(serde::Serialize)]
struct Shape<'a> {
    id: &'a str,
    status: &'static str,
    created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    completed_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status_code: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    result: Option<Stored<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<StoredError<'a>>,
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
    ) -> Self {
        JobService {
            store,
            executor,
            auth,
            metrics,
            limits,
            ttl,
        }
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    pub fn metrics(&self) -> &Metrics {
        &self.metrics
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
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

    /// Stores a new job and returns it once it is durable; the caller answers `202` with it.
    ///
    /// `stream` is accepted and ignored: a job has no connection to stream over, so its result
    /// is always the complete answer (the executor asks the provider for exactly that).
    pub async fn submit(
        &self,
        kind: JobKind,
        principal: &Principal,
        payload: Payload,
        ttl: Duration,
    ) -> Result<JobView, ApiError> {
        let route = self
            .executor
            .route(kind, &payload)
            .map_err(|e| ApiError::bad_request(e.to_string(), e.param().map(str::to_owned)))?;
        let now = Utc::now();
        let job = NewJob {
            id: JobId::new_random(),
            kind,
            principal: principal.name().to_owned(),
            provider: route.provider,
            payload,
            ttl,
            created_at: now,
        };
        let id = job.id.clone();
        self.store.insert(job).await.map_err(unavailable)?;
        self.metrics.job_submitted(kind);
        tracing::info!(job_id = %id, %kind, principal = principal.name(), "job accepted");
        Ok(JobView {
            id,
            status: JobStatus::Pending,
            created_at: now,
            completed_at: None,
            expires_at: None,
            outcome: None,
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
        let record = self.store.get(&id, Utc::now()).await.map_err(unavailable)?;
        Ok(record
            .filter(|r| r.kind == kind && r.principal == principal.name())
            .map(JobView::from_record))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(outcome: Option<Outcome>) -> JobView {
        let at = |ms| DateTime::<Utc>::from_timestamp_millis(ms).unwrap();
        JobView {
            id: JobId::new_random(),
            status: match &outcome {
                Some(Outcome::Completed { .. }) => JobStatus::Completed,
                Some(Outcome::Failed { .. }) => JobStatus::Failed,
                None => JobStatus::Pending,
            },
            created_at: at(1_767_225_600_123),
            completed_at: outcome.as_ref().map(|_| at(1_767_225_601_000)),
            expires_at: outcome.as_ref().map(|_| at(1_767_229_201_000)),
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
    }
}
