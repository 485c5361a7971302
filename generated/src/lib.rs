//! The gateway's code, emitted by the generator from `spec/`.
//!
//! Never edit `types.rs`, `server.rs` or `openapi.json` by hand: change the spec or the generator
//! and run `cargo run -p generator`.
//!
//! - [`types`]: one Rust type per schema the operations reach, with `validate()` where the spec
//!   sets limits serde cannot check.
//! - [`server`]: [`server::router`] mounts every operation; each answers with a typed enum that
//!   has one variant per documented status.

#[rustfmt::skip]
pub mod server;
#[rustfmt::skip]
pub mod types;
#[rustfmt::skip]
pub mod client;
#[rustfmt::skip]
pub mod cli;
