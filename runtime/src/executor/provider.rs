//! Providers from the config file, checked once, and which one a request goes to.

use std::collections::{HashMap, HashSet};
use std::fmt;

use reqwest::header::HeaderValue;
use reqwest::Url;
use serde::Deserialize;

/// The built-in provider that answers without a network.
pub const ECHO: &str = "echo";

/// One provider from the config file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// The prefix in `provider/model`, e.g. `openai`. `echo` is built in and may not be redefined.
    pub name: String,
    /// E.g. `https://api.openai.com/v1`; the job kind's upstream path is appended.
    pub base_url: String,
    /// The environment variable holding the key, sent as `Authorization: Bearer <key>`.
    #[serde(default)]
    pub api_key_env: Option<String>,
    /// When set, only these models are accepted.
    #[serde(default)]
    pub models: Option<Vec<String>>,
    /// How many of this provider's jobs may run at once (enforced by the workers).
    #[serde(default)]
    pub max_concurrency: Option<usize>,
}

/// Why the executor's configuration was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("a provider has an empty name")]
    EmptyName,
    #[error("provider name `{0}` must not contain `/` (it is the prefix of `provider/model`)")]
    NameWithSlash(String),
    #[error("provider `echo` is built in and cannot be redefined")]
    EchoRedefined,
    #[error("provider `{0}` is defined more than once")]
    Duplicate(String),
    #[error("provider `{provider}`: base_url `{url}` is not usable: {reason}")]
    BadBaseUrl {
        provider: String,
        url: String,
        reason: String,
    },
    #[error(
        "provider `{provider}`: api_key_env names the environment variable `{var}`, which is not set or empty"
    )]
    MissingKey { provider: String, var: String },
    #[error(
        "provider `{provider}`: the value of environment variable `{var}` cannot be sent in an HTTP header"
    )]
    BadKey { provider: String, var: String },
    #[error("provider `{0}`: `models`, when given, must list at least one model")]
    EmptyModels(String),
    #[error("provider `{0}`: max_concurrency must be at least 1")]
    ZeroConcurrency(String),
    #[error("default_provider `{name}` is not a provider; known providers: {known}")]
    UnknownDefault { name: String, known: String },
    #[error("retry.max_attempts must be at least 1")]
    ZeroAttempts,
    #[error("attempt_timeout and execution_timeout must be greater than zero")]
    ZeroTimeout,
    #[error("cannot build the HTTP client: {0}")]
    HttpClient(String),
}

/// Where a request goes: the provider's name and the model as that provider knows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Route {
    pub provider: String,
    pub model: String,
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.provider, self.model)
    }
}

/// Why a request cannot be routed; the message names the field at fault and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RouteError {
    #[error("the request body is not a JSON object: {0}")]
    NotJson(String),
    #[error("this operation takes a {expected} body")]
    WrongBodyFormat { expected: &'static str },
    #[error("`model` is required, written as `provider/model`; known providers: {known}")]
    MissingModel { known: String },
    #[error("`{field}` must be a string written as `provider/model`")]
    NotAString { field: String },
    #[error("`{field}`: unknown provider `{provider}` in `{value}`; known providers: {known}")]
    UnknownProvider {
        field: String,
        value: String,
        provider: String,
        known: String,
    },
    #[error(
        "`{field}`: `{value}` names no provider and no default provider is configured; write it as `provider/model` (known providers: {known})"
    )]
    NoDefaultProvider {
        field: String,
        value: String,
        known: String,
    },
    #[error("`{field}`: the model name in `{value}` is empty")]
    EmptyModel { field: String, value: String },
    #[error(
        "`{field}`: model `{model}` is not offered by provider `{provider}`; allowed: {allowed}"
    )]
    ModelNotAllowed {
        field: String,
        provider: String,
        model: String,
        allowed: String,
    },
    #[error(
        "`fallbacks` must be a list of `provider/model` strings or {{\"provider\", \"model\"}} objects"
    )]
    BadFallbacks,
}

impl RouteError {
    /// The request field the error is about, for the `param` of an error body.
    pub fn param(&self) -> Option<&'static str> {
        let field = match self {
            RouteError::NotJson(_) | RouteError::WrongBodyFormat { .. } => return None,
            RouteError::MissingModel { .. } => return Some("model"),
            RouteError::BadFallbacks => return Some("fallbacks"),
            RouteError::NotAString { field }
            | RouteError::UnknownProvider { field, .. }
            | RouteError::NoDefaultProvider { field, .. }
            | RouteError::EmptyModel { field, .. }
            | RouteError::ModelNotAllowed { field, .. } => field,
        };
        Some(if field.starts_with("fallbacks") {
            "fallbacks"
        } else {
            "model"
        })
    }
}

