//! Counters for `/metrics`, in the Prometheus text format (0.0.4), kept with `prometheus-client`.
//!
//! The metric names, types, labels and help texts are a contract with dashboards: change them
//! only on purpose. Counters are registered without their `_total` suffix because the encoder
//! adds it, and help texts without their final period for the same reason.

use std::sync::atomic::AtomicU64;
use std::time::Duration;

use prometheus_client::encoding::{prometheus_text, EncodeLabelSet};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::job::JobStatus;
use crate::kind::JobKind;
use crate::store::StatusCounts;

/// Upper bounds (seconds) of the upstream latency histogram's buckets.
const LATENCY_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabel {
    kind: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindStatusLabels {
    kind: &'static str,
    status: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ProviderLabel {
    provider: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ProviderOutcomeLabels {
    provider: String,
    outcome: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct EndpointOutcomeLabels {
    endpoint: String,
    outcome: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct EndpointLabel {
    endpoint: String,
}

/// Upper bounds (seconds) of the webhook latency histogram: from the outcome's commit to the
/// receiver's 2xx, which includes any retries, so it reaches hours.
const DELIVERY_LATENCY_BUCKETS: [f64; 14] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0, 30.0, 300.0, 1800.0, 7200.0, 86400.0,
];

fn delivery_latency_histogram() -> Histogram {
    Histogram::new(DELIVERY_LATENCY_BUCKETS)
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabel {
    status: &'static str,
}

type LatencyFamily = Family<ProviderLabel, Histogram, fn() -> Histogram>;

#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    /// The registered family's counters, one per kind in `JobKind::ALL` order, so that counting
    /// a submission on the hot path is one atomic add without a label lookup.
    submitted: Vec<Counter>,
    rejected: Counter,
    replayed: Counter,
    waits_refused: Counter,
    waiters: Gauge<u64, AtomicU64>,
    inflight_body_bytes: Gauge<u64, AtomicU64>,
    finished: Family<KindStatusLabels, Counter>,
    upstream_requests: Family<ProviderOutcomeLabels, Counter>,
    upstream_latency: LatencyFamily,
    retries: Family<ProviderLabel, Counter>,
    webhook_deliveries: Family<EndpointOutcomeLabels, Counter>,
    webhook_attempts: Family<EndpointOutcomeLabels, Counter>,
    webhook_latency: Family<EndpointLabel, Histogram, fn() -> Histogram>,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

fn kind_index(kind: JobKind) -> usize {
    JobKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

fn latency_histogram() -> Histogram {
    Histogram::new(LATENCY_BUCKETS)
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::default();
        let submitted_family = Family::<KindLabel, Counter>::default();
        // Every kind is listed from the start, at 0, so a rate over a kind never starts missing.
        let submitted = JobKind::ALL
            .iter()
            .map(|kind| {
                submitted_family
                    .get_or_create(&KindLabel {
                        kind: kind.as_str(),
                    })
                    .clone()
            })
            .collect();
        registry.register(
            "gateway_jobs_submitted",
            "Jobs accepted, by kind",
            submitted_family,
        );
        let rejected = Counter::default();
        registry.register(
            "gateway_submissions_rejected",
            "Submissions refused before storing",
            rejected.clone(),
        );
        let replayed = Counter::default();
        registry.register(
            "gateway_submissions_replayed",
            "Submits answered with the job their idempotency key holds",
            replayed.clone(),
        );
        let waits_refused = Counter::default();
        registry.register(
            "gateway_waits_refused",
            "Waits answered at once because too many callers were waiting",
            waits_refused.clone(),
        );
        let waiters = Gauge::<u64, AtomicU64>::default();
        registry.register(
            "gateway_waiters",
            "Callers waiting for a job to become final (Prefer: wait)",
            waiters.clone(),
        );
        let inflight_body_bytes = Gauge::<u64, AtomicU64>::default();
        registry.register(
            "gateway_inflight_body_bytes",
            "Bytes of submit bodies received and not yet stored or refused \
             (bounded by limits.max_inflight_body_bytes)",
            inflight_body_bytes.clone(),
        );
        let finished = Family::default();
        registry.register(
            "gateway_jobs_finished",
            "Jobs that reached a terminal status",
            finished.clone(),
        );
        let upstream_requests = Family::default();
        registry.register(
            "gateway_upstream_requests",
            "Requests sent to providers, by answer",
            upstream_requests.clone(),
        );
        let retries = Family::default();
        registry.register(
            "gateway_upstream_retries",
            "Provider calls retried",
            retries.clone(),
        );
        let upstream_latency: LatencyFamily = Family::new_with_constructor(latency_histogram);
        registry.register(
            "gateway_upstream_latency_seconds",
            "Time for one provider request",
            upstream_latency.clone(),
        );
        let webhook_deliveries = Family::default();
        registry.register(
            "gateway_webhook_deliveries",
            "Webhook deliveries that reached a final state, by endpoint and outcome",
            webhook_deliveries.clone(),
        );
        let webhook_attempts = Family::default();
        registry.register(
            "gateway_webhook_attempts",
            "Webhook delivery attempts, by endpoint and the receiver's answer",
            webhook_attempts.clone(),
        );
        let webhook_latency: Family<EndpointLabel, Histogram, fn() -> Histogram> =
            Family::new_with_constructor(delivery_latency_histogram);
        registry.register(
            "gateway_webhook_delivery_latency_seconds",
            "Time from a job's outcome to the receiver's 2xx",
            webhook_latency.clone(),
        );
        Metrics {
            registry,
            webhook_deliveries,
            webhook_attempts,
            webhook_latency,
            submitted,
            rejected,
            replayed,
            waits_refused,
            waiters,
            inflight_body_bytes,
            finished,
            upstream_requests,
            upstream_latency,
            retries,
        }
    }

    /// A job was accepted (its `202` is about to be sent).
    pub fn job_submitted(&self, kind: JobKind) {
        if let Some(counter) = self.submitted.get(kind_index(kind)) {
            counter.inc();
        }
    }

    /// A submission was refused (bad input, auth, limits).
    pub fn submission_rejected(&self) {
        self.rejected.inc();
    }

    /// A submit was answered with the job its idempotency key already holds.
    pub fn submission_replayed(&self) {
        self.replayed.inc();
    }

    /// How many callers wait for an outcome right now, set at each scrape.
    pub fn set_waiters(&self, waiting: usize) {
        self.waiters.set(u64::try_from(waiting).unwrap_or(u64::MAX));
    }

    /// The bytes of submit bodies held right now, set at each scrape.
    pub fn set_inflight_body_bytes(&self, bytes: usize) {
        self.inflight_body_bytes
            .set(u64::try_from(bytes).unwrap_or(u64::MAX));
    }

    /// A wait was answered at once because `max_waiters` callers were waiting already.
    pub fn wait_refused(&self) {
        self.waits_refused.inc();
    }

    /// A job reached a terminal status.
    pub fn job_finished(&self, kind: JobKind, status: JobStatus) {
        self.finished
            .get_or_create(&KindStatusLabels {
                kind: kind.as_str(),
                status: status.as_str(),
            })
            .inc();
    }

    /// One HTTP exchange with a provider; `outcome` is the status code, or `error` when no
    /// answer came.
    pub fn upstream_request(&self, provider: &str, outcome: &str, latency: Duration) {
        self.upstream_requests
            .get_or_create(&ProviderOutcomeLabels {
                provider: provider.to_owned(),
                outcome: outcome.to_owned(),
            })
            .inc();
        self.upstream_latency
            .get_or_create(&ProviderLabel {
                provider: provider.to_owned(),
            })
            .observe(latency.as_secs_f64());
    }

    /// A provider call is being retried.
    pub fn upstream_retry(&self, provider: &str) {
        self.retries
            .get_or_create(&ProviderLabel {
                provider: provider.to_owned(),
            })
            .inc();
    }

    /// One webhook attempt to `endpoint`; `outcome` is the status code, or what stopped it
    /// (`timeout`, `connect`, `refused`, …).
    pub fn webhook_attempt(&self, endpoint: &str, outcome: &str) {
        self.webhook_attempts
            .get_or_create(&EndpointOutcomeLabels {
                endpoint: endpoint.to_owned(),
                outcome: outcome.to_owned(),
            })
            .inc();
    }

    /// A delivery reached a final state (`delivered`, `failed` or `skipped`); `latency` is the
    /// time from the outcome to the 2xx, for a delivered one.
    pub fn webhook_finished(&self, endpoint: &str, outcome: &str, latency: Option<Duration>) {
        self.webhook_deliveries
            .get_or_create(&EndpointOutcomeLabels {
                endpoint: endpoint.to_owned(),
                outcome: outcome.to_owned(),
            })
            .inc();
        if let Some(latency) = latency {
            self.webhook_latency
                .get_or_create(&EndpointLabel {
                    endpoint: endpoint.to_owned(),
                })
                .observe(latency.as_secs_f64());
        }
    }

    /// The text of `/metrics`; `counts` comes from the store at scrape time, and its gauges are
    /// left out when the store could not be asked.
    pub fn render(&self, counts: Option<StatusCounts>) -> String {
        let mut out = String::new();
        let encoded = counts
            .map_or(Ok(()), |counts| {
                prometheus_text::encode(&mut out, &store_registry(counts))
            })
            .and_then(|()| prometheus_text::encode(&mut out, &self.registry));
        if let Err(e) = encoded {
            // Writing into a `String` cannot fail; should the encoder ever refuse, say so
            // rather than serve a silently truncated page.
            tracing::error!("cannot encode the metrics: {e}");
        }
        out
    }

    /// The `Content-Type` of [`Metrics::render`]'s text.
    pub const CONTENT_TYPE: &'static str = prometheus_text::CONTENT_TYPE;
}

/// The gauges read from the store for one scrape.
fn store_registry(counts: StatusCounts) -> Registry {
    let mut registry = Registry::default();
    let jobs = Family::<StatusLabel, Gauge<u64, AtomicU64>>::default();
    for status in JobStatus::ALL {
        jobs.get_or_create(&StatusLabel {
            status: status.as_str(),
        })
        .set(counts.get(status));
    }
    registry.register("gateway_jobs", "Jobs in the store by status", jobs);
    let depth = Gauge::<u64, AtomicU64>::default();
    depth.set(counts.pending);
    registry.register("gateway_queue_depth", "Jobs waiting for a worker", depth);
    registry
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_histograms() {
        let m = Metrics::new();
        m.job_submitted(JobKind::Embeddings);
        m.job_finished(JobKind::Embeddings, JobStatus::Completed);
        m.upstream_request("openai", "200", Duration::from_millis(30));
        m.upstream_retry("openai");
        m.job_finished(JobKind::Embeddings, JobStatus::Cancelled);
        m.submission_replayed();
        m.wait_refused();
        m.set_inflight_body_bytes(4096);
        m.webhook_attempt("results", "503");
        m.webhook_attempt("results", "200");
        m.webhook_finished("results", "delivered", Some(Duration::from_millis(40)));
        let text = m.render(Some(StatusCounts {
            pending: 2,
            ..Default::default()
        }));
        assert!(
            text.contains("gateway_jobs{status=\"pending\"} 2\n"),
            "{text}"
        );
        assert!(text.contains("gateway_queue_depth 2\n"), "{text}");
        assert!(text.contains("gateway_jobs_submitted_total{kind=\"embeddings\"} 1\n"));
        assert!(text.contains("gateway_jobs_submitted_total{kind=\"completions\"} 0\n"));
        assert!(
            text.contains("gateway_submissions_rejected_total 0\n"),
            "{text}"
        );
        assert!(text
            .contains("gateway_jobs_finished_total{kind=\"embeddings\",status=\"completed\"} 1\n"));
        assert!(text.contains(
            "gateway_upstream_latency_seconds_bucket{provider=\"openai\",le=\"0.025\"} 0\n"
        ));
        assert!(text.contains(
            "gateway_upstream_latency_seconds_bucket{provider=\"openai\",le=\"0.05\"} 1\n"
        ));
        assert!(text.contains(
            "gateway_upstream_latency_seconds_bucket{provider=\"openai\",le=\"+Inf\"} 1\n"
        ));
        assert!(text.contains("gateway_upstream_latency_seconds_count{provider=\"openai\"} 1\n"));
        assert!(text.contains("gateway_upstream_retries_total{provider=\"openai\"} 1\n"));
        assert!(text.contains("gateway_jobs{status=\"cancelled\"} 0\n"));
        assert!(text
            .contains("gateway_jobs_finished_total{kind=\"embeddings\",status=\"cancelled\"} 1\n"));
        assert!(text.contains("gateway_submissions_replayed_total 1\n"));
        assert!(text.contains("gateway_waits_refused_total 1\n"));
        assert!(
            text.contains("gateway_inflight_body_bytes 4096\n"),
            "{text}"
        );
        assert!(text
            .contains("gateway_webhook_attempts_total{endpoint=\"results\",outcome=\"503\"} 1\n"));
        assert!(text.contains(
            "gateway_webhook_deliveries_total{endpoint=\"results\",outcome=\"delivered\"} 1\n"
        ));
        assert!(text.contains(
            "gateway_webhook_delivery_latency_seconds_bucket{endpoint=\"results\",le=\"0.05\"} 1\n"
        ));
    }

    /// The families dashboards read, with the type and help each had when the text was written
    /// by hand: a change here breaks someone's dashboard. (A family with no series yet, such as
    /// retries before the first one, is left out of the page entirely.)
    #[test]
    fn names_types_and_help_are_kept() {
        let m = Metrics::new();
        m.job_finished(JobKind::Completions, JobStatus::Failed);
        m.upstream_request("openai", "200", Duration::from_millis(30));
        m.upstream_retry("openai");
        let text = m.render(Some(StatusCounts::default()));
        for (name, kind, help) in [
            ("gateway_jobs", "gauge", "Jobs in the store by status."),
            ("gateway_queue_depth", "gauge", "Jobs waiting for a worker."),
            (
                "gateway_jobs_submitted_total",
                "counter",
                "Jobs accepted, by kind.",
            ),
            (
                "gateway_submissions_rejected_total",
                "counter",
                "Submissions refused before storing.",
            ),
            (
                "gateway_jobs_finished_total",
                "counter",
                "Jobs that reached a terminal status.",
            ),
            (
                "gateway_upstream_requests_total",
                "counter",
                "Requests sent to providers, by answer.",
            ),
            (
                "gateway_upstream_retries_total",
                "counter",
                "Provider calls retried.",
            ),
            (
                "gateway_upstream_latency_seconds",
                "histogram",
                "Time for one provider request.",
            ),
        ] {
            let described = format!("# HELP {name} {help}\n# TYPE {name} {kind}\n");
            assert!(text.contains(&described), "no\n{described}in\n{text}");
        }
        assert!(!text.contains("# EOF"), "0.0.4 text has no EOF marker");
    }

    #[test]
    fn store_gauges_are_left_out_without_counts() {
        let text = Metrics::new().render(None);
        assert!(!text.contains("gateway_jobs{"), "{text}");
        assert!(!text.contains("gateway_queue_depth"), "{text}");
        assert!(text.contains("gateway_submissions_rejected_total 0\n"));
    }

    #[test]
    fn label_values_are_escaped() {
        let m = Metrics::new();
        m.upstream_retry("a\"b\\c\nd");
        let text = m.render(None);
        assert!(
            text.contains(r#"gateway_upstream_retries_total{provider="a\"b\\c\nd"} 1"#),
            "{text}"
        );
    }
}
