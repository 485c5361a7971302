//! Spec descriptions as doc comments.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc]` attributes for a description, one per line so prettyplease prints `///` lines.
///
/// Descriptions are Markdown written for API users, not Rust: fenced blocks are marked `text` and
/// deep indentation is cut, so rustdoc never tries to compile an example as a doctest.
pub fn doc_attrs(doc: Option<&str>) -> TokenStream {
    let Some(doc) = doc.map(str::trim).filter(|d| !d.is_empty()) else {
        return TokenStream::new();
    };
    let lines = doc.lines().map(|line| {
        let trimmed = line.trim_start();
        let indent = (line.len() - trimmed.len()).min(3);
        let line = if trimmed.starts_with("```") && trimmed.trim_start_matches('`').is_empty() {
            "```text".to_owned()
        } else {
            format!("{}{}", " ".repeat(indent), trimmed.trim_end())
        };
        if line.is_empty() {
            line
        } else {
            format!(" {line}")
        }
    });
    quote! { #( #[doc = #lines] )* }
}
