//! Stage 4: the model to Rust source, `quote!` -> `syn::File` -> `prettyplease`.
//!
//! One file per concern, each headed with where it comes from. Output depends only on the model,
//! which is ordered, so the same spec always gives the same bytes.

mod api;
mod cli;
mod client;
mod client_support;
mod crate_files;
mod docs;
mod server;
pub mod support;
mod types;
mod validate;

use proc_macro2::TokenStream;

use crate::ir::Model;

/// One file the generator writes, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub name: String,
    pub contents: String,
}

/// What the generated code is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The gateway's `generated/src`: async-job operations call the job runtime; any other
    /// operation goes through the [`api`](self) trait in `server.rs`.
    Gateway,
    /// A crate of its own, with no dependency on the job runtime: `Cargo.toml` and `src/`, where
    /// every operation goes through the strict-server trait.
    Crate { name: String },
}

#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    /// The name given for a standalone crate is not a Cargo package name.
    #[error("`{0}` is not a valid crate name (use ASCII letters, digits, `-` and `_`, starting with a letter)")]
    CrateName(String),
    /// The spec does not give the server what it needs (a status the runtime answers, a
    /// security scheme it can check); the message says what to add.
    #[error("the spec cannot be served as written: {0}")]
    Contract(String),
    #[error("cannot write the bundled spec: {0}")]
    Bundle(#[from] serde_json::Error),
    /// The tokens did not parse as Rust: a bug of the generator, reported with the file's name.
    #[error("generated {file} is not valid Rust ({source}); this is a generator bug")]
    Syntax {
        file: String,
        #[source]
        source: syn::Error,
    },
}

/// Every file of the gateway's `generated/src` for a model. `source` names the spec in the
/// header, e.g. `spec/openapi.yaml`; `bundle` is the single-document spec, served by the server
/// as it is.
pub fn emit(
    model: &Model,
    source: &str,
    bundle: &serde_json::Value,
) -> Result<Vec<GeneratedFile>, EmitError> {
    emit_for(model, source, bundle, &Target::Gateway)
}

/// Every file for a model and a target; a crate's file names are relative to its folder.
pub fn emit_for(
    model: &Model,
    source: &str,
    bundle: &serde_json::Value,
    target: &Target,
) -> Result<Vec<GeneratedFile>, EmitError> {
    match target {
        Target::Gateway => gateway_files(model, source, bundle),
        Target::Crate { name } => crate_files::emit(model, source, bundle, name),
    }
}

fn gateway_files(
    model: &Model,
    source: &str,
    bundle: &serde_json::Value,
) -> Result<Vec<GeneratedFile>, EmitError> {
    let mut files = client_files(model, source)?;
    let (server, api) = server::emit(model)?;
    files.push(render(
        "server.rs",
        "The axum router: one handler and one typed response per operation.",
        source,
        server,
    )?);
    if let Some(api) = api {
        files.push(render_pieces(
            "server/api.rs",
            "The strict-server trait `Api` for the operations that are not async jobs, and its router.",
            source,
            api,
        )?);
    }
    files.push(GeneratedFile {
        name: "openapi.json".into(),
        contents: serde_json::to_string_pretty(bundle)? + "\n",
    });
    Ok(files)
}

/// The files of the gateway's client side, which compile without the runtime: the types, the
/// typed client and the command line.
pub fn client_files(model: &Model, source: &str) -> Result<Vec<GeneratedFile>, EmitError> {
    Ok(vec![
        render_pieces(
            "types.rs",
            "Request and response types of every operation.",
            source,
            types::emit(model),
        )?,
        render_pieces(
            "client.rs",
            "A typed HTTP client: one method and one answer enum per operation.",
            source,
            client::emit(model)?,
        )?,
        render_pieces(
            "cli.rs",
            "The command-line client: one subcommand per operation, over `client.rs`.",
            source,
            cli::emit(model)?,
        )?,
    ])
}

/// A part of a generated file: code generated from the spec, or a support file copied as it is.
#[derive(Debug)]
pub(crate) enum Piece {
    Tokens(TokenStream),
    Support(support::SupportFile),
}

impl From<TokenStream> for Piece {
    fn from(tokens: TokenStream) -> Self {
        Piece::Tokens(tokens)
    }
}

fn render(
    name: &str,
    what: &str,
    source: &str,
    tokens: TokenStream,
) -> Result<GeneratedFile, EmitError> {
    render_pieces(name, what, source, vec![Piece::Tokens(tokens)])
}

/// A file of generated code (formatted by prettyplease) followed by the support files it needs
/// (as they are formatted in the generator), each headed with where it comes from.
fn render_pieces(
    name: &str,
    what: &str,
    source: &str,
    pieces: Vec<Piece>,
) -> Result<GeneratedFile, EmitError> {
    let mut parts = Vec::new();
    for piece in pieces {
        let text = match piece {
            Piece::Tokens(tokens) => {
                let file: syn::File = syn::parse2(tokens).map_err(|source| EmitError::Syntax {
                    file: name.to_owned(),
                    source,
                })?;
                prettyplease::unparse(&file)
            }
            Piece::Support(file) => file.spliced(),
        };
        if !text.trim().is_empty() {
            parts.push(text);
        }
    }
    let contents = format!(
        "// Generated from {source} by `cargo run -p generator`; do not edit.\n//! {what}\n\n{}",
        parts.join("\n")
    );
    Ok(GeneratedFile {
        name: name.to_owned(),
        contents,
    })
}
