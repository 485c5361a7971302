//! Bad input gets a clear `4xx` with a `BifrostError` body naming the field in `error.param`, and
//! nothing is stored: after every refusal the SQLite file (read directly) holds no job, and the
//! upstream has not been called.

use std::time::Duration;

use reqwest::multipart::{Form, Part};
use serde_json::{json, Value};
use tests::fake_upstream::FakeUpstream;
use tests::harness::{Answer, Api, GatewayConfig, Server, TTL_HEADER};

const CHAT: &str = "chat/completions";

/// A gateway in front of a fake upstream, with a 1 KiB JSON and 4 KiB multipart body limit.
fn gateway() -> (FakeUpstream, Server) {
    let fake = FakeUpstream::start();
    let config = GatewayConfig {
        json_body_bytes: Some(1024),
        multipart_body_bytes: Some(4096),
        ..GatewayConfig::with_upstream(&fake)
    };
    let server = Server::start(&config);
    (fake, server)
}

/// Asserts a refusal and that the store is still empty.
fn refused(server: &Server, what: &str, answer: &Answer, status: u16, param: Option<&str>) {
    assert_eq!(
        answer.status, status,
        "{what}: want HTTP {status}, got {}: {}",
        answer.status, answer.text
    );
    let body = answer.json();
    tests::harness::assert_bifrost_error(&body, status);
    assert_eq!(
        body["error"]["param"].as_str(),
        param,
        "{what}: error.param of {body}"
    );
    assert_eq!(
        server.stored_jobs(),
        0,
        "{what}: a refused request must not be stored: {:?}",
        server.stored_job_rows()
    );
}

fn nothing_forwarded(fake: &FakeUpstream) {
    assert!(
        fake.all_requests().is_empty(),
        "nothing refused may reach the upstream"
    );
}

