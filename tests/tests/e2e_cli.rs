//! The `client` binary end to end against the `server` binary.
//!
//! Output is piped here, as in a script: standard output must be exactly the answer's JSON (no
//! spinner, no log lines), messages go to standard error, and the exit status says what
//! happened: 0 completed, 1 a failed job or an error answer, 2 a command line that cannot be used.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};
use tests::fake_upstream::{FakeUpstream, Reply};
use tests::harness::{client_binary, GatewayConfig, PrincipalSpec, Server};

/// What one run of the client gave.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not one JSON document ({e}):\n{}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }

    fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit status; stdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
}

fn run_client(args: &[&str], stdin: Option<&[u8]>, env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(client_binary());
    command
        .args(args)
        .env_remove("GATEWAY_BASE_URL")
        .env_remove("GATEWAY_BEARER")
        .envs(env.iter().copied())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("cannot start the client binary");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(input).unwrap();
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child.wait_with_output().unwrap();
    Run {
        code: status
            .code()
            .expect("the client exits normally, not by a signal"),
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

fn write_file(dir: &Path, name: &str, contents: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.display().to_string()
}

fn chat_body(model: &str) -> Vec<u8> {
    serde_json::to_vec(
        &json!({"model": model, "messages": [{"role": "user", "content": "hello from a shell"}]}),
    )
    .unwrap()
}

#[test]
fn submit_with_wait_prints_the_completed_job_and_exits_0() {
    let server = Server::start(&GatewayConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let request = write_file(dir.path(), "req.json", &chat_body("echo/test"));
    let run = run_client(
        &[
            "--base-url",
            &server.base_url(),
            "chat-completions",
            "create",
            "--file",
            &request,
            "--wait",
            "--ttl",
            "60",
        ],
        None,
        &[],
    );
    run.expect_code(0);
    let job = run.json();
    assert_eq!(job["status"], "completed", "{job}");
    assert_eq!(
        job["result"]["choices"][0]["message"]["content"], "hello from a shell",
        "{job}"
    );
    assert!(
        run.stderr.is_empty(),
        "nothing extra when output is piped: {}",
        run.stderr
    );
}

#[test]
fn stdin_submit_then_get_with_wait() {
    let server = Server::start(&GatewayConfig::default());
    let base = server.base_url();
    let run = run_client(
        &["--base-url", &base, "embeddings", "create"],
        Some(br#"{"model": "echo/e", "input": "vectors please"}"#),
        &[],
    );
    run.expect_code(0);
    let accepted = run.json();
    let id = accepted["id"]
        .as_str()
        .expect("the 202 body has the job id");
    assert!(
        ["pending", "processing", "completed"].contains(&accepted["status"].as_str().unwrap()),
        "{accepted}"
    );
    let run = run_client(
        &["--base-url", &base, "embeddings", "get", id, "--wait"],
        None,
        &[],
    );
    run.expect_code(0);
    let job = run.json();
    assert_eq!(job["id"], id);
    assert_eq!(job["status"], "completed");
    assert!(job["result"]["data"][0]["embedding"].is_array(), "{job}");
}

#[test]
fn a_failed_job_exits_1_with_the_job_on_stdout() {
    let fake = FakeUpstream::start();
    let message = "Invalid value for 'temperature'.";
    fake.script(
        "/v1/chat/completions",
        vec![Reply::BadRequest(message.into())],
    );
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let run = run_client(
        &[
            "--base-url",
            &server.base_url(),
            "chat-completions",
            "create",
            "--wait",
        ],
        Some(&chat_body("fake/gpt-4o")),
        &[],
    );
    run.expect_code(1);
    let job = run.json();
    assert_eq!(job["status"], "failed", "{job}");
    assert!(
        run.stderr.contains("failed") && run.stderr.contains(message),
        "the message says why: {}",
        run.stderr
    );
    // Polling the failed job again also exits 1.
    let id = job["id"].as_str().unwrap();
    let run = run_client(
        &[
            "--base-url",
            &server.base_url(),
            "chat-completions",
            "get",
            id,
        ],
        None,
        &[],
    );
    run.expect_code(1);
    assert_eq!(run.json()["status"], "failed");
}

#[test]
fn error_answers_exit_1_with_the_error_body_on_stdout() {
    let server = Server::start(&GatewayConfig::default());
    let base = server.base_url();
    let run = run_client(
        &[
            "--base-url",
            &base,
            "chat-completions",
            "get",
            "no-such-job",
        ],
        None,
        &[],
    );
    run.expect_code(1);
    assert_eq!(run.json()["status_code"], 404);
    assert!(run.stderr.contains("404"), "{}", run.stderr);

    let run = run_client(
        &[
            "--base-url",
            &base,
            "chat-completions",
            "create",
            "--ttl",
            "0",
        ],
        Some(&chat_body("echo/t")),
        &[],
    );
    run.expect_code(1);
    assert_eq!(
        run.json()["error"]["param"],
        "x-bf-async-job-result-ttl",
        "the 400 names the header"
    );

    // Nothing listening: exit 1, nothing on stdout.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let run = run_client(
        &[
            "--base-url",
            &format!("http://127.0.0.1:{port}"),
            "chat-completions",
            "get",
            "x",
        ],
        None,
        &[],
    );
    run.expect_code(1);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("cannot reach"), "{}", run.stderr);
}

#[test]
fn usage_errors_exit_2_with_a_message_and_nothing_on_stdout() {
    // No server needed: every one of these stops before a request is sent.
    let dir = tempfile::tempdir().unwrap();
    let not_a_chat = write_file(dir.path(), "bad.json", br#"{"model": "echo/t"}"#);
    let not_json = write_file(dir.path(), "broken.json", b"{\"model\": ");
    let fields = write_file(
        dir.path(),
        "fields.json",
        br#"{"model": "echo/t", "file": "x"}"#,
    );
    let missing = dir.path().join("missing.json").display().to_string();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec![], "Usage"),
        (vec!["no-such-group", "create"], "unrecognized subcommand"),
        (vec!["chat-completions", "get"], "JOB_ID"),
        (
            vec!["chat-completions", "create", "--file", &not_a_chat],
            "messages",
        ),
        (
            vec!["chat-completions", "create", "--file", &not_json],
            "broken.json",
        ),
        (
            vec!["chat-completions", "create", "--file", &missing],
            "missing.json",
        ),
        (vec!["chat-completions", "create"], "--file"),
        (
            vec![
                "chat-completions",
                "create",
                "--file",
                &not_a_chat,
                "--timeout",
                "5",
            ],
            "--wait",
        ),
        (
            vec!["audio-transcriptions", "create", "--file", &fields],
            "--file-path",
        ),
        (
            vec!["--basic", "no-colon", "chat-completions", "get", "x"],
            "USER:PASSWORD",
        ),
        (
            vec!["--base-url", "not a url", "chat-completions", "get", "x"],
            "base URL",
        ),
    ];
    for (args, mention) in cases {
        let run = run_client(&args, None, &[]);
        assert_eq!(run.code, 2, "{args:?}: stderr {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}: stdout {}", run.stdout);
        assert!(
            run.stderr.contains(mention),
            "{args:?}: the message should mention `{mention}`: {}",
            run.stderr
        );
    }
    let run = run_client(
        &[
            "--base-url",
            "http://127.0.0.1:9",
            "chat-completions",
            "create",
            "--ttl",
            "soon",
        ],
        Some(&chat_body("echo/t")),
        &[],
    );
    run.expect_code(2);
    assert!(
        run.stderr.contains("--x-bf-async-job-result-ttl"),
        "{}",
        run.stderr
    );
}

#[test]
fn multipart_files_come_from_paths() {
    let fake = FakeUpstream::start();
    let server = Server::start(&GatewayConfig::with_upstream(&fake));
    let dir = tempfile::tempdir().unwrap();
    let audio: Vec<u8> = (0u8..=255).chain(b"\r\n--x\r\n".iter().copied()).collect();
    let clip = write_file(dir.path(), "clip.mp3", &audio);
    let run = run_client(
        &[
            "--base-url",
            &server.base_url(),
            "audio-transcriptions",
            "create",
            "--file-path",
            &clip,
            "--wait",
        ],
        Some(br#"{"model": "fake/whisper-1", "language": "en", "x_extra": {"kept": true}}"#),
        &[],
    );
    run.expect_code(0);
    assert_eq!(run.json()["status"], "completed");
    let seen = fake.requests("/v1/audio/transcriptions");
    assert_eq!(seen.len(), 1);
    let file = seen[0].part("file");
    assert_eq!(file.file_name.as_deref(), Some("clip.mp3"));
    assert_eq!(file.content_type.as_deref(), Some("audio/mpeg"));
    assert_eq!(file.data.to_vec(), audio);
    assert_eq!(seen[0].part("language").text(), "en");
    assert_eq!(
        serde_json::from_str::<Value>(&seen[0].part("x_extra").text()).unwrap(),
        json!({"kept": true}),
        "fields the spec does not know are sent too"
    );
}

#[test]
fn credentials_come_from_flags_or_the_environment() {
    let config = GatewayConfig::default()
        .principal(PrincipalSpec::new("alice").bearer("tok-alice"))
        .principal(PrincipalSpec::new("dave").api_key("ak-dave"));
    let server = Server::start(&config);
    let base = server.base_url();
    let submit = ["chat-completions", "create", "--wait"];

    let run = run_client(
        &submit,
        Some(&chat_body("echo/t")),
        &[("GATEWAY_BASE_URL", &base)],
    );
    run.expect_code(1);
    assert_eq!(run.json()["status_code"], 401);

    let run = run_client(
        &submit,
        Some(&chat_body("echo/t")),
        &[("GATEWAY_BASE_URL", &base), ("GATEWAY_BEARER", "tok-alice")],
    );
    run.expect_code(0);
    assert_eq!(run.json()["status"], "completed");

    let mut args = vec!["--base-url", base.as_str(), "--api-key", "ak-dave"];
    args.extend(submit);
    let run = run_client(&args, Some(&chat_body("echo/t")), &[]);
    run.expect_code(0);
    assert!(
        !run.stderr.contains("ak-dave"),
        "secrets are not echoed: {}",
        run.stderr
    );
}
