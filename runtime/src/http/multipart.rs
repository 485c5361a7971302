//! Multipart forms: split within a limit, and typed fields read out of the parts.

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue};
use bytes::{Bytes, BytesMut};

use super::body::declared_length;
use super::ApiError;
use crate::job::Part;

/// Splits a `multipart/form-data` body into parts, refusing more than `limit` bytes with `413`
/// and a malformed form with `400`.
pub async fn read_multipart(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<Vec<Part>, ApiError> {
    if declared_length(headers).is_some_and(|n| n > limit) {
        return Err(ApiError::too_large(limit));
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v: &HeaderValue| v.to_str().ok())
        .unwrap_or_default();
    let boundary = multer::parse_boundary(content_type).map_err(|_| {
        ApiError::invalid_body("this operation takes a multipart/form-data body with a boundary")
    })?;
    let constraints =
        multer::Constraints::new().size_limit(multer::SizeLimit::new().whole_stream(limit as u64));
    let mut form =
        multer::Multipart::with_constraints(body.into_data_stream(), boundary, constraints);
    // What the parts still to come can hold at most, to size each part's buffer once.
    let mut room = declared_length(headers);
    let mut parts = Vec::new();
    loop {
        let mut field = match form.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return Err(multipart_error(e, limit)),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name.is_empty() {
            return Err(ApiError::invalid_body("a form part has no name"));
        }
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(|m| m.to_string());
        let data = read_field(&mut field, room)
            .await
            .map_err(|e| multipart_error(e, limit))?;
        room = room.map(|r| r.saturating_sub(data.len()));
        parts.push(Part {
            name,
            file_name,
            content_type,
            data,
        });
    }
    Ok(parts)
}

/// A part's bytes, held once: a part that arrives in one chunk is that chunk; a longer one is
/// gathered into a buffer sized at the start from what the body can still hold (`room`, from
/// its `Content-Length`), rather than one grown by doubling, which for a large upload holds up
/// to twice its size and copies it several times on the way.
async fn read_field(
    field: &mut multer::Field<'static>,
    room: Option<usize>,
) -> Result<Bytes, multer::Error> {
    let Some(first) = field.chunk().await? else {
        return Ok(Bytes::new());
    };
    let Some(second) = field.chunk().await? else {
        return Ok(first);
    };
    let wanted = room.unwrap_or(0).max(first.len() + second.len());
    let mut data = BytesMut::with_capacity(wanted);
    data.extend_from_slice(&first);
    data.extend_from_slice(&second);
    drop((first, second));
    while let Some(chunk) = field.chunk().await? {
        data.extend_from_slice(&chunk);
    }
    // A short part before a large one was given room for both; keep only what it holds.
    if data.capacity() - data.len() > data.len() / 8 + 64 * 1024 {
        return Ok(Bytes::copy_from_slice(&data));
    }
    Ok(data.freeze())
}

fn multipart_error(e: multer::Error, limit: usize) -> ApiError {
    match e {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => {
            ApiError::too_large(limit)
        }
        other => ApiError::invalid_body(format!("malformed multipart body: {other}")),
    }
}

/// Reading typed fields out of multipart parts, for the generated `from_parts` constructors.
pub mod form {
    use bytes::Bytes;
    use serde::de::DeserializeOwned;

    use crate::http::{field_error, ApiError};
    use crate::job::Part;

    /// Parts named `name`, or `name[]` as array-style clients send them.
    fn named<'a>(parts: &'a [Part], name: &'a str) -> impl Iterator<Item = &'a Part> + 'a {
        parts
            .iter()
            .filter(move |p| p.name == name || p.name.strip_suffix("[]").is_some_and(|n| n == name))
    }

    /// The bytes of a file part.
    pub fn file(parts: &[Part], name: &str) -> Option<Bytes> {
        named(parts, name).next().map(|p| p.data.clone())
    }

    pub fn required_file(parts: &[Part], name: &str) -> Result<Bytes, ApiError> {
        file(parts, name).ok_or_else(|| ApiError::missing_field(name))
    }

    /// Every file part of a repeated field.
    pub fn files(parts: &[Part], name: &str) -> Vec<Bytes> {
        named(parts, name).map(|p| p.data.clone()).collect()
    }

    /// Every file part of a repeated field that needs at least one.
    pub fn required_files(parts: &[Part], name: &str) -> Result<Vec<Bytes>, ApiError> {
        let files = files(parts, name);
        if files.is_empty() {
            return Err(ApiError::missing_field(name));
        }
        Ok(files)
    }

    /// A text part read as `T`: a string as it is (or as an enum value), anything else as JSON
    /// (`5`, `true`, `{"a":1}`).
    pub fn value<T: DeserializeOwned>(parts: &[Part], name: &str) -> Result<Option<T>, ApiError> {
        let mut found = named(parts, name);
        let Some(part) = found.next() else {
            return Ok(None);
        };
        if found.next().is_some() {
            return Err(ApiError::bad_request(
                format!("field `{name}` takes one value but was sent more than once"),
                Some(name.to_owned()),
            ));
        }
        parse(part, name).map(Some)
    }

    pub fn required_value<T: DeserializeOwned>(parts: &[Part], name: &str) -> Result<T, ApiError> {
        value(parts, name)?.ok_or_else(|| ApiError::missing_field(name))
    }

    /// Every item of a list field: each part holds one item, or a JSON array of items (as the
    /// spec's JSON shape of the field would be written into one part).
    pub fn list<T: DeserializeOwned>(
        parts: &[Part],
        name: &str,
    ) -> Result<Option<Vec<T>>, ApiError> {
        let mut items = Vec::new();
        for part in named(parts, name) {
            let text = text(part, name)?.trim();
            if text.starts_with('[') {
                if let Ok(batch) = serde_json::from_str::<Vec<T>>(text) {
                    items.extend(batch);
                    continue;
                }
            }
            items.push(parse_text(text, name)?);
        }
        Ok((!items.is_empty()).then_some(items))
    }

    fn text<'a>(part: &'a Part, name: &str) -> Result<&'a str, ApiError> {
        std::str::from_utf8(&part.data).map_err(|_| {
            ApiError::bad_request(
                format!("field `{name}` is not UTF-8 text"),
                Some(name.to_owned()),
            )
        })
    }

    fn parse<T: DeserializeOwned>(part: &Part, name: &str) -> Result<T, ApiError> {
        parse_text(text(part, name)?, name)
    }

    /// A string as it is (a form field is text whatever it spells), else the text as JSON.
    fn parse_text<T: DeserializeOwned>(text: &str, name: &str) -> Result<T, ApiError> {
        if let Ok(v) = serde_json::from_value(serde_json::Value::String(text.to_owned())) {
            return Ok(v);
        }
        serde_json::from_str(text.trim()).map_err(|e| field_error(name, &e.to_string()))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn part(name: &str, text: &str) -> Part {
            Part {
                name: name.into(),
                file_name: None,
                content_type: None,
                data: Bytes::from(text.to_owned()),
            }
        }

        #[derive(Debug, PartialEq, serde::Deserialize)]
        struct Fallback {
            provider: String,
            model: String,
        }

        #[test]
        fn a_list_is_one_item_per_part_or_a_json_array_in_a_part() {
            let one = |p, m| Fallback {
                provider: p,
                model: m,
            };
            let parts = [
                part(
                    "fallbacks",
                    r#"[{"provider":"a","model":"x"},{"provider":"b","model":"y"}]"#,
                ),
                part("fallbacks[]", r#"{"provider":"c","model":"z"}"#),
                part("other", "ignored"),
            ];
            let got: Vec<Fallback> = list(&parts, "fallbacks").unwrap().unwrap();
            assert_eq!(
                got,
                [
                    one("a".into(), "x".into()),
                    one("b".into(), "y".into()),
                    one("c".into(), "z".into())
                ]
            );
            let strings: Vec<String> =
                list(&[part("stop", "[not json"), part("stop", "end")], "stop")
                    .unwrap()
                    .unwrap();
            assert_eq!(strings, ["[not json", "end"]);
            let none: Option<Vec<String>> = list(&parts, "absent").unwrap();
            assert_eq!(none, None);
            let bad = list::<Fallback>(&[part("fallbacks", r#"[{"provider":1}]"#)], "fallbacks")
                .unwrap_err();
            assert_eq!(bad.param.as_deref(), Some("fallbacks"));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    use http_body::Frame;

    use super::*;

    /// A body that arrives a few bytes at a time, as a slow client's would.
    struct Trickle(VecDeque<Bytes>);

    impl http_body::Body for Trickle {
        type Data = Bytes;
        type Error = std::convert::Infallible;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _cx: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
            Poll::Ready(self.0.pop_front().map(|b| Ok(Frame::data(b))))
        }
    }

    #[tokio::test]
    async fn parts_arriving_in_pieces_are_whole() {
        let file: Vec<u8> = (0..5000u32).map(|i| (i % 251) as u8).collect();
        let mut body = Vec::new();
        body.extend_from_slice(
            b"--XyZ\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\necho/w\r\n",
        );
        body.extend_from_slice(
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n\
              Content-Type: audio/wav\r\n\r\n",
        );
        body.extend_from_slice(&file);
        body.extend_from_slice(b"\r\n--XyZ--\r\n");
        for (declared, piece) in [(true, 7), (false, 7), (true, 100_000)] {
            let chunks = body.chunks(piece).map(Bytes::copy_from_slice).collect();
            let mut headers = HeaderMap::new();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("multipart/form-data; boundary=XyZ"),
            );
            if declared {
                headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
            }
            let parts = read_multipart(&headers, Body::new(Trickle(chunks)), 1 << 20)
                .await
                .expect("a well-formed form");
            assert_eq!(parts.len(), 2);
            assert_eq!(
                (parts[0].name.as_str(), &parts[0].data[..]),
                ("model", &b"echo/w"[..])
            );
            assert_eq!(parts[1].name, "file");
            assert_eq!(parts[1].file_name.as_deref(), Some("a.wav"));
            assert_eq!(
                parts[1].data, file,
                "declared {declared}, pieces of {piece}"
            );
        }
    }
}