fn chat(extra: Value) -> Value {
    let mut body = json!({"model": "fake/gpt-4o", "messages": [{"role": "user", "content": "hi"}]});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_json_bodies_name_the_field() {
    let (fake, server) = gateway();
    let api = server.api();

    let raw = |text: &str| text.as_bytes().to_vec();
    for (what, body) in [
        (
            "truncated JSON",
            raw(r#"{"model": "fake/gpt-4o", "messages": ["#),
        ),
        ("not JSON at all", raw("model=fake/gpt-4o")),
        (
            "trailing garbage",
            raw(r#"{"model": "fake/gpt-4o", "messages": []} x"#),
        ),
        ("empty body", Vec::new()),
    ] {
        let answer = api.submit_bytes(CHAT, body, &[]).await;
        refused(&server, what, &answer, 400, None);
    }

    let cases: Vec<(&str, &str, Value, &str)> = vec![
        // Wrong types.
        (
            "temperature as text",
            CHAT,
            chat(json!({"temperature": "hot"})),
            "temperature",
        ),
        (
            "content as a number",
            CHAT,
            json!({"model": "fake/gpt-4o", "messages": [{"role": "user", "content": 42}]}),
            "messages[0].content",
        ),
        (
            "messages as an object",
            CHAT,
            json!({"model": "fake/gpt-4o", "messages": {"role": "user"}}),
            "messages",
        ),
        (
            "dimensions as text",
            "embeddings",
            json!({"model": "fake/e", "input": "x", "dimensions": "large"}),
            "dimensions",
        ),
        (
            "max_tokens as text",
            "completions",
            json!({"model": "fake/i", "prompt": "x", "max_tokens": "lots"}),
            "max_tokens",
        ),
        (
            "n as text",
            "images/generations",
            json!({"model": "fake/d", "prompt": "x", "n": "2"}),
            "n",
        ),
        // Missing required fields.
        (
            "no messages",
            CHAT,
            json!({"model": "fake/gpt-4o"}),
            "messages",
        ),
        (
            "no model",
            CHAT,
            json!({"messages": [{"role": "user", "content": "hi"}]}),
            "model",
        ),
        (
            "no input",
            "embeddings",
            json!({"model": "fake/e"}),
            "input",
        ),
        (
            "no voice",
            "audio/speech",
            json!({"model": "fake/tts-1", "input": "x"}),
            "voice",
        ),
        (
            "no prompt",
            "images/generations",
            json!({"model": "fake/d"}),
            "prompt",
        ),
        (
            "no input (responses)",
            "responses",
            json!({"model": "fake/r"}),
            "input",
        ),
        // Enum violations.
        (
            "role not in enum",
            CHAT,
            json!({"model": "fake/gpt-4o", "messages": [{"role": "wizard", "content": "hi"}]}),
            "messages[0].role",
        ),
        (
            "encoding_format not in enum",
            "embeddings",
            json!({"model": "fake/e", "input": "x", "encoding_format": "hex"}),
            "encoding_format",
        ),
        (
            "size not in enum",
            "images/generations",
            json!({"model": "fake/d", "prompt": "x", "size": "2048x2048"}),
            "size",
        ),
        (
            "speech format not in enum",
            "audio/speech",
            json!({"model": "fake/tts-1", "input": "x", "voice": "alloy", "response_format": "ogg"}),
            "response_format",
        ),
        // Out of range.
        (
            "temperature 5",
            CHAT,
            chat(json!({"temperature": 5})),
            "temperature",
        ),
        (
            "temperature -1",
            CHAT,
            chat(json!({"temperature": -1})),
            "temperature",
        ),
        (
            "n 11",
            "images/generations",
            json!({"model": "fake/d", "prompt": "x", "n": 11}),
            "n",
        ),
        (
            "n 0",
            "images/generations",
            json!({"model": "fake/d", "prompt": "x", "n": 0}),
            "n",
        ),
        // Routing: the model must name a configured provider.
        (
            "unknown provider",
            CHAT,
            chat(json!({"model": "nope/gpt-4o"})),
            "model",
        ),
        (
            "no provider prefix",
            CHAT,
            chat(json!({"model": "gpt-4o"})),
            "model",
        ),
        (
            "empty model name",
            CHAT,
            chat(json!({"model": "fake/"})),
            "model",
        ),
    ];
    for (what, kind, body, param) in cases {
        let answer = api.submit(kind, &body).await;
        refused(&server, what, &answer, 400, Some(param));
    }
    nothing_forwarded(&fake);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_ttl_headers_are_refused() {
    let (fake, server) = gateway();
    let api = server.api();
    let body = serde_json::to_vec(&chat(json!({}))).unwrap();
    for ttl in [
        "0",
        "-1",
        "abc",
        "604801",
        "1.5",
        "",
        "99999999999999999999999",
    ] {
        let answer = api
            .submit_bytes(CHAT, body.clone(), &[(TTL_HEADER, ttl)])
            .await;
        refused(
            &server,
            &format!("TTL {ttl:?}"),
            &answer,
            400,
            Some(TTL_HEADER),
        );
    }
    nothing_forwarded(&fake);
    // The bounds themselves are fine.
    for ttl in ["1", "604800"] {
        let answer = api
            .submit_bytes(CHAT, body.clone(), &[(TTL_HEADER, ttl)])
            .await;
        Api::accepted_id(&answer);
    }
    assert_eq!(server.stored_jobs(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversize_bodies_are_refused_with_413() {
    let (fake, server) = gateway();
    let api = server.api();
    let long = "x".repeat(2000);
    let answer = api
        .submit(
            CHAT,
            &chat(json!({"messages": [{"role": "user", "content": long}]})),
        )
        .await;
    refused(
        &server,
        "2 KB of JSON over a 1 KiB limit",
        &answer,
        413,
        None,
    );

    // Just under the limit passes (the limit is the body size, not something smaller).
    let fits = chat(json!({"messages": [{"role": "user", "content": "y".repeat(900)}]}));
    assert!(serde_json::to_vec(&fits).unwrap().len() < 1024);
    Api::accepted_id(&api.submit(CHAT, &fits).await);
    assert_eq!(server.stored_jobs(), 1);

    let big_file = Part::bytes(vec![7u8; 8192])
        .file_name("big.wav")
        .mime_str("audio/wav")
        .unwrap();
    let form = Form::new()
        .text("model", "fake/whisper-1")
        .part("file", big_file);
    let answer = api.submit_form("audio/transcriptions", form).await;
    assert_eq!(
        answer.status, 413,
        "8 KiB of multipart over a 4 KiB limit: {}",
        answer.text
    );
    tests::harness::assert_bifrost_error(&answer.json(), 413);
    assert_eq!(server.stored_jobs(), 1, "the oversize form is not stored");
    // Only the job that fitted went upstream.
    fake.wait_for_requests(CHAT, 1, Duration::from_secs(10))
        .await;
    assert_eq!(fake.all_requests().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_multipart_is_refused() {
    let (fake, server) = gateway();
    let api = server.api();
    let post = |content_type: &str, body: &'static [u8]| {
        api.request(reqwest::Method::POST, "/v1/async/audio/transcriptions")
            .header("content-type", content_type)
            .body(body)
    };
    for (what, content_type, body) in [
        ("garbage with a boundary", "multipart/form-data; boundary=XYZ", &b"garbage, no parts"[..]),
        (
            "unterminated part",
            "multipart/form-data; boundary=XYZ",
            &b"--XYZ\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\nfake/whisper-1\r\n--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n\r\nRIFF"[..],
        ),
        ("no boundary", "multipart/form-data", &b"--XYZ--\r\n"[..]),
        ("JSON instead of a form", "application/json", &br#"{"model": "fake/whisper-1", "file": "UklGRg=="}"#[..]),
    ] {
        let answer = api.send(post(content_type, body)).await;
        refused(&server, what, &answer, 400, None);
    }

    let wav = || {
        Part::bytes(b"RIFF....WAVE".to_vec())
            .file_name("a.wav")
            .mime_str("audio/wav")
            .unwrap()
    };
    let png = || {
        Part::bytes(b"\x89PNG\r\n\x1a\n".to_vec())
            .file_name("a.png")
            .mime_str("image/png")
            .unwrap()
    };
    let cases: Vec<(&str, &str, Form, &str)> = vec![
        (
            "transcription without file",
            "audio/transcriptions",
            Form::new()
                .text("model", "fake/whisper-1")
                .text("language", "en"),
            "file",
        ),
        (
            "transcription without model",
            "audio/transcriptions",
            Form::new().part("file", wav()),
            "model",
        ),
        (
            "edit without image",
            "images/edits",
            Form::new()
                .text("model", "fake/gpt-image-1")
                .text("prompt", "x")
                .part("mask", png()),
            "image",
        ),
        (
            "variation without image",
            "images/variations",
            Form::new().text("model", "fake/dall-e-2"),
            "image",
        ),
        (
            "edit n out of range",
            "images/edits",
            Form::new()
                .text("model", "fake/gpt-image-1")
                .text("prompt", "x")
                .part("image", png())
                .text("n", "11"),
            "n",
        ),
        (
            "edit size not in enum",
            "images/edits",
            Form::new()
                .text("model", "fake/gpt-image-1")
                .text("prompt", "x")
                .part("image", png())
                .text("size", "9x9"),
            "size",
        ),
        (
            "transcription format not in enum",
            "audio/transcriptions",
            Form::new()
                .text("model", "fake/whisper-1")
                .part("file", wav())
                .text("response_format", "docx"),
            "response_format",
        ),
        (
            "variation with unknown provider",
            "images/variations",
            Form::new()
                .text("model", "nope/dall-e-2")
                .part("image", png()),
            "model",
        ),
    ];
    for (what, kind, form, param) in cases {
        let answer = api.submit_form(kind, form).await;
        refused(&server, what, &answer, 400, Some(param));
    }
    nothing_forwarded(&fake);
}
