//! Who is calling: credentials from the configured principals, checked against an operation's
//! security alternatives.
//!
//! Secrets are never kept or compared in clear: tokens and keys are held as SHA-256 digests
//! (tagged with where they may be sent), so a lookup touches only digests and its timing says
//! nothing about the secret; passwords are Argon2 hashes. Nothing here logs a secret.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::http::{header, HeaderMap};
use base64::Engine as _;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::http::ApiError;

/// A way of sending a credential, as the spec's `securitySchemes` define it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// `Authorization: Basic <base64(user:password)>`.
    Basic,
    /// A key in the named header.
    ApiKeyHeader(&'static str),
}

/// The header the `virtual_keys` of a principal are sent in.
pub const VIRTUAL_KEY_HEADER: &str = "x-bf-vk";
/// The header the `api_keys` of a principal are sent in.
pub const API_KEY_HEADER: &str = "x-api-key";

/// One caller, as written in the config file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrincipalConfig {
    /// Jobs belong to this name; it appears in logs.
    pub name: String,
    #[serde(default)]
    pub bearer_tokens: Vec<String>,
    #[serde(default)]
    pub basic: Vec<BasicCredential>,
    /// Sent in `x-bf-vk`.
    #[serde(default)]
    pub virtual_keys: Vec<String>,
    /// Sent in `x-api-key`.
    #[serde(default)]
    pub api_keys: Vec<String>,
    /// Keys for any other API-key header, by header name.
    #[serde(default)]
    pub header_keys: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasicCredential {
    pub user: String,
    /// An Argon2 hash in PHC form (`$argon2id$…`), as `server hash-password` prints.
    pub password_hash: String,
}

/// The caller a request was authenticated as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal(Arc<str>);

impl Principal {
    pub fn name(&self) -> &str {
        &self.0
    }
}

/// The principal used when no credentials are configured.
pub const ANONYMOUS: &str = "anonymous";

#[derive(Debug, thiserror::Error)]
pub enum AuthConfigError {
    #[error("principal #{0} has an empty name")]
    EmptyName(usize),
    #[error("principal `{0}` is defined twice")]
    DuplicateName(String),
    #[error("principal `{0}` has no credentials")]
    NoCredentials(String),
    #[error("a {what} of principal `{principal}` is empty")]
    EmptySecret { principal: String, what: String },
    #[error("principal `{0}` uses a credential that another principal also uses")]
    SharedSecret(String),
    #[error("the password hash for user `{user}` of principal `{principal}` is not an Argon2 PHC string: {reason}")]
    BadHash {
        principal: String,
        user: String,
        reason: String,
    },
    #[error("basic user `{0}` is defined twice")]
    DuplicateUser(String),
}

type Digest32 = [u8; 32];

/// Verified Basic credentials are remembered (by digest) so Argon2 runs once per password, not
/// once per request; the cache is bounded and simply emptied when full.
const BASIC_CACHE_LIMIT: usize = 4096;

#[derive(Debug)]
pub struct Authenticator {
    open: bool,
    keys: HashMap<Digest32, Principal>,
    basic: HashMap<String, (String, Principal)>,
    verified_basic: Mutex<HashMap<Digest32, Principal>>,
}

fn digest(realm: &str, secret: &[u8]) -> Digest32 {
    let mut h = Sha256::new();
    h.update(realm.as_bytes());
    h.update([0u8]);
    h.update(secret);
    h.finalize().into()
}

fn realm_of(scheme: Scheme) -> String {
    match scheme {
        Scheme::Bearer => "bearer".into(),
        Scheme::Basic => "basic".into(),
        Scheme::ApiKeyHeader(name) => format!("header:{}", name.to_ascii_lowercase()),
    }
}

