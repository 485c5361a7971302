//! Counters for `/metrics`, in the Prometheus text format.
//!
//! Kept by hand with atomics and one small lock per family rather than a metrics framework: the
//! set is small and fixed, and recording stays a few nanoseconds on the submit and poll paths.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use crate::job::JobStatus;
use crate::kind::JobKind;
use crate::store::StatusCounts;

/// Upper bounds (seconds) of the upstream latency histogram's buckets.
const LATENCY_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

#[derive(Debug, Default)]
struct Histogram {
    buckets: [u64; LATENCY_BUCKETS.len()],
    count: u64,
    sum_seconds: f64,
}

#[derive(Debug, Default)]
pub struct Metrics {
    submitted: [AtomicU64; JobKind::ALL.len()],
    rejected: AtomicU64,
    replayed: AtomicU64,
    waits_refused: AtomicU64,
    finished: Mutex<BTreeMap<(JobKind, &'static str), u64>>,
    upstream_requests: Mutex<BTreeMap<(String, String), u64>>,
    upstream_latency: Mutex<BTreeMap<String, Histogram>>,
    retries: Mutex<BTreeMap<String, u64>>,
}

fn kind_index(kind: JobKind) -> usize {
    JobKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

impl Metrics {
    pub fn new() -> Self {
        Metrics::default()
    }

    /// A job was accepted (its `202` is about to be sent).
    pub fn job_submitted(&self, kind: JobKind) {
        self.submitted[kind_index(kind)].fetch_add(1, Ordering::Relaxed);
    }

    /// A submission was refused (bad input, auth, limits).
    pub fn submission_rejected(&self) {
        self.rejected.fetch_add(1, Ordering::Relaxed);
    }

    /// A submit was answered with the job its idempotency key already holds.
    pub fn submission_replayed(&self) {
        self.replayed.fetch_add(1, Ordering::Relaxed);
    }

    /// A wait was answered at once because `max_waiters` callers were waiting already.
    pub fn wait_refused(&self) {
        self.waits_refused.fetch_add(1, Ordering::Relaxed);
    }

    /// A job reached a terminal status.
    pub fn job_finished(&self, kind: JobKind, status: JobStatus) {
        let mut map = self.finished.lock().unwrap_or_else(|e| e.into_inner());
        *map.entry((kind, status.as_str())).or_default() += 1;
    }

    /// One HTTP exchange with a provider; `outcome` is the status code, or `error` when no
    /// answer came.
    pub fn upstream_request(&self, provider: &str, outcome: &str, latency: Duration) {
        {
            let mut map = self
                .upstream_requests
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            *map.entry((provider.to_owned(), outcome.to_owned()))
                .or_default() += 1;
        }
        let seconds = latency.as_secs_f64();
        let mut map = self
            .upstream_latency
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let h = map.entry(provider.to_owned()).or_default();
        for (i, bound) in LATENCY_BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                h.buckets[i] += 1;
            }
        }
        h.count += 1;
        h.sum_seconds += seconds;
    }

    /// A provider call is being retried.
    pub fn upstream_retry(&self, provider: &str) {
        let mut map = self.retries.lock().unwrap_or_else(|e| e.into_inner());
        *map.entry(provider.to_owned()).or_default() += 1;
    }

