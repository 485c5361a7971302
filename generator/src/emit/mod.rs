//! Stage 4: the model to Rust source, `quote!` -> `syn::File` -> `prettyplease`.
//!
//! One file per concern, each headed with where it comes from. Output depends only on the model,
//! which is ordered, so the same spec always gives the same bytes.

mod docs;
mod types;

use proc_macro2::TokenStream;

use crate::ir::Model;

/// One file the generator writes, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub name: String,
    pub contents: String,
}

#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    /// The tokens did not parse as Rust: a bug of the generator, reported with the file's name.
    #[error("generated {file} is not valid Rust ({source}); this is a generator bug")]
    Syntax {
        file: String,
        #[source]
        source: syn::Error,
    },
}

/// Every file for a model. `source` names the spec in the header, e.g. `spec/openapi.yaml`.
pub fn emit(model: &Model, source: &str) -> Result<Vec<GeneratedFile>, EmitError> {
    Ok(vec![render(
        "types.rs",
        "Request and response types of every operation.",
        source,
        types::emit(model),
    )?])
}

fn render(
    name: &str,
    what: &str,
    source: &str,
    tokens: TokenStream,
) -> Result<GeneratedFile, EmitError> {
    let file: syn::File = syn::parse2(tokens).map_err(|source| EmitError::Syntax {
        file: name.to_owned(),
        source,
    })?;
    let contents = format!(
        "// Generated from {source} by `cargo run -p generator`; do not edit.\n//! {what}\n\n{}",
        prettyplease::unparse(&file)
    );
    Ok(GeneratedFile {
        name: name.to_owned(),
        contents,
    })
}
