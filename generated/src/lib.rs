//! The gateway's code, emitted by the generator from `spec/`.
//!
//! Never edit `types.rs`, `server.rs`, `client.rs`, `cli.rs` or `openapi.json` by hand: change
//! the spec or the generator and run `cargo run -p generator`.
//!
//! - [`types`]: one Rust type per schema the operations reach, with `validate()` where the spec
//!   sets limits serde cannot check.
//! - `server` (feature `server`, on by default): `server::router` mounts every operation on the
//!   job runtime; each answers with a typed enum that has one variant per documented status.
//! - [`client`]: [`client::Client`] calls every operation over HTTP and decodes the answer into
//!   the same kind of enum; `wait_*` methods poll a job until it is final.
//! - [`cli`]: the `client` binary's command line, one subcommand per operation.
//!
//! The client side (`types`, `client`, `cli`) does not need the runtime: a program that only
//! calls the gateway depends on this crate with `default-features = false` and builds without
//! SQLite, PostgreSQL or Argon2.
//!
//! Submitting a chat completion and waiting for its result, against a server started with
//! `cargo run --release -p generated --bin server`:
//!
//! ```no_run
//! use generated::client::{Client, CreateAsyncChatCompletionResponse::Accepted, WaitOptions};
//! use generated::types::ChatCompletionRequest;
//!
//! # #[tokio::main] async fn main() -> anyhow::Result<()> {
//! let client = Client::new("http://127.0.0.1:8080")?;
//! let request: ChatCompletionRequest = serde_json::from_value(serde_json::json!({"model": "echo/any", "messages": [{"role": "user", "content": "Hello"}]}))?;
//! let Accepted(job) = client.create_async_chat_completion(request, None, None, None, None).await? else { anyhow::bail!("refused") };
//! let done = client.wait_async_chat_completion_job(&job.id, &WaitOptions::default()).await?;
//! println!("{}", done.result.unwrap_or_default());
//! # Ok(()) }
//! ```
//!
//! Receiving the webhook a submit asked for (`x-bf-async-webhook`), here in an axum handler:
//! [`client::verify_webhook`] checks the Standard Webhooks signature with the endpoint's
//! secret and decodes the event.
//!
//! ```no_run
//! use axum::{body::Bytes, http::{HeaderMap, StatusCode}};
//! use generated::{client::verify_webhook, types::AsyncJobWebhookEvent};
//!
//! async fn hook(headers: HeaderMap, body: Bytes) -> StatusCode {
//!     let secret = std::env::var("GATEWAY_WEBHOOK_SECRET").unwrap_or_default();
//!     match verify_webhook::<AsyncJobWebhookEvent>(&[&secret], &headers, &body) {
//!         Ok(event) => { println!("{:?} {}", event.type_, event.data.id); StatusCode::NO_CONTENT }
//!         Err(_) => StatusCode::UNAUTHORIZED,
//!     }
//! }
//! ```
//!
//! Every answer the spec documents is a variant, so refusals are values rather than errors:
//!
//! ```no_run
//! use generated::client::{Client, GetAsyncChatCompletionJobResponse as Poll};
//!
//! # async fn poll(client: &Client, id: &str) -> Result<(), generated::client::Error> {
//! match client.get_async_chat_completion_job(id, None).await? {
//!     Poll::Ok(job) => println!("final: {:?}", job.status),
//!     Poll::Accepted(job) => println!("still {:?}", job.status),
//!     Poll::NotFound(error) => println!("gone: {:?}", error.error),
//!     other => println!("answered {}", other.status()),
//! }
//! # Ok(()) }
//! ```

#[cfg(feature = "server")]
#[rustfmt::skip]
pub mod server;
#[rustfmt::skip]
pub mod types;
#[rustfmt::skip]
// A response enum holds each documented body by value, so that a `match` reads it directly;
// the job body is large beside an error body, which clippy would have boxed.
#[allow(clippy::large_enum_variant)]
pub mod client;
#[rustfmt::skip]
pub mod cli;
