//! Helpers shared by the gateway's cross-crate tests.

pub mod bench;
pub mod fake_upstream;
pub mod fixtures;
pub mod harness;
pub mod jobs;
pub mod postgres;
pub mod webhook_receiver;
