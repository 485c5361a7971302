//! The bytes of a `format: binary` field; copied into `types.rs` when a schema has one. The
//! generated types sit beside it, so a schema named `String` or `Vec` would shadow the prelude:
//! paths are written in full.

/// The contents of a file (`format: binary`). A multipart request carries it as a file part;
/// in JSON it is written as standard base64 with padding. The bytes are shared (`Bytes`), so
/// a server reading an upload and a client sending one hold the file once, however many
/// values refer to it.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Binary(pub ::bytes::Bytes);

impl ::std::fmt::Debug for Binary {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "Binary({} bytes)", self.0.len())
    }
}

impl ::std::convert::From<::std::vec::Vec<u8>> for Binary {
    fn from(bytes: ::std::vec::Vec<u8>) -> Self {
        Binary(bytes.into())
    }
}

impl ::std::convert::From<::bytes::Bytes> for Binary {
    fn from(bytes: ::bytes::Bytes) -> Self {
        Binary(bytes)
    }
}

impl ::std::convert::AsRef<[u8]> for Binary {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl ::serde::Serialize for Binary {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::base64::Engine as _;
        serializer.serialize_str(&::base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> ::serde::Deserialize<'de> for Binary {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::base64::Engine as _;
        let text = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map(Binary::from)
            .map_err(|e| {
                <D::Error as ::serde::de::Error>::custom(format_args!(
                    "invalid base64 file contents: {e}"
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_padded_base64_in_json_and_its_debug_shows_only_the_size() {
        let bytes = Binary::from(b"hi!?".to_vec());
        assert_eq!(
            serde_json::to_string(&bytes).expect("serialises"),
            r#""aGkhPw==""#
        );
        let back: Binary = serde_json::from_str(r#""aGkhPw==""#).expect("deserialises");
        assert_eq!(back, bytes);
        assert_eq!(format!("{bytes:?}"), "Binary(4 bytes)");
        assert!(serde_json::from_str::<Binary>(r#""not base64!""#).is_err());
    }
}
