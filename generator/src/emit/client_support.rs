//! The hand-shaped part of `client.rs`: what every operation method leans on (the `Client`,
//! credentials, the error type, request bodies and file parts, the wait loop).
//!
//! It is written out into the generated file rather than kept in a library so the emitted client
//! stands alone: it needs `reqwest`, `serde`, `serde_json` and `tokio`, nothing of this project.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::SecurityScheme;

/// One security scheme as the client sees it.
pub struct SchemeSpec {
    /// `Scheme::<variant>`.
    pub variant: proc_macro2::Ident,
    /// The builder method and credential field: `BearerAuth` -> `bearer`.
    pub setter: proc_macro2::Ident,
    pub scheme: SecurityScheme,
    /// The spec's name, for docs.
    pub name: String,
}

impl SchemeSpec {
    /// Schemes the client can send; the rest are named in docs only.
    pub fn is_supported(&self) -> bool {
        !matches!(self.scheme, SecurityScheme::Unsupported(_))
    }
}

/// The credential a scheme's builder method and CLI flag take: `bearer`, `basic`, `api_key`.
pub fn setter_name(scheme_name: &str) -> String {
    let snake = crate::ir::field_ident(scheme_name);
    match snake.strip_suffix("_auth") {
        Some(short) if !short.is_empty() => short.to_owned(),
        _ => snake,
    }
}

