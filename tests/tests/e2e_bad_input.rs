//! Bad input gets a clear `4xx` with a `BifrostError` body naming the field in `error.param`, and
//! nothing is stored: after every refusal the SQLite file (read directly) holds no job, and the
//! upstream has not been called.

use std::time::Duration;

use generated::client::{FilePart, FormPart};
use serde_json::{json, Value};
use tests::fake_upstream::FakeUpstream;
use tests::harness::{Answer, Api, GatewayConfig, Server, TTL_HEADER};
use tests::jobs::JobBody;

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
    let api = server.client();

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
        let answer = api.submit_body(CHAT, JobBody::Bytes(body), None).await;
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
    let cases = cases.into_iter().chain(out_of_bounds());
    for (what, kind, body, param) in cases {
        let answer = api.submit(kind, &body).await;
        refused(&server, what, &answer, 400, Some(param));
    }
    nothing_forwarded(&fake);
}

/// Every bounded number of the JSON requests, just past each of its limits.
fn out_of_bounds() -> Vec<(&'static str, &'static str, Value, &'static str)> {
    let generation = |extra: Value| {
        let mut body = json!({"model": "fake/gpt-image-1", "prompt": "x"});
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        body
    };
    let speech =
        |speed: f64| json!({"model": "fake/tts-1", "input": "x", "voice": "alloy", "speed": speed});
    vec![
        (
            "frequency_penalty 2.5",
            CHAT,
            chat(json!({"frequency_penalty": 2.5})),
            "frequency_penalty",
        ),
        (
            "frequency_penalty -2.5",
            CHAT,
            chat(json!({"frequency_penalty": -2.5})),
            "frequency_penalty",
        ),
        (
            "presence_penalty 2.01",
            CHAT,
            chat(json!({"presence_penalty": 2.01})),
            "presence_penalty",
        ),
        (
            "presence_penalty -3",
            CHAT,
            chat(json!({"presence_penalty": -3})),
            "presence_penalty",
        ),
        ("top_p 1.5", CHAT, chat(json!({"top_p": 1.5})), "top_p"),
        ("top_p -0.1", CHAT, chat(json!({"top_p": -0.1})), "top_p"),
        (
            "top_logprobs 21",
            CHAT,
            chat(json!({"top_logprobs": 21})),
            "top_logprobs",
        ),
        (
            "top_logprobs -1",
            CHAT,
            chat(json!({"top_logprobs": -1})),
            "top_logprobs",
        ),
        (
            "partial_images 4",
            "images/generations",
            generation(json!({"partial_images": 4})),
            "partial_images",
        ),
        (
            "partial_images -1",
            "images/generations",
            generation(json!({"partial_images": -1})),
            "partial_images",
        ),
        (
            "output_compression 101",
            "images/generations",
            generation(json!({"output_compression": 101})),
            "output_compression",
        ),
        (
            "output_compression -1",
            "images/generations",
            generation(json!({"output_compression": -1})),
            "output_compression",
        ),
        ("speed 4.5", "audio/speech", speech(4.5), "speed"),
        ("speed 0.2", "audio/speech", speech(0.2), "speed"),
    ]
}

