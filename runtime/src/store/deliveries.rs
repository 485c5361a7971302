//! Webhook deliveries as the store keeps them: the outbox rows written with a job's final
//! state, claimed by delivery workers under a lease like jobs, and updated with each attempt.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::job::JobId;

/// Where a job's delivery is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeliveryStatus {
    /// The job is not final yet: there is nothing to deliver.
    Waiting,
    /// Due at `next_attempt_at` (first attempt or a retry).
    Pending,
    /// A worker holds it and is sending it now.
    Sending,
    /// The receiver answered 2xx.
    Delivered,
    /// Given up: the retries ran out, the receiver answered 410, or the target was refused.
    Failed,
    /// Not sent: the endpoint does not subscribe to this event, or is no longer configured.
    Skipped,
}

impl DeliveryStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            DeliveryStatus::Waiting => "waiting",
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Sending => "sending",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Failed => "failed",
            DeliveryStatus::Skipped => "skipped",
        }
    }

    /// Nothing more will be sent.
    pub const fn is_final(self) -> bool {
        matches!(
            self,
            DeliveryStatus::Delivered | DeliveryStatus::Failed | DeliveryStatus::Skipped
        )
    }
}

impl fmt::Display for DeliveryStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DeliveryStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [
            DeliveryStatus::Waiting,
            DeliveryStatus::Pending,
            DeliveryStatus::Sending,
            DeliveryStatus::Delivered,
            DeliveryStatus::Failed,
            DeliveryStatus::Skipped,
        ]
        .into_iter()
        .find(|d| d.as_str() == s)
        .ok_or_else(|| format!("unknown delivery status `{s}`"))
    }
}

/// A job's webhook as a poll shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookState {
    /// The configured endpoint's name.
    pub endpoint: String,
    pub status: DeliveryStatus,
    /// Attempts made so far.
    pub attempts: u32,
    /// The receiver's answer to the last attempt, if it answered.
    pub last_status_code: Option<u16>,
    /// Why the last attempt did not succeed.
    pub last_error: Option<String>,
    /// While pending: when it is sent (again).
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
}

impl WebhookState {
    /// The state of a job that names `endpoint` and has no delivery yet.
    pub fn waiting(endpoint: String) -> Self {
        WebhookState {
            endpoint,
            status: DeliveryStatus::Waiting,
            attempts: 0,
            last_status_code: None,
            last_error: None,
            next_attempt_at: None,
            delivered_at: None,
        }
    }
}

/// A delivery handed to a worker, with the lease that proves the worker still owns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedDelivery {
    pub job_id: JobId,
    /// The configured endpoint's name.
    pub endpoint: String,
    /// `async_job.completed`, `async_job.failed` or `async_job.cancelled`.
    pub event: String,
    /// The `webhook-id`: the same on every attempt, so a receiver can drop repeats.
    pub message_id: String,
    /// When the outcome was recorded, for the delivery latency.
    pub created_at: DateTime<Utc>,
    /// Attempts including this one.
    pub attempts: u32,
    pub lease_token: String,
}

/// What [`crate::store::Store::claim_deliveries`] asks for.
#[derive(Debug, Clone)]
pub struct DeliveryClaimRequest {
    /// How long the claim holds: longer than one attempt may take.
    pub lease: Duration,
    pub limit: usize,
    pub now: DateTime<Utc>,
}

/// The deliveries claimed, and when the next one not claimed falls due (a pending delivery's
/// `next_attempt_at`, or a held one's lease expiry), so an idle worker knows how long to sleep.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeliveryBatch {
    pub claimed: Vec<ClaimedDelivery>,
    pub next_due: Option<DateTime<Utc>>,
}

/// How an attempt ended, as recorded by [`crate::store::Store::finish_delivery`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryUpdate {
    /// The receiver answered 2xx at `at`.
    Delivered { status_code: u16, at: DateTime<Utc> },
    /// Try again no sooner than `next_attempt_at`.
    Retry {
        status_code: Option<u16>,
        error: String,
        next_attempt_at: DateTime<Utc>,
    },
    /// Given up for good.
    Failed {
        status_code: Option<u16>,
        error: String,
    },
    /// Not sent, for `reason`.
    Skipped { reason: String },
}

impl DeliveryUpdate {
    pub fn status(&self) -> DeliveryStatus {
        match self {
            DeliveryUpdate::Delivered { .. } => DeliveryStatus::Delivered,
            DeliveryUpdate::Retry { .. } => DeliveryStatus::Pending,
            DeliveryUpdate::Failed { .. } => DeliveryStatus::Failed,
            DeliveryUpdate::Skipped { .. } => DeliveryStatus::Skipped,
        }
    }

    pub fn status_code(&self) -> Option<u16> {
        match self {
            DeliveryUpdate::Delivered { status_code, .. } => Some(*status_code),
            DeliveryUpdate::Retry { status_code, .. }
            | DeliveryUpdate::Failed { status_code, .. } => *status_code,
            DeliveryUpdate::Skipped { .. } => None,
        }
    }

    pub fn error(&self) -> Option<&str> {
        match self {
            DeliveryUpdate::Delivered { .. } => None,
            DeliveryUpdate::Retry { error, .. } | DeliveryUpdate::Failed { error, .. } => {
                Some(error)
            }
            DeliveryUpdate::Skipped { reason } => Some(reason),
        }
    }

    pub fn next_attempt_at(&self) -> Option<DateTime<Utc>> {
        match self {
            DeliveryUpdate::Retry {
                next_attempt_at, ..
            } => Some(*next_attempt_at),
            _ => None,
        }
    }

    pub fn delivered_at(&self) -> Option<DateTime<Utc>> {
        match self {
            DeliveryUpdate::Delivered { at, .. } => Some(*at),
            _ => None,
        }
    }
}
