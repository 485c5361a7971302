//! Starting the servers and the load generator as child processes, and reading what the kernel
//! knows about them: CPU time and peak resident memory from `/proc/<pid>/`.

use std::fs::File;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _};

/// How long a server may take to print its listening line.
const START_TIMEOUT: Duration = Duration::from_secs(30);
/// What both servers print once they accept connections.
const LISTENING: &str = "listening on http://";
/// `/proc/<pid>/stat` counts CPU time in clock ticks of this length (USER_HZ, 100 on Linux).
const TICKS_PER_SECOND: f64 = 100.0;

/// A server child process, killed when dropped. Its stderr goes to a log file, so a chatty log
/// costs the server a write but costs the measuring side nothing.
#[derive(Debug)]
pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    pub log: PathBuf,
}

impl Server {
    /// Runs `program args…` with stderr to `log` and waits for its listening line.
    pub fn start(
        program: &Path,
        args: &[String],
        envs: &[(&str, &str)],
        log: PathBuf,
    ) -> anyhow::Result<Server> {
        let stderr =
            File::create(&log).with_context(|| format!("cannot create {}", log.display()))?;
        let child = Command::new(program)
            .args(args)
            .envs(envs.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .with_context(|| format!("cannot start {}", program.display()))?;
        let mut server = Server {
            child,
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            log,
        };
        server.addr = server.wait_listening()?;
        Ok(server)
    }

    fn wait_listening(&mut self) -> anyhow::Result<SocketAddr> {
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            let text = std::fs::read_to_string(&self.log).unwrap_or_default();
            if let Some(addr) = listening_addr(&text) {
                return Ok(addr);
            }
            if let Some(status) = self.child.try_wait()? {
                bail!(
                    "the server exited ({status}) before listening: {} (log: {})",
                    exit_reason(&text),
                    self.log.display()
                );
            }
            if Instant::now() >= deadline {
                bail!(
                    "the server did not listen within {START_TIMEOUT:?} (log: {})",
                    self.log.display()
                );
            }
            // Polling a file the child writes; there is no event to wait on.
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// User plus system CPU time used so far.
    pub fn cpu_seconds(&self) -> anyhow::Result<f64> {
        cpu_seconds(self.pid())
    }

    /// Peak resident set size (`VmHWM`) so far, in bytes.
    pub fn peak_rss_bytes(&self) -> anyhow::Result<u64> {
        status_kib(self.pid(), "VmHWM:").map(|kib| kib * 1024)
    }

    /// Bytes the server has caused to be written to storage so far (`write_bytes` of
    /// `/proc/<pid>/io`: its files, WAL and database included, whenever the kernel flushes them).
    pub fn written_bytes(&self) -> anyhow::Result<u64> {
        let io = std::fs::read_to_string(format!("/proc/{}/io", self.pid()))?;
        io.lines()
            .find_map(|l| l.strip_prefix("write_bytes:"))
            .context("no write_bytes in /proc/<pid>/io")?
            .trim()
            .parse()
            .context("unexpected write_bytes in /proc/<pid>/io")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The address in the first `listening on http://ADDR` line.
pub fn listening_addr(log: &str) -> Option<SocketAddr> {
    log.lines().find_map(|line| {
        let rest = &line[line.find(LISTENING)? + LISTENING.len()..];
        rest.split_whitespace()
            .next()?
            .trim_end_matches('/')
            .parse()
            .ok()
    })
}

/// The line saying why a server stopped: the `Error: …` line a binary's `main` prints, else the
/// last line of its log.
fn exit_reason(log: &str) -> &str {
    log.lines()
        .find(|l| l.starts_with("Error:"))
        .or_else(|| log.lines().rev().find(|l| !l.trim().is_empty()))
        .unwrap_or("(nothing logged)")
}

fn cpu_seconds(pid: u32) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // The command name (field 2) may hold spaces; fields after its closing parenthesis are
    // plain. utime and stime are fields 14 and 15, so 12th and 13th after the state field.
    let after = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .context("unexpected /proc/<pid>/stat format")?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| -> anyhow::Result<f64> {
        Ok(fields
            .get(i)
            .context("unexpected /proc/<pid>/stat format")?
            .parse::<u64>()? as f64)
    };
    Ok((ticks(11)? + ticks(12)?) / TICKS_PER_SECOND)
}

fn status_kib(pid: u32, key: &str) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .with_context(|| format!("no {key} in /proc/{pid}/status"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listening_line_is_found_in_either_log_format() {
        let ours = "2026-01-01T00:00:00Z  INFO server: listening on http://127.0.0.1:40123 store=sqlite://x\n";
        assert_eq!(
            listening_addr(ours),
            Some("127.0.0.1:40123".parse().unwrap())
        );
        assert_eq!(
            listening_addr("listening on http://127.0.0.1:5/\n"),
            Some("127.0.0.1:5".parse().unwrap())
        );
        assert_eq!(listening_addr("starting\n"), None);
    }

    #[test]
    fn the_reason_a_server_stopped_is_its_error_line() {
        let log = "WARN open\nError: unsupported store `x`\n\nStack backtrace:\n  0: main\n";
        assert_eq!(exit_reason(log), "Error: unsupported store `x`");
        assert_eq!(exit_reason("starting\npanicked at x\n"), "panicked at x");
        assert_eq!(exit_reason(""), "(nothing logged)");
    }

    #[test]
    fn this_process_has_cpu_time_and_a_peak_rss() {
        let pid = std::process::id();
        let _spin: u64 = (0..5_000_000u64).fold(0, |a, b| a ^ b.wrapping_mul(31));
        assert!(cpu_seconds(pid).unwrap() >= 0.0);
        assert!(status_kib(pid, "VmHWM:").unwrap() > 0);
    }
}
