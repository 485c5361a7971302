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
/// operation; everything kind-specific the runtime does is looked up here.
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
}

impl JobKind {
    pub const ALL: [JobKind; 9] = [
        JobKind::ChatCompletions,
        JobKind::Completions,
        JobKind::Responses,
        JobKind::Embeddings,
        JobKind::AudioSpeech,
        JobKind::AudioTranscriptions,
        JobKind::ImagesGenerations,
        JobKind::ImagesEdits,
        JobKind::ImagesVariations,
    ];

    /// The stable name stored with a job.
    pub const fn as_str(self) -> &'static str {
        match self {
            JobKind::ChatCompletions => "chat_completions",
            JobKind::Completions => "completions",
            JobKind::Responses => "responses",
            JobKind::Embeddings => "embeddings",
            JobKind::AudioSpeech => "audio_speech",
            JobKind::AudioTranscriptions => "audio_transcriptions",
            JobKind::ImagesGenerations => "images_generations",
            JobKind::ImagesEdits => "images_edits",
            JobKind::ImagesVariations => "images_variations",
        }
    }

    /// The path of the OpenAI-compatible endpoint, relative to a provider's base URL (which
    /// ends in `/v1` for OpenAI itself).
    pub const fn upstream_path(self) -> &'static str {
        match self {
            JobKind::ChatCompletions => "/chat/completions",
            JobKind::Completions => "/completions",
            JobKind::Responses => "/responses",
            JobKind::Embeddings => "/embeddings",
            JobKind::AudioSpeech => "/audio/speech",
            JobKind::AudioTranscriptions => "/audio/transcriptions",
            JobKind::ImagesGenerations => "/images/generations",
            JobKind::ImagesEdits => "/images/edits",
            JobKind::ImagesVariations => "/images/variations",
        }
    }

    pub const fn body_format(self) -> BodyFormat {
        match self {
            JobKind::AudioTranscriptions | JobKind::ImagesEdits | JobKind::ImagesVariations => {
                BodyFormat::Multipart
            }
            _ => BodyFormat::Json,
        }
    }

    pub const fn result_format(self) -> ResultFormat {
        match self {
            JobKind::AudioSpeech => ResultFormat::Audio,
            _ => ResultFormat::Json,
        }
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
    fn names_round_trip() {
        for kind in JobKind::ALL {
            assert_eq!(kind.as_str().parse::<JobKind>().unwrap(), kind);
        }
        assert!("chat".parse::<JobKind>().is_err());
    }
}
