//! Reading input, printing answers, and exit codes: the same for every command of every spec.
//!
//! The emitter copies this file into `cli.rs` after the commands it generates from the spec,
//! which import the client's items (`Error`, `RawBody`, `FormPart`, `Answered`, `AnswerBody`).
//! `Failure`, `report` and `print_body` are `pub(super)` for `cli/waiting.rs`, which the tests
//! compile as a module of its own.

use super::{AnswerBody, Answered, Error, FormPart, RawBody};

/// Why a command stopped: its own usage (exit 2) or the exchange with the server (exit 1).
#[derive(Debug)]
pub(super) enum Failure {
    Usage(::std::string::String),
    Client(Error),
}

impl Failure {
    fn report(self) -> ::std::process::ExitCode {
        match self {
            Self::Usage(message) => {
                ::std::eprintln!("error: {message}");
                ::std::process::ExitCode::from(2)
            }
            Self::Client(error) => {
                ::std::eprintln!("error: {error}");
                ::std::process::ExitCode::from(1)
            }
        }
    }
}

/// The bytes of `--file` (or standard input for `-`, or when nothing is given and input
/// is piped), with a name for messages; `None` when there is no input.
fn read_input(
    file: ::std::option::Option<&::std::path::Path>,
) -> ::std::result::Result<
    ::std::option::Option<(::std::string::String, ::std::vec::Vec<u8>)>,
    Failure,
> {
    use ::std::io::{IsTerminal as _, Read as _};
    let from_stdin = || -> ::std::result::Result<::std::option::Option<(::std::string::String, ::std::vec::Vec<u8>)>, Failure> {
        let mut bytes = ::std::vec::Vec::new();
        ::std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::Usage(::std::format!("cannot read standard input: {e}")))?;
        ::std::result::Result::Ok((!bytes.is_empty()).then(|| ("standard input".to_owned(), bytes)))
    };
    match file {
        ::std::option::Option::Some(path) if path.as_os_str() == "-" => from_stdin(),
        ::std::option::Option::Some(path) => ::std::fs::read(path)
            .map(|bytes| ::std::option::Option::Some((path.display().to_string(), bytes)))
            .map_err(|e| Failure::Usage(::std::format!("cannot read {}: {e}", path.display()))),
        ::std::option::Option::None if !::std::io::stdin().is_terminal() => from_stdin(),
        ::std::option::Option::None => ::std::result::Result::Ok(::std::option::Option::None),
    }
}

/// A JSON body checked against its type, then sent byte for byte.
#[allow(dead_code)] // not every spec has an operation that needs it
fn json_request<T: ::serde::de::DeserializeOwned>(
    source: &str,
    bytes: ::std::vec::Vec<u8>,
    what: &str,
) -> ::std::result::Result<RawBody, Failure> {
    match ::serde_json::from_slice::<T>(&bytes) {
        ::std::result::Result::Ok(_) => ::std::result::Result::Ok(RawBody::Json(bytes)),
        ::std::result::Result::Err(e) => ::std::result::Result::Err(Failure::Usage(
            ::std::format!("{source} is not a valid {what}: {e}"),
        )),
    }
}

/// The text fields of a multipart form, from a JSON object.
#[allow(dead_code)] // not every spec has an operation that needs it
fn form_fields(
    source: &str,
    bytes: &[u8],
    file_fields: &[&str],
) -> ::std::result::Result<::std::vec::Vec<FormPart>, Failure> {
    let object: ::serde_json::Map<::std::string::String, ::serde_json::Value> =
        ::serde_json::from_slice(bytes).map_err(|e| {
            Failure::Usage(::std::format!(
                "{source} is not a JSON object of form fields: {e}"
            ))
        })?;
    let mut parts = ::std::vec::Vec::new();
    for (name, value) in &object {
        if file_fields.contains(&name.as_str()) {
            return ::std::result::Result::Err(Failure::Usage(::std::format!(
                "`{name}` in {source} is a file: pass it with --{name}-path"
            )));
        }
        parts.extend(FormPart::values(name, value).map_err(|e| Failure::Usage(e.to_string()))?);
    }
    ::std::result::Result::Ok(parts)
}

/// A parameter's text as its type: as a string first (names, enum values), else as JSON.
#[allow(dead_code)] // not every spec has an operation that needs it
fn parse_text<T: ::serde::de::DeserializeOwned>(
    text: &str,
    label: &str,
) -> ::std::result::Result<T, Failure> {
    if let ::std::result::Result::Ok(value) =
        ::serde_json::from_value(::serde_json::Value::String(text.to_owned()))
    {
        return ::std::result::Result::Ok(value);
    }
    ::serde_json::from_str(text.trim()).map_err(|e| {
        Failure::Usage(::std::format!(
            "{label}: `{text}` is not a valid value ({e})"
        ))
    })
}

/// Prints an answer's body on standard output; the exit code says how it went.
pub(super) fn report(
    answer: &dyn Answered,
    failed_job: ::std::option::Option<&str>,
) -> ::std::process::ExitCode {
    let status = answer.status();
    let body = answer.body();
    print_body(&body);
    let message = |body: &AnswerBody<'_>| match body {
        AnswerBody::Json(value) => value
            .pointer("/error/message")
            .or_else(|| value.pointer("/message"))
            .and_then(|m| m.as_str())
            .map(::std::borrow::ToOwned::to_owned),
        _ => ::std::option::Option::None,
    };
    if let ::std::option::Option::Some(id) = failed_job {
        ::std::eprintln!(
            "error: job {id} failed: {}",
            message(&body).unwrap_or_else(|| "no reason given".to_owned())
        );
        return ::std::process::ExitCode::from(1);
    }
    if (200..300).contains(&status) {
        return ::std::process::ExitCode::SUCCESS;
    }
    match message(&body) {
        ::std::option::Option::Some(m) => {
            ::std::eprintln!("error: the server answered {status}: {m}")
        }
        ::std::option::Option::None => ::std::eprintln!("error: the server answered {status}"),
    }
    ::std::process::ExitCode::from(1)
}

pub(super) fn print_body(body: &AnswerBody<'_>) {
    use ::std::io::Write as _;
    let mut out = ::std::io::stdout().lock();
    // A closed pipe (`| head`) is not worth a second error.
    let _ = match body {
        AnswerBody::Empty => ::std::result::Result::Ok(()),
        AnswerBody::Json(value) => ::serde_json::to_string_pretty(value)
            .map_err(::std::io::Error::other)
            .and_then(|text| writeln!(out, "{text}")),
        AnswerBody::Bytes(bytes) => out.write_all(bytes),
    };
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_strings_first_and_bodies_are_checked_against_their_type() {
        assert_eq!(
            parse_text::<String>("42", "--x").ok(),
            Some("42".to_owned())
        );
        assert_eq!(parse_text::<u8>(" 42 ", "--x").ok(), Some(42));
        assert!(
            matches!(parse_text::<u8>("x", "--x"), Err(Failure::Usage(m)) if m.starts_with("--x: `x`"))
        );
        assert!(json_request::<Vec<u8>>("f", b"[1]".to_vec(), "list").is_ok());
        assert!(json_request::<Vec<u8>>("f", b"{}".to_vec(), "list").is_err());
        let parts = form_fields("f", br#"{"a": "x", "n": [1, 2]}"#, &["file"])
            .ok()
            .unwrap_or_default();
        assert_eq!(
            parts,
            vec![
                FormPart::text("a", "x"),
                FormPart::text("n", "1"),
                FormPart::text("n", "2")
            ]
        );
        assert!(form_fields("f", br#"{"file": "x"}"#, &["file"]).is_err());
    }
}