/// The bounds themselves are accepted: the limits are where the spec puts them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bounded_numbers_at_their_limits_are_accepted() {
    let server = Server::start(&GatewayConfig::default());
    let api = server.client();
    let chat = |extra: Value| {
        let mut body = json!({"model": "echo/m", "messages": [{"role": "user", "content": "hi"}]});
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        body
    };
    let cases = [
        (
            CHAT,
            chat(
                json!({"frequency_penalty": 2.0, "presence_penalty": -2.0, "top_p": 1, "top_logprobs": 20}),
            ),
        ),
        (
            CHAT,
            chat(
                json!({"frequency_penalty": -2.0, "presence_penalty": 2.0, "top_p": 0, "top_logprobs": 0}),
            ),
        ),
        (
            "images/generations",
            json!({"model": "echo/m", "prompt": "x", "partial_images": 3, "output_compression": 100}),
        ),
        (
            "images/generations",
            json!({"model": "echo/m", "prompt": "x", "partial_images": 0, "output_compression": 0}),
        ),
        (
            "audio/speech",
            json!({"model": "echo/m", "input": "x", "voice": "alloy", "speed": 4.0}),
        ),
        (
            "audio/speech",
            json!({"model": "echo/m", "input": "x", "voice": "alloy", "speed": 0.25}),
        ),
    ];
    for (kind, body) in &cases {
        api.submit_ok(kind, body).await;
    }
    let png = || {
        FormPart::file(
            "image",
            FilePart::from_bytes(b"\x89PNG\r\n\x1a\n".to_vec())
                .file_name("a.png")
                .content_type("image/png"),
        )
    };
    for n in ["1", "10"] {
        let parts = vec![
            FormPart::text("model", "echo/m"),
            png(),
            FormPart::text("n", n),
        ];
        Api::accepted_id(&api.submit_parts("images/variations", parts).await);
    }
    for (partial, compression) in [("0", "0"), ("3", "100")] {
        let parts = vec![
            FormPart::text("model", "echo/m"),
            FormPart::text("prompt", "x"),
            png(),
            FormPart::text("partial_images", partial),
            FormPart::text("output_compression", compression),
        ];
        Api::accepted_id(&api.submit_parts("images/edits", parts).await);
    }
    assert_eq!(server.stored_jobs(), 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_ttl_headers_are_refused() {
    let (fake, server) = gateway();
    let client = server.client();
    let body = chat(json!({}));
    // Numbers the generated client can send, then text it cannot.
    for ttl in [0, -1, 604801] {
        let answer = client
            .submit_body(CHAT, JobBody::Json(body.clone()), Some(ttl))
            .await;
        refused(
            &server,
            &format!("TTL {ttl}"),
            &answer,
            400,
            Some(TTL_HEADER),
        );
    }
    let api = server.api();
    let body = serde_json::to_vec(&body).unwrap();
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
    for ttl in [1, 604800] {
        let answer = client
            .submit_body(CHAT, JobBody::Json(chat(json!({}))), Some(ttl))
            .await;
        Api::accepted_id(&answer);
    }
    assert_eq!(server.stored_jobs(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversize_bodies_are_refused_with_413() {
    let (fake, server) = gateway();
    let api = server.client();
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

    let big_file = FilePart::from_bytes(vec![7u8; 8192])
        .file_name("big.wav")
        .content_type("audio/wav");
    let form = vec![
        FormPart::text("model", "fake/whisper-1"),
        FormPart::file("file", big_file),
    ];
    let answer = api.submit_parts("audio/transcriptions", form).await;
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
        FormPart::file(
            "file",
            FilePart::from_bytes(b"RIFF....WAVE".to_vec())
                .file_name("a.wav")
                .content_type("audio/wav"),
        )
    };
    let png = |name: &str| {
        FormPart::file(
            name,
            FilePart::from_bytes(b"\x89PNG\r\n\x1a\n".to_vec())
                .file_name("a.png")
                .content_type("image/png"),
        )
    };
    let text = FormPart::text;
    let cases: Vec<(&str, &str, Vec<FormPart>, &str)> = vec![
        (
            "transcription without file",
            "audio/transcriptions",
            vec![text("model", "fake/whisper-1"), text("language", "en")],
            "file",
        ),
        (
            "transcription without model",
            "audio/transcriptions",
            vec![wav()],
            "model",
        ),
        (
            "edit without image",
            "images/edits",
            vec![
                text("model", "fake/gpt-image-1"),
                text("prompt", "x"),
                png("mask"),
            ],
            "image",
        ),
        (
            "variation without image",
            "images/variations",
            vec![text("model", "fake/dall-e-2")],
            "image",
        ),
        (
            "edit n out of range",
            "images/edits",
            vec![
                text("model", "fake/gpt-image-1"),
                text("prompt", "x"),
                png("image"),
                text("n", "11"),
            ],
            "n",
        ),
        (
            "edit size not in enum",
            "images/edits",
            vec![
                text("model", "fake/gpt-image-1"),
                text("prompt", "x"),
                png("image"),
                text("size", "9x9"),
            ],
            "size",
        ),
        (
            "transcription format not in enum",
            "audio/transcriptions",
            vec![
                text("model", "fake/whisper-1"),
                wav(),
                text("response_format", "docx"),
            ],
            "response_format",
        ),
        (
            "variation with unknown provider",
            "images/variations",
            vec![text("model", "nope/dall-e-2"), png("image")],
            "model",
        ),
        (
            "variation n 11",
            "images/variations",
            vec![
                text("model", "fake/dall-e-2"),
                png("image"),
                text("n", "11"),
            ],
            "n",
        ),
        (
            "variation n 0",
            "images/variations",
            vec![text("model", "fake/dall-e-2"), png("image"), text("n", "0")],
            "n",
        ),
        (
            "edit partial_images 4",
            "images/edits",
            vec![
                text("model", "fake/gpt-image-1"),
                text("prompt", "x"),
                png("image"),
                text("partial_images", "4"),
            ],
            "partial_images",
        ),
        (
            "edit output_compression 101",
            "images/edits",
            vec![
                text("model", "fake/gpt-image-1"),
                text("prompt", "x"),
                png("image"),
                text("output_compression", "101"),
            ],
            "output_compression",
        ),
    ];
    for (what, kind, form, param) in cases {
        let answer = server.client().submit_parts(kind, form).await;
        refused(&server, what, &answer, 400, Some(param));
    }
    nothing_forwarded(&fake);
}
