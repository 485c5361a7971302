//! The generated client against the generated server over real HTTP.
//!
//! Every operation is called through `generated::client`: each submit through the fake upstream
//! (checking what the provider received) and through the built-in `echo` provider, each poll
//! until the job is final with the `wait_*` helpers, multipart bodies with file names and media
//! types, and every documented answer (`202`, `200`, `400`, `401`, `404`, `413`) as its typed
//! variant. Undocumented or malformed answers come back as errors that keep what the server said.

use std::time::Duration;

use generated::client::{
    Client, CreateAsyncChatCompletionResponse, CreateAsyncEmbeddingResponse,
    CreateAsyncImageEditResponse, CreateAsyncImageGenerationResponse,
    CreateAsyncImageVariationResponse, CreateAsyncResponseResponse, CreateAsyncSpeechResponse,
    CreateAsyncTextCompletionResponse, CreateAsyncTranscriptionResponse, Error, FilePart,
    GetAsyncChatCompletionJobResponse, GetAsyncEmbeddingJobResponse, GetAsyncImageEditJobResponse,
    GetAsyncImageGenerationJobResponse, GetAsyncImageVariationJobResponse,
    GetAsyncResponseJobResponse, GetAsyncSpeechJobResponse, GetAsyncTextCompletionJobResponse,
    GetAsyncTranscriptionJobResponse, JobState, RawBody, RequestBody, WaitError, WaitOptions,
};
use generated::types::{
    AsyncJobResponse, AsyncJobStatus, ChatCompletionRequest, EmbeddingRequest, ImageEditRequest,
    ImageGenerationRequest, ImageVariationRequest, ResponsesRequest, SpeechRequest,
    TextCompletionRequest, TranscriptionRequest,
};
use serde_json::{json, Value};
use tests::fake_upstream::{FakeUpstream, Recorded, Reply};
use tests::harness::{compact, GatewayConfig, PrincipalSpec, Server, TTL_HEADER};

const JOB_TIMEOUT: Duration = Duration::from_secs(20);
const CHAT: &str = "/v1/chat/completions";

fn options() -> WaitOptions {
    WaitOptions::default().timeout(JOB_TIMEOUT)
}

fn typed<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{value} does not read as the typed request: {e}"))
}

fn chat(model: &str) -> ChatCompletionRequest {
    typed(json!({"model": model, "messages": [{"role": "user", "content": "Hello there"}]}))
}

/// Submits, checks the `202`, waits until final, and checks that a last poll answers `200`
/// with the same job.
macro_rules! round_trip {
    ($client:expr, $submit:ident, $wait:ident, $poll:ident, $SubmitAnswer:ident, $PollAnswer:ident, $request:expr) => {{
        let answer = $client
            .$submit($request, Some(120), None, None, None)
            .await
            .expect(concat!(stringify!($submit), " is answered"));
        assert_eq!(answer.status(), 202);
        let $SubmitAnswer::Accepted(accepted) = answer else {
            panic!("{} answered {answer:?}", stringify!($submit));
        };
        assert!(
            matches!(
                accepted.status,
                AsyncJobStatus::Pending | AsyncJobStatus::Processing
            ),
            "a new job is pending or processing: {accepted:?}"
        );
        let done = $client
            .$wait(&accepted.id, &options())
            .await
            .unwrap_or_else(|e| panic!("{} ended in {e}", stringify!($wait)));
        assert_eq!(done.id, accepted.id);
        assert_eq!(done.status, AsyncJobStatus::Completed, "{done:?}");
        assert!(
            done.result.is_some(),
            "a completed job has a result: {done:?}"
        );
        let expires = done.expires_at.expect("a final job expires");
        let completed = done.completed_at.expect("a final job has completed_at");
        assert_eq!((expires - completed).num_seconds(), 120, "the TTL was sent");
        match $client
            .$poll(&accepted.id, None)
            .await
            .expect("the poll is answered")
        {
            $PollAnswer::Ok(polled) => assert_eq!(polled, done),
            other => panic!("{} answered {other:?}", stringify!($poll)),
        }
        done
    }};
}

