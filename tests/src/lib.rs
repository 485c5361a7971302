//! Helpers shared by the gateway's cross-crate tests.

pub mod fixtures;
