//! Signed webhooks end to end: the gateway binary with `[[webhooks]]` configured, a receiver
//! that verifies every signature with the `standardwebhooks` crate, and the outcomes of real
//! jobs (completed, failed, cancelled) delivered at least once across receiver failures,
//! redirects, hangs and a killed gateway.

use std::time::Duration;

use generated::client::verify_webhook;
use generated::types::{AsyncJobWebhookEvent, AsyncJobWebhookEventType};
use serde_json::{json, Value};
use tests::fake_upstream::{FakeUpstream, Gate, Reply};
use tests::harness::{GatewayConfig, PrincipalSpec, Server};
use tests::jobs::JobClient;
use tests::webhook_receiver::{Delivery, ReceiverReply, WebhookReceiver};

const CHAT: &str = "chat/completions";
/// A Standard Webhooks secret (`whsec_` and 24 random bytes in base64).
const SECRET: &str = tests::webhook_receiver::TEST_SECRET;
const OTHER_SECRET: &str = "whsec_3k9mTQ8vN2xPz7LcW4yR1uB6sD0fGhJa";
const SECRET_ENV: &str = "GATEWAY_TEST_WEBHOOK_SECRET";
const OTHER_SECRET_ENV: &str = "GATEWAY_TEST_WEBHOOK_SECRET_NEXT";
const WAIT: Duration = Duration::from_secs(20);

/// Retries 200 ms apart, so a test sees several attempts within a second.
const FAST_RETRIES: &str = "[webhook_delivery]\nretry_schedule_secs = [0, 0.2, 0.2, 0.2]\n";

/// A gateway (with `upstream` as provider `fake`, if given) whose endpoint `results` posts to
/// `url`; `endpoint` adds keys to that endpoint.
fn config(upstream: Option<&FakeUpstream>, url: &str, endpoint: &str) -> GatewayConfig {
    let mut config = match upstream {
        Some(fake) => GatewayConfig::with_upstream(fake),
        None => GatewayConfig::default(),
    };
    config.env = vec![
        (SECRET_ENV.into(), SECRET.into()),
        (OTHER_SECRET_ENV.into(), OTHER_SECRET.into()),
    ];
    config.extra_toml = format!(
        "{FAST_RETRIES}\n[[webhooks]]\nname = \"results\"\nurl = \"{url}\"\n\
         allow_private_network = true\ntimeout_secs = 1\n{endpoint}\n"
    );
    if !endpoint.contains("secret_env") {
        config
            .extra_toml
            .push_str(&format!("secret_env = \"{SECRET_ENV}\"\n"));
    }
    config
}

fn chat(model: &str) -> Value {
    json!({"model": model, "messages": [{"role": "user", "content": "hello"}]})
}

async fn submit(client: &JobClient, model: &str) -> String {
    let answer = client
        .submit_with_webhook(CHAT, &chat(model), "results")
        .await;
    tests::harness::Api::accepted_id(&answer)
}

/// Polls the job until its `webhook` member satisfies `done`, and returns the job.
async fn job_when(client: &JobClient, id: &str, done: impl Fn(&Value) -> bool) -> Value {
    client
        .poll_until(CHAT, id, WAIT, |job| done(&job["webhook"]))
        .await
}

fn status_is(want: &'static str) -> impl Fn(&Value) -> bool {
    move |w: &Value| w["status"] == want
}