/// The single request the fake received on `path`.
fn upstream_request(fake: &FakeUpstream, path: &str) -> Recorded {
    let seen = fake.requests(path);
    assert_eq!(seen.len(), 1, "one upstream call on {path}");
    seen.into_iter().next().unwrap()
}

/// The job's result is the upstream's answer, and the upstream got what the client sent.
fn assert_forwarded(fake: &FakeUpstream, path: &str, job: &AsyncJobResponse, sent: Value) {
    let request = upstream_request(fake, path);
    let mut expected = sent;
    let model = expected["model"].as_str().unwrap().to_owned();
    expected["model"] = json!(model.split_once('/').unwrap().1);
    assert_eq!(
        request.json(),
        expected,
        "the upstream got the typed request"
    );
    if path != "/v1/audio/speech" {
        assert_eq!(
            compact(job.result.as_ref().unwrap()),
            String::from_utf8_lossy(&request.reply_body),
            "the result is the upstream's answer"
        );
    }
}

fn gateway() -> (FakeUpstream, Server, Client) {
    let fake = FakeUpstream::start();
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let client = Client::new(&server.base_url()).expect("the server's URL is a base URL");
    (fake, server, client)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_json_operation_through_the_fake_upstream() {
    let (fake, _server, client) = gateway();

    let body = json!({"model": "fake/gpt-4o", "messages": [{"role": "user", "content": "Hello"}], "temperature": 0.5});
    let job = round_trip!(
        client,
        create_async_chat_completion,
        wait_async_chat_completion_job,
        get_async_chat_completion_job,
        CreateAsyncChatCompletionResponse,
        GetAsyncChatCompletionJobResponse,
        typed::<ChatCompletionRequest>(body.clone())
    );
    assert_forwarded(&fake, "/v1/chat/completions", &job, body);

    let body = json!({"model": "fake/gpt-3.5-turbo-instruct", "prompt": "Say this is a test", "max_tokens": 7});
    let job = round_trip!(
        client,
        create_async_text_completion,
        wait_async_text_completion_job,
        get_async_text_completion_job,
        CreateAsyncTextCompletionResponse,
        GetAsyncTextCompletionJobResponse,
        typed::<TextCompletionRequest>(body.clone())
    );
    assert_forwarded(&fake, "/v1/completions", &job, body);

    let body = json!({"model": "fake/gpt-4.1-mini", "input": "One line about the sea."});
    let job = round_trip!(
        client,
        create_async_response,
        wait_async_response_job,
        get_async_response_job,
        CreateAsyncResponseResponse,
        GetAsyncResponseJobResponse,
        typed::<ResponsesRequest>(body.clone())
    );
    assert_forwarded(&fake, "/v1/responses", &job, body);

    let body = json!({"model": "fake/text-embedding-3-small", "input": ["first", "second"]});
    let job = round_trip!(
        client,
        create_async_embedding,
        wait_async_embedding_job,
        get_async_embedding_job,
        CreateAsyncEmbeddingResponse,
        GetAsyncEmbeddingJobResponse,
        typed::<EmbeddingRequest>(body.clone())
    );
    assert_forwarded(&fake, "/v1/embeddings", &job, body);

    let body = json!({"model": "fake/tts-1", "input": "Hello from the gateway.", "voice": "alloy"});
    let job = round_trip!(
        client,
        create_async_speech,
        wait_async_speech_job,
        get_async_speech_job,
        CreateAsyncSpeechResponse,
        GetAsyncSpeechJobResponse,
        typed::<SpeechRequest>(body.clone())
    );
    assert_forwarded(&fake, "/v1/audio/speech", &job, body);
    assert!(
        job.result.unwrap()["audio"].is_string(),
        "speech comes back as base64 audio"
    );

    let body = json!({"model": "fake/dall-e-3", "prompt": "A lighthouse at dusk", "n": 1});
    let job = round_trip!(
        client,
        create_async_image_generation,
        wait_async_image_generation_job,
        get_async_image_generation_job,
        CreateAsyncImageGenerationResponse,
        GetAsyncImageGenerationJobResponse,
        typed::<ImageGenerationRequest>(body.clone())
    );
    assert_forwarded(&fake, "/v1/images/generations", &job, body);
}

/// Bytes that break naive text handling.
fn binary_file(tag: &str) -> Vec<u8> {
    let mut data = format!("{tag}\r\n--boundary\r\n\0").into_bytes();
    data.extend(0u8..=255);
    data
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_multipart_operation_through_the_fake_upstream() {
    let (fake, _server, client) = gateway();

    let mut form: generated::client::TranscriptionRequestForm = typed::<TranscriptionRequest>(
        json!({"model": "fake/whisper-1", "file": "", "language": "en"}),
    )
    .into();
    form.file = FilePart::from_bytes(binary_file("audio"))
        .file_name("clip.wav")
        .content_type("audio/wav");
    round_trip!(
        client,
        create_async_transcription,
        wait_async_transcription_job,
        get_async_transcription_job,
        CreateAsyncTranscriptionResponse,
        GetAsyncTranscriptionJobResponse,
        form
    );
    let request = upstream_request(&fake, "/v1/audio/transcriptions");
    let file = request.part("file");
    assert_eq!(file.file_name.as_deref(), Some("clip.wav"));
    assert_eq!(file.content_type.as_deref(), Some("audio/wav"));
    assert_eq!(file.data.to_vec(), binary_file("audio"));
    assert_eq!(request.part("model").text(), "whisper-1");
    assert_eq!(request.part("language").text(), "en");

    // A file read from a path is named after it, with a media type from its extension.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.png");
    std::fs::write(&path, binary_file("image")).unwrap();
    let mut form: generated::client::ImageEditRequestForm = typed::<ImageEditRequest>(
        json!({"model": "fake/gpt-image-1", "prompt": "Add a boat", "image": "", "n": 2}),
    )
    .into();
    form.image = FilePart::from_path(&path)
        .await
        .expect("the file is readable");
    form.mask = Some(
        FilePart::from_bytes(binary_file("mask"))
            .file_name("mask.png")
            .content_type("image/png"),
    );
    round_trip!(
        client,
        create_async_image_edit,
        wait_async_image_edit_job,
        get_async_image_edit_job,
        CreateAsyncImageEditResponse,
        GetAsyncImageEditJobResponse,
        form
    );
    let request = upstream_request(&fake, "/v1/images/edits");
    let image = request.part("image");
    assert_eq!(image.file_name.as_deref(), Some("photo.png"));
    assert_eq!(image.content_type.as_deref(), Some("image/png"));
    assert_eq!(image.data.to_vec(), binary_file("image"));
    assert_eq!(request.part("mask").data.to_vec(), binary_file("mask"));
    assert_eq!(
        request.part("n").text(),
        "2",
        "numbers are sent as text parts"
    );
    assert_eq!(request.part("prompt").text(), "Add a boat");

    // The typed request itself, bytes only: parts are named after their field.
    let request: ImageVariationRequest = typed(json!({
        "model": "fake/dall-e-2",
        "image": base64_of(&binary_file("variation")),
        "size": "256x256",
    }));
    round_trip!(
        client,
        create_async_image_variation,
        wait_async_image_variation_job,
        get_async_image_variation_job,
        CreateAsyncImageVariationResponse,
        GetAsyncImageVariationJobResponse,
        request
    );
    let request = upstream_request(&fake, "/v1/images/variations");
    assert_eq!(
        request.part("image").data.to_vec(),
        binary_file("variation")
    );
    assert_eq!(request.part("image").file_name.as_deref(), Some("image"));
    assert_eq!(
        request.part("size").text(),
        "256x256",
        "enum values are sent as they are spelled"
    );
}

fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_through_the_echo_provider() {
    let server = Server::start(&GatewayConfig::default());
    let client = Client::new(&server.base_url()).unwrap();
    round_trip!(
        client,
        create_async_chat_completion,
        wait_async_chat_completion_job,
        get_async_chat_completion_job,
        CreateAsyncChatCompletionResponse,
        GetAsyncChatCompletionJobResponse,
        chat("echo/test")
    );
    round_trip!(
        client,
        create_async_text_completion,
        wait_async_text_completion_job,
        get_async_text_completion_job,
        CreateAsyncTextCompletionResponse,
        GetAsyncTextCompletionJobResponse,
        typed::<TextCompletionRequest>(json!({"model": "echo/t", "prompt": "hi"}))
    );
    round_trip!(
        client,
        create_async_response,
        wait_async_response_job,
        get_async_response_job,
        CreateAsyncResponseResponse,
        GetAsyncResponseJobResponse,
        typed::<ResponsesRequest>(json!({"model": "echo/t", "input": "hi"}))
    );
    round_trip!(
        client,
        create_async_embedding,
        wait_async_embedding_job,
        get_async_embedding_job,
        CreateAsyncEmbeddingResponse,
        GetAsyncEmbeddingJobResponse,
        typed::<EmbeddingRequest>(json!({"model": "echo/t", "input": "hi"}))
    );
    round_trip!(
        client,
        create_async_speech,
        wait_async_speech_job,
        get_async_speech_job,
        CreateAsyncSpeechResponse,
        GetAsyncSpeechJobResponse,
        typed::<SpeechRequest>(json!({"model": "echo/t", "input": "hi", "voice": "alloy"}))
    );
    round_trip!(
        client,
        create_async_image_generation,
        wait_async_image_generation_job,
        get_async_image_generation_job,
        CreateAsyncImageGenerationResponse,
        GetAsyncImageGenerationJobResponse,
        typed::<ImageGenerationRequest>(json!({"model": "echo/t", "prompt": "a cat"}))
    );
    let file = base64_of(b"RIFF....WAVE");
    let job = round_trip!(
        client,
        create_async_transcription,
        wait_async_transcription_job,
        get_async_transcription_job,
        CreateAsyncTranscriptionResponse,
        GetAsyncTranscriptionJobResponse,
        typed::<TranscriptionRequest>(json!({"model": "echo/t", "file": file}))
    );
    assert!(
        job.result.unwrap()["text"]
            .as_str()
            .unwrap()
            .contains("12 bytes"),
        "echo saw the file's bytes"
    );
    let png = base64_of(b"\x89PNG fake");
    round_trip!(
        client,
        create_async_image_edit,
        wait_async_image_edit_job,
        get_async_image_edit_job,
        CreateAsyncImageEditResponse,
        GetAsyncImageEditJobResponse,
        typed::<ImageEditRequest>(json!({"model": "echo/t", "prompt": "p", "image": png}))
    );
    round_trip!(
        client,
        create_async_image_variation,
        wait_async_image_variation_job,
        get_async_image_variation_job,
        CreateAsyncImageVariationResponse,
        GetAsyncImageVariationJobResponse,
        typed::<ImageVariationRequest>(json!({"model": "echo/t", "image": png}))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_and_unknown_jobs_are_typed_answers() {
    let server = Server::start(&GatewayConfig::default());
    let client = Client::new(&server.base_url()).unwrap();

    // A TTL out of range: 400 naming the header.
    match client
        .create_async_chat_completion(chat("echo/t"), Some(0), None, None, None)
        .await
        .unwrap()
    {
        CreateAsyncChatCompletionResponse::BadRequest(e) => {
            assert_eq!(e.error.unwrap().param.as_deref(), Some(TTL_HEADER));
            assert_eq!(e.status_code, Some(400));
        }
        other => panic!("a zero TTL answered {other:?}"),
    }
    // A raw body missing a required field: 400 naming it.
    let raw = RequestBody::Raw(RawBody::Json(br#"{"model":"echo/t"}"#.to_vec()));
    let answer = client
        .create_async_chat_completion(raw, None, None, None, None)
        .await
        .unwrap();
    assert_eq!(answer.status(), 400);
    match answer {
        CreateAsyncChatCompletionResponse::BadRequest(e) => {
            assert_eq!(e.error.unwrap().param.as_deref(), Some("messages"))
        }
        other => panic!("a body without messages answered {other:?}"),
    }
    // Unknown ids, and an id polled on another operation: 404.
    match client
        .get_async_chat_completion_job("no-such-job", None)
        .await
        .unwrap()
    {
        GetAsyncChatCompletionJobResponse::NotFound(e) => assert_eq!(e.status_code, Some(404)),
        other => panic!("an unknown id answered {other:?}"),
    }
    let CreateAsyncChatCompletionResponse::Accepted(job) = client
        .create_async_chat_completion(chat("echo/t"), None, None, None, None)
        .await
        .unwrap()
    else {
        panic!("submit refused")
    };
    let answer = client.get_async_embedding_job(&job.id, None).await.unwrap();
    assert!(
        matches!(answer, GetAsyncEmbeddingJobResponse::NotFound(_)),
        "a chat job polled as an embedding: {answer:?}"
    );
    // Path parameters are one segment, whatever they hold.
    let answer = client
        .get_async_chat_completion_job("../../embeddings/x?y#z", None)
        .await
        .unwrap();
    assert!(
        matches!(answer, GetAsyncChatCompletionJobResponse::NotFound(_)),
        "{answer:?}"
    );
    // Waiting on an unknown job ends with the poll's answer.
    match client
        .wait_async_chat_completion_job("no-such-job", &options())
        .await
    {
        Err(WaitError::Answer(GetAsyncChatCompletionJobResponse::NotFound(_))) => {}
        other => panic!("waiting on an unknown job gave {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_large_bodies_are_typed_answers() {
    let config = GatewayConfig {
        json_body_bytes: Some(1024),
        ..GatewayConfig::default()
    };
    let server = Server::start(&config);
    let client = Client::new(&server.base_url()).unwrap();
    let big = chat(&format!("echo/{}", "x".repeat(4096)));
    match client
        .create_async_chat_completion(big, None, None, None, None)
        .await
        .unwrap()
    {
        CreateAsyncChatCompletionResponse::PayloadTooLarge(e) => {
            assert_eq!(e.status_code, Some(413))
        }
        other => panic!("a 4 KiB body over a 1 KiB limit answered {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_credential_scheme_is_sent() {
    let config = GatewayConfig::default()
        .principal(PrincipalSpec::new("alice").bearer("tok-alice"))
        .principal(PrincipalSpec::new("bob").basic("bob", "pw-bob"))
        .principal(PrincipalSpec::new("carol").virtual_key("vk-carol"))
        .principal(PrincipalSpec::new("dave").api_key("ak-dave"));
    let server = Server::start(&config);
    let base = Client::new(&server.base_url()).unwrap();

    match base
        .create_async_chat_completion(chat("echo/t"), None, None, None, None)
        .await
        .unwrap()
    {
        CreateAsyncChatCompletionResponse::Unauthorized(e) => assert_eq!(e.status_code, Some(401)),
        other => panic!("no credentials answered {other:?}"),
    }
    let wrong = base.clone().bearer("tok-mallory");
    assert_eq!(
        wrong
            .create_async_chat_completion(chat("echo/t"), None, None, None, None)
            .await
            .unwrap()
            .status(),
        401
    );
    match wrong
        .get_async_chat_completion_job("x", None)
        .await
        .unwrap()
    {
        GetAsyncChatCompletionJobResponse::Unauthorized(_) => {}
        other => panic!("a wrong token on a poll answered {other:?}"),
    }

    let clients = [
        base.clone().bearer("tok-alice"),
        base.clone().basic("bob", "pw-bob"),
        base.clone().virtual_key("vk-carol"),
        base.clone().api_key("ak-dave"),
    ];
    let mut ids = Vec::new();
    for client in &clients {
        let answer = client
            .create_async_chat_completion(chat("echo/t"), None, None, None, None)
            .await
            .unwrap();
        let CreateAsyncChatCompletionResponse::Accepted(job) = answer else {
            panic!("{client:?} was refused: {answer:?}");
        };
        let done = client
            .wait_async_chat_completion_job(&job.id, &options())
            .await
            .unwrap();
        assert_eq!(done.status, AsyncJobStatus::Completed);
        ids.push(job.id);
    }
    // A job belongs to whoever created it: the others get 404.
    let answer = clients[1]
        .get_async_chat_completion_job(&ids[0], None)
        .await
        .unwrap();
    assert!(
        matches!(answer, GetAsyncChatCompletionJobResponse::NotFound(_)),
        "{answer:?}"
    );
    assert!(
        !format!("{:?}", clients[0]).contains("tok-alice"),
        "secrets stay out of Debug output"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_on_a_slow_job_reports_progress_and_ends_completed() {
    let fake = FakeUpstream::start();
    fake.set_latency(CHAT, Duration::from_millis(1500));
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let client = Client::new(&server.base_url()).unwrap();
    let CreateAsyncChatCompletionResponse::Accepted(job) = client
        .create_async_chat_completion(chat("fake/gpt-4o"), None, None, None, None)
        .await
        .unwrap()
    else {
        panic!("submit refused")
    };
    // Polls with pauses, as against a server that does not hold polls.
    let mut seen = Vec::new();
    let done = client
        .wait_async_chat_completion_job_with_progress(&job.id, &options().hold(None), |job| {
            seen.push(job.status)
        })
        .await
        .expect("the slow job completes");
    assert_eq!(done.status, AsyncJobStatus::Completed);
    assert_eq!(seen.last(), Some(&AsyncJobStatus::Completed));
    assert!(
        seen.len() >= 3
            && seen[..seen.len() - 1]
                .iter()
                .all(|s| matches!(s, AsyncJobStatus::Pending | AsyncJobStatus::Processing)),
        "several polls saw the job unfinished before it completed: {seen:?}"
    );
    assert_eq!(fake.requests(CHAT).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wait_dropped_midway_leaves_the_job_running_and_the_client_usable() {
    let fake = FakeUpstream::start();
    fake.set_latency(CHAT, Duration::from_millis(1500));
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let client = Client::new(&server.base_url()).unwrap();
    let CreateAsyncChatCompletionResponse::Accepted(job) = client
        .create_async_chat_completion(chat("fake/gpt-4o"), None, None, None, None)
        .await
        .unwrap()
    else {
        panic!("submit refused")
    };
    // The first progress report cancels the wait: its future is dropped between two polls.
    let (seen_tx, mut seen_rx) = tokio::sync::mpsc::unbounded_channel();
    let wait_options = options().hold(None);
    let wait = client.wait_async_chat_completion_job_with_progress(&job.id, &wait_options, |job| {
        let _ = seen_tx.send(job.status);
    });
    tokio::select! {
        finished = wait => panic!("the wait ended before it was dropped: {finished:?}"),
        status = seen_rx.recv() => assert!(
            matches!(status, Some(AsyncJobStatus::Pending | AsyncJobStatus::Processing)),
            "first report: {status:?}"
        ),
    }
    // The job went on without its waiter, and the same client waits on it again.
    let done = client
        .wait_async_chat_completion_job(&job.id, &options())
        .await
        .expect("the job completes after its first wait was dropped");
    assert_eq!(done.status, AsyncJobStatus::Completed);
    assert_eq!(fake.requests(CHAT).len(), 1, "the job ran once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_gives_up_at_the_deadline() {
    let fake = FakeUpstream::start();
    fake.script(CHAT, vec![Reply::Hang]);
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let client = Client::new(&server.base_url()).unwrap();
    let CreateAsyncChatCompletionResponse::Accepted(job) = client
        .create_async_chat_completion(chat("fake/gpt-4o"), None, None, None, None)
        .await
        .unwrap()
    else {
        panic!("submit refused")
    };
    let short = WaitOptions::default().timeout(Duration::from_millis(700));
    match client.wait_async_chat_completion_job(&job.id, &short).await {
        Err(WaitError::TimedOut(Some(last))) => {
            assert_eq!(last.id, job.id);
            assert!(!matches!(
                last.status,
                AsyncJobStatus::Completed | AsyncJobStatus::Failed
            ));
        }
        other => panic!("waiting on a hung job gave {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_on_a_failing_job_returns_its_error() {
    let fake = FakeUpstream::start();
    let message = "Invalid value for 'temperature'.";
    fake.script(CHAT, vec![Reply::BadRequest(message.into())]);
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let client = Client::new(&server.base_url()).unwrap();
    let CreateAsyncChatCompletionResponse::Accepted(job) = client
        .create_async_chat_completion(chat("fake/gpt-4o"), None, None, None, None)
        .await
        .unwrap()
    else {
        panic!("submit refused")
    };
    match client
        .wait_async_chat_completion_job(&job.id, &options())
        .await
    {
        Err(WaitError::Failed(failed)) => {
            assert!(failed.is_failed());
            assert_eq!(failed.status, AsyncJobStatus::Failed);
            assert_eq!(failed.status_code, Some(400));
            let error = failed.error.expect("a failed job holds its error");
            assert_eq!(error.error.unwrap().message.as_deref(), Some(message));
        }
        other => panic!("waiting on a failing job gave {other:?}"),
    }
}

/// A server that answers what the spec does not document: the client reports it as an error
/// holding the status, headers and body.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undocumented_and_malformed_answers_are_errors_that_keep_the_answer() {
    let fake = FakeUpstream::start();
    let client = Client::new(&format!("http://{}", fake.addr())).unwrap();
    let submit = "/v1/async/chat/completions";
    fake.script(
        submit,
        vec![
            Reply::Custom {
                status: 418,
                headers: vec![("x-teapot".into(), "yes".into())],
                body: b"short and stout".to_vec(),
            },
            Reply::Custom {
                status: 202,
                headers: vec![("content-type".into(), "application/json".into())],
                body: br#"{"id": 5}"#.to_vec(),
            },
        ],
    );
    match client
        .create_async_chat_completion(chat("echo/t"), None, None, None, None)
        .await
    {
        Err(Error::UnexpectedStatus(answer)) => {
            assert_eq!(answer.status, 418);
            assert_eq!(answer.body, "short and stout");
            assert_eq!(answer.headers.get("x-teapot").unwrap(), "yes");
        }
        other => panic!("a 418 gave {other:?}"),
    }
    match client
        .create_async_chat_completion(chat("echo/t"), None, None, None, None)
        .await
    {
        Err(e @ Error::Decode(..)) => {
            assert_eq!(e.status(), Some(202));
            assert_eq!(e.answer().unwrap().body, r#"{"id": 5}"#);
            assert!(e.to_string().contains("documented shape"), "{e}");
        }
        other => panic!("a malformed 202 gave {other:?}"),
    }
    let sent = fake.requests(submit);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].header("content-type"), Some("application/json"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_server_is_a_transport_error() {
    // A port nothing listens on: bind one, then let it go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = Client::new(&format!("http://127.0.0.1:{port}")).unwrap();
    match client.get_async_chat_completion_job("x", None).await {
        Err(e @ Error::Transport(_)) => assert_eq!(e.status(), None),
        other => panic!("an unreachable server gave {other:?}"),
    }
    assert!(matches!(
        Client::new("not a url"),
        Err(Error::InvalidRequest(_))
    ));
}

#[test]
fn job_state_reads_the_status() {
    let job: AsyncJobResponse =
        typed(json!({"id": "j1", "status": "failed", "created_at": "2026-01-01T00:00:00Z"}));
    assert_eq!(job.job_id(), "j1");
    assert_eq!(job.status_text(), "failed");
    assert!(job.is_failed());
    let job: AsyncJobResponse =
        typed(json!({"id": "j2", "status": "processing", "created_at": "2026-01-01T00:00:00Z"}));
    assert!(!job.is_failed());
}
