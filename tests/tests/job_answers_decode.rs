//! The job answers are JSON text the runtime writes once and the server sends as it is, typed as
//! the generated `AsyncJobResponse` but never built as one. These tests hold the two together:
//! every job answer, in every state, decodes into the generated type and loses no field doing so.

use std::time::{Duration, Instant};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use generated::client::GetAsyncChatCompletionJobResponse;
use generated::types::{AsyncJobResponse, AsyncJobStatus};
use runtime::job::{JobId, JobStatus, Outcome};
use runtime::kind::JobKind;
use runtime::service::JobView;
use runtime::store::{DeliveryStatus, WebhookState};
use serde_json::{json, Value};
use tests::fake_upstream::{FakeUpstream, Gate, Reply};
use tests::harness::{GatewayConfig, Server};

const CHAT: &str = "chat/completions";
const EMBEDDINGS: &str = "embeddings";
const JOB_TIMEOUT: Duration = Duration::from_secs(15);

/// `a` and `b` hold the same fields with the same values, times (`…_at`) compared as instants
/// at every depth; `whole` is named in failures.
fn same_fields(a: &Value, b: &Value, whole: &Value) {
    for (key, value) in a.as_object().expect("an object") {
        if key.ends_with("_at") {
            let instant = |v: &Value| {
                DateTime::parse_from_rfc3339(v.as_str().expect("a time is text")).expect("RFC 3339")
            };
            assert_eq!(instant(value), instant(&b[key]), "{key} of {whole}");
        } else if value.is_object() && key != "result" {
            same_fields(value, &b[key], whole);
        } else {
            assert_eq!(value, &b[key], "{key} of {whole}");
        }
    }
}

/// Decodes a job answer into the generated type and checks that it carries every field of the
/// text, with the same values (times compared as instants, since the text writes milliseconds).
fn decode(text: &[u8]) -> AsyncJobResponse {
    let raw: Value = serde_json::from_slice(text).expect("a job answer is JSON");
    let job: AsyncJobResponse = serde_json::from_slice(text).unwrap_or_else(|e| {
        panic!(
            "job answer does not decode into AsyncJobResponse: {e}: {}",
            String::from_utf8_lossy(text)
        )
    });
    let again = serde_json::to_value(&job).expect("JSON");
    let keys = |v: &Value| {
        let mut keys: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
        keys.sort();
        keys
    };
    assert_eq!(keys(&raw), keys(&again), "fields of {raw}");
    same_fields(&raw, &again, &raw);
    job
}

fn view(status: JobStatus, outcome: Option<Outcome>) -> JobView {
    let at = |ms| DateTime::<Utc>::from_timestamp_millis(ms).expect("a valid time");
    let done = outcome.is_some();
    JobView {
        id: JobId::new_random(),
        kind: JobKind::ChatCompletions,
        status,
        attempts: u32::from(status != JobStatus::Pending),
        next_attempt_at: None,
        created_at: at(1_767_225_600_123),
        completed_at: done.then(|| at(1_767_225_601_000)),
        expires_at: done.then(|| at(1_767_229_201_000)),
        outcome,
        webhook: Some(if done {
            WebhookState {
                endpoint: "results".into(),
                status: DeliveryStatus::Pending,
                attempts: 1,
                last_status_code: Some(503),
                last_error: Some("the receiver answered 503".into()),
                next_attempt_at: Some(at(1_767_225_606_000)),
                delivered_at: None,
            }
        } else {
            WebhookState::waiting("results".into())
        }),
    }
}

