//! Authentication with principals configured: each of the four schemes of the spec is accepted
//! with the right secret and refused (`401`, `BifrostError`) with a wrong one or none; a job
//! belongs to the principal that submitted it, whichever scheme it uses, and is `404` to anyone
//! else.

use std::time::Duration;

use serde_json::{json, Value};
use tests::harness::{assert_bifrost_error, Auth, GatewayConfig, PrincipalSpec, Server};
use tests::jobs::JobClient;

const CHAT: &str = "chat/completions";
const JOB_TIMEOUT: Duration = Duration::from_secs(15);

fn chat_request(text: &str) -> Value {
    json!({"model": "echo/m", "messages": [{"role": "user", "content": text}]})
}

fn alice() -> PrincipalSpec {
    PrincipalSpec::new("alice")
        .bearer("alice-token")
        .basic("alice", "alice-password")
        .virtual_key("alice-vk")
        .api_key("alice-api-key")
}

fn bob() -> PrincipalSpec {
    PrincipalSpec::new("bob")
        .bearer("bob-token")
        .basic("bob", "bob-password")
}

fn secured_server() -> Server {
    Server::start(&GatewayConfig::default().principal(alice()).principal(bob()))
}

/// Alice's credentials, one per scheme.
fn alice_credentials() -> Vec<Auth> {
    vec![
        Auth::bearer("alice-token"),
        Auth::basic("alice", "alice-password"),
        Auth::virtual_key("alice-vk"),
        Auth::api_key("alice-api-key"),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_scheme_is_accepted() {
    let server = secured_server();
    let mut ids = Vec::new();
    for auth in alice_credentials() {
        let api = server.client().with_auth(auth.clone());
        let id = api.submit_ok(CHAT, &chat_request("hi")).await;
        let job = api.wait_completed(CHAT, &id, JOB_TIMEOUT).await;
        assert_eq!(job["id"], id.as_str(), "{auth:?}");
        ids.push(id);
    }
    // A job belongs to the principal, not to the scheme it was submitted with.
    for id in &ids {
        for auth in alice_credentials() {
            let answer = server.client().with_auth(auth.clone()).poll(CHAT, id).await;
            assert_eq!(answer.status, 200, "{auth:?} polling {id}: {}", answer.text);
        }
    }
    let rows = server.stored_job_rows();
    assert_eq!(rows.len(), 4);
    assert!(
        rows.iter().all(|(_, _, principal, _)| principal == "alice"),
        "every job is stored as alice's: {rows:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_or_missing_credentials_are_refused() {
    let server = secured_server();
    let owner = server.client().with_auth(Auth::bearer("alice-token"));
    let id = owner.submit_ok(CHAT, &chat_request("mine")).await;
    owner.wait_completed(CHAT, &id, JOB_TIMEOUT).await;

    let refused = vec![
        ("no credentials", Auth::None),
        ("wrong bearer token", Auth::bearer("alice-token-wrong")),
        (
            "wrong basic password",
            Auth::basic("alice", "not-her-password"),
        ),
        (
            "unknown basic user",
            Auth::basic("mallory", "alice-password"),
        ),
        ("wrong virtual key", Auth::virtual_key("alice-vk-wrong")),
        ("wrong API key", Auth::api_key("alice-api-key-wrong")),
        // A valid secret sent under another scheme is not valid there.
        ("bearer token as API key", Auth::api_key("alice-token")),
        ("API key as bearer token", Auth::bearer("alice-api-key")),
        ("virtual key as API key", Auth::api_key("alice-vk")),
    ];
    for (what, auth) in &refused {
        let api = server.client().with_auth(auth.clone());
        let submit = api.submit(CHAT, &chat_request("intruder")).await;
        assert_eq!(submit.status, 401, "submit with {what}: {}", submit.text);
        assert_bifrost_error(&submit.json(), 401);
        let poll = api.poll(CHAT, &id).await;
        assert_eq!(poll.status, 401, "poll with {what}: {}", poll.text);
        assert_bifrost_error(&poll.json(), 401);
    }

    // Malformed Authorization headers, which the generated client cannot write.
    for header in [
        "Basic !!!not-base64!!!",
        "Basic YWxpY2U=", // "alice" without a colon
        "Bearer",
        "Token alice-token",
    ] {
        let request = server
            .api()
            .request(reqwest::Method::POST, "/v1/async/chat/completions")
            .header("authorization", header)
            .json(&chat_request("intruder"));
        let answer = server.api().send(request).await;
        assert_eq!(
            answer.status, 401,
            "Authorization: {header}: {}",
            answer.text
        );
        assert_bifrost_error(&answer.json(), 401);
        // RFC 9110: a 401 names the schemes that would be accepted.
        let challenge = answer
            .headers
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert!(
            challenge.contains("Bearer realm=") && challenge.contains("Basic realm="),
            "WWW-Authenticate: {challenge:?}"
        );
    }

    assert_eq!(
        server.stored_jobs(),
        1,
        "no refused submission is stored: {:?}",
        server.stored_job_rows()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_principals_job_is_not_found() {
    let server = secured_server();
    let alice = server.client().with_auth(Auth::bearer("alice-token"));
    let bob = server.client().with_auth(Auth::bearer("bob-token"));
    let alices = alice.submit_ok(CHAT, &chat_request("alice's")).await;
    let bobs = bob.submit_ok(CHAT, &chat_request("bob's")).await;
    alice.wait_completed(CHAT, &alices, JOB_TIMEOUT).await;
    bob.wait_completed(CHAT, &bobs, JOB_TIMEOUT).await;

    for api in [
        bob.clone(),
        bob.with_auth(Auth::basic("bob", "bob-password")),
    ] {
        api.poll(CHAT, &alices).await.expect_error(404, None);
    }
    alice.poll(CHAT, &bobs).await.expect_error(404, None);
    // The 404 for someone else's job is the same as for an id that does not exist.
    let unknown = alice
        .poll(CHAT, "00000000-0000-4000-8000-000000000000")
        .await
        .expect_error(404, None);
    let foreign = alice.poll(CHAT, &bobs).await.expect_error(404, None);
    assert_eq!(unknown, foreign, "ids reveal nothing");
    alice.poll(CHAT, &alices).await.expect_status(200);
    bob.poll(CHAT, &bobs).await.expect_status(200);
}

/// The basic scheme works with the hash the `hash-password` subcommand prints, too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_hashed_by_the_server_binary_is_accepted() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(tests::harness::server_binary())
        .arg("hash-password")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("running server hash-password");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"s3cret with spaces\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "hash-password exited with {}",
        out.status
    );
    let hash = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert!(hash.starts_with("$argon2"), "an Argon2 PHC string: {hash}");
    let mut carol = PrincipalSpec::new("carol");
    carol.basic.push(("carol".into(), hash));
    let server = Server::start(&GatewayConfig::default().principal(carol));
    let api: JobClient = server
        .client()
        .with_auth(Auth::basic("carol", "s3cret with spaces"));
    let id = api.submit_ok(CHAT, &chat_request("hello")).await;
    api.wait_completed(CHAT, &id, JOB_TIMEOUT).await;
    let wrong = server
        .client()
        .with_auth(Auth::basic("carol", "s3cret with spaces\n"))
        .submit(CHAT, &chat_request("hello"))
        .await;
    assert_eq!(wrong.status, 401, "{}", wrong.text);
}
