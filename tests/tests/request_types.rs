//! The generated request types accept every realistic payload of the fixtures and write it back
//! unchanged, and refuse every broken one with an error that names the offending field.

use generated::types::{
    ChatCompletionRequest, EmbeddingRequest, ImageEditRequest, ImageGenerationRequest,
    ImageVariationRequest, ResponsesRequest, SpeechRequest, TextCompletionRequest,
    TranscriptionRequest,
};
use serde::{de::DeserializeOwned, Serialize};
use tests::fixtures;

/// Deserialises as the gateway does (from bytes, tracking the path) and reports `path: message`.
fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut de).map_err(|e| format!("{}: {}", e.path(), e.inner()))
}

fn check<T: DeserializeOwned + Serialize>(schema: &str) {
    let valid = fixtures::valid(schema);
    assert!(
        valid.len() >= 2,
        "{schema}: want a minimal and a full payload, found {}",
        valid.len()
    );
    for case in valid {
        let typed: T = parse(&case.body)
            .unwrap_or_else(|e| panic!("{} was refused: {e}", case.file.display()));
        let original: serde_json::Value =
            serde_json::from_slice(&case.body).expect("fixture is JSON");
        let written = serde_json::to_value(&typed).expect("generated types serialise");
        assert_eq!(
            written,
            original,
            "{} changed in a round trip",
            case.file.display()
        );
    }

    let invalid = fixtures::invalid(schema);
    assert!(
        invalid.len() >= 2,
        "{schema}: want broken payloads, found {}",
        invalid.len()
    );
    for case in invalid {
        let bytes = serde_json::to_vec(&case.payload).expect("payload serialises");
        match parse::<T>(&bytes) {
            Ok(_) => panic!("{} was accepted", case.file.display()),
            Err(message) => assert!(
                message.contains(&case.error_mentions),
                "{}: the error `{message}` does not name `{}`",
                case.file.display(),
                case.error_mentions
            ),
        }
    }
}

#[test]
fn chat_completion_request() {
    check::<ChatCompletionRequest>("ChatCompletionRequest");
}

#[test]
fn text_completion_request() {
    check::<TextCompletionRequest>("TextCompletionRequest");
}

#[test]
fn responses_request() {
    check::<ResponsesRequest>("ResponsesRequest");
}

#[test]
fn embedding_request() {
    check::<EmbeddingRequest>("EmbeddingRequest");
}

#[test]
fn speech_request() {
    check::<SpeechRequest>("SpeechRequest");
}

#[test]
fn transcription_request() {
    check::<TranscriptionRequest>("TranscriptionRequest");
}

#[test]
fn image_generation_request() {
    check::<ImageGenerationRequest>("ImageGenerationRequest");
}

#[test]
fn image_edit_request() {
    check::<ImageEditRequest>("ImageEditRequest");
}

#[test]
fn image_variation_request() {
    check::<ImageVariationRequest>("ImageVariationRequest");
}

/// A fixture folder no test reads would give false comfort.
#[test]
fn every_fixture_folder_is_checked() {
    let tested = [
        "ChatCompletionRequest",
        "EmbeddingRequest",
        "ImageEditRequest",
        "ImageGenerationRequest",
        "ImageVariationRequest",
        "ResponsesRequest",
        "SpeechRequest",
        "TextCompletionRequest",
        "TranscriptionRequest",
    ];
    assert_eq!(fixtures::schemas(), tested);
}

/// Union branches are told apart by shape, most specific first.
#[test]
fn embedding_input_branches_are_all_reachable() {
    use generated::types::EmbeddingInput;
    let cases = [
        (r#""hello""#, "String"),
        (r#"["a", "b"]"#, "StringArray"),
        ("[1, 2, 3]", "IntegerArray"),
        ("[[1, 2], [3]]", "IntegerArrayArray"),
    ];
    for (json, want) in cases {
        let input: EmbeddingInput = serde_json::from_str(json).expect("valid input");
        let got = match input {
            EmbeddingInput::String(_) => "String",
            EmbeddingInput::StringArray(_) => "StringArray",
            EmbeddingInput::IntegerArray(_) => "IntegerArray",
            EmbeddingInput::IntegerArrayArray(_) => "IntegerArrayArray",
        };
        assert_eq!(got, want, "{json}");
    }
}

/// JSON Schema counts `2.0` and `1e3` as integers; so do the generated types, and nothing else.
#[test]
fn integers_are_whole_numbers_however_written() {
    use generated::types::EmbeddingInput;
    let request: EmbeddingRequest =
        parse(br#"{"model": "m", "input": [[1.0, 2e0], [3]], "dimensions": 1e3}"#).unwrap();
    assert_eq!(
        request.input,
        EmbeddingInput::IntegerArrayArray(vec![vec![1, 2], vec![3]])
    );
    assert_eq!(request.dimensions, Some(1000));
    let err = parse::<EmbeddingRequest>(br#"{"model": "m", "input": "x", "dimensions": 3.5}"#)
        .unwrap_err();
    assert!(
        err.starts_with("dimensions: expected a whole number, got 3.5"),
        "{err}"
    );
    // Beyond i64 a whole number saturates (the gateway forwards the request as sent).
    let request: EmbeddingRequest =
        parse(br#"{"model": "m", "input": "x", "dimensions": 1e30}"#).unwrap();
    assert_eq!(request.dimensions, Some(i64::MAX));
    assert!(
        parse::<EmbeddingRequest>(br#"{"model": "m", "input": "x", "dimensions": "3"}"#).is_err()
    );
}
