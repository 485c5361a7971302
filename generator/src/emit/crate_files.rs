//! A crate of its own: `Cargo.toml` and `src/`, with no dependency on the gateway's runtime.
//!
//! `src/client.rs` is the typed client the gateway gets too. The manifest names the versions the emitted code is written against (the oldest it is known
//! to build with; Cargo may pick any semver-compatible newer one) and only the dependencies and
//! features the spec needs: base64 and bytes for files, chrono for timestamps,
//! standardwebhooks for the signatures of the webhooks the API sends.

use proc_macro2::TokenStream;
use quote::quote;

use super::{render, render_pieces, EmitError, GeneratedFile};
use crate::ir::Model;

/// The versions the emitted code is written against.
pub const AXUM: &str = "0.8.9";
pub const REQWEST: &str = "0.12.28";
pub const TOKIO: &str = "1.54.1";
pub const BASE64: &str = "0.22.1";
pub const BYTES: &str = "1.12.2";
pub const CHRONO: &str = "0.4.45";
pub const SERDE: &str = "1.0.229";
pub const SERDE_JSON: &str = "1.0.154";
pub const SERDE_PATH_TO_ERROR: &str = "0.1.20";
pub const STANDARDWEBHOOKS: &str = "1.0.1";

/// Every file of the crate named `name`, paths relative to its folder.
pub fn emit(
    model: &Model,
    source: &str,
    bundle: &serde_json::Value,
    name: &str,
) -> Result<Vec<GeneratedFile>, EmitError> {
    if !valid_crate_name(name) {
        return Err(EmitError::CrateName(name.to_owned()));
    }
    let operations: Vec<_> = model.operations.iter().collect();
    Ok(vec![
        GeneratedFile {
            name: "Cargo.toml".into(),
            contents: manifest(model, source, name),
        },
        render(
            "src/lib.rs",
            &crate_doc(model, source),
            source,
            lib_rs(),
        )?,
        render_pieces(
            "src/types.rs",
            "Request and response types of every operation.",
            source,
            super::types::emit(model),
        )?,
        render_pieces(
            "src/client.rs",
            "A typed HTTP client: one method and one answer enum per operation.",
            source,
            super::client::emit(model)?,
        )?,
        render_pieces(
            "src/server.rs",
            "The strict-server trait `Api`, one method per operation, and the axum router that calls it.",
            source,
            super::api::emit(model, &operations, super::api::Deps::Standalone),
        )?,
        GeneratedFile {
            name: "src/openapi.json".into(),
            contents: serde_json::to_string_pretty(bundle)? + "\n",
        },
    ])
}

/// A Cargo package name: ASCII letters, digits, `-` and `_`, starting with a letter.
fn valid_crate_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn manifest(model: &Model, source: &str, name: &str) -> String {
    // The server's support file reads multipart forms whether or not the spec has one.
    let mut dependencies = vec![format!(
        "axum = {{ version = \"{AXUM}\", features = [\"multipart\"] }}"
    )];
    if model.uses_binary() {
        dependencies.push(format!("base64 = \"{BASE64}\""));
        dependencies.push(format!("bytes = \"{BYTES}\""));
    }
    if model.uses_date_time() {
        dependencies.push(format!(
            "chrono = {{ version = \"{CHRONO}\", default-features = false, features = [\"serde\", \"std\"] }}"
        ));
    }
    dependencies.push(format!(
        "reqwest = {{ version = \"{REQWEST}\", default-features = false, features = [\"json\", \"multipart\", \"rustls-tls-webpki-roots\", \"http2\"] }}"
    ));
    dependencies.push(format!(
        "serde = {{ version = \"{SERDE}\", features = [\"derive\"] }}"
    ));
    dependencies.push(format!("serde_json = \"{SERDE_JSON}\""));
    dependencies.push(format!("serde_path_to_error = \"{SERDE_PATH_TO_ERROR}\""));
    if model.has_webhooks() {
        dependencies.push(format!("standardwebhooks = \"{STANDARDWEBHOOKS}\""));
    }
    dependencies.push(format!(
        "tokio = {{ version = \"{TOKIO}\", features = [\"fs\", \"time\"] }}"
    ));
    format!(
        "# Generated from {source} by the generator; do not edit.\n\
         [package]\n\
         name = \"{name}\"\n\
         version = \"0.1.0\"\n\
         edition = \"2021\"\n\
         publish = false\n\
         \n\
         [dependencies]\n\
         {}\n\
         \n\
         # A workspace of its own, so the crate builds wherever it is written.\n\
         [workspace]\n",
        dependencies.join("\n")
    )
}

fn crate_doc(model: &Model, source: &str) -> String {
    format!(
        "Types, server and client of the API described by {source}: {} types, {} operations.\n\
         //!\n\
         //! - [`types`]: one Rust type per schema the operations reach, with `validate()` where the\n\
         //!   spec sets limits serde cannot check.\n\
         //! - [`server`]: implement [`server::Api`] (one method per operation, a typed request in and\n\
         //!   a typed response out) and serve [`server::router`]. When operations name security\n\
         //!   requirements, `server::Security` checks the credentials first; a request none of\n\
         //!   whose alternatives passes is answered `401`.\n\
         //! - [`client`]: [`client::Client`], one method per operation, answers decoded by status.",
        model.types.len(),
        model.operations.len()
    )
}

fn lib_rs() -> TokenStream {
    quote! {
        #[rustfmt::skip]
        pub mod client;
        #[rustfmt::skip]
        pub mod server;
        #[rustfmt::skip]
        pub mod types;

        /// The spec as one document (OpenAPI 3.0 dialect).
        pub const OPENAPI_JSON: &str = include_str!("openapi.json");
    }
}
