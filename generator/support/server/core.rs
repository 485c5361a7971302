//! The strict server's plumbing, the same for every spec: the refusal type, and the helpers the
//! generated readers call to match paths, convert parameters and read bodies.
//!
//! The emitter copies this file into the server module after the trait, router and readers it
//! generates from the spec. It relies on nothing of that code.

/// Why a request was refused before it reached the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestError {
    pub status: ::axum::http::StatusCode,
    pub message: ::std::string::String,
    /// The parameter or body field at fault, when there is one.
    pub field: ::std::option::Option<::std::string::String>,
}

impl RequestError {
    pub fn new(
        status: ::axum::http::StatusCode,
        message: impl ::std::convert::Into<::std::string::String>,
        field: ::std::option::Option<::std::string::String>,
    ) -> Self {
        RequestError {
            status,
            message: message.into(),
            field,
        }
    }

    fn bad_request(message: impl ::std::convert::Into<::std::string::String>, field: &str) -> Self {
        Self::new(
            ::axum::http::StatusCode::BAD_REQUEST,
            message,
            ::std::option::Option::Some(field.to_owned()),
        )
    }
}

impl ::std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match &self.field {
            ::std::option::Option::Some(field) => write!(f, "`{field}`: {}", self.message),
            ::std::option::Option::None => f.write_str(&self.message),
        }
    }
}

impl ::std::error::Error for RequestError {}

impl ::axum::response::IntoResponse for RequestError {
    fn into_response(self) -> ::axum::response::Response {
        let body =
            ::serde_json::json!({ "error": { "message": self.message, "field": self.field } });
        (self.status, ::axum::Json(body)).into_response()
    }
}

#[allow(dead_code)] // which helpers are used depends on the spec
mod support {
    use super::RequestError;

    /// The parameters of `path` by the names of `template`, or `None` when the path does not
    /// have the template's shape (one parameter per segment, with literal text around it).
    pub(super) fn match_path(
        template: &'static str,
        path: &str,
    ) -> ::std::option::Option<::std::vec::Vec<(&'static str, ::std::string::String)>> {
        let mut params = ::std::vec::Vec::new();
        let mut actual = path.trim_start_matches('/').split('/');
        for wanted in template.trim_start_matches('/').split('/') {
            let segment = actual.next()?;
            match (wanted.find('{'), wanted.rfind('}')) {
                (::std::option::Option::Some(open), ::std::option::Option::Some(close))
                    if open < close =>
                {
                    let (prefix, name, suffix) = (
                        &wanted[..open],
                        &wanted[open + 1..close],
                        &wanted[close + 1..],
                    );
                    if segment.len() <= prefix.len() + suffix.len()
                        || !segment.starts_with(prefix)
                        || !segment.ends_with(suffix)
                    {
                        return ::std::option::Option::None;
                    }
                    let raw = &segment[prefix.len()..segment.len() - suffix.len()];
                    params.push((name, percent_decode(raw)?));
                }
                _ if wanted == segment => {}
                _ => return ::std::option::Option::None,
            }
        }
        actual.next().is_none().then_some(params)
    }

