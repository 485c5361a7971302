//! The build-time generator: OpenAPI tree in, Rust code out.
//!
//! A pipeline of plain stages, one module each:
//!
//! 1. [`load`]: read the root YAML file and every file its `$ref`s reach, checking each reference.
//! 2. [`bundle`]: fold the tree into one [`openapiv3::OpenAPI`] document in a single dialect.
//! 3. [`ir`]: the model of what is emitted: named types and operations.
//! 4. [`emit`]: `quote!` -> `syn::File` -> `prettyplease`, one file per concern.

pub mod bundle;
pub mod diag;
pub mod emit;
pub mod ir;
pub mod load;
pub mod stats;

use std::path::Path;

/// What one run of the pipeline produces.
#[derive(Debug)]
pub struct Generated {
    pub bundle: bundle::Bundle,
    pub model: ir::Model,
    pub files: Vec<emit::GeneratedFile>,
}

impl Generated {
    /// Everything that was handled by a fallback or a rename, bundle first.
    pub fn warnings(&self) -> impl Iterator<Item = &diag::Warning> {
        self.bundle.warnings.iter().chain(&self.model.warnings)
    }
}

/// A failure that stops generation.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// The spec is wrong: a broken reference, bad YAML, a document `openapiv3` cannot read.
    #[error(transparent)]
    Spec(#[from] bundle::BundleError),
    #[error(transparent)]
    Emit(#[from] emit::EmitError),
}

impl From<load::LoadError> for GenerateError {
    fn from(e: load::LoadError) -> Self {
        GenerateError::Spec(e.into())
    }
}

/// Runs every stage on the tree rooted at `spec`, for the gateway's `generated/src`; `source`
/// names the spec in the files' headers.
pub fn generate(spec: &Path, source: &str) -> Result<Generated, GenerateError> {
    generate_for(spec, source, &emit::Target::Gateway)
}

/// Runs every stage on the tree rooted at `spec` and writes a crate of its own named
/// `crate_name`: its files are relative to the crate's folder (`Cargo.toml`, `src/lib.rs`, …).
pub fn generate_crate(
    spec: &Path,
    source: &str,
    crate_name: &str,
) -> Result<Generated, GenerateError> {
    generate_for(
        spec,
        source,
        &emit::Target::Crate {
            name: crate_name.to_owned(),
        },
    )
}

/// Runs every stage for one kind of output.
pub fn generate_for(
    spec: &Path,
    source: &str,
    target: &emit::Target,
) -> Result<Generated, GenerateError> {
    generate_reporting(spec, source, target, &mut |_| {})
}

/// A stage of the pipeline, as it starts, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Load,
    /// The tree is read: this many files.
    Bundle {
        files: usize,
    },
    /// The bundle holds this many schemas.
    Model {
        schemas: usize,
    },
    /// The model holds this many types and operations.
    Emit {
        types: usize,
        operations: usize,
    },
}

impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stage::Load => f.write_str("reading the spec"),
            Stage::Bundle { files } => write!(f, "bundling {files} file(s)"),
            Stage::Model { schemas } => write!(f, "modelling {schemas} schema(s)"),
            Stage::Emit { types, operations } => {
                write!(f, "writing {types} type(s) and {operations} operation(s)")
            }
        }
    }
}

/// [`generate_for`], calling `progress` as each stage starts.
pub fn generate_reporting(
    spec: &Path,
    source: &str,
    target: &emit::Target,
    progress: &mut dyn FnMut(Stage),
) -> Result<Generated, GenerateError> {
    progress(Stage::Load);
    let tree = load::load(spec)?;
    progress(Stage::Bundle {
        files: tree.files.len(),
    });
    let bundle = bundle::bundle(&tree)?;
    progress(Stage::Model {
        schemas: bundle
            .openapi
            .components
            .as_ref()
            .map_or(0, |c| c.schemas.len()),
    });
    let model = ir::build(&bundle);
    progress(Stage::Emit {
        types: model.types.len(),
        operations: model.operations.len(),
    });
    let files = emit::emit_for(&model, source, &bundle.document, target)?;
    Ok(Generated {
        bundle,
        model,
        files,
    })
}
