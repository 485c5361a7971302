//! The corpus: real published specs, each generated as a crate of its own and `cargo check`ed,
//! with a table of what each produced (types, operations, warnings by kind, the untyped census,
//! generation time, peak memory, check time).
//!
//! The specs are `tests/corpus.txt` and every folder of `../shared/corpus/` with an `openapi.*`
//! at its top. Checking takes minutes, so the test runs only when `GENERATOR_CORPUS=1` (as
//! `.ci/run` sets it); run it with `--nocapture` to see the table:
//!
//! ```text
//! GENERATOR_CORPUS=1 cargo test -p generator --test corpus -- --nocapture
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

fn workspace(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace("target"))
}

/// The folder of published specs beside the repository.
const SHARED_CORPUS: &str = "../shared/corpus";

#[derive(Debug)]
struct Entry {
    name: String,
    spec: PathBuf,
    max_warnings: Option<usize>,
}

/// The list file's entries, then the shared folder's specs that it does not name.
fn entries() -> Vec<Entry> {
    let list = std::fs::read_to_string(workspace("generator/tests/corpus.txt"))
        .expect("generator/tests/corpus.txt is readable");
    let mut entries: Vec<Entry> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next().expect("a name").to_owned();
            let spec = workspace(
                words
                    .next()
                    .unwrap_or_else(|| panic!("{line}: no spec path")),
            );
            let mut max_warnings = None;
            for option in words {
                match option.split_once('=') {
                    Some(("max-warnings", n)) => {
                        max_warnings =
                            Some(n.parse().unwrap_or_else(|_| panic!("{line}: bad {option}")))
                    }
                    _ => panic!("{line}: unknown option {option}"),
                }
            }
            Entry {
                name,
                spec,
                max_warnings,
            }
        })
        .collect();
    let shared = workspace(SHARED_CORPUS);
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&shared)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    for folder in folders {
        let Some(root) = ["openapi.yaml", "openapi.yml", "openapi.json"]
            .iter()
            .map(|n| folder.join(n))
            .find(|p| p.is_file())
        else {
            continue;
        };
        let listed = entries
            .iter()
            .any(|e| e.spec.canonicalize().ok() == root.canonicalize().ok());
        if !listed {
            entries.push(Entry {
                name: folder.file_name().unwrap().to_string_lossy().into_owned(),
                spec: root,
                max_warnings: None,
            });
        }
    }
    entries
}

/// One spec's row of the table.
struct Row {
    name: String,
    stats: Value,
    check: Duration,
}

fn generate_and_check(entry: &Entry, root: &Path) -> Row {
    let crate_name = format!("corpus-{}", entry.name);
    let out = root.join(&entry.name);
    // Files of a former run that this one does not write must not stay in the crate.
    let _ = std::fs::remove_dir_all(out.join("src"));
    let stats_file = root.join(format!("{}.stats.json", entry.name));
    let output = Command::new(env!("CARGO_BIN_EXE_generator"))
        .arg("--spec")
        .arg(&entry.spec)
        .arg("--out")
        .arg(&out)
        .args(["--crate-name", &crate_name])
        .arg("--stats")
        .arg(&stats_file)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the generator runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{}: the generator fails on {}:\n{stderr}",
        entry.name,
        entry.spec.display()
    );
    let stats: Value = serde_json::from_str(
        &std::fs::read_to_string(&stats_file).expect("the generator wrote its stats"),
    )
    .expect("the stats are JSON");
    let warnings: u64 = stats["warnings"]
        .as_object()
        .map_or(0, |w| w.values().filter_map(Value::as_u64).sum());
    if let Some(max) = entry.max_warnings {
        assert!(
            warnings as usize <= max,
            "{}: {warnings} generator warnings, at most {max} allowed:\n{stderr}",
            entry.name
        );
    }

    // The workspace's lock file pins the dependencies, so they are the ones already built.
    std::fs::copy(workspace("Cargo.lock"), out.join("Cargo.lock")).expect("the lock file copies");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let started = Instant::now();
    let check = Command::new(cargo)
        .args([
            "check",
            "--quiet",
            "--color",
            "never",
            "--message-format",
            "short",
        ])
        .current_dir(&out)
        // One target folder for every crate of the corpus: the dependencies are checked once.
        .env("CARGO_TARGET_DIR", root.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let check_time = started.elapsed();
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        check.status.success(),
        "{}: the generated crate does not check:\n{stderr}",
        entry.name
    );
    assert!(
        !stderr.contains("warning"),
        "{}: the generated crate checks with warnings:\n{stderr}",
        entry.name
    );
    Row {
        name: entry.name.clone(),
        stats,
        check: check_time,
    }
}

fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| spec | types | operations | warnings | by kind | untyped | generation | peak memory | check |\n\
         |---|---:|---:|---:|---|---:|---:|---:|---:|\n",
    );
    for row in rows {
        let s = &row.stats;
        let kinds: BTreeMap<String, u64> = s["warnings"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v.as_u64().unwrap_or(0)))
            .collect();
        let total: u64 = kinds.values().sum();
        let by_kind = if kinds.is_empty() {
            "-".to_owned()
        } else {
            kinds
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let memory = s["peak_memory_kib"]
            .as_u64()
            .map_or("-".to_owned(), |k| format!("{:.0} MiB", k as f64 / 1024.0));
        out.push_str(&format!(
            "| {} | {} | {} | {total} | {by_kind} | {} | {:.2} s | {memory} | {:.1} s |\n",
            row.name,
            s["types"],
            s["operations"],
            s["untyped"],
            s["generation_ms"].as_u64().unwrap_or(0) as f64 / 1000.0,
            row.check.as_secs_f64(),
        ));
    }
    out
}

#[test]
fn every_corpus_spec_generates_a_crate_that_checks_without_warnings() {
    if std::env::var_os("GENERATOR_CORPUS").is_none() {
        eprintln!(
            "skipped the corpus: set GENERATOR_CORPUS=1 to generate and check every corpus spec"
        );
        return;
    }
    let root = target_dir().join("corpus");
    std::fs::create_dir_all(&root).unwrap();
    let shared_present = workspace(SHARED_CORPUS).is_dir();
    let mut rows = Vec::new();
    for entry in entries() {
        if !entry.spec.is_file() {
            // A spec of the shared folder is missing only where that folder is; a spec of the
            // repository must be there.
            let in_shared = entry
                .spec
                .to_string_lossy()
                .contains(SHARED_CORPUS.trim_start_matches("../"));
            assert!(
                in_shared && !shared_present,
                "{}: no spec at {}",
                entry.name,
                entry.spec.display()
            );
            eprintln!(
                "{}: skipped, {} is not there",
                entry.name,
                entry.spec.display()
            );
            continue;
        }
        rows.push(generate_and_check(&entry, &root));
    }
    eprintln!(
        "\n{}\ncheck: wall time of `cargo check`; the first crate's includes checking the \
         dependencies, which the others share.",
        table(&rows)
    );
}