/// The delivery is signed for `SECRET`, names the job and its event, and the job it carries
/// is the job as its poll shows it (without the webhook member).
fn assert_event(d: &Delivery, id: &str, event: &str) -> Value {
    d.verify(SECRET)
        .unwrap_or_else(|e| panic!("the signature does not verify: {e}"));
    assert!(
        d.verify(OTHER_SECRET).is_err(),
        "a wrong secret must not verify"
    );
    assert_eq!(d.id(), format!("msg_{id}"));
    assert_eq!(d.header("content-type"), Some("application/json"));
    let body = d.json();
    assert_eq!(body["type"], event, "{body}");
    assert_eq!(body["data"]["id"], id, "{body}");
    assert!(body["timestamp"].is_string(), "{body}");
    assert!(body["data"].get("webhook").is_none(), "{body}");
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completed_failed_and_cancelled_jobs_are_delivered_signed() {
    let fake = FakeUpstream::start();
    let gate = Gate::new();
    fake.script(
        "/v1/chat/completions",
        vec![
            Reply::BadRequest("no such model".into()),
            Reply::Held(gate.clone()),
        ],
    );
    let receiver = WebhookReceiver::start();
    let server = Server::start(&config(Some(&fake), &receiver.url(), ""));
    let client = server.client();

    let failed = submit(&client, "fake/m").await;
    let failed_job = job_when(&client, &failed, status_is("delivered")).await;
    let running = submit(&client, "fake/m").await;
    fake.wait_for_requests("/v1/chat/completions", 2, WAIT)
        .await;
    let cancelled = client
        .generated()
        .cancel_async_chat_completion_job(&running)
        .await
        .expect("a documented answer");
    assert!(matches!(
        cancelled,
        generated::client::CancelAsyncChatCompletionJobResponse::Ok(_)
    ));
    let completed = submit(&client, "echo/m").await;

    let deliveries = receiver.wait_for(3, WAIT);
    let of = |id: &str| {
        deliveries
            .iter()
            .find(|d| d.id() == format!("msg_{id}"))
            .unwrap_or_else(|| panic!("no delivery for {id}"))
    };
    let body = assert_event(of(&failed), &failed, "async_job.failed");
    assert_eq!(body["data"]["status"], "failed");
    assert_eq!(body["data"]["error"], failed_job["error"]);
    assert_eq!(body["data"]["completed_at"], failed_job["completed_at"]);
    let body = assert_event(of(&running), &running, "async_job.cancelled");
    assert_eq!(body["data"]["status"], "cancelled");
    let body = assert_event(of(&completed), &completed, "async_job.completed");
    assert_eq!(body["data"]["status"], "completed");
    assert!(body["data"]["result"]["choices"].is_array(), "{body}");
    gate.open();
    // Recorded as delivered on all three before the metrics are read.
    job_when(&client, &running, status_is("delivered")).await;

    let job = job_when(&client, &completed, status_is("delivered")).await;
    let webhook = &job["webhook"];
    assert_eq!(webhook["name"], "results");
    assert_eq!(webhook["attempts"], 1);
    assert_eq!(webhook["last_status_code"], 204);
    assert!(webhook["delivered_at"].is_string(), "{job}");
    assert_eq!(deliveries.len(), 3, "one delivery per job");
    let metrics = server
        .api()
        .send(server.api().request(reqwest::Method::GET, "/metrics"))
        .await;
    assert!(
        metrics.text.contains(
            "gateway_webhook_deliveries_total{endpoint=\"results\",outcome=\"delivered\"} 3"
        ),
        "{}",
        metrics.text
    );
    let log = server.log_text();
    assert!(!log.contains(&SECRET[6..]), "the secret is never logged");
    for d in &deliveries {
        let signature = d.header("webhook-signature").unwrap_or("v1,");
        let (_, mac) = signature.split_once(',').unwrap_or_default();
        assert!(
            !mac.is_empty() && !log.contains(mac),
            "a signature is never logged"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotation_signs_with_every_secret() {
    let receiver = WebhookReceiver::start();
    let server = Server::start(&config(
        None,
        &receiver.url(),
        &format!("secret_envs = [\"{SECRET_ENV}\", \"{OTHER_SECRET_ENV}\"]"),
    ));
    let id = submit(&server.client(), "echo/m").await;
    let d = receiver.wait_for(1, WAIT).remove(0);
    d.verify(SECRET).expect("the old secret verifies");
    d.verify(OTHER_SECRET).expect("the new secret verifies");
    let signatures = d.header("webhook-signature").unwrap_or("");
    assert_eq!(
        signatures
            .split(' ')
            .filter(|s| s.starts_with("v1,"))
            .count(),
        2
    );
    assert_eq!(d.id(), format!("msg_{id}"));

    // The generated client's helper, as a Rust receiver uses it: typed, and refusing a
    // secret that did not sign.
    let event: AsyncJobWebhookEvent = verify_webhook(&[OTHER_SECRET], &d.headers, &d.body)
        .expect("the generated helper verifies and decodes");
    assert_eq!(event.data.id, id);
    assert_eq!(event.type_, AsyncJobWebhookEventType::AsyncJobCompleted);
    let wrong = "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    assert!(verify_webhook::<AsyncJobWebhookEvent>(&[wrong], &d.headers, &d.body).is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_attempt_is_retried_with_the_same_id() {
    let receiver = WebhookReceiver::start();
    receiver.script(vec![ReceiverReply::Status(500), ReceiverReply::Status(200)]);
    let server = Server::start(&config(None, &receiver.url(), ""));
    let client = server.client();
    let id = submit(&client, "echo/m").await;
    let job = job_when(&client, &id, status_is("delivered")).await;
    assert_eq!(job["webhook"]["attempts"], 2, "{job}");
    assert_eq!(job["webhook"]["last_status_code"], 200, "{job}");
    let deliveries = receiver.wait_for(2, WAIT);
    assert_eq!(deliveries[0].id(), deliveries[1].id());
    assert_eq!(
        deliveries[0].body, deliveries[1].body,
        "every attempt sends the same body"
    );
    for d in &deliveries {
        assert_event(d, &id, "async_job.completed");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receiver_that_is_down_gets_the_delivery_once_it_is_up() {
    let addr = WebhookReceiver::reserve_port();
    let url = format!("http://{addr}/hooks");
    // Enough attempts to outlast the receiver's absence.
    let mut config = config(None, &url, "");
    config.extra_toml = config.extra_toml.replace(
        "retry_schedule_secs = [0, 0.2, 0.2, 0.2]",
        "retry_schedule_secs = [0, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2]",
    );
    let server = Server::start(&config);
    let client = server.client();
    let id = submit(&client, "echo/m").await;
    let down = job_when(&client, &id, |w| {
        w["attempts"].as_u64() >= Some(1) && w["status"] == "pending"
    })
    .await;
    let error = down["webhook"]["last_error"].as_str().unwrap_or("");
    assert!(error.contains("cannot connect"), "{down}");
    assert!(down["webhook"]["next_attempt_at"].is_string(), "{down}");

    let receiver = WebhookReceiver::start_on(addr, None);
    let d = receiver.wait_for(1, WAIT).remove(0);
    assert_event(&d, &id, "async_job.completed");
    let job = job_when(&client, &id, status_is("delivered")).await;
    assert!(job["webhook"]["attempts"].as_u64() >= Some(2), "{job}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gone_stops_the_delivery_for_good() {
    let receiver = WebhookReceiver::start();
    receiver.script(vec![ReceiverReply::Status(410)]);
    let server = Server::start(&config(None, &receiver.url(), ""));
    let client = server.client();
    let id = submit(&client, "echo/m").await;
    let job = job_when(&client, &id, status_is("failed")).await;
    assert_eq!(job["webhook"]["last_status_code"], 410, "{job}");
    assert_eq!(job["webhook"]["attempts"], 1, "{job}");
    assert!(job["webhook"]["last_error"]
        .as_str()
        .unwrap_or("")
        .contains("410"));
    // Failed is final in the store: no worker can claim it again.
    assert_eq!(receiver.deliveries().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirect_is_a_failure_and_is_not_followed() {
    let elsewhere = WebhookReceiver::start();
    let receiver = WebhookReceiver::start();
    receiver.script(vec![ReceiverReply::Redirect(elsewhere.url())]);
    let server = Server::start(&config(None, &receiver.url(), ""));
    let client = server.client();
    let id = submit(&client, "echo/m").await;
    let job = job_when(&client, &id, status_is("delivered")).await;
    assert_eq!(
        job["webhook"]["attempts"], 2,
        "the redirect counted as a failed attempt: {job}"
    );
    assert_eq!(receiver.deliveries().len(), 2);
    assert!(
        elsewhere.deliveries().is_empty(),
        "the redirect was followed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_receiver_that_hangs_past_the_timeout_is_tried_again() {
    let receiver = WebhookReceiver::start();
    receiver.script(vec![ReceiverReply::Hang]);
    let server = Server::start(&config(None, &receiver.url(), ""));
    let client = server.client();
    let id = submit(&client, "echo/m").await;
    let deliveries = receiver.wait_for(2, WAIT);
    assert_eq!(deliveries[0].id(), deliveries[1].id());
    let gap = deliveries[1].received_at - deliveries[0].received_at;
    assert!(
        gap >= Duration::from_secs(1),
        "retried before the 1 s timeout: {gap:?}"
    );
    let job = job_when(&client, &id, status_is("delivered")).await;
    assert_eq!(job["webhook"]["attempts"], 2, "{job}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_result_is_left_out_and_unsubscribed_events_are_skipped() {
    let receiver = WebhookReceiver::start();
    let mut config = config(None, &receiver.url(), "");
    config.extra_toml = config.extra_toml.replace(
        "[webhook_delivery]\n",
        "[webhook_delivery]\nmax_inline_bytes = 16\n",
    );
    config.extra_toml.push_str(
        "\n[[webhooks]]\nname = \"failures\"\nurl = \"URL\"\nallow_private_network = true\n\
         secret_env = \"SECRET_ENV\"\nevents = [\"async_job.failed\"]\n"
            .replace("URL", &receiver.url())
            .replace("SECRET_ENV", SECRET_ENV)
            .as_str(),
    );
    let server = Server::start(&config);
    let client = server.client();
    let id = submit(&client, "echo/m").await;
    let body = assert_event(&receiver.wait_for(1, WAIT)[0], &id, "async_job.completed");
    assert_eq!(body["data"]["result_omitted"], true, "{body}");
    assert!(body["data"].get("result").is_none(), "{body}");

    let skipped = tests::harness::Api::accepted_id(
        &client
            .submit_with_webhook(CHAT, &chat("echo/m"), "failures")
            .await,
    );
    let job = job_when(&client, &skipped, status_is("skipped")).await;
    assert!(
        job["webhook"]["last_error"]
            .as_str()
            .unwrap_or("")
            .contains("async_job.completed"),
        "{job}"
    );
    assert_eq!(
        receiver.deliveries().len(),
        1,
        "nothing was sent for the skipped event"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_webhook_names_are_refused_and_nothing_is_stored() {
    let receiver = WebhookReceiver::start();
    let mut config = config(None, &receiver.url(), "principals = [\"alice\"]");
    config = config
        .principal(PrincipalSpec::new("alice").bearer("alice-token"))
        .principal(PrincipalSpec::new("bob").bearer("bob-token"));
    let server = Server::start(&config);
    let api = server.api();
    let bob = api.with_auth(tests::harness::Auth::bearer("bob-token"));
    let alice = api.with_auth(tests::harness::Auth::bearer("alice-token"));
    let long = "x".repeat(65);
    for (who, name) in [
        (&alice, "nope"),
        (&bob, "results"),
        (&alice, long.as_str()),
        (&alice, "has space"),
        (&alice, ""),
    ] {
        let answer = who
            .send(
                who.request(reqwest::Method::POST, "/v1/async/chat/completions")
                    .header("x-bf-async-webhook", name)
                    .json(&chat("echo/m")),
            )
            .await;
        answer.expect_error(400, Some("x-bf-async-webhook"));
    }
    assert_eq!(
        server.stored_jobs(),
        0,
        "nothing is stored for a refused submit"
    );
    let ok = alice
        .send(
            alice
                .request(reqwest::Method::POST, "/v1/async/chat/completions")
                .header("x-bf-async-webhook", "results")
                .json(&chat("echo/m")),
        )
        .await;
    ok.expect_status(202);
}

#[test]
fn a_private_target_is_refused_at_start() {
    let mut config = config(None, "http://127.0.0.1:9/hooks", "");
    config.extra_toml = config
        .extra_toml
        .replace("allow_private_network = true\n", "");
    let failure = tests::harness::start_refused(&config);
    let said = failure.to_string();
    assert!(said.contains("allow_private_network"), "{said}");
    assert!(said.contains("results"), "the endpoint is named: {said}");
}

/// The gateway dies after the outcome is stored and while its delivery is in flight: after a
/// restart the delivery is sent again, with the same `webhook-id`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delivery_cut_by_kill_9_is_sent_after_the_restart() {
    let receiver = WebhookReceiver::start();
    receiver.script(vec![ReceiverReply::Hang]);
    let mut server = Server::start(&config(None, &receiver.url(), ""));
    let id = submit(&server.client(), "echo/m").await;
    let first = receiver.wait_for(1, WAIT).remove(0);
    server.kill();
    server.restart();
    let deliveries = receiver.wait_for(2, Duration::from_secs(30));
    assert_eq!(deliveries[1].id(), first.id());
    assert_event(&deliveries[1], &id, "async_job.completed");
    let job = job_when(&server.client(), &id, status_is("delivered")).await;
    assert_eq!(job["webhook"]["attempts"], 2, "{job}");
}
