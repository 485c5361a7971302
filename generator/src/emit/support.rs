//! The support files: Rust under `generator/support/` that is the same for every spec, copied
//! into the generated files after the code generated from the spec.
//!
//! Each is a real Rust file, compiled, linted and unit-tested as it is by `tests/support.rs`
//! (which puts stand-ins for the generated names beside it), so it is read and changed as code
//! rather than as `quote!` tokens, and its comments reach the output. A file names what it uses
//! of the generated code in its leading `use super::…;` lines: that is the boundary between the
//! two. The copy drops those lines (the code is spliced into the module that defines the names),
//! turns the file's `//!` comments into `//` ones (they describe the file, not the module it
//! lands in) and leaves out its `#[cfg(test)]` tests.
//!
//! Adding one: write the file under `support/`, add a line below, add it to the harness in
//! `tests/support.rs`, and have the emitter push [`Piece::Support`](super::Piece) where it
//! belongs.

/// One support file, as the generator embeds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SupportFile {
    /// Relative to `generator/support/`.
    pub path: &'static str,
    pub text: &'static str,
}

macro_rules! support_files {
    ($($(#[$doc:meta])* $name:ident = $path:literal;)*) => {
        $(
            $(#[$doc])*
            pub const $name: SupportFile = SupportFile {
                path: $path,
                text: include_str!(concat!("../../support/", $path)),
            };
        )*

        /// Every support file, for the tests.
        pub const ALL: &[SupportFile] = &[$($name),*];
    };
}

support_files! {
    /// The client's error type, `Client` and request bodies (`client.rs`).
    CLIENT = "client/core.rs";
    /// The `wait_*` polling loop (`client.rs`, with async-job pairs).
    CLIENT_WAITING = "client/waiting.rs";
    /// `verify_webhook`, for receivers of the API's webhooks (`client.rs`, when the spec has
    /// a `webhooks` section).
    CLIENT_WEBHOOK = "client/webhook.rs";
    /// Input, output and exit codes of the command line (`cli.rs`).
    CLI = "cli/core.rs";
    /// `--wait`'s output and spinner (`cli.rs`, with async-job pairs).
    CLI_WAITING = "cli/waiting.rs";
    /// `Binary`, the bytes of `format: binary` (`types.rs`).
    TYPES_BINARY = "types/binary.rs";
    /// Integers read as JSON Schema counts them (`types.rs`).
    TYPES_WHOLE_NUMBERS = "types/whole_numbers.rs";
    /// `ValidationError`, `FieldPath` and the checks `validate()` calls (`types.rs`).
    TYPES_VALIDATION = "types/validation.rs";
    /// `RequestError` and the readers' helpers of the strict server.
    SERVER = "server/core.rs";
    /// JSON bodies whose errors name the field (a crate of its own).
    SERVER_JSON_FIELDS = "server/json_fields.rs";
    /// JSON bodies with serde's message (the gateway).
    SERVER_JSON_PLAIN = "server/json_plain.rs";
    /// The check of the spec's security schemes (a crate of its own).
    SERVER_SECURITY = "server/security.rs";
}

impl SupportFile {
    /// The text as it is spliced into a generated file, with a line naming where it comes from.
    pub fn spliced(&self) -> String {
        let mut out = format!(
            "// The same for every spec: copied from the generator's support/{}.\n",
            self.path
        );
        let mut lines = self.text.lines().peekable();
        // The file's own comments, then its imports of generated names.
        while let Some(line) = lines.next_if(|l| l.starts_with("//!") || l.trim().is_empty()) {
            if let Some(rest) = line.strip_prefix("//!") {
                out.push_str("//");
                out.push_str(rest);
            }
            out.push('\n');
        }
        while lines
            .next_if(|l| l.starts_with("use super::") || l.trim().is_empty())
            .is_some()
        {}
        for line in lines {
            if line == "#[cfg(test)]" {
                break;
            }
            out.push_str(line);
            out.push('\n');
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spliced_file_is_rust_without_imports_of_generated_names_or_tests() {
        for file in ALL {
            let text = file.spliced();
            let parsed = syn::parse_file(&text)
                .unwrap_or_else(|e| panic!("support/{} spliced is not Rust: {e}", file.path));
            assert!(parsed.attrs.is_empty(), "support/{}", file.path);
            // Imports inside the file's own inline modules stay; the file's top-level ones go.
            assert!(
                !text.lines().any(|l| l.starts_with("use super::")),
                "support/{}",
                file.path
            );
            assert!(!text.contains("#[cfg(test)]"), "support/{}", file.path);
            assert!(text.contains(file.path), "support/{}", file.path);
        }
    }

    #[test]
    fn inner_comments_become_plain_ones_and_code_is_kept_whole() {
        let file = SupportFile {
            path: "x.rs",
            text: "//! About.\n//!\n//! More.\n\nuse super::{A, B};\nuse super::C;\n\n// Why.\npub fn f() {}\n\n#[cfg(test)]\nmod tests {}\n",
        };
        assert_eq!(
            file.spliced(),
            "// The same for every spec: copied from the generator's support/x.rs.\n// About.\n//\n// More.\n\n// Why.\npub fn f() {}\n"
        );
    }
}