    /// The text of `/metrics`; `counts` comes from the store at scrape time.
    pub fn render(&self, counts: Option<StatusCounts>) -> String {
        let mut out = String::new();
        if let Some(counts) = counts {
            out.push_str(
                "# HELP gateway_jobs Jobs in the store by status.\n# TYPE gateway_jobs gauge\n",
            );
            for status in JobStatus::ALL {
                let _ = writeln!(
                    out,
                    "gateway_jobs{{status=\"{status}\"}} {}",
                    counts.get(status)
                );
            }
            out.push_str("# HELP gateway_queue_depth Jobs waiting for a worker.\n# TYPE gateway_queue_depth gauge\n");
            let _ = writeln!(out, "gateway_queue_depth {}", counts.pending);
        }
        out.push_str("# HELP gateway_jobs_submitted_total Jobs accepted, by kind.\n# TYPE gateway_jobs_submitted_total counter\n");
        for kind in JobKind::ALL {
            let n = self.submitted[kind_index(kind)].load(Ordering::Relaxed);
            let _ = writeln!(out, "gateway_jobs_submitted_total{{kind=\"{kind}\"}} {n}");
        }
        out.push_str("# HELP gateway_submissions_rejected_total Submissions refused before storing.\n# TYPE gateway_submissions_rejected_total counter\n");
        let _ = writeln!(
            out,
            "gateway_submissions_rejected_total {}",
            self.rejected.load(Ordering::Relaxed)
        );
        out.push_str("# HELP gateway_submissions_replayed_total Submits answered with the job their idempotency key holds.\n# TYPE gateway_submissions_replayed_total counter\n");
        let _ = writeln!(
            out,
            "gateway_submissions_replayed_total {}",
            self.replayed.load(Ordering::Relaxed)
        );
        out.push_str("# HELP gateway_waits_refused_total Waits answered at once because too many callers were waiting.\n# TYPE gateway_waits_refused_total counter\n");
        let _ = writeln!(
            out,
            "gateway_waits_refused_total {}",
            self.waits_refused.load(Ordering::Relaxed)
        );
        out.push_str("# HELP gateway_jobs_finished_total Jobs that reached a terminal status.\n# TYPE gateway_jobs_finished_total counter\n");
        for ((kind, status), n) in self
            .finished
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            let _ = writeln!(
                out,
                "gateway_jobs_finished_total{{kind=\"{kind}\",status=\"{status}\"}} {n}"
            );
        }
        out.push_str("# HELP gateway_upstream_requests_total Requests sent to providers, by answer.\n# TYPE gateway_upstream_requests_total counter\n");
        for ((provider, outcome), n) in self
            .upstream_requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            let _ = writeln!(
                out,
                "gateway_upstream_requests_total{{provider=\"{}\",outcome=\"{}\"}} {n}",
                escape(provider),
                escape(outcome)
            );
        }
        out.push_str("# HELP gateway_upstream_retries_total Provider calls retried.\n# TYPE gateway_upstream_retries_total counter\n");
        for (provider, n) in self
            .retries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            let _ = writeln!(
                out,
                "gateway_upstream_retries_total{{provider=\"{}\"}} {n}",
                escape(provider)
            );
        }
        out.push_str("# HELP gateway_upstream_latency_seconds Time for one provider request.\n# TYPE gateway_upstream_latency_seconds histogram\n");
        for (provider, h) in self
            .upstream_latency
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            let p = escape(provider);
            for (bound, n) in LATENCY_BUCKETS.iter().zip(h.buckets) {
                let _ = writeln!(out, "gateway_upstream_latency_seconds_bucket{{provider=\"{p}\",le=\"{bound}\"}} {n}");
            }
            let _ = writeln!(
                out,
                "gateway_upstream_latency_seconds_bucket{{provider=\"{p}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "gateway_upstream_latency_seconds_sum{{provider=\"{p}\"}} {}",
                h.sum_seconds
            );
            let _ = writeln!(
                out,
                "gateway_upstream_latency_seconds_count{{provider=\"{p}\"}} {}",
                h.count
            );
        }
        out
    }
}

/// Label values escape `\`, `"` and newlines.
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
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
        let text = m.render(Some(StatusCounts {
            pending: 2,
            ..Default::default()
        }));
        assert!(text.contains("gateway_jobs{status=\"pending\"} 2\n"));
        assert!(text.contains("gateway_jobs_submitted_total{kind=\"embeddings\"} 1\n"));
        assert!(text
            .contains("gateway_jobs_finished_total{kind=\"embeddings\",status=\"completed\"} 1\n"));
        assert!(text.contains(
            "gateway_upstream_latency_seconds_bucket{provider=\"openai\",le=\"0.025\"} 0\n"
        ));
        assert!(text.contains(
            "gateway_upstream_latency_seconds_bucket{provider=\"openai\",le=\"0.05\"} 1\n"
        ));
        assert!(text.contains("gateway_upstream_retries_total{provider=\"openai\"} 1\n"));
        assert!(text.contains("gateway_jobs{status=\"cancelled\"} 0\n"));
        assert!(text
            .contains("gateway_jobs_finished_total{kind=\"embeddings\",status=\"cancelled\"} 1\n"));
        assert!(text.contains("gateway_submissions_replayed_total 1\n"));
        assert!(text.contains("gateway_waits_refused_total 1\n"));
    }
}