/// The error type, the response plumbing and the `Client` with its credentials.
pub fn core(schemes: &[SchemeSpec]) -> TokenStream {
    let variants = schemes.iter().map(|s| {
        let v = &s.variant;
        let doc = format!(" `{}`.", s.name);
        quote!(#[doc = #doc] #v,)
    });
    let supported: Vec<&SchemeSpec> = schemes.iter().filter(|s| s.is_supported()).collect();
    let fields = supported.iter().map(|s| {
        let f = &s.setter;
        match s.scheme {
            SecurityScheme::Basic => {
                quote!(#f: ::std::option::Option<(::std::string::String, ::std::string::String)>,)
            }
            _ => quote!(#f: ::std::option::Option<::std::string::String>,),
        }
    });
    let debug_fields = supported.iter().map(|s| {
        let f = &s.setter;
        let name = f.to_string();
        quote!(.field(#name, &self.#f.as_ref().map(|_| "<redacted>")))
    });
    let has_arms = schemes.iter().map(|s| {
        let v = &s.variant;
        if s.is_supported() {
            let f = &s.setter;
            quote!(Scheme::#v => self.#f.is_some(),)
        } else {
            quote!(Scheme::#v => false,)
        }
    });
    let apply_arms = schemes.iter().map(|s| {
        let v = &s.variant;
        let f = &s.setter;
        match &s.scheme {
            SecurityScheme::Bearer => quote! {
                Scheme::#v => match &self.#f { ::std::option::Option::Some(token) => request.bearer_auth(token), ::std::option::Option::None => request },
            },
            SecurityScheme::Basic => quote! {
                Scheme::#v => match &self.#f { ::std::option::Option::Some((user, password)) => request.basic_auth(user, ::std::option::Option::Some(password)), ::std::option::Option::None => request },
            },
            SecurityScheme::ApiKeyHeader(header) => quote! {
                Scheme::#v => match &self.#f { ::std::option::Option::Some(key) => request.header(#header, key), ::std::option::Option::None => request },
            },
            SecurityScheme::Unsupported(_) => quote!(Scheme::#v => request,),
        }
    });
    let setters = supported.iter().map(|s| {
        let f = &s.setter;
        match &s.scheme {
            SecurityScheme::Basic => {
                let doc = format!(" Sends a user name and password (`{}`, HTTP basic).", s.name);
                quote! {
                    #[doc = #doc]
                    pub fn #f(mut self, user: impl ::std::convert::Into<::std::string::String>, password: impl ::std::convert::Into<::std::string::String>) -> Self {
                        self.credentials.#f = ::std::option::Option::Some((user.into(), password.into()));
                        self
                    }
                }
            }
            SecurityScheme::Bearer => {
                let doc = format!(" Sends a bearer token (`{}`).", s.name);
                quote! {
                    #[doc = #doc]
                    pub fn #f(mut self, token: impl ::std::convert::Into<::std::string::String>) -> Self {
                        self.credentials.#f = ::std::option::Option::Some(token.into());
                        self
                    }
                }
            }
            SecurityScheme::ApiKeyHeader(header) => {
                let doc = format!(" Sends a key in the `{header}` header (`{}`).", s.name);
                quote! {
                    #[doc = #doc]
                    pub fn #f(mut self, key: impl ::std::convert::Into<::std::string::String>) -> Self {
                        self.credentials.#f = ::std::option::Option::Some(key.into());
                        self
                    }
                }
            }
            SecurityScheme::Unsupported(_) => TokenStream::new(),
        }
    });
    quote! {
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
                    Self::UnexpectedStatus(answer) | Self::Decode(answer, _) => ::std::option::Option::Some(answer),
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
                    Self::UnexpectedStatus(a) => write!(f, "undocumented answer {}: {}", a.status, excerpt(&a.body)),
                    Self::Decode(a, message) => write!(f, "answer {} does not have the documented shape ({message}): {}", a.status, excerpt(&a.body)),
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
                ::serde_json::from_slice(&self.body).map_err(|e| Error::Decode(::std::boxed::Box::new(self.raw()), e.to_string()))
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

        /// The security schemes of the spec.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Scheme {
            #( #variants )*
        }

        /// The credentials a client holds, at most one per scheme.
        #[derive(Clone, Default)]
        struct Credentials {
            #( #fields )*
        }

        impl ::std::fmt::Debug for Credentials {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("Credentials") #( #debug_fields )* .finish()
            }
        }

        impl Credentials {
            fn has(&self, scheme: Scheme) -> bool {
                match scheme {
                    #( #has_arms )*
                }
            }

            #[allow(unused_variables)] // a spec without security schemes never reads the request
            fn apply(&self, scheme: Scheme, request: ::reqwest::RequestBuilder) -> ::reqwest::RequestBuilder {
                match scheme {
                    #( #apply_arms )*
                }
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
            pub fn with_http_client(base_url: &str, http: ::reqwest::Client) -> ::std::result::Result<Self, Error> {
                let base_url = ::reqwest::Url::parse(base_url)
                    .map_err(|e| Error::InvalidRequest(::std::format!("base URL `{base_url}`: {e}")))?;
                if base_url.cannot_be_a_base() {
                    return ::std::result::Result::Err(Error::InvalidRequest(::std::format!("base URL `{base_url}` cannot hold a path")));
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

            #( #setters )*

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

            fn request(&self, method: ::reqwest::Method, url: ::reqwest::Url, security: &[&[Scheme]]) -> ::reqwest::RequestBuilder {
                let mut request = self.http.request(method, url).headers(self.headers.clone());
                // The first alternative the held credentials satisfy; none when none does, and
                // the server answers as it does to anonymous callers.
                let chosen = security
                    .iter()
                    .find(|alternative| !alternative.is_empty() && alternative.iter().all(|s| self.credentials.has(*s)));
                if let ::std::option::Option::Some(alternative) = chosen {
                    for scheme in alternative.iter() {
                        request = self.credentials.apply(*scheme, request);
                    }
                }
                request
            }

            async fn send(&self, request: ::reqwest::RequestBuilder) -> ::std::result::Result<Answer, Error> {
                let response = request.send().await?;
                let status = response.status().as_u16();
                let headers = response.headers().clone();
                let body = response.bytes().await?.to_vec();
                ::std::result::Result::Ok(Answer { status, headers, body })
            }
        }

        /// A parameter value as text: strings as they are, anything else as JSON.
        fn text_of<T: ::serde::Serialize + ?::std::marker::Sized>(value: &T) -> ::std::result::Result<::std::vec::Vec<::std::string::String>, Error> {
            let value = ::serde_json::to_value(value).map_err(|e| Error::InvalidRequest(e.to_string()))?;
            let one = |v: ::serde_json::Value| match v {
                ::serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            ::std::result::Result::Ok(match value {
                ::serde_json::Value::Null => ::std::vec::Vec::new(),
                ::serde_json::Value::Array(items) => items.into_iter().filter(|v| !v.is_null()).map(one).collect(),
                other => ::std::vec![one(other)],
            })
        }

        /// One path segment's text.
        #[allow(dead_code)] // not every spec has an operation that needs it
        fn segment_of<T: ::serde::Serialize + ?::std::marker::Sized>(value: &T) -> ::std::result::Result<::std::string::String, Error> {
            ::std::result::Result::Ok(text_of(value)?.join(","))
        }

        #[allow(dead_code)] // not every spec has an operation that needs it
        fn with_header(request: ::reqwest::RequestBuilder, name: &str, texts: ::std::vec::Vec<::std::string::String>) -> ::std::result::Result<::reqwest::RequestBuilder, Error> {
            let mut request = request;
            for text in texts {
                let value = ::reqwest::header::HeaderValue::from_str(&text)
                    .map_err(|e| Error::InvalidRequest(::std::format!("value of header `{name}`: {e}")))?;
                request = request.header(name, value);
            }
            ::std::result::Result::Ok(request)
        }
    }
}

/// Request bodies: typed, or raw for callers that pass through what they were given.
pub fn bodies() -> TokenStream {
    quote! {
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
            fn encode(self, typed: impl ::std::ops::FnOnce(T) -> ::std::result::Result<RawBody, Error>) -> ::std::result::Result<RawBody, Error> {
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

        fn with_body(request: ::reqwest::RequestBuilder, body: RawBody, json_media_type: &str) -> ::std::result::Result<::reqwest::RequestBuilder, Error> {
            ::std::result::Result::Ok(match body {
                RawBody::Json(bytes) => request.header(::reqwest::header::CONTENT_TYPE, json_media_type).body(bytes),
                RawBody::Bytes { content_type, data } => request.header(::reqwest::header::CONTENT_TYPE, content_type).body(data),
                RawBody::Multipart(parts) => {
                    let mut form = ::reqwest::multipart::Form::new();
                    for part in parts {
                        form = match part.value {
                            FormValue::Text(text) => form.text(part.name, text),
                            FormValue::File(file) => {
                                let file_name = file.file_name.unwrap_or_else(|| part.name.clone());
                                let content_type = file.content_type.unwrap_or_else(|| "application/octet-stream".to_owned());
                                let piece = ::reqwest::multipart::Part::bytes(file.bytes)
                                    .file_name(file_name)
                                    .mime_str(&content_type)
                                    .map_err(|e| Error::InvalidRequest(::std::format!("content type `{content_type}` of part `{}`: {e}", part.name)))?;
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
            pub fn text(name: impl ::std::convert::Into<::std::string::String>, text: impl ::std::convert::Into<::std::string::String>) -> Self {
                Self { name: name.into(), value: FormValue::Text(text.into()) }
            }

            pub fn file(name: impl ::std::convert::Into<::std::string::String>, file: FilePart) -> Self {
                Self { name: name.into(), value: FormValue::File(file) }
            }

            /// The parts for a field's value: none for null, one per item of a list, strings as
            /// they are and anything else as JSON.
            pub fn values<T: ::serde::Serialize + ?::std::marker::Sized>(name: &str, value: &T) -> ::std::result::Result<::std::vec::Vec<Self>, Error> {
                ::std::result::Result::Ok(text_of(value)?.into_iter().map(|text| Self::text(name, text)).collect())
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
                Self { bytes: bytes.into(), ..::std::default::Default::default() }
            }

            /// The file's contents, named after it, with a media type guessed from its extension.
            pub async fn from_path(path: impl ::std::convert::AsRef<::std::path::Path>) -> ::std::result::Result<Self, Error> {
                let path = path.as_ref();
                let bytes = ::tokio::fs::read(path)
                    .await
                    .map_err(|e| Error::InvalidRequest(::std::format!("cannot read {}: {e}", path.display())))?;
                let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
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

            pub fn content_type(mut self, media_type: impl ::std::convert::Into<::std::string::String>) -> Self {
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
    }
}

/// The polling loop behind every `wait_*` method, with jittered exponential backoff.
pub fn waiting() -> TokenStream {
    quote! {
        /// How a `wait_*` method waits: how long each poll asks the server to hold its answer
        /// (`Prefer: wait=N`, where the poll operation takes that header), the pauses between
        /// polls when the server answers at once, and when to give up.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct WaitOptions {
            /// Pause after the first poll that was answered at once; each later pause doubles,
            /// with jitter.
            pub initial_delay: ::std::time::Duration,
            pub max_delay: ::std::time::Duration,
            /// Overall deadline, counted from the call.
            pub timeout: ::std::time::Duration,
            /// How long one poll asks the server to wait for the job to become final; `None`
            /// polls with pauses only. Servers cap it (60 s by default for this gateway).
            pub hold: ::std::option::Option<::std::time::Duration>,
        }

        impl ::std::default::Default for WaitOptions {
            fn default() -> Self {
                Self {
                    initial_delay: ::std::time::Duration::from_millis(100),
                    max_delay: ::std::time::Duration::from_secs(2),
                    timeout: ::std::time::Duration::from_secs(600),
                    hold: ::std::option::Option::Some(::std::time::Duration::from_secs(30)),
                }
            }
        }

        impl WaitOptions {
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.timeout = timeout;
                self
            }

            /// Asks each poll to be held up to `hold` (`None`: never ask).
            pub fn hold(mut self, hold: ::std::option::Option<::std::time::Duration>) -> Self {
                self.hold = hold;
                self
            }
        }

        /// What a job looks like to the wait loop and to the CLI.
        pub trait JobState {
            /// The id to poll with.
            fn job_id(&self) -> &str;
            /// The status as the server spells it.
            fn status_text(&self) -> &str;
            /// Whether the job is final and did not succeed.
            fn is_failed(&self) -> bool;
        }

        /// Why a `wait_*` method returned without a successful job.
        #[derive(Debug)]
        pub enum WaitError<J, R> {
            /// The job is final and failed; it holds the error.
            Failed(J),
            /// The poll answered something other than the job (e.g. `404` once the result expired).
            Answer(R),
            /// The deadline passed; the last state seen, if any.
            TimedOut(::std::option::Option<J>),
            Client(Error),
        }

        impl<J: JobState, R: ::std::fmt::Debug> ::std::fmt::Display for WaitError<J, R> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    Self::Failed(job) => write!(f, "job {} failed", job.job_id()),
                    Self::Answer(answer) => write!(f, "polling answered {answer:?}"),
                    Self::TimedOut(::std::option::Option::Some(job)) => write!(f, "gave up waiting; job {} is still {}", job.job_id(), job.status_text()),
                    Self::TimedOut(::std::option::Option::None) => f.write_str("gave up waiting before the server answered"),
                    Self::Client(e) => e.fmt(f),
                }
            }
        }

        impl<J: JobState + ::std::fmt::Debug, R: ::std::fmt::Debug> ::std::error::Error for WaitError<J, R> {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    Self::Client(e) => ::std::option::Option::Some(e),
                    _ => ::std::option::Option::None,
                }
            }
        }

        /// One poll's meaning.
        enum Step<J, R> {
            Done(J),
            Pending(J),
            Other(R),
        }

        /// Polls until `classify` says the job is done. Each poll asks the server to hold its
        /// answer until the job is final (`hold`, as `Prefer: wait=N`); a poll answered sooner
        /// than half of that means the server ignored the preference (or could not apply it), so
        /// the loop pauses with backoff before the next. Dropping the future stops polling and
        /// leaves the job to run on the server.
        async fn wait_loop<J, R, F, Fut>(
            options: &WaitOptions,
            mut poll: F,
            classify: fn(R) -> Step<J, R>,
            progress: &mut dyn ::std::ops::FnMut(&J),
        ) -> ::std::result::Result<J, WaitError<J, R>>
        where
            J: JobState,
            F: ::std::ops::FnMut(::std::option::Option<::std::string::String>) -> Fut,
            Fut: ::std::future::Future<Output = ::std::result::Result<R, Error>>,
        {
            let deadline = ::tokio::time::Instant::now() + options.timeout;
            let mut backoff = Backoff::new(options.initial_delay, options.max_delay);
            let mut last: ::std::option::Option<J> = ::std::option::Option::None;
            loop {
                let started = ::tokio::time::Instant::now();
                // Whole seconds, ending half a second before the deadline so that the last
                // answer is seen; none when less than that is left.
                let left = deadline
                    .saturating_duration_since(started)
                    .saturating_sub(::std::time::Duration::from_millis(500));
                let hold = options
                    .hold
                    .map(|hold| hold.min(left).as_secs())
                    .filter(|seconds| *seconds > 0);
                let prefer = hold.map(|seconds| ::std::format!("wait={seconds}"));
                let answer = match ::tokio::time::timeout_at(deadline, poll(prefer)).await {
                    ::std::result::Result::Ok(answer) => answer.map_err(WaitError::Client)?,
                    ::std::result::Result::Err(_) => return ::std::result::Result::Err(WaitError::TimedOut(last)),
                };
                match classify(answer) {
                    Step::Done(job) => {
                        progress(&job);
                        return if job.is_failed() {
                            ::std::result::Result::Err(WaitError::Failed(job))
                        } else {
                            ::std::result::Result::Ok(job)
                        };
                    }
                    Step::Pending(job) => {
                        progress(&job);
                        last = ::std::option::Option::Some(job);
                    }
                    Step::Other(answer) => return ::std::result::Result::Err(WaitError::Answer(answer)),
                }
                let held = hold.is_some_and(|seconds| {
                    started.elapsed() * 2 >= ::std::time::Duration::from_secs(seconds)
                });
                if held {
                    continue;
                }
                let pause = backoff.next_delay();
                if ::tokio::time::Instant::now() + pause >= deadline {
                    ::tokio::time::sleep_until(deadline).await;
                    return ::std::result::Result::Err(WaitError::TimedOut(last));
                }
                ::tokio::time::sleep(pause).await;
            }
        }

        /// Doubling pauses up to a cap, each drawn from its upper half so many clients waiting
        /// on jobs submitted together do not poll in step.
        struct Backoff {
            next: ::std::time::Duration,
            max: ::std::time::Duration,
            state: u64,
        }

        impl Backoff {
            fn new(initial: ::std::time::Duration, max: ::std::time::Duration) -> Self {
                let seed = ::std::time::SystemTime::now()
                    .duration_since(::std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(0x9e37_79b9_7f4a_7c15);
                Self { next: initial.min(max), max, state: seed | 1 }
            }

            fn next_delay(&mut self) -> ::std::time::Duration {
                // xorshift64: plenty for spreading pauses, and no dependency.
                self.state ^= self.state << 13;
                self.state ^= self.state >> 7;
                self.state ^= self.state << 17;
                let full = self.next;
                self.next = (self.next * 2).min(self.max);
                let fraction = (self.state % 1000) as u32;
                full / 2 + (full / 2) * fraction / 1000
            }
        }
    }
}
