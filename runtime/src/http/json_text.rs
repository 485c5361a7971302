//! JSON text that goes out as it was written, typed by the spec's schema.

use std::marker::PhantomData;

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A JSON document already written as text, documented to match `T`: the answer goes out as these
/// bytes, without building a `T` and serialising it again, while the typed response enums still
/// say which type each status carries. [`JsonText::decode`] reads it back as `T`, which is how
/// tests prove the text and the type agree.
pub struct JsonText<T> {
    text: Bytes,
    shape: PhantomData<fn() -> T>,
}

impl<T> JsonText<T> {
    /// Wraps JSON text that the caller guarantees has the shape of `T`.
    pub fn from_trusted(text: impl Into<Bytes>) -> Self {
        JsonText {
            text: text.into(),
            shape: PhantomData,
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.text
    }

    /// Reads the text as `T`; an error means the text does not match the type it claims.
    pub fn decode(&self) -> Result<T, serde_json::Error>
    where
        T: DeserializeOwned,
    {
        serde_json::from_slice(&self.text)
    }
}

impl<T: Serialize> JsonText<T> {
    /// Writes `value` as JSON text.
    pub fn encode(value: &T) -> Result<Self, serde_json::Error> {
        serde_json::to_vec(value).map(Self::from_trusted)
    }
}

impl<T> Clone for JsonText<T> {
    fn clone(&self) -> Self {
        Self::from_trusted(self.text.clone())
    }
}

impl<T> PartialEq for JsonText<T> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<T> std::fmt::Debug for JsonText<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("JsonText")
            .field(&String::from_utf8_lossy(&self.text))
            .finish()
    }
}

impl<T> IntoResponse for JsonText<T> {
    fn into_response(self) -> Response {
        (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            self.text,
        )
            .into_response()
    }
}
