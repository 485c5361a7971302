//! The client's plumbing: the error type, the `Client` and how it sends a request, request
//! bodies and file parts.
//!
//! The emitter copies this file into `client.rs` after the code it generates from the spec, of
//! which it uses `Scheme` and `Credentials` (the spec's security schemes and the credentials
//! held for them; the file's `use super::` line names them, and the copy leaves it out).

use super::{Credentials, Scheme};

/// A failure to get a documented answer: the request could not be built or sent, the
/// answer's status is not in the spec, or its body does not have the documented shape.
/// Answers the spec documents, errors included, are values of the operation's response
/// enum instead.
#[derive(Debug)]
pub enum Error {
    /// The request could not be built (a header value that is not valid, a file that
    /// cannot be read, a body that cannot be serialised).
    InvalidRequest(::std::string::String),
    /// The request could not be sent or the answer not received.
    Transport(::reqwest::Error),
    /// A status the operation does not document.
    UnexpectedStatus(::std::boxed::Box<RawAnswer>),
    /// A documented status whose body does not have the documented shape; the message
    /// says what did not fit.
    Decode(::std::boxed::Box<RawAnswer>, ::std::string::String),
}

/// An answer as it came: kept on errors so nothing the server said is lost.
#[derive(Debug, Clone)]
pub struct RawAnswer {
    pub status: u16,
    pub headers: ::reqwest::header::HeaderMap,
    /// The body as text (invalid UTF-8 replaced).
    pub body: ::std::string::String,
}

impl Error {
    /// The answer, when there was one.
    pub fn answer(&self) -> ::std::option::Option<&RawAnswer> {
        match self {
            Self::UnexpectedStatus(answer) | Self::Decode(answer, _) => {
                ::std::option::Option::Some(answer)
            }
            _ => ::std::option::Option::None,
        }
    }

    /// The status of the answer, when there was one.
    pub fn status(&self) -> ::std::option::Option<u16> {
        match self {
            Self::Transport(e) => e.status().map(|s| s.as_u16()),
            other => other.answer().map(|a| a.status),
        }
    }
}

impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::InvalidRequest(why) => write!(f, "cannot build the request: {why}"),
            Self::Transport(e) => write!(f, "cannot reach the server: {e}"),
            Self::UnexpectedStatus(a) => {
                write!(f, "undocumented answer {}: {}", a.status, excerpt(&a.body))
            }
            Self::Decode(a, message) => write!(
                f,
                "answer {} does not have the documented shape ({message}): {}",
                a.status,
                excerpt(&a.body)
            ),
        }
    }
}

impl ::std::error::Error for Error {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Transport(e) => ::std::option::Option::Some(e),
            _ => ::std::option::Option::None,
        }
    }
}

impl ::std::convert::From<::reqwest::Error> for Error {
    fn from(e: ::reqwest::Error) -> Self {
        Self::Transport(e)
    }
}

/// The start of a body for a message: bodies can be large.
fn excerpt(body: &str) -> &str {
    match body.char_indices().nth(300) {
        ::std::option::Option::Some((at, _)) => &body[..at],
        ::std::option::Option::None => body,
    }
}

/// The body of an answer, for callers that handle every operation alike (the CLI).
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerBody<'a> {
    Empty,
    Json(::serde_json::Value),
    Bytes(&'a [u8]),
}

/// What every operation's response enum offers, for code that handles them alike.
pub trait Answered {
    /// The HTTP status of the answer.
    fn status(&self) -> u16;
    fn body(&self) -> AnswerBody<'_>;
}

/// An answer as received, before it is matched against the spec.
struct Answer {
    status: u16,
    headers: ::reqwest::header::HeaderMap,
    body: ::std::vec::Vec<u8>,
}

impl Answer {
    #[allow(dead_code)] // not every spec has an operation that needs it
    fn json<T: ::serde::de::DeserializeOwned>(&self) -> ::std::result::Result<T, Error> {
        ::serde_json::from_slice(&self.body)
            .map_err(|e| Error::Decode(::std::boxed::Box::new(self.raw()), e.to_string()))
    }

    fn raw(&self) -> RawAnswer {
        RawAnswer {
            status: self.status,
            headers: self.headers.clone(),
            body: ::std::string::String::from_utf8_lossy(&self.body).into_owned(),
        }
    }

