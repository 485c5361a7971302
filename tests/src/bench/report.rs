//! The table the bench prints: one line per figure, with baseline, ours, their ratio, the
//! target and whether it is met. Repeated runs are summarised by their median and listed, so
//! the noise of a shared machine stays visible.

use std::fmt::Write as _;
use std::time::Duration;

use super::runs::{EndToEnd, Measured, Pair, Queued, Uploads};

/// One line of the table.
#[derive(Debug, Clone)]
pub struct Line {
    pub figure: String,
    pub baseline: String,
    pub ours: String,
    pub ratio: String,
    pub target: String,
    pub met: Option<bool>,
}

impl Line {
    fn new(figure: impl Into<String>) -> Line {
        Line {
            figure: figure.into(),
            baseline: "–".into(),
            ours: "–".into(),
            ratio: "–".into(),
            target: "–".into(),
            met: None,
        }
    }

    pub fn failed(figure: impl Into<String>, error: &anyhow::Error) -> Line {
        let mut line = Line::new(figure);
        line.ours = format!("not measured: {error:#}")
            .replace('|', "/")
            .replace('\n', " ");
        line
    }
}

pub fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => 0.0,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// The run with the median throughput, so its latencies belong to one real run.
fn median_run(runs: &[Measured]) -> Option<&Measured> {
    let mut sorted: Vec<&Measured> = runs.iter().collect();
    sorted.sort_by(|a, b| a.load.per_second.total_cmp(&b.load.per_second));
    sorted.get(sorted.len().saturating_sub(1) / 2).copied()
}

fn rates(runs: &[Measured]) -> String {
    runs.iter()
        .map(|m| format!("{:.0}", m.load.per_second))
        .collect::<Vec<_>>()
        .join(", ")
}

fn ms(us: u32) -> String {
    format!("{:.2}", f64::from(us) / 1000.0)
}

/// Throughput, latency and CPU lines of a submit or poll pair.
pub fn pair_lines(
    what: &str,
    pair: &Pair,
    min_ratio: Option<f64>,
    max_p99_ms: Option<f64>,
) -> Vec<Line> {
    let (Some(ours), base) = (median_run(&pair.ours), median_run(&pair.baseline)) else {
        return Vec::new();
    };
    let mut throughput = Line::new(format!(
        "{what} throughput, req/s (runs: ours {})",
        rates(&pair.ours)
    ));
    throughput.ours = format!("{:.0}", ours.load.per_second);
    if let Some(base) = base {
        throughput.baseline = format!(
            "{:.0} (runs: {})",
            base.load.per_second,
            rates(&pair.baseline)
        );
        let ratio = ours.load.per_second / base.load.per_second.max(1.0);
        throughput.ratio = format!("{ratio:.2}");
        if let Some(min) = min_ratio {
            throughput.target = format!(">= {min} x baseline");
            throughput.met = Some(ratio >= min);
        }
    }

    let mut latency = Line::new(format!("{what} latency p50 / p99, ms"));
    latency.ours = format!("{} / {}", ms(ours.load.p50_us), ms(ours.load.p99_us));
    if let Some(base) = base {
        latency.baseline = format!("{} / {}", ms(base.load.p50_us), ms(base.load.p99_us));
        latency.ratio = format!(
            "p99 {:.2}",
            f64::from(ours.load.p99_us) / f64::from(base.load.p99_us.max(1))
        );
    }
    if let Some(max) = max_p99_ms {
        latency.target = format!("p99 <= {max} ms");
        latency.met = Some(f64::from(ours.load.p99_us) / 1000.0 <= max);
    }

    let mut cpu = Line::new(format!("{what} server CPU per request, µs (answer bytes)"));
    cpu.ours = format!(
        "{:.0} ({} B)",
        ours.cpu_us_per_request, ours.load.mean_answer_bytes
    );
    if let Some(base) = base {
        cpu.baseline = format!(
            "{:.0} ({} B)",
            base.cpu_us_per_request, base.load.mean_answer_bytes
        );
        cpu.ratio = format!(
            "{:.2}",
            ours.cpu_us_per_request / base.cpu_us_per_request.max(1e-9)
        );
    }
    vec![throughput, latency, cpu]
}

/// The latency line of an open-loop pair: percentiles from each request's due time, and how
/// late the generator itself sent (its own share of the figure).
pub fn open_loop_line(what: &str, rate: f64, pair: &Pair, max_p99_ms: Option<f64>) -> Vec<Line> {
    let (Some(ours), base) = (median_run(&pair.ours), median_run(&pair.baseline)) else {
        return Vec::new();
    };
    let shown = |m: &Measured| {
        format!(
            "{} / {} / {} (sent late p99 {})",
            ms(m.load.p50_us),
            ms(m.load.p99_us),
            ms(m.load.p999_us),
            ms(m.load.send_lag_p99_us)
        )
    };
    let mut line = Line::new(format!(
        "{what} open loop at {rate:.0} req/s, latency p50 / p99 / p99.9 from the due time, ms \
         (answered {:.0} req/s)",
        ours.load.per_second
    ));
    line.ours = shown(ours);
    if let Some(base) = base {
        line.baseline = shown(base);
        line.ratio = format!(
            "p99 {:.2}",
            f64::from(ours.load.p99_us) / f64::from(base.load.p99_us.max(1))
        );
    }
    if let Some(max) = max_p99_ms {
        line.target = format!("p99 <= {max} ms");
        line.met = Some(f64::from(ours.load.p99_us) / 1000.0 <= max);
    }
    let mut cpu = Line::new(format!("{what} open loop server CPU per request, µs"));
    cpu.ours = format!("{:.0}", ours.cpu_us_per_request);
    if let Some(base) = base {
        cpu.baseline = format!("{:.0}", base.cpu_us_per_request);
        cpu.ratio = format!(
            "{:.2}",
            ours.cpu_us_per_request / base.cpu_us_per_request.max(1e-9)
        );
    }
    vec![line, cpu]
}

