//! Whole-file snapshots: for every fixture tree under `tests/fixtures/`, each file the generator
//! writes (or the error that stops it) and its warnings, kept under `tests/snapshots/`, so a
//! change to the mapping or to an emitter reads as a diff of generated code.
//!
//! After an intended change, rewrite the snapshots and review the diff in git:
//!
//! ```text
//! INSTA_UPDATE=always cargo test -p generator --test snapshots
//! ```
//!
//! (`cargo insta review` / `cargo insta accept` do the same where cargo-insta is installed.)

use std::path::{Path, PathBuf};

use generator::emit::Target;
use generator::generate_for;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Every fixture tree: a folder two levels down holding an `openapi.yaml`, e.g.
/// `pipeline/constructs`.
fn fixtures() -> Vec<String> {
    let mut out = Vec::new();
    let dir = fixtures_dir();
    for group in std::fs::read_dir(&dir)
        .expect("the fixtures folder")
        .flatten()
    {
        let group_name = group.file_name().to_string_lossy().into_owned();
        if group.path().join("openapi.yaml").is_file() {
            out.push(group_name.clone());
            continue;
        }
        for case in std::fs::read_dir(group.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            if case.path().join("openapi.yaml").is_file() {
                out.push(format!(
                    "{group_name}/{}",
                    case.file_name().to_string_lossy()
                ));
            }
        }
    }
    out.sort();
    out
}

/// The fixtures written for the gateway's own output; every other tree is generated as a crate
/// of its own, which is what a user of the generator gets. (`client_shapes` has a job pair
/// that does not document what the gateway's runtime answers, so it is a crate of its own.)
const GATEWAY_FIXTURES: &[&str] = &[
    "pipeline/async_missing_status",
    "pipeline/constructs",
    "pipeline/path_mismatch",
];

fn target_for(fixture: &str) -> Target {
    if GATEWAY_FIXTURES.contains(&fixture) {
        Target::Gateway
    } else {
        Target::Crate {
            name: "fixture".into(),
        }
    }
}

/// A snapshot name from a fixture and a file: `pipeline-constructs@types.rs`.
fn snapshot_name(fixture: &str, what: &str) -> String {
    format!("{}@{what}", fixture.replace('/', "-"))
}

#[test]
fn every_fixture_matches_its_snapshots() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 10, "fixtures not found: {fixtures:?}");
    let dir = fixtures_dir();
    // Messages name files by absolute path in a few places (a file that cannot be read).
    let redact = |text: &str| text.replace(&dir.display().to_string(), "<fixtures>");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for fixture in &fixtures {
            let spec = dir.join(fixture).join("openapi.yaml");
            match generate_for(&spec, "openapi.yaml", &target_for(fixture)) {
                Ok(generated) => {
                    for file in &generated.files {
                        insta::assert_snapshot!(snapshot_name(fixture, &file.name), file.contents);
                    }
                    let warnings: Vec<String> =
                        generated.warnings().map(ToString::to_string).collect();
                    insta::assert_snapshot!(
                        snapshot_name(fixture, "warnings"),
                        warnings.join("\n")
                    );
                }
                Err(error) => {
                    insta::assert_snapshot!(
                        snapshot_name(fixture, "error"),
                        redact(&format!("{error:#}"))
                    );
                }
            }
        }
    });
}
