//! Request payloads kept under `tests/fixtures/requests/<SchemaName>/{valid,invalid}/*.json`.
//!
//! A valid file is a payload as a client would send it. An invalid file is
//! `{"error_mentions": "<field>", "payload": {...}}`: a payload the gateway must refuse, and the
//! field the refusal has to name.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The folder holding one folder per request schema.
pub fn requests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/requests")
}

/// A payload that must be accepted, with the file it came from.
#[derive(Debug)]
pub struct Valid {
    pub file: PathBuf,
    /// The bytes exactly as stored.
    pub body: Vec<u8>,
}

/// A payload that must be refused.
#[derive(Debug, Deserialize)]
pub struct Invalid {
    #[serde(skip)]
    pub file: PathBuf,
    /// The field the error has to name.
    pub error_mentions: String,
    pub payload: serde_json::Value,
}

/// The `*.json` files of one folder, sorted so failures are reported in a stable order.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read fixture folder {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("readable folder entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

pub fn valid(schema: &str) -> Vec<Valid> {
    json_files(&requests_dir().join(schema).join("valid"))
        .into_iter()
        .map(|file| Valid {
            body: std::fs::read(&file).expect("readable fixture"),
            file,
        })
        .collect()
}

pub fn invalid(schema: &str) -> Vec<Invalid> {
    json_files(&requests_dir().join(schema).join("invalid"))
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).expect("readable fixture");
            let mut case: Invalid = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not an invalid-case file: {e}", file.display()));
            case.file = file;
            case
        })
        .collect()
}

/// The schema names that have fixtures.
pub fn schemas() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(requests_dir())
        .expect("fixture root")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
