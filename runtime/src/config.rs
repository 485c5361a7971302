//! The gateway's configuration, with defaults that run a useful server with no file at all. Each
//! key may come from a TOML file, a `GATEWAY_…` environment variable or a command-line flag, the
//! later winning. A key `jobs.lease_secs` is the variable `GATEWAY_JOBS__LEASE_SECS` (see
//! [`env_var`]) and the flag `--set jobs.lease_secs=…` (see [`Flags`]); `providers`,
//! `principals` and `webhooks`, lists of tables, are read from the file only.

mod fields;
mod layers;

use std::net::SocketAddr;
use std::path::Path;

use serde::Deserialize;

use crate::auth::PrincipalConfig;
use crate::executor::{ProviderConfig, RetryPolicy};
use crate::webhooks::{DeliveryConfig, EndpointConfig};

pub use layers::{env_var, settable_keys, Flags, ENV_PREFIX};

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
pub const DEFAULT_STORE: &str = "sqlite://./data/jobs.sqlite3";

/// Everything the file may say; every field has a default.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address to serve on.
    pub listen: SocketAddr,
    /// Where jobs are kept: `sqlite://<path>`, or `postgres://user@host:port/database` for
    /// several replicas sharing one queue.
    pub store: String,
    /// Serve without credentials on a non-loopback address. Off by default: with no principals
    /// configured the gateway is open, which is only safe where no one else can reach it.
    pub allow_open_non_loopback: bool,
    pub jobs: JobsConfig,
    pub limits: LimitsConfig,
    pub retry: RetryPolicy,
    /// Providers besides the built-in `echo`.
    pub providers: Vec<ProviderConfig>,
    /// Provider for a `model` without a `provider/` prefix.
    pub default_provider: Option<String>,
    /// Callers and their credentials; none means open (loopback only, unless allowed).
    pub principals: Vec<PrincipalConfig>,
    /// Receivers a submit may ask to be told of its job's outcome (`x-bf-async-webhook`).
    pub webhooks: Vec<EndpointConfig>,
    /// How webhook deliveries are made. (Not `[webhooks]`: that name is the list above.)
    pub webhook_delivery: DeliveryConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: DEFAULT_LISTEN
                .parse()
                .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 8080))),
            store: DEFAULT_STORE.into(),
            allow_open_non_loopback: false,
            jobs: JobsConfig::default(),
            limits: LimitsConfig::default(),
            retry: RetryPolicy::default(),
            providers: Vec::new(),
            default_provider: None,
            principals: Vec::new(),
            webhooks: Vec::new(),
            webhook_delivery: DeliveryConfig::default(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JobsConfig {
    /// Result TTL when the client sends no `x-bf-async-job-result-ttl`.
    pub default_ttl_secs: u64,
    /// Largest TTL a client may ask for (7 days).
    pub max_ttl_secs: u64,
    /// Jobs run at once by this process.
    pub workers: usize,
    /// A claim lapses this long after the last heartbeat; then another worker may take the job.
    pub lease_secs: u64,
    /// Runs of one job in all, whatever ended them (a worker that died, a retryable upstream
    /// failure); past it the job fails. Retries of upstream failures are bounded by the smaller
    /// of this and `retry.max_attempts`.
    pub max_attempts: u32,
    /// One upstream request may take this long.
    pub attempt_timeout_secs: u64,
    /// A whole job (all retries and fallbacks) may take this long.
    pub execution_timeout_secs: u64,
    pub reap_interval_secs: u64,
    /// At shutdown, running jobs get this long to finish before they are put back in the queue.
    pub shutdown_grace_secs: u64,
    /// The longest `Prefer: wait=N` honoured; a longer one is cut to this.
    pub max_wait_secs: u64,
    /// Callers waiting for a job at once; past it a wait answers at once (never an error).
    pub max_waiters: usize,
    /// How long an `Idempotency-Key` keeps answering with its job, from the job's creation.
    pub idempotency_ttl_secs: u64,
}

impl Default for JobsConfig {
    fn default() -> Self {
        JobsConfig {
            default_ttl_secs: 3600,
            max_ttl_secs: 7 * 24 * 3600,
            workers: 64,
            lease_secs: 30,
            max_attempts: 5,
            attempt_timeout_secs: 120,
            execution_timeout_secs: 600,
            reap_interval_secs: 60,
            shutdown_grace_secs: 30,
            max_wait_secs: 60,
            max_waiters: crate::events::DEFAULT_MAX_WAITERS,
            idempotency_ttl_secs: 86_400,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    pub json_body_bytes: usize,
    pub multipart_body_bytes: usize,
    /// The largest answer kept from a provider; a larger one fails the attempt with 502.
    pub upstream_answer_bytes: usize,
    /// The bytes of submit bodies held at once (received, not yet stored); a submit past it is
    /// refused with 503 and `Retry-After`, so a burst of uploads cannot exhaust memory.
    pub max_inflight_body_bytes: usize,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            json_body_bytes: 10 * 1024 * 1024,
            multipart_body_bytes: 50 * 1024 * 1024,
            upstream_answer_bytes: crate::executor::DEFAULT_MAX_ANSWER_BYTES,
            max_inflight_body_bytes: crate::http::DEFAULT_MAX_INFLIGHT_BODY_BYTES,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the config file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the config file {path} is not valid: {message}")]
    Parse { path: String, message: String },
    /// A value of the wrong type, or a key that does not exist, with where it was set.
    #[error("invalid configuration: {0}")]
    Value(String),
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

impl Config {
    /// The defaults, then `file` if given, then the `GATEWAY_…` environment variables, then
    /// `flags`: what the server runs with.
    pub fn load(file: Option<&Path>, flags: &Flags) -> Result<Config, ConfigError> {
        layers::load(file, true, flags)
    }

    /// Reads a config file alone, without the environment; every absent field keeps its default.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        layers::load(Some(path), false, &Flags::new())
    }

    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: "(text)".into(),
            message: e.to_string(),
        })?;
        config.check()?;
        Ok(config)
    }

    /// Rules no type can express.
    pub fn check(&self) -> Result<(), ConfigError> {
        let j = &self.jobs;
        let bad = |m: &str| Err(ConfigError::Invalid(m.to_owned()));
        if j.default_ttl_secs == 0 || j.default_ttl_secs > j.max_ttl_secs {
            return bad("jobs.default_ttl_secs must be at least 1 and at most jobs.max_ttl_secs");
        }
        if j.workers == 0 {
            return bad("jobs.workers must be at least 1");
        }
        if j.lease_secs < 3 {
            return bad("jobs.lease_secs must be at least 3 (heartbeats come every third of it)");
        }
        if j.max_attempts == 0 {
            return bad("jobs.max_attempts must be at least 1");
        }
        if j.attempt_timeout_secs == 0 || j.execution_timeout_secs == 0 || j.reap_interval_secs == 0
        {
            return bad("jobs.*_timeout_secs and jobs.reap_interval_secs must be at least 1");
        }
        let l = &self.limits;
        if l.json_body_bytes == 0
            || l.multipart_body_bytes == 0
            || l.upstream_answer_bytes == 0
            || l.max_inflight_body_bytes == 0
        {
            return bad("limits.* must be at least 1 byte");
        }
        self.webhook_delivery
            .check()
            .map_err(ConfigError::Invalid)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_file_means_defaults() {
        let c = Config::from_toml("").unwrap();
        assert_eq!(c.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(c.store, DEFAULT_STORE);
        assert_eq!(c.jobs.default_ttl_secs, 3600);
        assert_eq!(c.jobs.max_ttl_secs, 604_800);
        assert_eq!(c.jobs.max_wait_secs, 60);
        assert_eq!(c.jobs.max_waiters, 10_000);
        assert_eq!(c.jobs.idempotency_ttl_secs, 86_400);
        assert_eq!(c.limits.json_body_bytes, 10 * 1024 * 1024);
        assert!(c.principals.is_empty());
    }

    #[test]
    fn a_full_file_is_read() {
        let c = Config::from_toml(
            r#"
            listen = "0.0.0.0:9000"
            store = "sqlite:///var/lib/gateway/jobs.sqlite3"
            default_provider = "openai"
            [jobs]
            workers = 8
            [[providers]]
            name = "openai"
            base_url = "https://api.openai.com/v1"
            [[principals]]
            name = "alice"
            bearer_tokens = ["t"]
            "#,
        )
        .unwrap();
        assert_eq!(c.listen.port(), 9000);
        assert_eq!(c.jobs.workers, 8);
        assert_eq!(c.jobs.lease_secs, 30, "unset fields keep defaults");
        assert_eq!(c.providers[0].name, "openai");
        assert_eq!(c.principals[0].name, "alice");
    }

    #[test]
    fn mistakes_are_named() {
        let e = Config::from_toml("listn = \"x\"").unwrap_err().to_string();
        assert!(e.contains("listn"), "{e}");
        let e = Config::from_toml("[jobs]\nworkers = 0")
            .unwrap_err()
            .to_string();
        assert!(e.contains("jobs.workers"), "{e}");
        let e = Config::from_toml("[jobs]\ndefault_ttl_secs = 10\nmax_ttl_secs = 5")
            .unwrap_err()
            .to_string();
        assert!(e.contains("default_ttl_secs"), "{e}");
    }
}

#[cfg(test)]
mod example {
    use super::*;

    /// The documented example must stay a valid configuration.
    #[test]
    fn the_example_file_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/gateway.example.toml");
        let c = Config::from_file(&path).unwrap();
        let defaults = Config::default();
        assert_eq!(c.listen, defaults.listen);
        assert_eq!(c.jobs.max_ttl_secs, defaults.jobs.max_ttl_secs);
        assert_eq!(c.jobs.max_wait_secs, defaults.jobs.max_wait_secs);
        assert_eq!(c.jobs.max_waiters, defaults.jobs.max_waiters);
        assert_eq!(
            c.jobs.idempotency_ttl_secs,
            defaults.jobs.idempotency_ttl_secs
        );
        assert_eq!(
            c.limits.multipart_body_bytes,
            defaults.limits.multipart_body_bytes
        );
        assert_eq!(c.providers.len(), 1);
        crate::auth::Authenticator::new(&c.principals).unwrap();
    }
}
