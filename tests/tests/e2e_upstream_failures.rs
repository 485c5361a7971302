//! How jobs end when the upstream misbehaves: retried failures (`5xx`, `429` with `Retry-After`,
//! an attempt that hangs past the attempt timeout) end in success when a later attempt succeeds;
//! permanent failures (`4xx`, exhausted retries, an unusable body, an unreachable provider) end in
//! a `failed` job that keeps the upstream status and error message.

use std::time::Duration;

use generated::client::{
    CreateAsyncChatCompletionResponse, CreateAsyncImageVariationResponse, FilePart, FormPart,
    ImageVariationRequestForm, RawBody, RequestBody,
};
use generated::types::{ChatCompletionRequest, Fallback, ModelProvider};
use serde_json::{json, Value};
use tests::fake_upstream::{FakeUpstream, Recorded, Reply};
use tests::harness::{compact, GatewayConfig, Server, FAKE_KEY_ENV};

const CHAT: &str = "chat/completions";
const JOB_TIMEOUT: Duration = Duration::from_secs(15);

fn chat_request() -> Value {
    json!({"model": "fake/gpt-4o", "messages": [{"role": "user", "content": "retry me"}]})
}

fn assert_result_is_reply(job: &Value, request: &Recorded) {
    assert_eq!(request.reply_status, Some(200));
    assert_eq!(
        compact(&job["result"]),
        String::from_utf8_lossy(&request.reply_body),
        "the result is the successful attempt's body: {job}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_5xx_is_retried_and_the_job_completes() {
    let fake = FakeUpstream::start();
    fake.script(CHAT, vec![Reply::Status(500), Reply::Ok]);
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let api = server.client();
    let id = api.submit_ok(CHAT, &chat_request()).await;
    let job = api.wait_completed(CHAT, &id, JOB_TIMEOUT).await;
    let seen = fake.requests(CHAT);
    assert_eq!(seen.len(), 2, "one failed attempt and one retry");
    assert_eq!(seen[0].reply_status, Some(500));
    assert_eq!(
        seen[0].body, seen[1].body,
        "the retry sends the same request"
    );
    assert_result_is_reply(&job, &seen[1]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_waits_for_retry_after() {
    let fake = FakeUpstream::start();
    fake.script(
        CHAT,
        vec![Reply::RateLimited {
            retry_after_secs: 1,
        }],
    );
    // The configured backoff is at most 50 ms: a wait of a second can only come from the header.
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let api = server.client();
    let id = api.submit_ok(CHAT, &chat_request()).await;
    let job = api.wait_completed(CHAT, &id, JOB_TIMEOUT).await;
    let seen = fake.requests(CHAT);
    assert_eq!(seen.len(), 2, "one rate-limited attempt and one retry");
    assert_eq!(seen[0].reply_status, Some(429));
    let gap = seen[1].received_at - seen[0].received_at;
    assert!(
        gap >= Duration::from_millis(990),
        "the retry came {gap:?} after the 429 with `Retry-After: 1`"
    );
    assert_result_is_reply(&job, &seen[1]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_4xx_fails_the_job_with_the_upstream_error() {
    let fake = FakeUpstream::start();
    let message = "Invalid value for 'temperature': must be at most 2 for this model.";
    fake.script(CHAT, vec![Reply::BadRequest(message.into())]);
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let api = server.client();
    let id = api.submit_ok(CHAT, &chat_request()).await;
    let job = api.wait_terminal(CHAT, &id, JOB_TIMEOUT).await;
    assert_eq!(job["status"], "failed", "{job}");
    assert_eq!(job["status_code"], 400, "{job}");
    assert!(
        job.get("result").is_none(),
        "a failed job has no result: {job}"
    );
    let error = &job["error"];
    assert_eq!(error["error"]["message"], message, "{job}");
    assert_eq!(error["error"]["type"], "invalid_request_error", "{job}");
    assert_eq!(error["error"]["param"], "temperature", "{job}");
    assert_eq!(error["status_code"], 400, "{job}");
    assert_eq!(
        error["is_bifrost_error"], false,
        "the error comes from the provider, not the gateway: {job}"
    );
    assert!(
        job["completed_at"].is_string() && job["expires_at"].is_string(),
        "{job}"
    );
    assert_eq!(fake.requests(CHAT).len(), 1, "a 400 is final: no retry");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_stop_after_max_attempts() {
    let fake = FakeUpstream::start();
    fake.script(
        CHAT,
        vec![
            Reply::Status(500),
            Reply::Status(503),
            Reply::Status(502),
            Reply::Ok,
        ],
    );
    let config = GatewayConfig {
        retry_max_attempts: 3,
        ..GatewayConfig::with_upstream(&fake)
    };
    let server = Server::start(&config);
    let api = server.client();
    let id = api.submit_ok(CHAT, &chat_request()).await;
    let job = api.wait_terminal(CHAT, &id, JOB_TIMEOUT).await;
    assert_eq!(job["status"], "failed", "{job}");
    assert_eq!(job["status_code"], 502, "the last attempt's status: {job}");
    assert!(
        job["error"]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("scripted status 502")),
        "the last upstream message is kept: {job}"
    );
    assert_eq!(
        fake.requests(CHAT).len(),
        3,
        "retry.max_attempts = 3 in all"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_attempt_that_hangs_is_timed_out_and_retried() {
    let fake = FakeUpstream::start();
    fake.script(CHAT, vec![Reply::Hang]);
    let config = GatewayConfig {
        attempt_timeout_secs: 1,
        ..GatewayConfig::with_upstream(&fake)
    };
    let server = Server::start(&config);
    let api = server.client();
    let id = api.submit_ok(CHAT, &chat_request()).await;
    let job = api.wait_completed(CHAT, &id, JOB_TIMEOUT).await;
    let seen = fake.requests(CHAT);
    assert_eq!(seen.len(), 2, "the hung attempt and one retry");
    assert_eq!(seen[0].reply_status, None, "the first attempt hung");
    let gap = seen[1].received_at - seen[0].received_at;
    assert!(
        gap >= Duration::from_millis(990),
        "the retry came {gap:?} after a hang, before the 1 s attempt timeout"
    );
    assert_result_is_reply(&job, &seen[1]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_success_body_fails_the_job() {
    let fake = FakeUpstream::start();
    fake.script(
        CHAT,
        vec![Reply::Malformed, Reply::Malformed, Reply::Malformed],
    );
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let api = server.client();
    let id = api.submit_ok(CHAT, &chat_request()).await;
    let job = api.wait_terminal(CHAT, &id, JOB_TIMEOUT).await;
    assert_eq!(job["status"], "failed", "{job}");
    assert_eq!(job["status_code"], 502, "a bad gateway: {job}");
    assert!(job.get("result").is_none(), "{job}");
    let message = job["error"]["error"]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.contains("not valid JSON"),
        "the error says what was wrong: {job}"
    );
    let n = fake.requests(CHAT).len();
    assert!((1..=3).contains(&n), "{n} upstream requests");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_provider_fails_the_job() {
    // A port that was just listening and is now closed.
    let gone = FakeUpstream::start();
    let config = GatewayConfig {
        upstream: Some(gone.base_url()),
        ..GatewayConfig::default()
    };
    drop(gone);
    let server = Server::start(&config);
    let api = server.client();
    let id = api.submit_ok(CHAT, &chat_request()).await;
    let job = api.wait_terminal(CHAT, &id, JOB_TIMEOUT).await;
    assert_eq!(job["status"], "failed", "{job}");
    assert_eq!(job["status_code"], 502, "{job}");
    assert_eq!(job["error"]["is_bifrost_error"], true, "{job}");
    assert!(
        job["error"]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("fake")),
        "the message names the provider: {job}"
    );
}

/// `fallbacks` in a JSON body: the primary model's final failure sends the same request on to
/// the first fallback, with that model, and the job completes with the fallback's answer. The
/// gateway-only field itself is not forwarded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_json_fallback_is_tried_when_the_primary_model_fails() {
    let fake = FakeUpstream::start();
    fake.script(CHAT, vec![Reply::BadRequest("model overloaded".into())]);
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let request: ChatCompletionRequest = serde_json::from_value(json!({
        "model": "fake/gpt-4o",
        "messages": [{"role": "user", "content": "fall back"}],
        "fallbacks": ["fake/gpt-4o-mini", "fake/never-reached"],
    }))
    .expect("a typed chat request");
    assert_eq!(request.fallbacks.as_ref().map(Vec::len), Some(2));
    let client = server.client();
    let id = match client
        .generated()
        .create_async_chat_completion(request, None, None, None, None)
        .await
    {
        Ok(CreateAsyncChatCompletionResponse::Accepted(job)) => job.id,
        other => panic!("submitting with fallbacks: {other:?}"),
    };
    let job = client.wait_completed(CHAT, &id, JOB_TIMEOUT).await;
    let seen = fake.requests(CHAT);
    assert_eq!(
        seen.len(),
        2,
        "the primary once (a 400 is final), then one fallback"
    );
    assert_eq!(seen[0].reply_status, Some(400));
    let models: Vec<Value> = seen.iter().map(|r| r.json()["model"].clone()).collect();
    assert_eq!(
        models,
        [json!("gpt-4o"), json!("gpt-4o-mini")],
        "in order, bare"
    );
    for request in &seen {
        let body = request.json();
        assert!(body.get("fallbacks").is_none(), "not forwarded: {body}");
        assert_eq!(body["messages"][0]["content"], "fall back", "{body}");
    }
    assert_result_is_reply(&job, &seen[1]);
}

/// A variation whose primary model fails for good, sent with `body` naming `fallback` (on the
/// `openai` provider) as its fallback: the fallback is asked next, with that model, and its
/// answer is the result. The gateway-only part itself is not forwarded.
async fn multipart_fallback_is_tried(body: RequestBody<ImageVariationRequestForm>, fallback: &str) {
    const VARIATIONS: &str = "images/variations";
    let fake = FakeUpstream::start();
    let mut config = GatewayConfig::with_upstream(&fake);
    // The schema's fallback names its provider from a fixed list; `openai` is the fake too.
    config.extra_toml = format!(
        "[[providers]]\nname = \"openai\"\nbase_url = \"{}\"\napi_key_env = \"{FAKE_KEY_ENV}\"\n",
        fake.base_url()
    );
    let server = Server::start(&config);
    let client = server.client();
    fake.script(
        VARIATIONS,
        vec![Reply::BadRequest("model overloaded".into())],
    );
    let id = match client
        .generated()
        .create_async_image_variation(body, None, None, None, None)
        .await
    {
        Ok(CreateAsyncImageVariationResponse::Accepted(job)) => job.id,
        other => panic!("submitting {fallback} as a fallback: {other:?}"),
    };
    let job = client.wait_completed(VARIATIONS, &id, JOB_TIMEOUT).await;
    let seen = fake.requests(VARIATIONS);
    assert_eq!(
        seen.len(),
        2,
        "the primary once (a 400 is final), then the fallback"
    );
    assert_eq!(seen[0].reply_status, Some(400));
    assert_eq!(seen[0].part("model").text(), "dall-e-2");
    assert_eq!(seen[1].part("model").text(), fallback);
    for request in &seen {
        assert!(
            request.parts_named("fallbacks").is_empty(),
            "the fallbacks part is not forwarded"
        );
    }
    assert_result_is_reply(&job, &seen[1]);
}

fn png() -> FilePart {
    FilePart::from_bytes(b"\x89PNG\r\n\x1a\n".to_vec())
        .file_name("a.png")
        .content_type("image/png")
}

/// `fallbacks` in a multipart form, as the generated client's typed form writes it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_multipart_fallback_is_tried_when_the_primary_model_fails() {
    let typed = ImageVariationRequestForm {
        model: "fake/dall-e-2".into(),
        image: png(),
        n: None,
        size: None,
        response_format: None,
        user: None,
        fallbacks: Some(vec![Fallback {
            provider: ModelProvider::Openai,
            model: "dall-e-2-typed".into(),
        }]),
    };
    multipart_fallback_is_tried(RequestBody::Typed(typed), "dall-e-2-typed").await;
}

/// `fallbacks` in a multipart form as one part holding the JSON list the schema describes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_multipart_fallback_list_part_is_tried_when_the_primary_model_fails() {
    let parts = vec![
        FormPart::text("model", "fake/dall-e-2"),
        FormPart::file("image", png()),
        FormPart::text(
            "fallbacks",
            r#"[{"provider": "openai", "model": "dall-e-2-listed"}]"#,
        ),
    ];
    multipart_fallback_is_tried(
        RequestBody::Raw(RawBody::Multipart(parts)),
        "dall-e-2-listed",
    )
    .await;
}