    fn unexpected(self) -> Error {
        Error::UnexpectedStatus(::std::boxed::Box::new(self.raw()))
    }
}
/// A client for every operation of the spec.
///
/// Cheap to clone: clones share the connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    base_url: ::reqwest::Url,
    http: ::reqwest::Client,
    credentials: Credentials,
    headers: ::reqwest::header::HeaderMap,
}

impl Client {
    /// A client for the server at `base_url`, e.g. `http://127.0.0.1:8080`.
    pub fn new(base_url: &str) -> ::std::result::Result<Self, Error> {
        Self::with_http_client(base_url, ::reqwest::Client::new())
    }

    /// A client that sends through `http` (timeouts, proxies, TLS as configured there).
    pub fn with_http_client(
        base_url: &str,
        http: ::reqwest::Client,
    ) -> ::std::result::Result<Self, Error> {
        let base_url = ::reqwest::Url::parse(base_url)
            .map_err(|e| Error::InvalidRequest(::std::format!("base URL `{base_url}`: {e}")))?;
        if base_url.cannot_be_a_base() {
            return ::std::result::Result::Err(Error::InvalidRequest(::std::format!(
                "base URL `{base_url}` cannot hold a path"
            )));
        }
        ::std::result::Result::Ok(Self {
            base_url,
            http,
            credentials: ::std::default::Default::default(),
            headers: ::reqwest::header::HeaderMap::new(),
        })
    }

    /// The server this client talks to.
    pub fn base_url(&self) -> &::reqwest::Url {
        &self.base_url
    }

    /// Adds a header sent with every request.
    pub fn default_header(mut self, name: &str, value: &str) -> ::std::result::Result<Self, Error> {
        let name = ::reqwest::header::HeaderName::from_bytes(name.as_bytes())
            .map_err(|e| Error::InvalidRequest(::std::format!("header name `{name}`: {e}")))?;
        let value = ::reqwest::header::HeaderValue::from_str(value)
            .map_err(|e| Error::InvalidRequest(::std::format!("value of header `{name}`: {e}")))?;
        self.headers.append(name, value);
        ::std::result::Result::Ok(self)
    }

    /// The base URL with `segments` appended, each percent-encoded as one segment.
    fn url(&self, segments: &[&str]) -> ::reqwest::Url {
        let mut url = self.base_url.clone();
        if let ::std::result::Result::Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        url
    }

    fn request(
        &self,
        method: ::reqwest::Method,
        url: ::reqwest::Url,
        security: &[&[Scheme]],
    ) -> ::reqwest::RequestBuilder {
        let mut request = self.http.request(method, url).headers(self.headers.clone());
        // The first alternative the held credentials satisfy; none when none does, and
        // the server answers as it does to anonymous callers.
        let chosen = security.iter().find(|alternative| {
            !alternative.is_empty() && alternative.iter().all(|s| self.credentials.has(*s))
        });
        if let ::std::option::Option::Some(alternative) = chosen {
            for scheme in alternative.iter() {
                request = self.credentials.apply(*scheme, request);
            }
        }
        request
    }

    async fn send(
        &self,
        request: ::reqwest::RequestBuilder,
    ) -> ::std::result::Result<Answer, Error> {
        let response = request.send().await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await?.to_vec();
        ::std::result::Result::Ok(Answer {
            status,
            headers,
            body,
        })
    }
}

/// A parameter value as text: strings as they are, anything else as JSON.
fn text_of<T: ::serde::Serialize + ?::std::marker::Sized>(
    value: &T,
) -> ::std::result::Result<::std::vec::Vec<::std::string::String>, Error> {
    let value = ::serde_json::to_value(value).map_err(|e| Error::InvalidRequest(e.to_string()))?;
    let one = |v: ::serde_json::Value| match v {
        ::serde_json::Value::String(s) => s,
        other => other.to_string(),
    };
    ::std::result::Result::Ok(match value {
        ::serde_json::Value::Null => ::std::vec::Vec::new(),
        ::serde_json::Value::Array(items) => items
            .into_iter()
            .filter(|v| !v.is_null())
            .map(one)
            .collect(),
        other => ::std::vec![one(other)],
    })
}