    fn percent_decode(text: &str) -> ::std::option::Option<::std::string::String> {
        let mut out = ::std::vec::Vec::with_capacity(text.len());
        let mut bytes = text.bytes();
        while let ::std::option::Option::Some(b) = bytes.next() {
            if b == b'%' {
                let hex = [bytes.next()?, bytes.next()?];
                let hex = ::std::str::from_utf8(&hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
            } else {
                out.push(b);
            }
        }
        ::std::string::String::from_utf8(out).ok()
    }

    pub(super) fn path_value(
        params: &[(&'static str, ::std::string::String)],
        name: &str,
    ) -> ::std::option::Option<::std::string::String> {
        params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }

    pub(super) fn query_pairs(
        uri: &::axum::http::Uri,
    ) -> ::std::result::Result<
        ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
        RequestError,
    > {
        ::axum::extract::Query::<::std::vec::Vec<(::std::string::String, ::std::string::String)>>::try_from_uri(uri)
            .map(|q| q.0)
            .map_err(|e| RequestError::new(::axum::http::StatusCode::BAD_REQUEST, e.body_text(), ::std::option::Option::None))
    }

    /// The values of a query parameter, also when a client spells a list `name[]`.
    pub(super) fn query_values(
        pairs: &[(::std::string::String, ::std::string::String)],
        name: &str,
    ) -> ::std::vec::Vec<::std::string::String> {
        pairs
            .iter()
            .filter(|(n, _)| n == name || n.strip_suffix("[]") == ::std::option::Option::Some(name))
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub(super) fn header_value(
        headers: &::axum::http::HeaderMap,
        name: &str,
    ) -> ::std::option::Option<::std::string::String> {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    }

    pub(super) fn cookie_value(
        headers: &::axum::http::HeaderMap,
        name: &str,
    ) -> ::std::option::Option<::std::string::String> {
        headers
            .get_all(::axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_owned())
    }

    /// A parameter's text as its type: as a string first (strings, enums), then as JSON
    /// (numbers, booleans, objects).
    pub(super) fn param<T: ::serde::de::DeserializeOwned>(
        name: &str,
        raw: &str,
    ) -> ::std::result::Result<T, RequestError> {
        if let ::std::result::Result::Ok(value) =
            ::serde_json::from_value(::serde_json::Value::String(raw.to_owned()))
        {
            return ::std::result::Result::Ok(value);
        }
        ::serde_json::from_str(raw).map_err(|e| {
            RequestError::bad_request(::std::format!("invalid value {raw:?}: {e}"), name)
        })
    }

    pub(super) fn list<T: ::serde::de::DeserializeOwned>(
        name: &str,
        raw: ::std::vec::Vec<::std::string::String>,
    ) -> ::std::result::Result<::std::vec::Vec<T>, RequestError> {
        raw.iter().map(|r| param(name, r)).collect()
    }

    pub(super) fn non_empty(
        values: ::std::vec::Vec<::std::string::String>,
    ) -> ::std::option::Option<::std::vec::Vec<::std::string::String>> {
        (!values.is_empty()).then_some(values)
    }

    pub(super) fn required<T>(
        value: ::std::option::Option<T>,
        name: &str,
    ) -> ::std::result::Result<T, RequestError> {
        value.ok_or_else(|| RequestError::bad_request("is required", name))
    }

    /// The media type of the request, lower case, without parameters.
    pub(super) fn content_type(
        parts: &::axum::http::request::Parts,
    ) -> ::std::option::Option<::std::string::String> {
        let value = parts
            .headers
            .get(::axum::http::header::CONTENT_TYPE)?
            .to_str()
            .ok()?;
        ::std::option::Option::Some(
            value
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase(),
        )
    }

    /// Whether a media type of the spec (possibly `image/*` or `*/*`) covers the request's.
    pub(super) fn media_matches(spec: &str, actual: &str) -> bool {
        match spec.strip_suffix("/*") {
            ::std::option::Option::Some("*") => true,
            ::std::option::Option::Some(kind) => {
                actual.split('/').next() == ::std::option::Option::Some(kind)
            }
            ::std::option::Option::None => spec.eq_ignore_ascii_case(actual),
        }
    }

    /// A request with no body at all: no content type and no length.
    pub(super) fn is_empty(
        parts: &::axum::http::request::Parts,
        body: &::axum::body::Body,
    ) -> bool {
        use ::axum::body::HttpBody as _;
        parts
            .headers
            .get(::axum::http::header::CONTENT_TYPE)
            .is_none()
            && body.size_hint().exact() == ::std::option::Option::Some(0)
    }

    /// The request again, for an extractor: its headers and extensions (which carry the
    /// router's body limit) with the body.
    fn rebuild(
        parts: &::axum::http::request::Parts,
        body: ::axum::body::Body,
    ) -> ::axum::extract::Request {
        let mut request = ::axum::extract::Request::new(body);
        *request.headers_mut() = parts.headers.clone();
        *request.extensions_mut() = parts.extensions.clone();
        request
    }

    pub(super) async fn bytes(
        parts: &::axum::http::request::Parts,
        body: ::axum::body::Body,
    ) -> ::std::result::Result<::axum::body::Bytes, RequestError> {
        use ::axum::extract::FromRequest as _;
        ::axum::body::Bytes::from_request(rebuild(parts, body), &())
            .await
            .map_err(|e| RequestError::new(e.status(), e.body_text(), ::std::option::Option::None))
    }

    /// The parts of a multipart form, read whole.
    pub(super) struct Form {
        parts: ::std::vec::Vec<(::std::string::String, ::axum::body::Bytes, bool)>,
    }

    impl Form {
        /// The parts named `name` (or `name[]`, as some clients send lists).
        fn named<'a>(
            &'a self,
            name: &'a str,
        ) -> impl ::std::iter::Iterator<Item = &'a (::std::string::String, ::axum::body::Bytes, bool)> + 'a
        {
            self.parts.iter().filter(move |(n, _, _)| {
                n == name || n.strip_suffix("[]") == ::std::option::Option::Some(name)
            })
        }

        pub(super) fn file(&self, name: &str) -> ::std::option::Option<::axum::body::Bytes> {
            self.named(name).next().map(|(_, bytes, _)| bytes.clone())
        }

        pub(super) fn files<'a>(
            &'a self,
            name: &'a str,
        ) -> impl ::std::iter::Iterator<Item = ::axum::body::Bytes> + 'a {
            self.named(name).map(|(_, bytes, _)| bytes.clone())
        }

        pub(super) fn text(&self, name: &str) -> ::std::option::Option<::std::string::String> {
            self.named(name)
                .next()
                .map(|(_, bytes, _)| ::std::string::String::from_utf8_lossy(bytes).into_owned())
        }

        pub(super) fn texts(&self, name: &str) -> ::std::vec::Vec<::std::string::String> {
            self.named(name)
                .map(|(_, bytes, _)| ::std::string::String::from_utf8_lossy(bytes).into_owned())
                .collect()
        }
    }

    pub(super) async fn multipart(
        parts: &::axum::http::request::Parts,
        body: ::axum::body::Body,
    ) -> ::std::result::Result<Form, RequestError> {
        use ::axum::extract::FromRequest as _;
        let mut multipart = ::axum::extract::Multipart::from_request(rebuild(parts, body), &())
            .await
            .map_err(|e| {
                RequestError::new(
                    ::axum::http::StatusCode::BAD_REQUEST,
                    e.body_text(),
                    ::std::option::Option::None,
                )
            })?;
        let mut form = Form {
            parts: ::std::vec::Vec::new(),
        };
        loop {
            let field = multipart.next_field().await.map_err(|e| {
                RequestError::new(e.status(), e.body_text(), ::std::option::Option::None)
            })?;
            let ::std::option::Option::Some(field) = field else {
                break;
            };
            let name = field.name().unwrap_or_default().to_owned();
            let is_file = field.file_name().is_some();
            let bytes = field.bytes().await.map_err(|e| {
                RequestError::new(
                    e.status(),
                    e.body_text(),
                    ::std::option::Option::Some(name.clone()),
                )
            })?;
            form.parts.push((name, bytes, is_file));
        }
        ::std::result::Result::Ok(form)
    }
}

#[cfg(test)]
mod tests {
    use super::support::*;

    #[test]
    fn paths_match_templates_with_literal_text_beside_parameters() {
        assert_eq!(
            match_path("/notes/{note_id}:archive", "/notes/a%20b:archive"),
            Some(vec![("note_id", "a b".to_owned())])
        );
        assert_eq!(match_path("/notes/{note_id}:archive", "/notes/x"), None);
        assert_eq!(match_path("/notes/{note_id}", "/notes/x/y"), None);
        assert_eq!(match_path("/notes/{note_id}", "/notes/%zz"), None);
        assert_eq!(match_path("/notes", "/notes"), Some(vec![]));
    }

    #[test]
    fn media_types_match_by_wildcard_and_parameters_read_as_strings_first() {
        assert!(media_matches("image/*", "image/png"));
        assert!(media_matches("*/*", "text/plain"));
        assert!(!media_matches("application/json", "text/plain"));
        assert_eq!(param::<String>("n", "42").ok(), Some("42".to_owned()));
        assert_eq!(param::<u32>("n", "42").ok(), Some(42));
        let error = param::<u32>("n", "x").expect_err("not a number");
        assert_eq!(error.field.as_deref(), Some("n"));
        assert_eq!(error.status, ::axum::http::StatusCode::BAD_REQUEST);
    }
}
