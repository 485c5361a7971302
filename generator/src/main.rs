//! `cargo run -p generator`: regenerate `generated/src` from `spec/openapi.yaml`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::Parser;
use generator::emit::{GeneratedFile, Target};
use generator::stats::Stats;
use generator::{generate_reporting, GenerateError, Generated, Stage};
use indicatif::{ProgressBar, ProgressStyle};

/// Generates the gateway's Rust code from its OpenAPI tree.
///
/// Reads the root YAML file, follows every `$ref` across files, and writes one Rust file per
/// concern into the output folder. Exit status: 0 on success, 1 when `--check` finds stale files
/// or a file cannot be written, 2 when the spec itself is wrong (the message names the chain of
/// references that led to the problem).
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Root file of the OpenAPI tree [default: spec/openapi.yaml in this workspace].
    #[arg(long, value_name = "FILE")]
    spec: Option<PathBuf>,

    /// Folder the Rust files are written to: the gateway's `generated/src` by default; with
    /// `--crate-name`, the crate's folder (required then).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,

    /// Write a crate of its own named NAME into `--out` (Cargo.toml and src/: types, the
    /// strict-server trait and its router for every operation), with no dependency on the
    /// gateway's runtime.
    #[arg(long, value_name = "NAME", requires = "out")]
    crate_name: Option<String>,

    /// Generate in memory and compare with the files in the output folder; fail naming every
    /// file that differs. Nothing is written.
    #[arg(long)]
    check: bool,

    /// Also write the bundled single-file spec (OpenAPI 3.0 dialect) to FILE: JSON when the
    /// name ends in `.json`, YAML otherwise.
    #[arg(long, value_name = "FILE")]
    bundle: Option<PathBuf>,

    /// Also write what the run produced to FILE as JSON: types, operations, warnings by kind,
    /// the untyped census, generation time and peak memory.
    #[arg(long, value_name = "FILE")]
    stats: Option<PathBuf>,
}

/// A path inside this workspace, so the defaults work from any current folder.
fn workspace_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let spec_error = e
                .downcast_ref::<GenerateError>()
                .is_some_and(|g| matches!(g, GenerateError::Spec(_)));
            tracing::error!("{e:#}");
            ExitCode::from(if spec_error { 2 } else { 1 })
        }
    }
}

fn run(args: &Args) -> anyhow::Result<()> {
    let spec = args
        .spec
        .clone()
        .unwrap_or_else(|| workspace_path("spec/openapi.yaml"));
    let (out, target, source) = match &args.crate_name {
        Some(name) => {
            let out = args.out.clone().context("--crate-name needs --out")?;
            let source = spec_file_name(&spec);
            (out, Target::Crate { name: name.clone() }, source)
        }
        None => {
            let out = args
                .out
                .clone()
                .unwrap_or_else(|| workspace_path("generated/src"));
            let source = source_label(&spec, &out);
            (out, Target::Gateway, source)
        }
    };
    let started = Instant::now();
    let generated = {
        let progress = Progress::on_terminal();
        generate_reporting(&spec, &source, &target, &mut |stage| progress.show(stage))?
    };
    let elapsed = started.elapsed();
    for warning in generated.warnings() {
        tracing::warn!("{}: {}", warning.at, warning.message);
    }
    if let Some(path) = &args.bundle {
        write_bundle(path, &generated.bundle.document)?;
    }
    if let Some(path) = &args.stats {
        write_stats(path, &generated, elapsed)?;
    }
    let warnings = generated.warnings().count();
    if args.check {
        let stale = stale_files(&out, &generated.files);
        if !stale.is_empty() {
            bail!(
                "generated code is stale; run `cargo run -p generator` and commit the result: {}",
                stale.join(", ")
            );
        }
        tracing::info!(
            "{} generated file(s) in {} are up to date",
            generated.files.len(),
            out.display()
        );
        return Ok(());
    }
    for file in &generated.files {
        let path = out.join(&file.name);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("cannot create {}", folder.display()))?;
        }
        std::fs::write(&path, &file.contents)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    tracing::info!(
        "wrote {} file(s) ({} types, {} operations, {warnings} warning(s)) to {}",
        generated.files.len(),
        generated.model.types.len(),
        generated.model.operations.len(),
        out.display()
    );
    Ok(())
}

/// How a standalone crate's headers name the spec: by file name, so the output never depends on
/// where the spec lies.
fn spec_file_name(spec: &Path) -> String {
    spec.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "the spec".into())
}

/// How the headers name the spec: relative to the project (two levels above `generated/src`)
/// when it lies inside, else by file name, so the output never depends on the current folder.
fn source_label(spec: &Path, out: &Path) -> String {
    let project = out
        .canonicalize()
        .ok()
        .and_then(|o| o.parent().and_then(Path::parent).map(Path::to_path_buf));
    let relative = spec.canonicalize().ok().and_then(|s| {
        project.and_then(|p| {
            s.strip_prefix(p)
                .ok()
                .map(|r| r.to_string_lossy().replace('\\', "/"))
        })
    });
    relative.unwrap_or_else(|| {
        spec.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "the spec".into())
    })
}

fn stale_files(out: &Path, files: &[GeneratedFile]) -> Vec<String> {
    files
        .iter()
        .filter(|f| std::fs::read_to_string(out.join(&f.name)).ok().as_deref() != Some(&f.contents))
        .map(|f| out.join(&f.name).display().to_string())
        .collect()
}

fn write_bundle(path: &Path, document: &serde_json::Value) -> anyhow::Result<()> {
    let text = if path.extension().is_some_and(|e| e == "json") {
        serde_json::to_string_pretty(document)? + "\n"
    } else {
        serde_yaml::to_string(document)?
    };
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
    tracing::info!("wrote the bundled spec to {}", path.display());
    Ok(())
}

/// A spinner on stderr naming the stage, when stderr is a terminal; nothing otherwise, so logs
/// and pipes see only the summary line.
struct Progress(Option<ProgressBar>);

impl Progress {
    fn on_terminal() -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(100));
        Progress(Some(bar))
    }

    fn show(&self, stage: Stage) {
        if let Some(bar) = &self.0 {
            bar.set_message(stage.to_string());
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// The run's numbers as JSON, for the corpus test and for anyone comparing runs.
fn write_stats(path: &Path, generated: &Generated, elapsed: Duration) -> anyhow::Result<()> {
    let stats = Stats::of(generated);
    let value = serde_json::json!({
        "types": stats.types,
        "operations": stats.operations,
        "warnings": stats.warnings,
        "untyped": stats.untyped,
        "generation_ms": elapsed.as_millis() as u64,
        "peak_memory_kib": peak_memory_kib(),
    });
    std::fs::write(path, serde_json::to_string_pretty(&value)? + "\n")
        .with_context(|| format!("cannot write {}", path.display()))
}

/// The process's peak resident memory so far, where the system tells it (Linux).
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