/// One path segment's text.
#[allow(dead_code)] // not every spec has an operation that needs it
fn segment_of<T: ::serde::Serialize + ?::std::marker::Sized>(
    value: &T,
) -> ::std::result::Result<::std::string::String, Error> {
    ::std::result::Result::Ok(text_of(value)?.join(","))
}

#[allow(dead_code)] // not every spec has an operation that needs it
fn with_header(
    request: ::reqwest::RequestBuilder,
    name: &str,
    texts: ::std::vec::Vec<::std::string::String>,
) -> ::std::result::Result<::reqwest::RequestBuilder, Error> {
    let mut request = request;
    for text in texts {
        let value = ::reqwest::header::HeaderValue::from_str(&text)
            .map_err(|e| Error::InvalidRequest(::std::format!("value of header `{name}`: {e}")))?;
        request = request.header(name, value);
    }
    ::std::result::Result::Ok(request)
}

/// A request body: the typed request, or one already encoded.
///
/// Every operation with a body takes `impl Into<RequestBody<T>>`, so the typed request
/// can be passed as it is. [`RequestBody::Raw`] sends bytes or parts exactly as given,
/// e.g. a JSON document with fields the typed request does not know.
#[derive(Debug, Clone)]
pub enum RequestBody<T> {
    Typed(T),
    Raw(RawBody),
}

impl<T> ::std::convert::From<T> for RequestBody<T> {
    fn from(typed: T) -> Self {
        Self::Typed(typed)
    }
}

/// A body already encoded.
#[derive(Debug, Clone)]
pub enum RawBody {
    /// A JSON document, sent byte for byte.
    Json(::std::vec::Vec<u8>),
    /// The parts of a `multipart/form-data` body.
    Multipart(::std::vec::Vec<FormPart>),
    /// Bytes of any media type.
    Bytes {
        content_type: ::std::string::String,
        data: ::std::vec::Vec<u8>,
    },
}

impl<T> RequestBody<T> {
    fn encode(
        self,
        typed: impl ::std::ops::FnOnce(T) -> ::std::result::Result<RawBody, Error>,
    ) -> ::std::result::Result<RawBody, Error> {
        match self {
            Self::Typed(t) => typed(t),
            Self::Raw(raw) => ::std::result::Result::Ok(raw),
        }
    }
}

#[allow(dead_code)] // not every spec has an operation that needs it
fn json_body<T: ::serde::Serialize>(typed: T) -> ::std::result::Result<RawBody, Error> {
    ::serde_json::to_vec(&typed)
        .map(RawBody::Json)
        .map_err(|e| Error::InvalidRequest(::std::format!("cannot serialise the body: {e}")))
}

fn with_body(
    request: ::reqwest::RequestBuilder,
    body: RawBody,
    json_media_type: &str,
) -> ::std::result::Result<::reqwest::RequestBuilder, Error> {
    ::std::result::Result::Ok(match body {
        RawBody::Json(bytes) => request
            .header(::reqwest::header::CONTENT_TYPE, json_media_type)
            .body(bytes),
        RawBody::Bytes { content_type, data } => request
            .header(::reqwest::header::CONTENT_TYPE, content_type)
            .body(data),
        RawBody::Multipart(parts) => {
            let mut form = ::reqwest::multipart::Form::new();
            for part in parts {
                form = match part.value {
                    FormValue::Text(text) => form.text(part.name, text),
                    FormValue::File(file) => {
                        let file_name = file.file_name.unwrap_or_else(|| part.name.clone());
                        let content_type = file
                            .content_type
                            .unwrap_or_else(|| "application/octet-stream".to_owned());
                        let piece = ::reqwest::multipart::Part::bytes(file.bytes)
                            .file_name(file_name)
                            .mime_str(&content_type)
                            .map_err(|e| {
                                Error::InvalidRequest(::std::format!(
                                    "content type `{content_type}` of part `{}`: {e}",
                                    part.name
                                ))
                            })?;
                        form.part(part.name, piece)
                    }
                };
            }
            request.multipart(form)
        }
    })
}

/// One part of a multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct FormPart {
    pub name: ::std::string::String,
    pub value: FormValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FormValue {
    Text(::std::string::String),
    File(FilePart),
}

