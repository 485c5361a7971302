//! The configured receivers, checked at start: a URL the gateway may call, the secrets it
//! signs with, the events and principals it serves. A submit naming an endpoint is checked
//! here before anything is stored.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;

use super::address::{self, GuardedResolver, HostLookup, SystemLookup};
use super::config::{EndpointConfig, EVENTS};
use crate::http::ApiError;

/// The header a submit names its endpoint in.
pub const WEBHOOK_HEADER: &str = "x-bf-async-webhook";
/// The longest endpoint name, in bytes.
pub const MAX_NAME_BYTES: usize = 64;
/// The longest `timeout_secs` of an endpoint.
pub const MAX_TIMEOUT_SECS: u64 = 300;
/// The shortest secret, in bytes once decoded (Standard Webhooks suggests 24 to 64).
const MIN_SECRET_BYTES: usize = 16;

/// A URL as logs may show it: scheme, host and port, without path, query or credentials,
/// which may hold tokens.
pub fn redacted_url(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(u) => format!(
            "{}://{}{}/…",
            u.scheme(),
            u.host_str().unwrap_or(""),
            u.port().map(|p| format!(":{p}")).unwrap_or_default()
        ),
        Err(_) => "(not a URL)".into(),
    }
}

/// Whether `name` could be an endpoint's name: 1 to 64 of `A-Z a-z 0-9 . _ -`.
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_NAME_BYTES
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// One signing secret; never shown.
pub(super) struct Secret(pub(super) standardwebhooks::Webhook);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A receiver, ready to send to.
pub struct Endpoint {
    pub name: String,
    pub(super) url: reqwest::Url,
    pub(super) secrets: Vec<Secret>,
    events: Vec<&'static str>,
    /// `None`: every principal may name it.
    principals: Option<HashSet<String>>,
    pub(super) allow_private_network: bool,
    pub(super) timeout: Duration,
    pub(super) client: reqwest::Client,
}

impl std::fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Endpoint")
            .field("name", &self.name)
            .field("url", &self.shown_url())
            .field("secrets", &self.secrets.len())
            .field("events", &self.events)
            .field("principals", &self.principals)
            .field("allow_private_network", &self.allow_private_network)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Endpoint {
    /// Whether deliveries of `event` go to this endpoint.
    pub fn wants(&self, event: &str) -> bool {
        self.events.contains(&event)
    }

    /// Whether `principal` may name this endpoint.
    pub fn serves(&self, principal: &str) -> bool {
        self.principals
            .as_ref()
            .is_none_or(|names| names.contains(principal))
    }

    /// The URL as logs may show it.
    pub fn shown_url(&self) -> String {
        redacted_url(self.url.as_str())
    }
}

/// Every configured endpoint by name.
#[derive(Debug, Default)]
pub struct Endpoints {
    by_name: HashMap<String, Arc<Endpoint>>,
}

impl Endpoints {
    /// No endpoints: a submit naming one is refused.
    pub fn none() -> Self {
        Endpoints::default()
    }