impl Authenticator {
    pub fn new(principals: &[PrincipalConfig]) -> Result<Self, AuthConfigError> {
        let mut keys = HashMap::new();
        let mut basic = HashMap::new();
        let mut names = std::collections::BTreeSet::new();
        for (i, p) in principals.iter().enumerate() {
            if p.name.trim().is_empty() {
                return Err(AuthConfigError::EmptyName(i + 1));
            }
            if !names.insert(p.name.clone()) {
                return Err(AuthConfigError::DuplicateName(p.name.clone()));
            }
            let principal = Principal(Arc::from(p.name.as_str()));
            let mut secrets: Vec<(String, &str, &str)> = Vec::new();
            secrets.extend(
                p.bearer_tokens
                    .iter()
                    .map(|t| (realm_of(Scheme::Bearer), "bearer token", t.as_str())),
            );
            secrets.extend(p.virtual_keys.iter().map(|t| {
                (
                    realm_of(Scheme::ApiKeyHeader(VIRTUAL_KEY_HEADER)),
                    "virtual key",
                    t.as_str(),
                )
            }));
            secrets.extend(p.api_keys.iter().map(|t| {
                (
                    realm_of(Scheme::ApiKeyHeader(API_KEY_HEADER)),
                    "API key",
                    t.as_str(),
                )
            }));
            for (header, values) in &p.header_keys {
                let realm = format!("header:{}", header.to_ascii_lowercase());
                secrets.extend(
                    values
                        .iter()
                        .map(|t| (realm.clone(), "header key", t.as_str())),
                );
            }
            if secrets.is_empty() && p.basic.is_empty() {
                return Err(AuthConfigError::NoCredentials(p.name.clone()));
            }
            for (realm, what, secret) in secrets {
                if secret.is_empty() {
                    return Err(AuthConfigError::EmptySecret {
                        principal: p.name.clone(),
                        what: what.into(),
                    });
                }
                if keys
                    .insert(digest(&realm, secret.as_bytes()), principal.clone())
                    .is_some()
                {
                    return Err(AuthConfigError::SharedSecret(p.name.clone()));
                }
            }
            for cred in &p.basic {
                PasswordHash::new(&cred.password_hash).map_err(|e| AuthConfigError::BadHash {
                    principal: p.name.clone(),
                    user: cred.user.clone(),
                    reason: e.to_string(),
                })?;
                if basic
                    .insert(
                        cred.user.clone(),
                        (cred.password_hash.clone(), principal.clone()),
                    )
                    .is_some()
                {
                    return Err(AuthConfigError::DuplicateUser(cred.user.clone()));
                }
            }
        }
        Ok(Authenticator {
            open: principals.is_empty(),
            keys,
            basic,
            verified_basic: Mutex::new(HashMap::new()),
        })
    }

    /// No principal is configured: every request is the anonymous principal.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// The principal for a request that satisfies any one of `alternatives` (each a set of
    /// schemes that must all hold, for the same principal).
    pub fn authenticate(
        &self,
        headers: &HeaderMap,
        alternatives: &[&[Scheme]],
    ) -> Result<Principal, ApiError> {
        if self.open || alternatives.is_empty() {
            return Ok(Principal(Arc::from(ANONYMOUS)));
        }
        let mut presented = false;
        for alternative in alternatives {
            let mut who: Option<Principal> = None;
            let mut satisfied = !alternative.is_empty();
            for scheme in *alternative {
                match self.check(headers, *scheme) {
                    Check::Absent => satisfied = false,
                    Check::Rejected => {
                        presented = true;
                        satisfied = false;
                    }
                    Check::Accepted(p) => {
                        presented = true;
                        if who.as_ref().is_some_and(|w| *w != p) {
                            satisfied = false;
                        }
                        who = Some(p);
                    }
                }
            }
            if let (true, Some(p)) = (satisfied, who) {
                return Ok(p);
            }
        }
        Err(if presented {
            ApiError::unauthorized("the credentials sent are not valid")
        } else {
            let ways: Vec<String> = alternatives
                .iter()
                .flat_map(|a| a.iter())
                .map(|s| match s {
                    Scheme::Bearer => "`Authorization: Bearer <token>`".to_owned(),
                    Scheme::Basic => "`Authorization: Basic <credentials>`".to_owned(),
                    Scheme::ApiKeyHeader(h) => format!("`{h}: <key>`"),
                })
                .collect();
            ApiError::unauthorized(format!(
                "credentials required: send one of {}",
                ways.join(", ")
            ))
        })
    }

    fn check(&self, headers: &HeaderMap, scheme: Scheme) -> Check {
        match scheme {
            Scheme::Bearer => match authorization(headers, "bearer") {
                Some(token) => self.lookup(scheme, token.as_bytes()),
                None => Check::Absent,
            },
            Scheme::Basic => match authorization(headers, "basic") {
                Some(encoded) => self.check_basic(encoded),
                None => Check::Absent,
            },
            Scheme::ApiKeyHeader(name) => match headers.get(name) {
                Some(value) => self.lookup(scheme, value.as_bytes()),
                None => Check::Absent,
            },
        }
    }

    fn lookup(&self, scheme: Scheme, secret: &[u8]) -> Check {
        match self.keys.get(&digest(&realm_of(scheme), secret)) {
            Some(p) => Check::Accepted(p.clone()),
            None => Check::Rejected,
        }
    }

    fn check_basic(&self, encoded: &str) -> Check {
        let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(encoded.trim()) else {
            return Check::Rejected;
        };
        let key = digest("basic", &decoded);
        if let Some(p) = self.cache().get(&key) {
            return Check::Accepted(p.clone());
        }
        let Ok(text) = std::str::from_utf8(&decoded) else {
            return Check::Rejected;
        };
        let Some((user, password)) = text.split_once(':') else {
            return Check::Rejected;
        };
        let Some((hash, principal)) = self.basic.get(user) else {
            return Check::Rejected;
        };
        let verified = PasswordHash::new(hash)
            .map(|h| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false);
        if !verified {
            return Check::Rejected;
        }
        let mut cache = self.cache();
        if cache.len() >= BASIC_CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key, principal.clone());
        Check::Accepted(principal.clone())
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, HashMap<Digest32, Principal>> {
        self.verified_basic
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }
}

