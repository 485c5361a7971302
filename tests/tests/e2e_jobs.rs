//! Every job kind end to end over real HTTP: client -> gateway (the `server` binary) -> fake
//! OpenAI-compatible upstream, and back through polling.
//!
//! For each kind: the submit answers `202`, polling ends in `200` `completed` with the upstream's
//! body as `result` (speech: `{"audio": base64, "content_type"}`), and the upstream received the
//! client's request with `model` stripped of its `provider/` prefix, unknown fields kept, the
//! provider key, and (multipart) every part with its bytes, file name and content type intact.
//! Also: every kind once against the built-in `echo` provider, result expiry, and the rule that a
//! job id only answers on its own operation.

use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use generated::client::{FilePart, FormPart};
use serde_json::{json, Value};
use tests::fake_upstream::{
    FakeUpstream, Gate, Recorded, RecordedPart, Reply, SPEECH_CONTENT_TYPE,
};
use tests::harness::{compact, Api, GatewayConfig, Server, FAKE_KEY, KINDS};
use tests::jobs::JobBody;

const JOB_TIMEOUT: Duration = Duration::from_secs(15);

/// A server in front of a fresh fake upstream.
fn gateway() -> (FakeUpstream, Server) {
    let fake = FakeUpstream::start();
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    (fake, server)
}

/// Bytes that break naive text handling: NUL, CR LF, a boundary-looking dash run, every byte.
fn binary_file(tag: &str) -> Vec<u8> {
    let mut data = format!("{tag}\r\n--\r\n------WebKitFormBoundary\r\n\0").into_bytes();
    data.extend(0u8..=255);
    data.extend((0u8..=255).rev());
    data
}

/// The single request the fake saw on the kind's path, after checking nothing else was called.
fn only_request(fake: &FakeUpstream, kind: &str) -> Recorded {
    let all = fake.all_requests();
    assert_eq!(
        all.len(),
        1,
        "the upstream is called exactly once; it saw {:?}",
        all.iter().map(|r| &r.path).collect::<Vec<_>>()
    );
    let request = all.into_iter().next().unwrap();
    assert_eq!(request.path, format!("/v1/{kind}"));
    assert_eq!(request.method, "POST");
    assert_eq!(
        request.header("authorization"),
        Some(format!("Bearer {FAKE_KEY}").as_str()),
        "the provider key is sent"
    );
    request
}

/// The result must be the upstream's body, byte for byte (both written compactly).
fn assert_result_is_reply(job: &Value, request: &Recorded) {
    assert_eq!(request.reply_status, Some(200));
    let reply = std::str::from_utf8(&request.reply_body).expect("the fake answers JSON here");
    assert_eq!(compact(&job["result"]), reply, "result of {job}");
}

/// The times of a completed job: completed after created, expiring `ttl` after completion.
fn assert_times(job: &Value, ttl_secs: i64) {
    let time = |name: &str| {
        let text = job[name]
            .as_str()
            .unwrap_or_else(|| panic!("no {name} in {job}"));
        chrono::DateTime::parse_from_rfc3339(text)
            .unwrap_or_else(|e| panic!("{name} is not an RFC 3339 time ({e}): {job}"))
    };
    let created = time("created_at");
    let completed = time("completed_at");
    let expires = time("expires_at");
    assert!(
        completed >= created,
        "completed_at before created_at: {job}"
    );
    assert_eq!(
        (expires - completed).num_milliseconds(),
        ttl_secs * 1000,
        "expires_at = completed_at + ttl: {job}"
    );
}

