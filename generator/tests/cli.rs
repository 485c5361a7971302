//! The command line as a user meets it: `--help`, what a piped run prints, `--stats`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(args)
        .env("RUST_LOG", "info")
        .output()
        .expect("the generator runs")
}

#[test]
fn help_names_the_default_spec_relative_to_the_workspace() {
    let output = run(&["--help".as_ref()]);
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(
        help.contains("[default: spec/openapi.yaml in this workspace]"),
        "{help}"
    );
    let manifest = env!("CARGO_MANIFEST_DIR");
    let build_folder = Path::new(manifest).parent().unwrap().to_string_lossy();
    assert!(!help.contains(&*build_folder), "{help}");
}

#[test]
fn a_piped_run_prints_its_summary_and_no_progress() {
    let out = tempfile::tempdir().unwrap();
    let spec = fixture("standalone/openapi.yaml");
    let stats = out.path().join("stats.json");
    let crate_dir = out.path().join("crate");
    let output = run(&[
        "--spec".as_ref(),
        spec.as_os_str(),
        "--out".as_ref(),
        crate_dir.as_os_str(),
        "--crate-name".as_ref(),
        "notebook".as_ref(),
        "--stats".as_ref(),
        stats.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // A spinner redraws with carriage returns and escape sequences; a pipe must see none.
    assert!(
        !stderr.contains('\r') && !stderr.contains('\u{1b}'),
        "{stderr:?}"
    );
    let summary: Vec<&str> = stderr.lines().filter(|l| l.contains("wrote")).collect();
    assert_eq!(summary.len(), 1, "{stderr}");

    let stats: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&stats).expect("--stats wrote its file")).unwrap();
    assert!(stats["types"].as_u64().is_some_and(|n| n > 10), "{stats}");
    assert!(
        stats["operations"].as_u64().is_some_and(|n| n > 3),
        "{stats}"
    );
    assert!(stats["untyped"].is_u64(), "{stats}");
    assert!(stats["generation_ms"].is_u64(), "{stats}");
    let warnings: u64 = stats["warnings"]
        .as_object()
        .expect("warnings by kind")
        .values()
        .filter_map(serde_json::Value::as_u64)
        .sum();
    let logged = stderr.lines().filter(|l| l.contains("WARN")).count() as u64;
    assert_eq!(warnings, logged, "{stats}\n{stderr}");
}