enum Check {
    Absent,
    Rejected,
    Accepted(Principal),
}

/// The credentials of an `Authorization` header with the given scheme (case-insensitive).
fn authorization<'h>(headers: &'h HeaderMap, scheme: &str) -> Option<&'h str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (given, rest) = value.split_once(' ')?;
    given.eq_ignore_ascii_case(scheme).then(|| rest.trim())
}

/// An Argon2id hash of `password` in PHC form, for the config file.
pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    const ALL: &[&[Scheme]] = &[
        &[Scheme::Bearer],
        &[Scheme::Basic],
        &[Scheme::ApiKeyHeader(VIRTUAL_KEY_HEADER)],
        &[Scheme::ApiKeyHeader(API_KEY_HEADER)],
    ];

    fn auth() -> Authenticator {
        Authenticator::new(&[
            PrincipalConfig {
                name: "alice".into(),
                bearer_tokens: vec!["tok-a".into()],
                basic: vec![BasicCredential {
                    user: "alice".into(),
                    password_hash: hash_password("pw-a").unwrap(),
                }],
                virtual_keys: vec!["vk-a".into()],
                api_keys: vec!["key-a".into()],
                ..Default::default()
            },
            PrincipalConfig {
                name: "bob".into(),
                bearer_tokens: vec!["tok-b".into()],
                ..Default::default()
            },
        ])
        .unwrap()
    }

    fn with(name: &'static str, value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(name, HeaderValue::from_str(value).unwrap());
        h
    }

    fn who(a: &Authenticator, h: &HeaderMap) -> Result<String, u16> {
        a.authenticate(h, ALL)
            .map(|p| p.name().to_owned())
            .map_err(|e| e.status.as_u16())
    }

    #[test]
    fn every_scheme_names_its_principal() {
        let a = auth();
        let basic = base64::engine::general_purpose::STANDARD.encode("alice:pw-a");
        assert_eq!(
            who(&a, &with("authorization", "Bearer tok-a")),
            Ok("alice".into())
        );
        assert_eq!(
            who(&a, &with("authorization", "bearer tok-b")),
            Ok("bob".into())
        );
        assert_eq!(
            who(&a, &with("authorization", &format!("Basic {basic}"))),
            Ok("alice".into())
        );
        // The second time comes from the cache; same answer.
        assert_eq!(
            who(&a, &with("authorization", &format!("Basic {basic}"))),
            Ok("alice".into())
        );
        assert_eq!(who(&a, &with("x-bf-vk", "vk-a")), Ok("alice".into()));
        assert_eq!(who(&a, &with("x-api-key", "key-a")), Ok("alice".into()));
    }

    #[test]
    fn wrong_or_missing_credentials_are_401() {
        let a = auth();
        let wrong_pw = base64::engine::general_purpose::STANDARD.encode("alice:nope");
        assert_eq!(who(&a, &with("authorization", "Bearer nope")), Err(401));
        assert_eq!(
            who(&a, &with("authorization", &format!("Basic {wrong_pw}"))),
            Err(401)
        );
        assert_eq!(who(&a, &with("authorization", "Basic !!!")), Err(401));
        // A key is only good in the header it was issued for.
        assert_eq!(who(&a, &with("x-api-key", "vk-a")), Err(401));
        assert_eq!(who(&a, &with("authorization", "Bearer vk-a")), Err(401));
        let e = a.authenticate(&HeaderMap::new(), ALL).unwrap_err();
        assert_eq!(e.status.as_u16(), 401);
        assert!(e.message.contains("x-bf-vk"), "{}", e.message);
    }

    #[test]
    fn no_principals_means_open() {
        let a = Authenticator::new(&[]).unwrap();
        assert!(a.is_open());
        assert_eq!(who(&a, &HeaderMap::new()), Ok(ANONYMOUS.into()));
    }

    #[test]
    fn bad_configs_are_refused() {
        let shared = [
            PrincipalConfig {
                name: "a".into(),
                api_keys: vec!["k".into()],
                ..Default::default()
            },
            PrincipalConfig {
                name: "b".into(),
                api_keys: vec!["k".into()],
                ..Default::default()
            },
        ];
        assert!(matches!(
            Authenticator::new(&shared),
            Err(AuthConfigError::SharedSecret(_))
        ));
        let empty = [PrincipalConfig {
            name: "a".into(),
            ..Default::default()
        }];
        assert!(matches!(
            Authenticator::new(&empty),
            Err(AuthConfigError::NoCredentials(_))
        ));
        let bad_hash = [PrincipalConfig {
            name: "a".into(),
            basic: vec![BasicCredential {
                user: "u".into(),
                password_hash: "plain".into(),
            }],
            ..Default::default()
        }];
        assert!(matches!(
            Authenticator::new(&bad_hash),
            Err(AuthConfigError::BadHash { .. })
        ));
    }
}
