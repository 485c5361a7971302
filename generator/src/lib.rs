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
    let tree = load::load(spec)?;
    let bundle = bundle::bundle(&tree)?;
    let model = ir::build(&bundle);
    let files = emit::emit_for(&model, source, &bundle.document, target)?;
    Ok(Generated {
        bundle,
        model,
        files,
    })
}
