//! JSON bodies for a crate of its own, whose manifest lists `serde_path_to_error`: an error names
//! the field that does not fit. (The gateway's server copies `json_plain.rs` instead.)

use super::RequestError;

mod json {
    use super::RequestError;

    /// A JSON body as its type; an error names the field that does not fit.
    pub(super) fn read<T: ::serde::de::DeserializeOwned>(
        bytes: &[u8],
    ) -> ::std::result::Result<T, RequestError> {
        let mut deserializer = ::serde_json::Deserializer::from_slice(bytes);
        let value = ::serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
            let field = e.path().to_string();
            RequestError::new(
                ::axum::http::StatusCode::BAD_REQUEST,
                e.inner().to_string(),
                (field != ".").then_some(field),
            )
        })?;
        // Trailing text after the document is as wrong as a document that does not fit.
        deserializer.end().map_err(|e| {
            RequestError::new(
                ::axum::http::StatusCode::BAD_REQUEST,
                e.to_string(),
                ::std::option::Option::None,
            )
        })?;
        ::std::result::Result::Ok(value)
    }
}