    /// Checks the configuration and builds each endpoint, reading its secrets with `env`.
    /// Errors name the endpoint and the key, never a secret.
    pub fn from_config(
        configs: &[EndpointConfig],
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Endpoints, String> {
        Endpoints::from_config_with(configs, env, Arc::new(SystemLookup))
    }

    /// [`Endpoints::from_config`] resolving host names with `lookup` (tests resolve names
    /// without DNS this way).
    pub fn from_config_with(
        configs: &[EndpointConfig],
        env: impl Fn(&str) -> Option<String>,
        lookup: Arc<dyn HostLookup>,
    ) -> Result<Endpoints, String> {
        let mut by_name = HashMap::new();
        for config in configs {
            let endpoint = build(config, &env, lookup.clone())
                .map_err(|e| format!("webhooks: endpoint `{}`: {e}", config.name))?;
            if by_name
                .insert(config.name.clone(), Arc::new(endpoint))
                .is_some()
            {
                return Err(format!(
                    "webhooks: two endpoints are named `{}`; names must be unique",
                    config.name
                ));
            }
        }
        Ok(Endpoints { by_name })
    }

    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    pub fn get(&self, name: &str) -> Option<&Arc<Endpoint>> {
        self.by_name.get(name)
    }

    /// The longest attempt any endpoint allows, to size delivery leases.
    pub fn longest_timeout(&self) -> Duration {
        self.by_name
            .values()
            .map(|e| e.timeout)
            .max()
            .unwrap_or(Duration::from_secs(1))
    }

    /// Refuses a submit naming an endpoint that does not exist or that `principal` may not
    /// use. Both get the same answer, so a caller cannot learn which endpoints others have.
    pub fn check_submit(&self, name: &str, principal: &str) -> Result<(), ApiError> {
        match self.by_name.get(name) {
            Some(endpoint) if endpoint.serves(principal) => Ok(()),
            _ => Err(ApiError::bad_request(
                format!(
                    "`{WEBHOOK_HEADER}` names no webhook endpoint configured for you: `{name}`"
                ),
                Some(WEBHOOK_HEADER.into()),
            )),
        }
    }
}

fn build(
    config: &EndpointConfig,
    env: &impl Fn(&str) -> Option<String>,
    lookup: Arc<dyn HostLookup>,
) -> Result<Endpoint, String> {
    if !is_valid_name(&config.name) {
        return Err(format!(
            "`name` must be 1 to {MAX_NAME_BYTES} of the characters A-Z a-z 0-9 . _ -"
        ));
    }
    let url = reqwest::Url::parse(&config.url).map_err(|e| format!("`url` is not a URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "`url` must be http:// or https://, not {}://",
            url.scheme()
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("`url` must not hold credentials; the receiver checks the signature".into());
    }
    let host = url
        .host_str()
        .ok_or_else(|| "`url` has no host".to_owned())?
        .to_owned();
    if !config.allow_private_network {
        let literal = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .ok();
        let refused = match literal {
            Some(ip) => address::non_public(ip),
            None if address::is_loopback_name(&host) => Some("loopback"),
            None => None,
        };
        if let Some(why) = refused {
            return Err(format!(
                "`url` points at {host}, a {why} address; set allow_private_network = true \
                 to deliver there"
            ));
        }
    }
    let secrets = secrets(config, env)?;
    let events = match &config.events {
        None => EVENTS.to_vec(),
        Some(list) if list.is_empty() => {
            return Err("`events` is empty; leave it out to send every event".into())
        }
        Some(list) => list
            .iter()
            .map(|e| {
                EVENTS
                    .iter()
                    .copied()
                    .find(|known| known == e)
                    .ok_or_else(|| {
                        format!(
                            "`events`: unknown event `{e}` (known: {})",
                            EVENTS.join(", ")
                        )
                    })
            })
            .collect::<Result<_, _>>()?,
    };
    if config.timeout_secs == 0 || config.timeout_secs > MAX_TIMEOUT_SECS {
        return Err(format!(
            "`timeout_secs` must be between 1 and {MAX_TIMEOUT_SECS}"
        ));
    }
    let timeout = Duration::from_secs(config.timeout_secs);
    let client = reqwest::Client::builder()
        // A redirect would send the signed payload somewhere the config does not name.
        .redirect(reqwest::redirect::Policy::none())
        // A proxy would resolve the name itself, past the address check.
        .no_proxy()
        .connect_timeout(timeout)
        .timeout(timeout)
        .user_agent(concat!(
            "async-inference-gateway/",
            env!("CARGO_PKG_VERSION"),
            " webhooks"
        ))
        .dns_resolver(Arc::new(GuardedResolver {
            lookup,
            allow_private: config.allow_private_network,
        }))
        .build()
        .map_err(|e| format!("cannot build its HTTP client: {e}"))?;
    Ok(Endpoint {
        name: config.name.clone(),
        url,
        secrets,
        events,
        principals: config
            .principals
            .as_ref()
            .map(|names| names.iter().cloned().collect()),
        allow_private_network: config.allow_private_network,
        timeout,
        client,
    })
}

/// Reads every secret the endpoint names; at least one is required, as an unsigned delivery
/// cannot be told from a forged one.
fn secrets(
    config: &EndpointConfig,
    env: &impl Fn(&str) -> Option<String>,
) -> Result<Vec<Secret>, String> {
    let names: Vec<&String> = config
        .secret_env
        .iter()
        .chain(config.secret_envs.iter())
        .collect();
    if names.is_empty() {
        return Err(
            "name the environment variable of its signing secret in `secret_env` \
                    (or several in `secret_envs`)"
                .into(),
        );
    }
    names
        .into_iter()
        .map(|var| {
            let value = env(var)
                .filter(|v| !v.trim().is_empty())
                .ok_or_else(|| format!("the environment variable {var} (its secret) is not set"))?;
            let value = value.trim();
            let encoded = value.strip_prefix("whsec_").unwrap_or(value);
            let key = base64::engine::general_purpose::STANDARD
                .decode(encoded)
                .map_err(|_| format!("the secret in {var} is not `whsec_` followed by base64"))?;
            if key.len() < MIN_SECRET_BYTES {
                return Err(format!(
                    "the secret in {var} is {} bytes; use at least {MIN_SECRET_BYTES} random bytes",
                    key.len()
                ));
            }
            Ok(Secret(standardwebhooks::Webhook::from_bytes(key).map_err(
                |_| format!("the secret in {var} cannot be used"),
            )?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    fn config(url: &str) -> EndpointConfig {
        EndpointConfig {
            name: "results".into(),
            url: url.into(),
            secret_env: Some("HOOK_SECRET".into()),
            secret_envs: Vec::new(),
            events: None,
            principals: None,
            allow_private_network: false,
            timeout_secs: 15,
        }
    }

    fn env(var: &str) -> Option<String> {
        (var == "HOOK_SECRET").then(|| SECRET.to_owned())
    }

    fn error(config: EndpointConfig) -> String {
        Endpoints::from_config(&[config], env).unwrap_err()
    }

    #[test]
    fn a_public_endpoint_is_built() {
        let endpoints =
            Endpoints::from_config(&[config("https://hooks.example.com/in?token=x")], env).unwrap();
        let e = endpoints.get("results").unwrap();
        assert!(e.wants("async_job.cancelled"));
        assert!(e.serves("anyone"));
        assert_eq!(e.shown_url(), "https://hooks.example.com/…");
        assert!(!format!("{e:?}").contains("MfKQ"), "{e:?}");
        assert!(!format!("{e:?}").contains("token"), "{e:?}");
    }

    #[test]
    fn private_and_loopback_targets_are_refused_at_start() {
        for url in [
            "http://127.0.0.1:9000/hook",
            "http://localhost/hook",
            "http://10.0.0.8/hook",
            "http://[::1]:8080/hook",
            "http://169.254.169.254/latest",
        ] {
            let e = error(config(url));
            assert!(e.contains("allow_private_network"), "{url}: {e}");
        }
        let allowed = EndpointConfig {
            allow_private_network: true,
            ..config("http://127.0.0.1:9000/hook")
        };
        assert!(Endpoints::from_config(&[allowed], env).is_ok());
    }

    #[test]
    fn configuration_mistakes_are_named() {
        let e = error(EndpointConfig {
            secret_env: Some("MISSING".into()),
            ..config("https://h.example.com")
        });
        assert!(e.contains("MISSING") && e.contains("not set"), "{e}");
        let e = error(EndpointConfig {
            secret_env: None,
            ..config("https://h.example.com")
        });
        assert!(e.contains("secret_env"), "{e}");
        let e = error(EndpointConfig {
            events: Some(vec!["job.done".into()]),
            ..config("https://h.example.com")
        });
        assert!(e.contains("job.done"), "{e}");
        let e = error(config("ftp://h.example.com"));
        assert!(e.contains("http"), "{e}");
        let e = error(config("https://user:pw@h.example.com"));
        assert!(e.contains("credentials") && !e.contains("pw"), "{e}");
        let e = error(EndpointConfig {
            name: "has space".into(),
            ..config("https://h.example.com")
        });
        assert!(e.contains("name"), "{e}");
        let short = |var: &str| (var == "HOOK_SECRET").then(|| "whsec_c2hvcnQ=".to_owned());
        let e = Endpoints::from_config(&[config("https://h.example.com")], short).unwrap_err();
        assert!(e.contains("HOOK_SECRET") && !e.contains("c2hvcnQ"), "{e}");
        let twice = Endpoints::from_config(
            &[
                config("https://a.example.com"),
                config("https://b.example.com"),
            ],
            env,
        )
        .unwrap_err();
        assert!(twice.contains("unique"), "{twice}");
    }

    #[test]
    fn submits_may_name_only_endpoints_they_are_allowed() {
        let endpoints = Endpoints::from_config(
            &[EndpointConfig {
                principals: Some(vec!["alice".into()]),
                ..config("https://h.example.com")
            }],
            env,
        )
        .unwrap();
        assert!(endpoints.check_submit("results", "alice").is_ok());
        let other = endpoints.check_submit("results", "bob").unwrap_err();
        let unknown = endpoints.check_submit("nope", "alice").unwrap_err();
        assert_eq!(other.status, axum::http::StatusCode::BAD_REQUEST);
        assert_eq!(other.param.as_deref(), Some(WEBHOOK_HEADER));
        assert_eq!(unknown.param.as_deref(), Some(WEBHOOK_HEADER));
    }
}