/// Submits a JSON request for the fake provider, waits for completion, and checks what the
/// upstream got and what the job holds.
async fn json_round_trip(kind: &str, body: Value, bare_model: &str) -> (Value, Recorded) {
    let (fake, server) = gateway();
    let api = server.client();
    let id = api.submit_ok(kind, &body).await;
    let job = api.wait_completed(kind, &id, JOB_TIMEOUT).await;
    let request = only_request(&fake, kind);
    assert_eq!(
        request.header("content-type"),
        Some("application/json"),
        "JSON is forwarded as JSON"
    );
    let mut expected = body.clone();
    expected["model"] = json!(bare_model);
    assert_eq!(
        request.json(),
        expected,
        "the upstream gets the client's request, with the bare model and every unknown field"
    );
    assert_times(&job, 3600);
    (job, request)
}

/// Something the schema does not know, at the top level: it must reach the upstream.
fn unknown() -> Value {
    json!({"nested": [1, "two", {"three": 3.25, "four": null}], "flag": true})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chat_completion_round_trip() {
    let body = json!({
        "model": "fake/gpt-4o",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hello there"}
        ],
        "temperature": 0.5,
        "max_completion_tokens": 64,
        "x_vendor_extension": unknown()
    });
    let (job, request) = json_round_trip("chat/completions", body, "gpt-4o").await;
    assert_result_is_reply(&job, &request);
    assert_eq!(
        job["result"]["x_fake_extension"]["kept"],
        json!([1, 2.5, "three", null, true]),
        "unknown fields of the upstream answer are kept"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_completion_round_trip() {
    let body = json!({
        "model": "fake/gpt-3.5-turbo-instruct",
        "prompt": "Say this is a test",
        "max_tokens": 7,
        "x_vendor_extension": unknown()
    });
    let (job, request) = json_round_trip("completions", body, "gpt-3.5-turbo-instruct").await;
    assert_result_is_reply(&job, &request);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn responses_round_trip() {
    let body = json!({
        "model": "fake/gpt-4.1-mini",
        "input": "Write one line about the sea.",
        "instructions": "Be poetic.",
        "x_vendor_extension": unknown()
    });
    let (job, request) = json_round_trip("responses", body, "gpt-4.1-mini").await;
    assert_result_is_reply(&job, &request);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embeddings_round_trip() {
    let body = json!({
        "model": "fake/text-embedding-3-small",
        "input": ["first text", "second text"],
        "encoding_format": "float",
        "x_vendor_extension": unknown()
    });
    let (job, request) = json_round_trip("embeddings", body, "text-embedding-3-small").await;
    assert_result_is_reply(&job, &request);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn speech_round_trip() {
    let body = json!({
        "model": "fake/tts-1",
        "input": "Hello from the gateway.",
        "voice": "alloy",
        "response_format": "mp3",
        "x_vendor_extension": unknown()
    });
    let (job, request) = json_round_trip("audio/speech", body, "tts-1").await;
    assert_eq!(request.reply_status, Some(200));
    assert_eq!(
        job["result"],
        json!({
            "audio": STANDARD.encode(&request.reply_body),
            "content_type": SPEECH_CONTENT_TYPE,
        }),
        "speech results carry the upstream's audio bytes, base64, and its content type"
    );
    let audio = STANDARD
        .decode(job["result"]["audio"].as_str().unwrap())
        .unwrap();
    assert_eq!(audio, request.reply_body.to_vec());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn image_generation_round_trip() {
    let body = json!({
        "model": "fake/dall-e-3",
        "prompt": "A lighthouse at dusk",
        "n": 1,
        "size": "1024x1024",
        "response_format": "b64_json",
        "x_vendor_extension": unknown()
    });
    let (job, request) = json_round_trip("images/generations", body, "dall-e-3").await;
    assert_result_is_reply(&job, &request);
}

/// The JSON bytes the client sent reach the upstream unchanged (no re-serialisation): number
/// spellings, escapes and key order survive; only `model` is rewritten.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarded_json_keeps_the_clients_bytes() {
    let (fake, server) = gateway();
    let sent = r#"{"x_first":{"b":1e3,"a":[1.50,"\u00e9",-0.0]},"model":"fake/gpt-4o","messages":[{"role":"user","content":"caf\u00e9 \"quoted\""}],"temperature":0.50,"n":1}"#;
    let answer = server
        .client()
        .submit_body(
            "chat/completions",
            JobBody::Bytes(sent.as_bytes().to_vec()),
            None,
        )
        .await;
    let id = Api::accepted_id(&answer);
    server
        .client()
        .wait_completed("chat/completions", &id, JOB_TIMEOUT)
        .await;
    let request = only_request(&fake, "chat/completions");
    assert_eq!(
        String::from_utf8_lossy(&request.body),
        sent.replace(r#""model":"fake/gpt-4o""#, r#""model":"gpt-4o""#),
        "the forwarded body is the client's bytes with only `model` rewritten"
    );
}

/// The parts the upstream must receive: the client's, in order, with `model` made bare.
fn expect_parts(sent: &[RecordedPart], bare_model: &str) -> Vec<RecordedPart> {
    sent.iter()
        .map(|p| {
            let mut p = p.clone();
            if p.name == "model" {
                p.data = bytes::Bytes::from(bare_model.to_owned());
            }
            p
        })
        .collect()
}

fn text_part(name: &str, value: &str) -> RecordedPart {
    RecordedPart {
        name: name.into(),
        file_name: None,
        content_type: None,
        data: bytes::Bytes::from(value.to_owned()),
    }
}

fn file_part(name: &str, file_name: &str, content_type: &str, data: Vec<u8>) -> RecordedPart {
    RecordedPart {
        name: name.into(),
        file_name: Some(file_name.into()),
        content_type: Some(content_type.into()),
        data: bytes::Bytes::from(data),
    }
}

fn form_of(parts: &[RecordedPart]) -> Vec<FormPart> {
    parts
        .iter()
        .map(|p| match &p.file_name {
            None => FormPart::text(p.name.clone(), p.text()),
            Some(file_name) => {
                let mut file = FilePart::from_bytes(p.data.to_vec()).file_name(file_name.clone());
                if let Some(ct) = &p.content_type {
                    file = file.content_type(ct.clone());
                }
                FormPart::file(p.name.clone(), file)
            }
        })
        .collect()
}

/// Submits a multipart form for the fake provider, waits for completion, and checks the parts
/// the upstream got and the result.
async fn multipart_round_trip(kind: &str, sent: Vec<RecordedPart>, bare_model: &str) {
    let (fake, server) = gateway();
    let api = server.client();
    let id = Api::accepted_id(&api.submit_parts(kind, form_of(&sent)).await);
    let job = api.wait_completed(kind, &id, JOB_TIMEOUT).await;
    let request = only_request(&fake, kind);
    assert!(
        request
            .header("content-type")
            .is_some_and(|ct| ct.starts_with("multipart/form-data; boundary=")),
        "multipart is forwarded as multipart: {:?}",
        request.header("content-type")
    );
    assert_eq!(
        request.parts(),
        expect_parts(&sent, bare_model).as_slice(),
        "every part arrives upstream in order with its bytes, file name and content type"
    );
    assert_result_is_reply(&job, &request);
    assert_times(&job, 3600);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transcription_round_trip() {
    let parts = vec![
        text_part("model", "fake/whisper-1"),
        file_part("file", "meeting clip.wav", "audio/wav", binary_file("RIFF")),
        text_part("language", "en"),
        text_part("response_format", "json"),
        text_part("x_vendor_extension", "kept as sent"),
    ];
    multipart_round_trip("audio/transcriptions", parts, "whisper-1").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn image_edit_with_mask_round_trip() {
    let parts = vec![
        text_part("model", "fake/gpt-image-1"),
        text_part("prompt", "Add a red hat"),
        file_part(
            "image",
            "cat.png",
            "image/png",
            binary_file("\u{89}PNG image"),
        ),
        file_part(
            "mask",
            "mask.png",
            "image/png",
            binary_file("\u{89}PNG mask"),
        ),
        text_part("n", "1"),
        text_part("size", "1024x1024"),
    ];
    multipart_round_trip("images/edits", parts, "gpt-image-1").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn image_edit_with_repeated_images_round_trip() {
    let parts = vec![
        text_part("model", "fake/gpt-image-1"),
        text_part("prompt", "Put these on one table"),
        file_part("image[]", "first.png", "image/png", binary_file("first")),
        file_part(
            "image[]",
            "second.webp",
            "image/webp",
            binary_file("second"),
        ),
        file_part("image[]", "third.jpg", "image/jpeg", binary_file("third")),
    ];
    multipart_round_trip("images/edits", parts, "gpt-image-1").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn image_variation_round_trip() {
    let parts = vec![
        text_part("model", "fake/dall-e-2"),
        file_part(
            "image",
            "original.png",
            "image/png",
            binary_file("variation"),
        ),
        text_part("n", "2"),
        text_part("size", "256x256"),
    ];
    multipart_round_trip("images/variations", parts, "dall-e-2").await;
}

/// The built-in `echo` provider answers each kind in its OpenAI shape, with no upstream.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn echo_provider_answers_every_kind() {
    let server = Server::start(&GatewayConfig::default());
    let api = server.client();
    let png = STANDARD.decode(tests::fake_upstream::PNG_BASE64).unwrap();
    let json_bodies = [
        (
            "chat/completions",
            json!({"model": "echo/any", "messages": [{"role": "user", "content": "hello echo"}]}),
        ),
        (
            "completions",
            json!({"model": "echo/any", "prompt": "complete me"}),
        ),
        (
            "responses",
            json!({"model": "echo/any", "input": "respond to me"}),
        ),
        (
            "embeddings",
            json!({"model": "echo/any", "input": ["one", "two"], "dimensions": 4}),
        ),
        (
            "audio/speech",
            json!({"model": "echo/any", "input": "say it", "voice": "alloy"}),
        ),
        (
            "images/generations",
            json!({"model": "echo/any", "prompt": "a cat", "n": 2}),
        ),
    ];
    let mut ids = Vec::new();
    for (kind, body) in &json_bodies {
        ids.push((*kind, api.submit_ok(kind, body).await));
    }
    let wav = || {
        FilePart::from_bytes(binary_file("RIFF"))
            .file_name("clip.wav")
            .content_type("audio/wav")
    };
    let image = || {
        FilePart::from_bytes(png.clone())
            .file_name("in.png")
            .content_type("image/png")
    };
    let forms = [
        (
            "audio/transcriptions",
            vec![
                FormPart::text("model", "echo/any"),
                FormPart::file("file", wav()),
            ],
        ),
        (
            "images/edits",
            vec![
                FormPart::text("model", "echo/any"),
                FormPart::text("prompt", "edit"),
                FormPart::file("image", image()),
                FormPart::file("mask", image()),
            ],
        ),
        (
            "images/variations",
            vec![
                FormPart::text("model", "echo/any"),
                FormPart::file("image", image()),
            ],
        ),
    ];
    for (kind, form) in forms {
        ids.push((kind, Api::accepted_id(&api.submit_parts(kind, form).await)));
    }
    assert_eq!(ids.len(), KINDS.len());

    for (kind, id) in &ids {
        let job = api.wait_completed(kind, id, JOB_TIMEOUT).await;
        let r = &job["result"];
        match *kind {
            "chat/completions" => {
                assert_eq!(r["object"], "chat.completion", "{r}");
                assert_eq!(r["choices"][0]["message"]["role"], "assistant", "{r}");
                assert_eq!(r["choices"][0]["message"]["content"], "hello echo", "{r}");
                assert_eq!(r["model"], "any", "{r}");
            }
            "completions" => {
                assert_eq!(r["object"], "text_completion", "{r}");
                assert!(r["choices"][0]["text"].is_string(), "{r}");
            }
            "responses" => {
                assert_eq!(r["object"], "response", "{r}");
                assert_eq!(r["output"][0]["content"][0]["type"], "output_text", "{r}");
            }
            "embeddings" => {
                assert_eq!(r["object"], "list", "{r}");
                let data = r["data"].as_array().expect("data");
                assert_eq!(data.len(), 2, "{r}");
                assert_eq!(
                    data[0]["embedding"].as_array().map(Vec::len),
                    Some(4),
                    "{r}"
                );
            }
            "audio/speech" => {
                let audio = STANDARD
                    .decode(r["audio"].as_str().expect("audio"))
                    .expect("base64");
                assert_eq!(&audio[..4], b"RIFF", "a WAV file");
                assert_eq!(r["content_type"], "audio/wav", "{r}");
            }
            "audio/transcriptions" => {
                let text = r["text"].as_str().expect("text");
                assert!(text.contains("clip.wav"), "{r}");
            }
            "images/generations" | "images/edits" | "images/variations" => {
                let data = r["data"].as_array().expect("data");
                let want = if *kind == "images/generations" { 2 } else { 1 };
                assert_eq!(data.len(), want, "{r}");
                let image = STANDARD
                    .decode(data[0]["b64_json"].as_str().expect("b64_json"))
                    .unwrap();
                assert_eq!(&image[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
            }
            other => panic!("unexpected kind {other}"),
        }
    }
}

/// `x-bf-async-job-result-ttl: 1`: the result is there once completed, expires one second after
/// completion, and is then `404` (not found, the same as an unknown id).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn result_expires_after_its_ttl() {
    let server = Server::start(&GatewayConfig::default());
    let api = server.client();
    let body = json!({"model": "echo/m", "messages": [{"role": "user", "content": "short-lived"}]});
    let answer = api
        .submit_body("chat/completions", JobBody::Json(body), Some(1))
        .await;
    let id = Api::accepted_id(&answer);
    let job = api
        .wait_completed("chat/completions", &id, JOB_TIMEOUT)
        .await;
    assert_times(&job, 1);
    let deadline = Instant::now() + Duration::from_secs(6);
    loop {
        let answer = api.poll("chat/completions", &id).await;
        match answer.status {
            200 => assert_eq!(answer.json()["status"], "completed"),
            404 => {
                answer.expect_error(404, None);
                break;
            }
            other => panic!(
                "unexpected HTTP {other} while waiting for expiry: {}",
                answer.text
            ),
        }
        assert!(
            Instant::now() < deadline,
            "the result did not expire within 6 s of a 1 s TTL"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Once gone it stays gone.
    api.poll("chat/completions", &id)
        .await
        .expect_error(404, None);
    // And the reaper (every second here) deletes the row itself.
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.stored_jobs() > 0 {
        assert!(
            Instant::now() < deadline,
            "the reaper did not delete the expired job"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A job id answers only on its own operation; unknown and malformed ids are `404` too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn job_ids_answer_only_on_their_operation() {
    let server = Server::start(&GatewayConfig::default());
    let api = server.client();
    let id = api
        .submit_ok(
            "chat/completions",
            &json!({"model": "echo/m", "messages": [{"role": "user", "content": "x"}]}),
        )
        .await;
    api.wait_completed("chat/completions", &id, JOB_TIMEOUT)
        .await;
    for kind in KINDS.iter().filter(|k| **k != "chat/completions") {
        api.poll(kind, &id).await.expect_error(404, None);
    }
    let unknown = "3f2b9c1e-8d4a-4e6b-9a7c-1d2e3f4a5b6c";
    api.poll("chat/completions", unknown)
        .await
        .expect_error(404, None);
    for malformed in [
        "not-a-uuid",
        "12345",
        &id.replace('-', ""),
        &format!("{id}x"),
        "%27%20OR%201%3D1",
        // The client percent-encodes the segment: the server sees the quote and spaces.
        "' OR 1=1",
    ] {
        let answer = api.poll("chat/completions", malformed).await;
        answer.expect_error(404, None);
    }
    // The job itself is still there.
    api.poll("chat/completions", &id).await.expect_status(200);
}

/// A job has no connection to stream over: `stream: true` is accepted, and the provider is asked
/// for the complete answer, which becomes the result.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streaming_requests_get_the_complete_answer() {
    let (fake, server) = gateway();
    let api = server.client();
    let id = api
        .submit_ok(
            "chat/completions",
            &json!({
                "model": "fake/gpt-4o",
                "messages": [{"role": "user", "content": "hi"}],
                "stream": true,
                "stream_options": {"include_usage": true}
            }),
        )
        .await;
    let job = api
        .wait_terminal("chat/completions", &id, JOB_TIMEOUT)
        .await;
    assert_eq!(job["status"], "completed", "{job}");
    let forwarded: Value =
        serde_json::from_slice(&only_request(&fake, "chat/completions").body).unwrap();
    assert!(
        forwarded.get("stream").is_none(),
        "stream is not forwarded: {forwarded}"
    );
    assert!(forwarded.get("stream_options").is_none(), "{forwarded}");
    assert_eq!(forwarded["model"], "gpt-4o");
}

/// A provider's `max_concurrency` holds however many jobs wait for it, and is used in full.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_providers_concurrency_limit_holds() {
    let fake = FakeUpstream::start();
    fake.set_latency("chat/completions", Duration::from_millis(150));
    let server = Server::start(&GatewayConfig {
        upstream_max_concurrency: Some(2),
        ..GatewayConfig::with_upstream(&fake)
    });
    let api = server.client();
    let mut ids = Vec::new();
    for i in 0..8 {
        let body = json!({"model": "fake/gpt-4o", "messages": [{"role": "user", "content": format!("job {i}")}]});
        ids.push(api.submit_ok("chat/completions", &body).await);
    }
    for id in &ids {
        let job = api.wait_terminal("chat/completions", id, JOB_TIMEOUT).await;
        assert_eq!(job["status"], "completed", "{job}");
    }
    assert_eq!(fake.all_requests().len(), 8);
    assert_eq!(
        fake.max_in_flight(),
        2,
        "two jobs at a time reach the provider, never more"
    );
}

/// A provider at its limit keeps the rest of its backlog in the queue: when its running job
/// ends with several of its jobs waiting, only as many as it can run are claimed (the others
/// stay `pending`), and the workers' other slots go to other providers' jobs meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provider_at_its_limit_leaves_the_other_slots_to_other_providers() {
    let fake = FakeUpstream::start();
    let (first, rest) = (Gate::new(), Gate::new());
    fake.script(
        "chat/completions",
        vec![
            Reply::Held(first.clone()),
            Reply::Held(rest.clone()),
            Reply::Held(rest.clone()),
            Reply::Held(rest.clone()),
        ],
    );
    // A held request stays held: no attempt or execution timeout frees its slot meanwhile.
    let server = Server::start(&GatewayConfig {
        workers: 3,
        upstream_max_concurrency: Some(1),
        attempt_timeout_secs: 300,
        execution_timeout_secs: 300,
        ..GatewayConfig::with_upstream(&fake)
    });
    let api = server.client();
    let chat = |model: &str, i: usize| json!({"model": model, "messages": [{"role": "user", "content": format!("job {i}")}]});
    let running = api
        .submit_ok("chat/completions", &chat("fake/slow", 0))
        .await;
    fake.wait_for_requests("chat/completions", 1, JOB_TIMEOUT)
        .await;
    let mut waiting = Vec::new();
    for i in 1..4 {
        waiting.push(
            api.submit_ok("chat/completions", &chat("fake/slow", i))
                .await,
        );
    }
    // The provider's one job ends with three of its jobs queued and every slot free.
    first.open();
    api.wait_completed("chat/completions", &running, JOB_TIMEOUT)
        .await;
    fake.wait_for_requests("chat/completions", 2, JOB_TIMEOUT)
        .await;

    // Echo jobs take milliseconds; the deadline only bounds a failing run, in which they
    // would wait for the held request.
    for i in 0..3 {
        let quick = api
            .submit_ok("chat/completions", &chat("echo/any", i))
            .await;
        let job = api
            .wait_terminal("chat/completions", &quick, Duration::from_secs(10))
            .await;
        assert_eq!(job["status"], "completed", "{job}");
    }
    let mut statuses = Vec::new();
    for id in &waiting {
        let job = api.poll("chat/completions", id).await.json();
        statuses.push(job["status"].as_str().unwrap_or_default().to_owned());
    }
    statuses.sort();
    assert_eq!(
        statuses,
        ["pending", "pending", "processing"],
        "one job of the provider runs, the rest wait in the queue"
    );

    rest.open();
    for id in &waiting {
        api.wait_completed("chat/completions", id, JOB_TIMEOUT)
            .await;
    }
    assert_eq!(fake.max_in_flight(), 1);
}

/// `jobs.workers` bounds the jobs run at once over all providers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_global_worker_limit_holds() {
    let fake = FakeUpstream::start();
    fake.set_latency("embeddings", Duration::from_millis(150));
    let server = Server::start(&GatewayConfig {
        workers: 3,
        ..GatewayConfig::with_upstream(&fake)
    });
    let api = server.client();
    let mut ids = Vec::new();
    for i in 0..9 {
        let body = json!({"model": "fake/e", "input": format!("text {i}")});
        ids.push(api.submit_ok("embeddings", &body).await);
    }
    for id in &ids {
        let job = api.wait_terminal("embeddings", id, JOB_TIMEOUT).await;
        assert_eq!(job["status"], "completed", "{job}");
    }
    assert_eq!(fake.max_in_flight(), 3, "three jobs at a time, never more");
}

/// A job that runs longer than its lease keeps it by heartbeats: the stored lease moves forward
/// while the provider holds the request, no other claim takes it over, and the provider is
/// asked once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heartbeats_keep_a_long_job_from_being_run_twice() {
    const LEASE_SECS: u64 = 6;
    let fake = FakeUpstream::start();
    let gate = Gate::new();
    fake.script("chat/completions", vec![Reply::Held(gate.clone())]);
    // Heartbeats come every third of the lease, so one may be late by most of a lease before
    // another claim could take the job; the attempt timeout is far away.
    let server = Server::start(&GatewayConfig {
        lease_secs: LEASE_SECS,
        attempt_timeout_secs: 60,
        ..GatewayConfig::with_upstream(&fake)
    });
    let api = server.client();
    let id = api
        .submit_ok(
            "chat/completions",
            &json!({"model": "fake/slow", "messages": [{"role": "user", "content": "take your time"}]}),
        )
        .await;
    fake.wait_for_requests("chat/completions", 1, JOB_TIMEOUT)
        .await;
    let (attempts, first_lease) = server.stored_lease(&id).expect("the job is stored");
    let first_lease = first_lease.expect("a running job holds a lease");
    assert_eq!(attempts, 1, "the job was claimed once");
    // Hold the request until the lease the job was claimed with has run out and a heartbeat
    // has pushed the stored lease past it.
    let deadline = Instant::now() + Duration::from_secs(4 * LEASE_SECS);
    loop {
        let (attempts, lease) = server.stored_lease(&id).expect("the job is stored");
        assert_eq!(attempts, 1, "no other claim took the job over");
        let now_ms = chrono::Utc::now().timestamp_millis();
        if now_ms > first_lease && lease.is_some_and(|l| l > first_lease) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the lease was not extended past its first expiry (first {first_lease}, now {lease:?})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    gate.open();
    let job = api
        .wait_terminal("chat/completions", &id, JOB_TIMEOUT)
        .await;
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(
        fake.all_requests().len(),
        1,
        "the lease was kept, so the job ran once"
    );
    assert_eq!(server.stored_lease(&id).map(|(a, _)| a), Some(1));
}