/// How the request named a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TargetSpec {
    /// `provider/model`, or a bare model for the default provider.
    Joined(String),
    /// `{"provider": …, "model": …}` (the `Fallback` object of the image operations).
    Split { provider: String, model: String },
}

/// A provider reached over HTTP, as checked at start.
pub(crate) struct HttpProvider {
    pub name: String,
    /// The base URL without a trailing `/`.
    pub base_url: String,
    /// `Bearer <key>`, marked sensitive so it never shows in `Debug`.
    pub authorization: Option<HeaderValue>,
}

impl fmt::Debug for HttpProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpProvider")
            .field("name", &self.name)
            .field("base_url", &self.base_url)
            .field("has_key", &self.authorization.is_some())
            .finish()
    }
}

#[derive(Debug)]
pub(crate) struct ProviderEntry {
    /// `None` for `echo`.
    pub http: Option<HttpProvider>,
    pub models: Option<HashSet<String>>,
    /// The configured list, in order, for error messages.
    pub models_listed: Option<Vec<String>>,
    pub max_concurrency: Option<usize>,
}

/// All providers, `echo` included.
#[derive(Debug)]
pub(crate) struct Providers {
    entries: HashMap<String, ProviderEntry>,
    /// Names in config order, `echo` last, for messages.
    order: Vec<String>,
    default: Option<String>,
}

impl Providers {
    /// Checks the config; `env` looks up environment variables.
    pub fn new(
        configs: &[ProviderConfig],
        default: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Providers, ConfigError> {
        let mut entries = HashMap::new();
        let mut order = Vec::new();
        for config in configs {
            let name = config.name.trim();
            if name.is_empty() {
                return Err(ConfigError::EmptyName);
            }
            if name.contains('/') {
                return Err(ConfigError::NameWithSlash(name.to_owned()));
            }
            if name == ECHO {
                return Err(ConfigError::EchoRedefined);
            }
            if entries.contains_key(name) {
                return Err(ConfigError::Duplicate(name.to_owned()));
            }
            let base_url = check_base_url(name, &config.base_url)?;
            let authorization = match &config.api_key_env {
                None => None,
                Some(var) => {
                    let key = env(var).filter(|k| !k.trim().is_empty()).ok_or_else(|| {
                        ConfigError::MissingKey {
                            provider: name.to_owned(),
                            var: var.clone(),
                        }
                    })?;
                    let mut value = HeaderValue::try_from(format!("Bearer {}", key.trim()))
                        .map_err(|_| ConfigError::BadKey {
                            provider: name.to_owned(),
                            var: var.clone(),
                        })?;
                    value.set_sensitive(true);
                    Some(value)
                }
            };
            if config.models.as_ref().is_some_and(Vec::is_empty) {
                return Err(ConfigError::EmptyModels(name.to_owned()));
            }
            if config.max_concurrency == Some(0) {
                return Err(ConfigError::ZeroConcurrency(name.to_owned()));
            }
            entries.insert(
                name.to_owned(),
                ProviderEntry {
                    http: Some(HttpProvider {
                        name: name.to_owned(),
                        base_url,
                        authorization,
                    }),
                    models: config.models.as_ref().map(|m| m.iter().cloned().collect()),
                    models_listed: config.models.clone(),
                    max_concurrency: config.max_concurrency,
                },
            );
            order.push(name.to_owned());
        }
        entries.insert(
            ECHO.to_owned(),
            ProviderEntry {
                http: None,
                models: None,
                models_listed: None,
                max_concurrency: None,
            },
        );
        order.push(ECHO.to_owned());
        let providers = Providers {
            entries,
            order,
            default: None,
        };
        let default = match default.map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(d) if providers.entries.contains_key(d) => Some(d.to_owned()),
            Some(d) => {
                return Err(ConfigError::UnknownDefault {
                    name: d.to_owned(),
                    known: providers.known(),
                })
            }
        };
        Ok(Providers {
            default,
            ..providers
        })
    }

    pub fn get(&self, name: &str) -> Option<&ProviderEntry> {
        self.entries.get(name)
    }