/// Peak RSS during the upload burst, against the bound: 1.2 × the bytes in flight
/// plus 50 MB.
pub fn uploads_line(u: &Uploads) -> Line {
    let mib = |b: f64| b / (1024.0 * 1024.0);
    let in_flight = (u.uploads * u.upload_bytes) as f64;
    let statuses: Vec<String> = u.statuses.iter().map(|(s, n)| format!("{n}×{s}")).collect();
    let mut line = Line::new(format!(
        "peak RSS during {} concurrent {:.0} MB transcription submits, MB (VmHWM; idle {:.1}; \
         answers {} in {:.1} s)",
        u.uploads,
        mib(u.upload_bytes as f64),
        mib(u.idle_rss_bytes as f64),
        statuses.join(", "),
        u.seconds
    ));
    let peak = mib(u.peak_rss_bytes as f64);
    let bound = 1.2 * mib(in_flight) + 50.0;
    line.ours = format!("{peak:.1}");
    line.ratio = format!("{:.2} × in flight", peak / mib(in_flight).max(1e-9));
    line.target = format!("<= {bound:.0} MB");
    line.met = Some(peak <= bound);
    line
}

/// What stored uploads cost besides memory: polls of queued ones, and the bytes written per
/// upload from submit to completion.
pub fn uploads_storage_line(u: &Uploads) -> Line {
    let mut sorted = u.poll_ms.clone();
    sorted.sort_by(f64::total_cmp);
    let max = sorted.last().copied().unwrap_or(0.0);
    let mib = |b: f64| b / (1024.0 * 1024.0);
    let mut line = Line::new(format!(
        "the uploads queued: poll p50 / max over {} polls, ms; then written to storage per \
         {:.0} MB upload from submit to completed (`echo`, {} one after another), MB",
        sorted.len(),
        mib(u.upload_bytes as f64),
        u.echo_uploads
    ));
    line.ours = format!(
        "{:.2} / {max:.2}; {:.1}",
        median(&sorted),
        mib(u.written_per_upload_bytes as f64)
    );
    line.ratio = format!(
        "{:.2} × the upload written",
        u.written_per_upload_bytes as f64 / (u.upload_bytes as f64).max(1.0)
    );
    line
}

pub fn end_to_end_line(what: &str, e2e: &EndToEnd, min_per_second: Option<f64>) -> Line {
    let seconds = median(&e2e.seconds);
    let per_second = e2e.jobs as f64 / seconds.max(1e-9);
    let runs: Vec<String> = e2e.seconds.iter().map(|s| format!("{s:.2}")).collect();
    let submits: Vec<String> = e2e
        .submit_seconds
        .iter()
        .map(|s| format!("{s:.2}"))
        .collect();
    let mut line = Line::new(format!(
        "{what} {} jobs submitted -> all completed (runs s: {}; submit phase s: {})",
        e2e.jobs,
        runs.join(", "),
        submits.join(", ")
    ));
    line.ours = format!("{seconds:.2} s = {per_second:.0} jobs/s");
    if let Some(min) = min_per_second {
        line.target = format!(">= {min} jobs/s");
        line.met = Some(per_second >= min);
    }
    line
}

pub fn queued_line(q: &Queued, max_mb: f64) -> Line {
    let mut line = Line::new(format!(
        "peak RSS with {} jobs queued, MB (VmHWM; submitted in {:.1} s)",
        q.jobs, q.submit_seconds
    ));
    let mb = q.peak_rss_bytes as f64 / (1024.0 * 1024.0);
    line.ours = format!("{mb:.1}");
    line.target = format!("<= {max_mb} MB");
    line.met = Some(mb <= max_mb);
    line
}

pub fn generator_line(times: &[Duration], max_ms: f64) -> Line {
    let ms: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1000.0).collect();
    let runs: Vec<String> = ms.iter().map(|m| format!("{m:.0}")).collect();
    let mut line = Line::new(format!(
        "generator on spec/, median of {}, ms (runs: {})",
        ms.len(),
        runs.join(", ")
    ));
    let median = median(&ms);
    line.ours = format!("{median:.0}");
    line.target = format!("<= {max_ms} ms");
    line.met = Some(median <= max_ms);
    line
}

/// The table in Markdown.
pub fn render(lines: &[Line]) -> String {
    let mut out = String::from("| figure | baseline | ours | ours / baseline | target | met |\n|---|---|---|---|---|---|\n");
    for l in lines {
        let met = match l.met {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "–",
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {met} |",
            l.figure, l.baseline, l.ours, l.ratio, l.target
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_odd_and_even_counts() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(&[]), 0.0);
    }

    #[test]
    fn a_missed_target_is_marked() {
        let line = generator_line(&[Duration::from_millis(400); 3], 300.0);
        assert_eq!(line.met, Some(false));
        assert!(render(&[line]).contains("| 400 | – | <= 300 ms | **no** |"));
    }
}