#[test]
fn the_runtime_text_of_a_job_in_every_state_decodes_into_the_generated_type() {
    let cases = [
        (view(JobStatus::Pending, None), AsyncJobStatus::Pending),
        (view(JobStatus::Processing, None), AsyncJobStatus::Processing),
        (
            view(
                JobStatus::Completed,
                Some(Outcome::Completed {
                    status_code: 200,
                    result: Bytes::from_static(
                        br#"{"object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"hi"}}]}"#,
                    ),
                }),
            ),
            AsyncJobStatus::Completed,
        ),
        (
            view(
                JobStatus::Failed,
                Some(Outcome::Failed {
                    status_code: 429,
                    error: Bytes::from_static(
                        br#"{"is_bifrost_error":false,"status_code":429,"error":{"type":"rate_limit","message":"slow down"}}"#,
                    ),
                }),
            ),
            AsyncJobStatus::Failed,
        ),
        // Damaged stored bodies (not JSON) still go out in the documented shape.
        (
            view(
                JobStatus::Completed,
                Some(Outcome::Completed {
                    status_code: 200,
                    result: Bytes::from_static(b"{not json"),
                }),
            ),
            AsyncJobStatus::Completed,
        ),
        (
            view(
                JobStatus::Failed,
                Some(Outcome::Failed {
                    status_code: 502,
                    error: Bytes::from_static(b"<html>bad gateway"),
                }),
            ),
            AsyncJobStatus::Failed,
        ),
    ];
    for (job, status) in &cases {
        let text = job.to_json_text::<AsyncJobResponse>();
        let decoded = decode(text.as_bytes());
        assert_eq!(decoded.id, job.id.as_str());
        assert_eq!(decoded.status, *status);
        assert_eq!(decoded.created_at, job.created_at);
        assert_eq!(decoded.completed_at, job.completed_at);
        assert_eq!(decoded.expires_at, job.expires_at);
        match &job.outcome {
            Some(Outcome::Completed {
                status_code,
                result,
            }) => {
                assert_eq!(decoded.status_code, Some(i64::from(*status_code)));
                assert!(decoded.error.is_none());
                // The stored bytes read on their own: the JSON they hold, or their text when
                // they are not JSON.
                let stored = serde_json::from_slice::<Value>(result)
                    .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(result).into()));
                assert_eq!(decoded.result.as_ref(), Some(&stored), "result of {job:?}");
            }
            Some(Outcome::Failed { status_code, error }) => {
                assert_eq!(decoded.status_code, Some(i64::from(*status_code)));
                assert!(decoded.result.is_none());
                let got =
                    serde_json::to_value(decoded.error.as_ref().expect("an error")).expect("JSON");
                match serde_json::from_slice::<Value>(error) {
                    // Every field of the stored error is kept.
                    Ok(stored) => assert_eq!(got, stored, "error of {job:?}"),
                    // A damaged one still has the error shape, with its text as the message.
                    Err(_) => assert_eq!(
                        got["error"]["message"],
                        String::from_utf8_lossy(error).as_ref(),
                        "error of {job:?}"
                    ),
                }
            }
            None => assert!(decoded.status_code.is_none() && decoded.result.is_none()),
        }
    }
}

/// Polls until the answer is `200`, decoding every answer on the way; returns the final job.
/// The text is read raw (the generated client hands out only what it decoded); the final job
/// is polled once more through the generated client, which must decode it to the same value.
async fn poll_until_final(server: &Server, kind: &str, id: &str) -> AsyncJobResponse {
    let api = server.api();
    let deadline = Instant::now() + JOB_TIMEOUT;
    loop {
        let answer = api.poll(kind, id).await;
        let job = decode(answer.text.as_bytes());
        assert_eq!(job.id, id);
        match answer.status {
            200 => {
                assert!(matches!(
                    job.status,
                    AsyncJobStatus::Completed | AsyncJobStatus::Failed
                ));
                let typed = server.client().poll(kind, id).await;
                assert_eq!(typed.status, 200, "{}", typed.text);
                assert_eq!(
                    decode(typed.text.as_bytes()),
                    job,
                    "the generated client's decode"
                );
                return job;
            }
            202 => assert!(matches!(
                job.status,
                AsyncJobStatus::Pending | AsyncJobStatus::Processing
            )),
            other => panic!("unexpected HTTP {other}: {}", answer.text),
        }
        assert!(Instant::now() < deadline, "job {id} not final in time");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_job_answer_of_the_server_decodes_into_the_generated_type() {
    let fake = FakeUpstream::start();
    // The chat job stays unfinished until the gate opens, so it can be polled unfinished.
    let gate = Gate::new();
    fake.script(CHAT, vec![Reply::Held(gate.clone())]);
    fake.script(
        EMBEDDINGS,
        vec![Reply::BadRequest("input must not be empty".into())],
    );
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let api = server.api();

    let submitted = api
        .submit(
            CHAT,
            &json!({"model": "fake/gpt-4o", "messages": [{"role": "user", "content": "hi"}]}),
        )
        .await;
    submitted.expect_status(202);
    let chat = decode(submitted.text.as_bytes());
    assert_eq!(chat.status, AsyncJobStatus::Pending);
    fake.wait_for_requests(CHAT, 1, JOB_TIMEOUT).await;
    let unfinished = api.poll(CHAT, &chat.id).await;
    unfinished.expect_status(202);
    let processing = decode(unfinished.text.as_bytes());
    assert_eq!(processing.status, AsyncJobStatus::Processing);
    match server
        .client()
        .generated()
        .get_async_chat_completion_job(&chat.id, None)
        .await
    {
        Ok(GetAsyncChatCompletionJobResponse::Accepted(job)) => assert_eq!(job, processing),
        other => panic!("the generated client's poll of an unfinished job: {other:?}"),
    }
    gate.open();
    let completed = poll_until_final(&server, CHAT, &chat.id).await;
    assert_eq!(completed.status, AsyncJobStatus::Completed);
    assert!(completed.result.is_some() && completed.completed_at.is_some());

    let submitted = api
        .submit(
            EMBEDDINGS,
            &json!({"model": "fake/text-embedding-3-small", "input": "hi"}),
        )
        .await;
    submitted.expect_status(202);
    let embedding = decode(submitted.text.as_bytes());
    let failed = poll_until_final(&server, EMBEDDINGS, &embedding.id).await;
    assert_eq!(failed.status, AsyncJobStatus::Failed);
    assert_eq!(failed.status_code, Some(400));
    let error = failed.error.expect("a failed job has an error");
    assert_eq!(error.is_bifrost_error, Some(false));
}
