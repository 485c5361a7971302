//! Turning spec names into Rust identifiers.
//!
//! Names that are already good identifiers are kept as the spec spells them (`BifrostLLMUsage`
//! stays, rather than becoming `BifrostLlmUsage`), so a reader can search the spec for them.

use heck::{ToSnakeCase, ToUpperCamelCase};

use super::Status;

/// Words Rust reserves, in any edition we build with.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// Keeps ASCII letters, digits and `_`; everything else separates words.
fn words_only(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// A type name: `chat.message-role` -> `ChatMessageRole`; `ChatToolChoice` is kept as it is.
pub fn type_ident(name: &str) -> String {
    let kept = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && name.starts_with(|c: char| c.is_ascii_uppercase());
    let ident = if kept {
        name.to_owned()
    } else {
        words_only(name).to_upper_camel_case()
    };
    match ident.chars().next() {
        None => "Unnamed".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("T{ident}"),
        Some(_) if is_keyword(&ident) => format!("{ident}_"),
        Some(_) => ident,
    }
}

/// A field or function name: `image[]` -> `image`, `type` -> `type_`, `2fa` -> `_2fa`.
pub fn field_ident(name: &str) -> String {
    let ident = words_only(name).to_snake_case();
    match ident.chars().next() {
        None => "field".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("_{ident}"),
        Some(_) if is_keyword(&ident) => format!("{ident}_"),
        Some(_) => ident,
    }
}

/// An enum variant for a string value: `b64_json` -> `B64Json`, `1024x1024` -> `V1024x1024`,
/// `in-memory` -> `InMemory`, `` -> `Empty`.
pub fn variant_ident(value: &str) -> String {
    let ident = words_only(value).to_upper_camel_case();
    match ident.chars().next() {
        None if value.is_empty() => "Empty".to_owned(),
        None => "Symbol".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("V{ident}"),
        Some(_) if is_keyword(&ident) => format!("{ident}_"),
        Some(_) => ident,
    }
}

/// Makes `candidate` unique against `taken` by appending 2, 3, …; records the result.
pub fn unique(candidate: String, taken: &mut std::collections::BTreeSet<String>) -> String {
    if taken.insert(candidate.clone()) {
        return candidate;
    }
    (2..)
        .map(|n| format!("{candidate}{n}"))
        .find(|c| taken.insert(c.clone()))
        .unwrap_or(candidate)
}

/// The response enum of an operation, the same in the server and the client:
/// `createAsyncSpeech` -> `CreateAsyncSpeechResponse`.
pub fn response_enum_name(operation_id: &str) -> String {
    format!("{}Response", type_ident(operation_id))
}

/// The variant name for a status, in the response enums of the server and the client: its
/// reason phrase (`202` -> `Accepted`).
pub fn status_variant(status: Status) -> String {
    match status {
        Status::Code(code) => match code {
            200 => "Ok".into(),
            201 => "Created".into(),
            202 => "Accepted".into(),
            204 => "NoContent".into(),
            400 => "BadRequest".into(),
            401 => "Unauthorized".into(),
            403 => "Forbidden".into(),
            404 => "NotFound".into(),
            409 => "Conflict".into(),
            413 => "PayloadTooLarge".into(),
            422 => "UnprocessableEntity".into(),
            429 => "TooManyRequests".into(),
            500 => "InternalServerError".into(),
            502 => "BadGateway".into(),
            503 => "ServiceUnavailable".into(),
            504 => "GatewayTimeout".into(),
            other => format!("Status{other}"),
        },
        Status::Range(first) => format!("Status{first}XX"),
        Status::Default => "Default".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        assert_eq!(type_ident("ChatToolChoice"), "ChatToolChoice");
        assert_eq!(type_ident("BifrostLLMUsage"), "BifrostLLMUsage");
        assert_eq!(type_ident("chat.message-role"), "ChatMessageRole");
        assert_eq!(type_ident("3d_model"), "T3dModel");
        assert_eq!(type_ident(""), "Unnamed");
    }

    #[test]
    fn field_names() {
        assert_eq!(field_ident("image[]"), "image");
        assert_eq!(field_ident("type"), "type_");
        assert_eq!(field_ident("enum"), "enum_");
        assert_eq!(field_ident("$schema"), "schema");
        assert_eq!(field_ident("2fa"), "_2fa");
        assert_eq!(field_ident("maxTokens"), "max_tokens");
        assert_eq!(field_ident("[]"), "field");
    }

    #[test]
    fn variant_names() {
        assert_eq!(variant_ident("b64_json"), "B64Json");
        assert_eq!(variant_ident("1024x1024"), "V1024x1024");
        assert_eq!(variant_ident("in-memory"), "InMemory");
        assert_eq!(variant_ident(""), "Empty");
        assert_eq!(variant_ident("+"), "Symbol");
    }

    #[test]
    fn unique_names_get_numbers() {
        let mut taken = std::collections::BTreeSet::new();
        assert_eq!(unique("A".into(), &mut taken), "A");
        assert_eq!(unique("A".into(), &mut taken), "A2");
        assert_eq!(unique("A".into(), &mut taken), "A3");
    }
}
