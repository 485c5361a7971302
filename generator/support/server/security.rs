//! Enforcing the spec's security schemes, the same for every spec: reading a credential from the
//! request by where its scheme puts it, and trying an operation's alternatives in order.
//!
//! The emitter copies this file into the server module when an operation names a security
//! requirement. It relies on the generated `Scheme` enum (one variant per scheme of the spec,
//! with `Scheme::source`, which says where each is sent) and on `RequestError`.

use super::{RequestError, Scheme};

/// A credential as the request carried it, for [`Security::check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential<'a> {
    /// The token of `Authorization: Bearer <token>`.
    Bearer(&'a str),
    /// The user name and password of `Authorization: Basic <base64>`.
    Basic {
        user: ::std::string::String,
        password: ::std::string::String,
    },
    /// An API key, from the header, query parameter or cookie its scheme names.
    ApiKey(&'a str),
    /// A scheme the generated code cannot read (OAuth2, OpenID Connect, another HTTP scheme):
    /// the request's headers, for the check to find the credential itself.
    Headers(&'a ::axum::http::HeaderMap),
}

/// The check of the credentials a request carries. The `router` calls it before an
/// operation's request is read: the request goes on when every scheme of one of the
/// operation's alternatives is present and passes, and is refused with `401` otherwise.
pub trait Security: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// Whether `credential`, sent for `scheme`, is good. Called only for credentials the request
    /// carries; a missing one fails its alternative without a call.
    fn check(
        &self,
        scheme: Scheme,
        credential: Credential<'_>,
    ) -> impl ::std::future::Future<Output = bool> + ::std::marker::Send;
}

/// Where a scheme's credential is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // which places are used depends on the spec
pub(super) enum Source {
    Bearer,
    Basic,
    /// A header, by its lower-case name.
    Header(&'static str),
    Query(&'static str),
    Cookie(&'static str),
    /// Anything else: the check reads the headers.
    Other,
}

/// Whether the request satisfies one of `alternatives`, each a list of schemes needed together.
/// An empty alternative (`{}` in the spec) lets anyone in; no alternatives at all are never
/// asked for (the router calls this only for operations that name a requirement).
async fn authorize<S: Security>(
    security: &S,
    parts: &::axum::http::request::Parts,
    alternatives: &[&[Scheme]],
) -> bool {
    'alternatives: for alternative in alternatives {
        for scheme in alternative.iter() {
            let ::std::option::Option::Some(credential) = credential(parts, scheme.source()) else {
                continue 'alternatives;
            };
            if !security.check(*scheme, credential).await {
                continue 'alternatives;
            }
        }
        return true;
    }
    false
}

/// The refusal of a request that satisfies none of its operation's alternatives.
fn unauthorized() -> RequestError {
    RequestError::new(
        ::axum::http::StatusCode::UNAUTHORIZED,
        "missing or invalid credentials",
        ::std::option::Option::None,
    )
}

/// The credential at `source`, when the request carries one there.
fn credential(
    parts: &::axum::http::request::Parts,
    source: Source,
) -> ::std::option::Option<Credential<'_>> {
    let authorization = |scheme: &str| {
        let value = parts
            .headers
            .get(::axum::http::header::AUTHORIZATION)?
            .to_str()
            .ok()?;
        let (name, rest) = value.split_once(' ')?;
        // The scheme's name is case-insensitive (RFC 9110, section 11.1).
        name.eq_ignore_ascii_case(scheme)
            .then(|| rest.trim())
            .filter(|rest| !rest.is_empty())
    };
    match source {
        Source::Bearer => authorization("bearer").map(Credential::Bearer),
        Source::Basic => {
            let decoded = decode_base64(authorization("basic")?)?;
            let text = ::std::string::String::from_utf8(decoded).ok()?;
            let (user, password) = text.split_once(':')?;
            ::std::option::Option::Some(Credential::Basic {
                user: user.to_owned(),
                password: password.to_owned(),
            })
        }
        Source::Header(name) => parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.is_empty())
            .map(Credential::ApiKey),
        Source::Query(name) => parts
            .uri
            .query()
            .unwrap_or_default()
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
            .filter(|v| !v.is_empty())
            .map(Credential::ApiKey),
        Source::Cookie(name) => parts
            .headers
            .get_all(::axum::http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
            .filter(|v| !v.is_empty())
            .map(Credential::ApiKey),
        Source::Other => ::std::option::Option::Some(Credential::Headers(&parts.headers)),
    }
}

/// Standard base64 with or without padding, as clients send `Authorization: Basic`; `None` for
/// anything else. Written here so the crate needs no base64 dependency for it.
fn decode_base64(text: &str) -> ::std::option::Option<::std::vec::Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = ::std::vec::Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0u32;
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return ::std::option::Option::None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    // Six bits alone cannot end a whole byte: the text was cut.
    (bits < 6).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(uri: &str, headers: &[(&str, &str)]) -> ::axum::http::request::Parts {
        let mut request = ::axum::http::Request::builder().uri(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.body(()).expect("a valid request").into_parts().0
    }

    #[test]
    fn base64_decodes_with_and_without_padding_and_refuses_other_text() {
        assert_eq!(
            decode_base64("dXNlcjpwdw==").as_deref(),
            Some(&b"user:pw"[..])
        );
        assert_eq!(
            decode_base64("dXNlcjpwdw").as_deref(),
            Some(&b"user:pw"[..])
        );
        assert_eq!(decode_base64("").as_deref(), Some(&b""[..]));
        assert_eq!(decode_base64("dXNl*jpw"), None);
        assert_eq!(decode_base64("dXNlc"), None);
    }

    #[test]
    fn each_source_reads_its_credential_and_nothing_else() {
        let p = parts(
            "/x?api_key=q1&other=2",
            &[
                ("authorization", "bearer tok"),
                ("x-key", "h1"),
                ("cookie", "a=1; session=c1"),
            ],
        );
        assert_eq!(
            credential(&p, Source::Bearer),
            Some(Credential::Bearer("tok"))
        );
        assert_eq!(credential(&p, Source::Basic), None);
        assert_eq!(
            credential(&p, Source::Header("x-key")),
            Some(Credential::ApiKey("h1"))
        );
        assert_eq!(credential(&p, Source::Header("x-other")), None);
        assert_eq!(
            credential(&p, Source::Query("api_key")),
            Some(Credential::ApiKey("q1"))
        );
        assert_eq!(credential(&p, Source::Query("api")), None);
        assert_eq!(
            credential(&p, Source::Cookie("session")),
            Some(Credential::ApiKey("c1"))
        );
        assert_eq!(credential(&p, Source::Cookie("sess")), None);
        assert!(matches!(
            credential(&p, Source::Other),
            Some(Credential::Headers(_))
        ));

        let basic = parts("/", &[("authorization", "Basic dXNlcjpwOnc=")]);
        assert_eq!(
            credential(&basic, Source::Basic),
            Some(Credential::Basic {
                user: "user".into(),
                password: "p:w".into()
            })
        );
        assert_eq!(credential(&basic, Source::Bearer), None);
        let empty = parts("/", &[("authorization", "Bearer ")]);
        assert_eq!(credential(&empty, Source::Bearer), None);
    }

    /// Accepts the bearer token `good`, the user `ada` with password `pw`, and the key `k`.
    struct Keys;

    impl Security for Keys {
        async fn check(&self, _scheme: Scheme, credential: Credential<'_>) -> bool {
            match credential {
                Credential::Bearer(token) => token == "good",
                Credential::Basic { user, password } => user == "ada" && password == "pw",
                Credential::ApiKey(key) => key == "k",
                Credential::Headers(_) => false,
            }
        }
    }

    // The test harness's `Scheme` stands in for the generated one: `Bearer`, `Basic` and `Key`
    // (a header `x-key`).
    #[tokio::test]
    async fn one_alternative_whose_schemes_all_pass_is_enough() {
        let both: &[&[Scheme]] = &[&[Scheme::Bearer, Scheme::Key]];
        let either: &[&[Scheme]] = &[&[Scheme::Bearer], &[Scheme::Key]];
        let good_token = parts("/", &[("authorization", "Bearer good")]);
        let good_both = parts("/", &[("authorization", "Bearer good"), ("x-key", "k")]);
        let bad_token = parts("/", &[("authorization", "Bearer bad"), ("x-key", "k")]);
        assert!(!authorize(&Keys, &good_token, both).await);
        assert!(authorize(&Keys, &good_both, both).await);
        assert!(authorize(&Keys, &good_token, either).await);
        assert!(authorize(&Keys, &bad_token, either).await);
        assert!(!authorize(&Keys, &parts("/", &[]), either).await);
        assert!(authorize(&Keys, &parts("/", &[]), &[&[Scheme::Key], &[]]).await);
        assert!(!authorize(&Keys, &parts("/", &[]), &[]).await);
        let basic = parts("/", &[("authorization", "basic YWRhOnB3")]);
        assert!(authorize(&Keys, &basic, &[&[Scheme::Basic]]).await);
    }

    #[test]
    fn the_refusal_is_a_401() {
        assert_eq!(
            unauthorized().status,
            ::axum::http::StatusCode::UNAUTHORIZED
        );
    }
}
