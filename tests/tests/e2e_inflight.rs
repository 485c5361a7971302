//! `limits.max_inflight_body_bytes`: while the bodies of submits being received add up to the
//! limit, another submit gets `503` with `Retry-After` and a `BifrostError` body, and nothing
//! of it is stored; once the held bodies are let go, submits are accepted again.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tests::fake_upstream::FakeUpstream;
use tests::harness::{Answer, GatewayConfig, Server};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const CHAT: &str = "chat/completions";
const LIMIT: usize = 4096;

fn gateway() -> (FakeUpstream, Server) {
    let fake = FakeUpstream::start();
    let config = GatewayConfig {
        extra_toml: format!("\n[limits]\nmax_inflight_body_bytes = {LIMIT}\n"),
        ..GatewayConfig::with_upstream(&fake)
    };
    let server = Server::start(&config);
    (fake, server)
}

/// A chat body of about `size` bytes (the content is padded).
fn chat_body(size: usize) -> Vec<u8> {
    let body = json!({"model": "fake/gpt-4o", "messages": [{"role": "user", "content": ""}]});
    let base = serde_json::to_vec(&body).unwrap().len();
    let padded = json!({"model": "fake/gpt-4o",
        "messages": [{"role": "user", "content": "x".repeat(size.saturating_sub(base))}]});
    serde_json::to_vec(&padded).unwrap()
}

fn assert_busy(what: &str, answer: &Answer, server: &Server, stored: i64) {
    assert_eq!(answer.status, 503, "{what}: {}", answer.text);
    let retry_after = answer
        .headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    assert!(
        retry_after.is_some_and(|s| s >= 1),
        "{what}: Retry-After in {:?}",
        answer.headers
    );
    let body: Value = answer.json();
    tests::harness::assert_bifrost_error(&body, 503);
    assert_eq!(body["error"]["code"], "server_busy", "{what}: {body}");
    assert_eq!(
        server.stored_jobs(),
        stored,
        "{what}: a refused submit must store nothing: {:?}",
        server.stored_job_rows()
    );
}

/// Waits (10 s at most) until `/metrics` shows exactly `bytes` of submit bodies held.
async fn wait_for_inflight(server: &Server, bytes: usize) {
    let want = format!("gateway_inflight_body_bytes {bytes}\n");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = tests::harness::http_client()
            .get(server.url("/metrics"))
            .send()
            .await
            .expect("GET /metrics")
            .text()
            .await
            .expect("the metrics text");
        if text.contains(&want) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "never {} held bytes: {text}",
            bytes
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Starts a submit whose headers announce `length` bytes and sends only the first few, so the
/// gateway holds the request (and counts its length) until the connection is dropped.
async fn held_submit(server: &Server, length: usize) -> TcpStream {
    let mut stream = TcpStream::connect(server.addr()).await.expect("connect");
    let head = format!(
        "POST /v1/async/{CHAT} HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\n\
         content-length: {length}\r\n\r\n{{\"model\""
    );
    stream.write_all(head.as_bytes()).await.expect("send head");
    stream.flush().await.expect("flush");
    stream
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submits_past_the_inflight_limit_get_503_and_store_nothing() {
    let (_fake, server) = gateway();
    let api = server.api();

    // A body larger than the whole budget never fits.
    let answer = api.submit_bytes(CHAT, chat_body(LIMIT + 100), &[]).await;
    assert_busy("a body larger than the limit", &answer, &server, 0);

    // One held upload takes most of the budget; a submit that would go past it is refused.
    let held = held_submit(&server, LIMIT - 1000).await;
    // The held request is counted once the gateway has read its head. (A probing submit would
    // race it: counted first, the probe would leave no room for the held request.)
    wait_for_inflight(&server, LIMIT - 1000).await;
    let answer = api.submit_bytes(CHAT, chat_body(2000), &[]).await;
    assert_busy("a submit past the held upload", &answer, &server, 0);

    // A body without a declared length is counted as it arrives and refused the same way.
    let mut chunked = TcpStream::connect(server.addr()).await.expect("connect");
    let body = chat_body(2000);
    let request = format!(
        "POST /v1/async/{CHAT} HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\n\
         transfer-encoding: chunked\r\nconnection: close\r\n\r\n{:x}\r\n",
        body.len()
    );
    chunked.write_all(request.as_bytes()).await.unwrap();
    chunked.write_all(&body).await.unwrap();
    chunked.write_all(b"\r\n0\r\n\r\n").await.unwrap();
    let mut answer = Vec::new();
    chunked.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 503") && answer.to_ascii_lowercase().contains("retry-after:"),
        "a chunked submit past the limit: {answer}"
    );
    assert!(answer.contains("server_busy"), "{answer}");
    assert_eq!(server.stored_jobs(), 0, "{:?}", server.stored_job_rows());

    // A small submit still fits beside the held upload.
    let small = api.submit_bytes(CHAT, chat_body(200), &[]).await;
    assert_eq!(small.status, 202, "{}", small.text);
    assert_eq!(server.stored_jobs(), 1);

    // Once the held upload is gone its bytes are given back.
    drop(held);
    wait_for_inflight(&server, 0).await;
    let accepted = api.submit_bytes(CHAT, chat_body(2000), &[]).await;
    assert_eq!(accepted.status, 202, "{}", accepted.text);
    assert_eq!(server.stored_jobs(), 2, "{:?}", server.stored_job_rows());
}
