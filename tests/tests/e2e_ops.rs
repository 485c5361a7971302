//! The operational surface: `/health`, `/metrics`, `/openapi.json`, and the open-mode rule (no
//! principals: serve on loopback, refuse anything else unless explicitly allowed).

use std::time::Duration;

use serde_json::{json, Value};
use tests::harness::{start_refused, GatewayConfig, PrincipalSpec, Server};

const CHAT: &str = "chat/completions";

fn chat_request() -> Value {
    json!({"model": "echo/m", "messages": [{"role": "user", "content": "ops"}]})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_metrics_and_openapi() {
    let server = Server::start(&GatewayConfig::default());
    let api = server.api();

    let health = api.get("/health").await;
    health.expect_status(200);
    assert_eq!(health.json()["status"], "ok", "{}", health.text);

    // The job goes through the generated client; the endpoints outside the spec's operations
    // (and the headers of their answers) through the plain HTTP client.
    let client = server.client();
    let id = client.submit_ok(CHAT, &chat_request()).await;
    client
        .wait_completed(CHAT, &id, Duration::from_secs(15))
        .await;
    let metrics = api.get("/metrics").await;
    metrics.expect_status(200);
    assert!(
        metrics
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/plain")),
        "Prometheus text format: {:?}",
        metrics.headers.get("content-type")
    );
    for status in ["pending", "processing", "failed"] {
        let line = format!("gateway_jobs{{status=\"{status}\"}} 0");
        assert!(
            metrics.text.lines().any(|l| l == line),
            "no `{line}` in\n{}",
            metrics.text
        );
    }
    assert!(
        metrics
            .text
            .lines()
            .any(|l| l == "gateway_jobs{status=\"completed\"} 1"),
        "the completed job is counted:\n{}",
        metrics.text
    );

    let spec = api.get("/openapi.json").await;
    spec.expect_status(200);
    assert!(
        spec.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("application/json")),
        "{:?}",
        spec.headers.get("content-type")
    );
    let spec = spec.json();
    assert_eq!(spec["openapi"], "3.0.3");
    let paths = spec["paths"].as_object().expect("paths");
    let methods = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    let mut operations = Vec::new();
    for (path, item) in paths {
        for method in methods {
            if let Some(op) = item.get(method) {
                assert!(path.starts_with("/v1/async/"), "{path}");
                assert_eq!(
                    op["security"].as_array().map(Vec::len),
                    Some(4),
                    "{method} {path} accepts the four schemes"
                );
                operations.push(format!("{} {path}", method.to_uppercase()));
            }
        }
    }
    // The seed's submit and poll for each of its nine kinds, and ours: rerank's pair, a cancel
    // per kind and the list.
    assert_eq!(operations.len(), 31, "{operations:#?}");
    for kind in tests::harness::KINDS.iter().chain(&["rerank"]) {
        for op in [
            format!("POST /v1/async/{kind}"),
            format!("GET /v1/async/{kind}/{{job_id}}"),
            format!("POST /v1/async/{kind}/{{job_id}}/cancel"),
        ] {
            assert!(operations.contains(&op), "{op}");
        }
    }
    assert!(operations.contains(&"GET /v1/async/jobs".to_owned()));
    assert_eq!(
        spec,
        serde_json::from_str::<Value>(generated::server::OPENAPI_JSON).unwrap(),
        "the bundled spec is served as it is"
    );
}

/// No principals and a loopback address: the server is open, says so, and serves anyone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_mode_on_loopback_serves() {
    let server = Server::start(&GatewayConfig::default());
    assert!(
        server.log_text().contains("no principals configured"),
        "the open mode is announced at start:\n{}",
        server.log_text()
    );
    let api = server.client();
    let id = api.submit_ok(CHAT, &chat_request()).await;
    api.wait_completed(CHAT, &id, Duration::from_secs(15)).await;
    let rows = server.stored_job_rows();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].2, "anonymous", "{rows:?}");
}

/// No principals and every interface: the server refuses to start, and says how to fix it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_mode_off_loopback_is_refused() {
    let config = GatewayConfig {
        listen: "0.0.0.0:0".into(),
        ..GatewayConfig::default()
    };
    let failure = start_refused(&config);
    let status = failure.status.expect("the process exited by itself");
    assert!(!status.success(), "a refusal exits non-zero: {status}");
    assert!(
        failure.log.contains("principals") && failure.log.contains("allow_open_non_loopback"),
        "the message names the fixes:\n{}",
        failure.log
    );

    // Each fix works.
    let allowed = Server::start(&GatewayConfig {
        allow_open_non_loopback: true,
        ..config.clone()
    });
    allowed.api().get("/health").await.expect_status(200);
    let secured = Server::start(
        &config
            .clone()
            .principal(PrincipalSpec::new("ops").bearer("t")),
    );
    secured.api().get("/health").await.expect_status(200);
    secured
        .client()
        .submit(CHAT, &chat_request())
        .await
        .expect_error(401, None);
}
