//! The kinds of job and what each means upstream, declared once.

use std::fmt;
use std::str::FromStr;

/// How a request body travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    Json,
    Multipart,
}

/// How an upstream answer is kept as a job result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    /// The upstream's JSON body, as it was sent.
    Json,
    /// Audio bytes, kept as `{"audio": "<base64>", "content_type": "…"}`.
    Audio,
}

/// One asynchronous operation. The generated server names a kind for each submit and poll
/// operation; everything kind-specific the runtime does is looked up in [`KINDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobKind {
    ChatCompletions,
    Completions,
    Responses,
    Embeddings,
    AudioSpeech,
    AudioTranscriptions,
    ImagesGenerations,
    ImagesEdits,
    ImagesVariations,
    Rerank,
}

/// What a kind means: its stored name, where it goes upstream, and how its bodies travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindInfo {
    pub kind: JobKind,
    /// The stable name stored with a job, and the list operation's `kind` filter.
    pub name: &'static str,
    /// The path of the OpenAI-compatible endpoint, relative to a provider's base URL (which
    /// ends in `/v1` for OpenAI itself).
    pub upstream_path: &'static str,
    pub body: BodyFormat,
    pub result: ResultFormat,
}

const fn row(
    kind: JobKind,
    name: &'static str,
    upstream_path: &'static str,
    body: BodyFormat,
    result: ResultFormat,
) -> KindInfo {
    KindInfo {
        kind,
        name,
        upstream_path,
        body,
        result,
    }
}

use BodyFormat::{Json as JsonBody, Multipart};
use ResultFormat::{Audio, Json as JsonResult};

/// The kind table: one row per kind, in [`JobKind`] order. Adding a kind is a variant and a row
/// here (and an answer for the built-in `echo` provider).
pub const KINDS: [KindInfo; 10] = [
    row(
        JobKind::ChatCompletions,
        "chat_completions",
        "/chat/completions",
        JsonBody,
        JsonResult,
    ),
    row(
        JobKind::Completions,
        "completions",
        "/completions",
        JsonBody,
        JsonResult,
    ),
    row(
        JobKind::Responses,
        "responses",
        "/responses",
        JsonBody,
        JsonResult,
    ),
    row(
        JobKind::Embeddings,
        "embeddings",
        "/embeddings",
        JsonBody,
        JsonResult,
    ),
    row(
        JobKind::AudioSpeech,
        "audio_speech",
        "/audio/speech",
        JsonBody,
        Audio,
    ),
    row(
        JobKind::AudioTranscriptions,
        "audio_transcriptions",
        "/audio/transcriptions",
        Multipart,
        JsonResult,
    ),
    row(
        JobKind::ImagesGenerations,
        "images_generations",
        "/images/generations",
        JsonBody,
        JsonResult,
    ),
    row(
        JobKind::ImagesEdits,
        "images_edits",
        "/images/edits",
        Multipart,
        JsonResult,
    ),
    row(
        JobKind::ImagesVariations,
        "images_variations",
        "/images/variations",
        Multipart,
        JsonResult,
    ),
    row(JobKind::Rerank, "rerank", "/rerank", JsonBody, JsonResult),
];

impl JobKind {
    pub const ALL: [JobKind; KINDS.len()] = {
        let mut all = [JobKind::ChatCompletions; KINDS.len()];
        let mut i = 0;
        while i < KINDS.len() {
            all[i] = KINDS[i].kind;
            i += 1;
        }
        all
    };

    /// The kind's row of [`KINDS`].
    pub const fn info(self) -> &'static KindInfo {
        &KINDS[self as usize]
    }

    /// The stable name stored with a job.
    pub const fn as_str(self) -> &'static str {
        self.info().name
    }

    /// The path of the OpenAI-compatible endpoint, relative to a provider's base URL.
    pub const fn upstream_path(self) -> &'static str {
        self.info().upstream_path
    }

    pub const fn body_format(self) -> BodyFormat {
        self.info().body
    }

    pub const fn result_format(self) -> ResultFormat {
        self.info().result
    }
}

impl fmt::Display for JobKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown job kind `{0}`")]
pub struct UnknownKind(pub String);

impl FromStr for JobKind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        JobKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownKind(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_variant_order() {
        for (i, row) in KINDS.iter().enumerate() {
            assert_eq!(row.kind as usize, i, "{}", row.name);
            assert_eq!(row.kind.info(), row);
        }
    }

    #[test]
    fn names_round_trip() {
        for kind in JobKind::ALL {
            assert_eq!(kind.as_str().parse::<JobKind>().unwrap(), kind);
        }
        assert!("chat".parse::<JobKind>().is_err());
    }
}
