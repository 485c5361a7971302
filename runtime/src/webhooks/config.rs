//! What the configuration file says about webhooks: the endpoints (`[[webhooks]]`) and how
//! deliveries are made (`[webhook_delivery]`).

use serde::Deserialize;

/// The events a delivery can report, as the payload's `type` names them.
pub const EVENTS: [&str; 3] = [
    "async_job.completed",
    "async_job.failed",
    "async_job.cancelled",
];

/// One `[[webhooks]]` entry: a receiver the gateway may report outcomes to. Submits name it;
/// they never send a URL, so no caller can make the gateway call an address of its choosing.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndpointConfig {
    /// What a submit names in `x-bf-async-webhook`.
    pub name: String,
    /// Where deliveries are POSTed: `https://…`, or `http://…`.
    pub url: String,
    /// The environment variable holding the signing secret (`whsec_<base64>`).
    #[serde(default)]
    pub secret_env: Option<String>,
    /// Several variables: every delivery is signed with each secret (for rotation).
    #[serde(default)]
    pub secret_envs: Vec<String>,
    /// The events sent; the default is all of [`EVENTS`].
    #[serde(default)]
    pub events: Option<Vec<String>>,
    /// The principals that may name it; the default is everyone.
    #[serde(default)]
    pub principals: Option<Vec<String>>,
    /// Allow loopback, private and link-local targets (refused by default, at start and at
    /// each delivery, since they reach the gateway's own network).
    #[serde(default)]
    pub allow_private_network: bool,
    /// One attempt (connecting, sending, and the receiver's answer) may take this long.
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
}

fn default_timeout_secs() -> u64 {
    15
}

// The secrets are named by variable, never held here, but the URL may carry a token in its
// query: show only its scheme and host.
impl std::fmt::Debug for EndpointConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EndpointConfig")
            .field("name", &self.name)
            .field("url", &super::endpoints::redacted_url(&self.url))
            .field("secret_env", &self.secret_env)
            .field("secret_envs", &self.secret_envs)
            .field("events", &self.events)
            .field("principals", &self.principals)
            .field("allow_private_network", &self.allow_private_network)
            .field("timeout_secs", &self.timeout_secs)
            .finish()
    }
}

/// `[webhook_delivery]`: how deliveries are made, for every endpoint.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DeliveryConfig {
    /// A job `result` larger than this (bytes of JSON) is left out of the payload
    /// (`data.result_omitted: true`); the receiver polls for it.
    pub max_inline_bytes: usize,
    /// The delay before each attempt, from the outcome for the first and from the previous
    /// attempt for the others; its length is the number of attempts. The default is Standard
    /// Webhooks' schedule: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. In the
    /// environment or a flag, the delays separated by commas: `0,5,300`.
    #[serde(deserialize_with = "delays")]
    pub retry_schedule_secs: Vec<f64>,
    /// Deliveries sent at once by this process. Each waits for two commits (its claim and its
    /// record) besides the receiver, so fewer than the job workers would let deliveries fall
    /// behind outcomes at full load.
    pub concurrency: usize,
    /// An idle delivery worker looks for due deliveries at least this often (outcomes recorded
    /// here, and on any replica of a PostgreSQL store, wake it at once).
    pub idle_poll_secs: f64,
}

/// A list of seconds, or its text with commas (what a variable or a flag can say).
fn delays<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<f64>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Delays {
        List(Vec<f64>),
        Text(String),
    }
    match Delays::deserialize(deserializer)? {
        Delays::List(list) => Ok(list),
        Delays::Text(text) => text
            .split(',')
            .map(|d| {
                d.trim().parse::<f64>().map_err(|_| {
                    serde::de::Error::custom(format!(
                        "`{}` is not a number of seconds (write the delays as 0,5,300)",
                        d.trim()
                    ))
                })
            })
            .collect(),
    }
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        DeliveryConfig {
            max_inline_bytes: 256 * 1024,
            retry_schedule_secs: vec![0.0, 5.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0, 36000.0],
            concurrency: 64,
            idle_poll_secs: 1.0,
        }
    }
}

impl DeliveryConfig {
    /// Rules no type can express.
    pub fn check(&self) -> Result<(), String> {
        if self.retry_schedule_secs.is_empty() {
            return Err(
                "webhook_delivery.retry_schedule_secs must list at least one attempt".into(),
            );
        }
        // A day at most between attempts: more is surely a unit mistake.
        if let Some(bad) = self
            .retry_schedule_secs
            .iter()
            .find(|d| !d.is_finite() || **d < 0.0 || **d > 86_400.0)
        {
            return Err(format!(
                "webhook_delivery.retry_schedule_secs: {bad} is not a delay between 0 and 86400 seconds"
            ));
        }
        if self.concurrency == 0 {
            return Err("webhook_delivery.concurrency must be at least 1".into());
        }
        if !(self.idle_poll_secs.is_finite() && self.idle_poll_secs > 0.0) {
            return Err("webhook_delivery.idle_poll_secs must be more than 0".into());
        }
        Ok(())
    }
}
