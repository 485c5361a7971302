//! The address policy at delivery time: an endpoint whose host name resolves to a loopback or
//! private address only when a delivery is sent (DNS changed after start, or was made to) is
//! refused with a reason that names the address, while an endpoint that allows private
//! networks reaches the same address.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;

use chrono::Utc;
use runtime::webhooks::address::HostLookup;
use runtime::webhooks::send::{self, Attempt};
use runtime::webhooks::{EndpointConfig, Endpoints};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const HOST: &str = "hooks.internal.test";

/// Resolves [`HOST`] to `addr`, as a DNS record pointing into the gateway's own network would.
struct PointsAt(SocketAddr);

impl HostLookup for PointsAt {
    fn lookup(
        &self,
        host: String,
    ) -> Pin<Box<dyn Future<Output = io::Result<Vec<SocketAddr>>> + Send>> {
        let addr = self.0;
        Box::pin(async move {
            assert_eq!(host, HOST, "only the endpoint's host is resolved");
            Ok(vec![addr])
        })
    }
}

/// A receiver on loopback that answers every request `204` and counts them.
async fn receiver() -> (SocketAddr, Arc<std::sync::atomic::AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            tokio::spawn(async move {
                let mut buf = vec![0u8; 64 * 1024];
                let _ = socket.read(&mut buf).await;
                let _ = socket
                    .write_all(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n")
                    .await;
            });
        }
    });
    (addr, seen)
}

fn endpoints(port: u16, allow_private_network: bool, at: SocketAddr) -> Endpoints {
    let config = EndpointConfig {
        name: "results".into(),
        url: format!("http://{HOST}:{port}/hooks"),
        secret_env: Some("SECRET".into()),
        secret_envs: Vec::new(),
        events: None,
        principals: None,
        allow_private_network,
        timeout_secs: 5,
    };
    Endpoints::from_config_with(
        &[config],
        |_| Some(SECRET.to_owned()),
        Arc::new(PointsAt(at)),
    )
    .expect("a name is not checked at start: it may resolve anywhere later")
}

#[tokio::test]
async fn a_name_resolving_to_loopback_is_refused_when_sent() {
    let (addr, seen) = receiver().await;
    let endpoints = endpoints(addr.port(), false, addr);
    let endpoint = endpoints.get("results").unwrap();
    let attempt = send::send(endpoint, "msg_1", br#"{"type":"x"}"#.to_vec(), Utc::now()).await;
    match attempt {
        Attempt::Stopped {
            status_code: None,
            error,
        } => {
            assert!(error.contains(HOST), "{error}");
            assert!(error.contains("127.0.0.1 is loopback"), "{error}");
            assert!(error.contains("allow_private_network"), "{error}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(
        seen.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "no connection was made"
    );
}

#[tokio::test]
async fn an_endpoint_allowing_private_networks_reaches_it() {
    let (addr, seen) = receiver().await;
    let endpoints = endpoints(addr.port(), true, addr);
    let endpoint = endpoints.get("results").unwrap();
    let attempt = send::send(endpoint, "msg_1", br#"{"type":"x"}"#.to_vec(), Utc::now()).await;
    assert_eq!(attempt, Attempt::Delivered { status_code: 204 });
    assert_eq!(seen.load(std::sync::atomic::Ordering::SeqCst), 1);
}