impl FormPart {
    pub fn text(
        name: impl ::std::convert::Into<::std::string::String>,
        text: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            value: FormValue::Text(text.into()),
        }
    }

    pub fn file(name: impl ::std::convert::Into<::std::string::String>, file: FilePart) -> Self {
        Self {
            name: name.into(),
            value: FormValue::File(file),
        }
    }

    /// The parts for a field's value: none for null, one per item of a list, strings as
    /// they are and anything else as JSON.
    pub fn values<T: ::serde::Serialize + ?::std::marker::Sized>(
        name: &str,
        value: &T,
    ) -> ::std::result::Result<::std::vec::Vec<Self>, Error> {
        ::std::result::Result::Ok(
            text_of(value)?
                .into_iter()
                .map(|text| Self::text(name, text))
                .collect(),
        )
    }
}

/// A file sent as a multipart part: its bytes, and the name and media type it is sent
/// with (the field's name and `application/octet-stream` when not given).
#[derive(Clone, PartialEq, Eq, Default)]
pub struct FilePart {
    pub bytes: ::std::vec::Vec<u8>,
    pub file_name: ::std::option::Option<::std::string::String>,
    pub content_type: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for FilePart {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FilePart")
            .field("bytes", &self.bytes.len())
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl FilePart {
    pub fn from_bytes(bytes: impl ::std::convert::Into<::std::vec::Vec<u8>>) -> Self {
        Self {
            bytes: bytes.into(),
            ..::std::default::Default::default()
        }
    }

    /// The file's contents, named after it, with a media type guessed from its extension.
    pub async fn from_path(
        path: impl ::std::convert::AsRef<::std::path::Path>,
    ) -> ::std::result::Result<Self, Error> {
        let path = path.as_ref();
        let bytes = ::tokio::fs::read(path).await.map_err(|e| {
            Error::InvalidRequest(::std::format!("cannot read {}: {e}", path.display()))
        })?;
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase();
        ::std::result::Result::Ok(Self {
            bytes,
            file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()),
            content_type: media_type_of(&extension).map(::std::borrow::ToOwned::to_owned),
        })
    }

    pub fn file_name(mut self, name: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.file_name = ::std::option::Option::Some(name.into());
        self
    }

    pub fn content_type(
        mut self,
        media_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_type = ::std::option::Option::Some(media_type.into());
        self
    }
}

/// Media types of the files inference APIs take, by extension.
fn media_type_of(extension: &str) -> ::std::option::Option<&'static str> {
    ::std::option::Option::Some(match extension {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "wav" => "audio/wav",
        "mp3" | "mpga" | "mpeg" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "mp4" => "video/mp4",
        "ogg" | "oga" => "audio/ogg",
        "flac" => "audio/flac",
        "webm" => "audio/webm",
        "json" => "application/json",
        "jsonl" => "application/jsonl",
        "txt" => "text/plain",
        "pdf" => "application/pdf",
        _ => return ::std::option::Option::None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_text_and_urls_keep_each_segment_whole() {
        assert_eq!(text_of("a b").ok(), Some(vec!["a b".to_owned()]));
        assert_eq!(text_of(&5).ok(), Some(vec!["5".to_owned()]));
        assert_eq!(
            text_of(&[Some(1), None, Some(2)]).ok(),
            Some(vec!["1".to_owned(), "2".to_owned()])
        );
        assert_eq!(text_of(&Option::<u8>::None).ok(), Some(vec![]));
        assert_eq!(segment_of(&["a", "b"]).ok().as_deref(), Some("a,b"));
        let client = Client::new("http://127.0.0.1:8080/base/").expect("a base URL");
        assert_eq!(
            client.url(&["jobs", "a/b"]).as_str(),
            "http://127.0.0.1:8080/base/jobs/a%2Fb"
        );
        assert!(Client::new("mailto:x@example.com").is_err());
    }

    #[test]
    fn errors_say_what_went_wrong_with_an_excerpt_of_the_answer() {
        let answer = RawAnswer {
            status: 418,
            headers: ::reqwest::header::HeaderMap::new(),
            body: "x".repeat(400),
        };
        let error = Error::UnexpectedStatus(Box::new(answer));
        assert_eq!(error.status(), Some(418));
        assert_eq!(
            error.to_string(),
            format!("undocumented answer 418: {}", "x".repeat(300))
        );
        assert_eq!(media_type_of("png"), Some("image/png"));
        assert_eq!(media_type_of("exe"), None);
    }
}