    /// The provider names, for messages.
    pub fn known(&self) -> String {
        self.order
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn limits(&self) -> Vec<(String, usize)> {
        self.order
            .iter()
            .filter_map(|n| Some((n.clone(), self.entries.get(n)?.max_concurrency?)))
            .collect()
    }

    /// Resolves one target named in field `field` of the request.
    pub fn resolve(&self, field: &str, spec: &TargetSpec) -> Result<Route, RouteError> {
        let (provider, model, value) = match spec {
            // A prefix that is not a provider is part of the model name (`meta-llama/Llama-3`):
            // with a default provider, the whole string goes there.
            TargetSpec::Joined(value) => match value.split_once('/') {
                Some((provider, model))
                    if self.entries.contains_key(provider) || self.default.is_none() =>
                {
                    (provider, model, value.clone())
                }
                _ => match &self.default {
                    Some(default) => (default.as_str(), value.as_str(), value.clone()),
                    None => {
                        return Err(RouteError::NoDefaultProvider {
                            field: field.to_owned(),
                            value: value.clone(),
                            known: self.known(),
                        })
                    }
                },
            },
            TargetSpec::Split { provider, model } => match &self.default {
                Some(default) if !self.entries.contains_key(provider.as_str()) => (
                    default.as_str(),
                    model.as_str(),
                    format!("{provider}/{model}"),
                ),
                _ => (
                    provider.as_str(),
                    model.as_str(),
                    format!("{provider}/{model}"),
                ),
            },
        };
        let Some(entry) = self.entries.get(provider) else {
            return Err(RouteError::UnknownProvider {
                field: field.to_owned(),
                value,
                provider: provider.to_owned(),
                known: self.known(),
            });
        };
        // `openai/` names a provider and forgets the model; a bare empty model for the default
        // provider is the provider's to judge.
        let defaulted = self.default.as_deref() == Some(provider)
            && !value.starts_with(&format!("{provider}/"));
        if model.trim().is_empty() && !defaulted {
            return Err(RouteError::EmptyModel {
                field: field.to_owned(),
                value,
            });
        }
        if let (Some(allowed), Some(listed)) = (&entry.models, &entry.models_listed) {
            if !allowed.contains(model) {
                return Err(RouteError::ModelNotAllowed {
                    field: field.to_owned(),
                    provider: provider.to_owned(),
                    model: model.to_owned(),
                    allowed: listed
                        .iter()
                        .map(|m| format!("`{provider}/{m}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            }
        }
        Ok(Route {
            provider: provider.to_owned(),
            model: model.to_owned(),
        })
    }
}

/// An http(s) URL without credentials, query or fragment, returned without its trailing `/`.
fn check_base_url(provider: &str, raw: &str) -> Result<String, ConfigError> {
    let bad = |reason: &str| ConfigError::BadBaseUrl {
        provider: provider.to_owned(),
        url: raw.to_owned(),
        reason: reason.to_owned(),
    };
    let url = Url::parse(raw.trim()).map_err(|e| bad(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("the scheme must be http or https"));
    }
    if url.host_str().is_none() {
        return Err(bad("it has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(
            "it must not carry credentials; name the key with api_key_env",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("it must not have a query or fragment"));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(name: &str, url: &str) -> ProviderConfig {
        ProviderConfig {
            name: name.into(),
            base_url: url.into(),
            api_key_env: None,
            models: None,
            max_concurrency: None,
        }
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn base_urls_are_checked_and_trimmed() {
        let p = Providers::new(&[config("a", "http://h:1/v1/")], None, no_env).unwrap();
        assert_eq!(
            p.get("a").unwrap().http.as_ref().unwrap().base_url,
            "http://h:1/v1"
        );
        for url in [
            "ftp://h/v1",
            "not a url",
            "http://u:p@h/v1",
            "http://h/v1?k=1",
        ] {
            let err = Providers::new(&[config("a", url)], None, no_env).unwrap_err();
            assert!(
                matches!(err, ConfigError::BadBaseUrl { .. }),
                "{url}: {err}"
            );
        }
    }

    #[test]
    fn names_and_defaults_are_checked() {
        let a = config("a", "http://h/v1");
        assert!(matches!(
            Providers::new(&[a.clone(), a.clone()], None, no_env),
            Err(ConfigError::Duplicate(_))
        ));
        assert!(matches!(
            Providers::new(&[config("echo", "http://h")], None, no_env),
            Err(ConfigError::EchoRedefined)
        ));
        assert!(matches!(
            Providers::new(&[config("a/b", "http://h")], None, no_env),
            Err(ConfigError::NameWithSlash(_))
        ));
        let err = Providers::new(std::slice::from_ref(&a), Some("b"), no_env).unwrap_err();
        assert!(err.to_string().contains("`b`"));
        assert!(Providers::new(&[a], Some("echo"), no_env).is_ok());
    }

    #[test]
    fn keys_come_from_the_environment() {
        let mut a = config("a", "http://h/v1");
        a.api_key_env = Some("A_KEY".into());
        let err = Providers::new(std::slice::from_ref(&a), None, no_env).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("`a`") && text.contains("`A_KEY`"), "{text}");
        let p = Providers::new(&[a], None, |v| (v == "A_KEY").then(|| "sk-1".into())).unwrap();
        let auth = p.get("a").unwrap().http.as_ref().unwrap();
        assert_eq!(auth.authorization.as_ref().unwrap(), "Bearer sk-1");
        assert!(!format!("{auth:?}").contains("sk-1"));
    }
}
