//! `cli.rs`, which imports every item of `client.rs`.

pub use super::client::*;

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/cli/core.rs"]
pub mod commands;
use commands::{print_body, report, Failure};

// The generated code around it calls what no stand-in here does.
#[allow(dead_code)]
#[path = "../../support/cli/waiting.rs"]
pub mod waiting;
