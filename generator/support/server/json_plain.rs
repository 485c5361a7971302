//! JSON bodies inside the gateway's `generated` crate, which does not depend on
//! `serde_path_to_error`: an error carries serde's message (line and column).

use super::RequestError;

mod json {
    use super::RequestError;

    /// A JSON body as its type.
    pub(super) fn read<T: ::serde::de::DeserializeOwned>(
        bytes: &[u8],
    ) -> ::std::result::Result<T, RequestError> {
        ::serde_json::from_slice(bytes).map_err(|e| {
            RequestError::new(
                ::axum::http::StatusCode::BAD_REQUEST,
                e.to_string(),
                ::std::option::Option::None,
            )
        })
    }
}
