//! The polling loop behind every `wait_*` method, with jittered exponential backoff; copied into
//! `client.rs` when the spec has async-job pairs.

use super::Error;

/// How a `wait_*` method waits: how long each poll asks the server to hold its answer
/// (`Prefer: wait=N`, where the poll operation takes that header), the pauses between
/// polls when the server answers at once, and when to give up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitOptions {
    /// Pause after the first poll that was answered at once; each later pause doubles,
    /// with jitter.
    pub initial_delay: ::std::time::Duration,
    pub max_delay: ::std::time::Duration,
    /// Overall deadline, counted from the call.
    pub timeout: ::std::time::Duration,
    /// How long one poll asks the server to wait for the job to become final; `None`
    /// polls with pauses only. Servers cap it (60 s by default for this gateway).
    pub hold: ::std::option::Option<::std::time::Duration>,
}

impl ::std::default::Default for WaitOptions {
    fn default() -> Self {
        Self {
            initial_delay: ::std::time::Duration::from_millis(100),
            max_delay: ::std::time::Duration::from_secs(2),
            timeout: ::std::time::Duration::from_secs(600),
            hold: ::std::option::Option::Some(::std::time::Duration::from_secs(30)),
        }
    }
}

impl WaitOptions {
    pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Asks each poll to be held up to `hold` (`None`: never ask).
    pub fn hold(mut self, hold: ::std::option::Option<::std::time::Duration>) -> Self {
        self.hold = hold;
        self
    }
}

/// What a job looks like to the wait loop and to the CLI.
pub trait JobState {
    /// The id to poll with.
    fn job_id(&self) -> &str;
    /// The status as the server spells it.
    fn status_text(&self) -> &str;
    /// Whether the job is final and did not succeed.
    fn is_failed(&self) -> bool;
}

/// Why a `wait_*` method returned without a successful job.
#[derive(Debug)]
pub enum WaitError<J, R> {
    /// The job is final and failed; it holds the error.
    Failed(J),
    /// The poll answered something other than the job (e.g. `404` once the result expired).
    Answer(R),
    /// The deadline passed; the last state seen, if any.
    TimedOut(::std::option::Option<J>),
    Client(Error),
}

impl<J: JobState, R: ::std::fmt::Debug> ::std::fmt::Display for WaitError<J, R> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failed(job) => write!(f, "job {} failed", job.job_id()),
            Self::Answer(answer) => write!(f, "polling answered {answer:?}"),
            Self::TimedOut(::std::option::Option::Some(job)) => write!(
                f,
                "gave up waiting; job {} is still {}",
                job.job_id(),
                job.status_text()
            ),
            Self::TimedOut(::std::option::Option::None) => {
                f.write_str("gave up waiting before the server answered")
            }
            Self::Client(e) => e.fmt(f),
        }
    }
}

impl<J: JobState + ::std::fmt::Debug, R: ::std::fmt::Debug> ::std::error::Error
    for WaitError<J, R>
{
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Client(e) => ::std::option::Option::Some(e),
            _ => ::std::option::Option::None,
        }
    }
}

/// One poll's meaning.
enum Step<J, R> {
    Done(J),
    Pending(J),
    Other(R),
}

/// Polls until `classify` says the job is done. Each poll asks the server to hold its
/// answer until the job is final (`hold`, as `Prefer: wait=N`); a poll answered sooner
/// than half of that means the server ignored the preference (or could not apply it), so
/// the loop pauses with backoff before the next. Dropping the future stops polling and
/// leaves the job to run on the server.
async fn wait_loop<J, R, F, Fut>(
    options: &WaitOptions,
    mut poll: F,
    classify: fn(R) -> Step<J, R>,
    progress: &mut dyn ::std::ops::FnMut(&J),
) -> ::std::result::Result<J, WaitError<J, R>>
where
    J: JobState,
    F: ::std::ops::FnMut(::std::option::Option<::std::string::String>) -> Fut,
    Fut: ::std::future::Future<Output = ::std::result::Result<R, Error>>,
{
    let deadline = ::tokio::time::Instant::now() + options.timeout;
    let mut backoff = Backoff::new(options.initial_delay, options.max_delay);
    let mut last: ::std::option::Option<J> = ::std::option::Option::None;
    loop {
        let started = ::tokio::time::Instant::now();
        // Whole seconds, ending half a second before the deadline so that the last
        // answer is seen; none when less than that is left.
        let left = deadline
            .saturating_duration_since(started)
            .saturating_sub(::std::time::Duration::from_millis(500));
        let hold = options
            .hold
            .map(|hold| hold.min(left).as_secs())
            .filter(|seconds| *seconds > 0);
        let prefer = hold.map(|seconds| ::std::format!("wait={seconds}"));
        let answer = match ::tokio::time::timeout_at(deadline, poll(prefer)).await {
            ::std::result::Result::Ok(answer) => answer.map_err(WaitError::Client)?,
            ::std::result::Result::Err(_) => {
                return ::std::result::Result::Err(WaitError::TimedOut(last))
            }
        };
        match classify(answer) {
            Step::Done(job) => {
                progress(&job);
                return if job.is_failed() {
                    ::std::result::Result::Err(WaitError::Failed(job))
                } else {
                    ::std::result::Result::Ok(job)
                };
            }
            Step::Pending(job) => {
                progress(&job);
                last = ::std::option::Option::Some(job);
            }
            Step::Other(answer) => return ::std::result::Result::Err(WaitError::Answer(answer)),
        }
        let held = hold.is_some_and(|seconds| {
            started.elapsed() * 2 >= ::std::time::Duration::from_secs(seconds)
        });
        if held {
            continue;
        }
        let pause = backoff.next_delay();
        if ::tokio::time::Instant::now() + pause >= deadline {
            ::tokio::time::sleep_until(deadline).await;
            return ::std::result::Result::Err(WaitError::TimedOut(last));
        }
        ::tokio::time::sleep(pause).await;
    }
}

/// Doubling pauses up to a cap, each drawn from its upper half so many clients waiting
/// on jobs submitted together do not poll in step.
struct Backoff {
    next: ::std::time::Duration,
    max: ::std::time::Duration,
    state: u64,
}

impl Backoff {
    fn new(initial: ::std::time::Duration, max: ::std::time::Duration) -> Self {
        let seed = ::std::time::SystemTime::now()
            .duration_since(::std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x9e37_79b9_7f4a_7c15);
        Self {
            next: initial.min(max),
            max,
            state: seed | 1,
        }
    }

    fn next_delay(&mut self) -> ::std::time::Duration {
        // xorshift64: plenty for spreading pauses, and no dependency.
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        let full = self.next;
        self.next = (self.next * 2).min(self.max);
        let fraction = (self.state % 1000) as u32;
        full / 2 + (full / 2) * fraction / 1000
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_double_up_to_the_cap_each_from_its_upper_half() {
        let mut backoff = Backoff::new(
            ::std::time::Duration::from_millis(100),
            ::std::time::Duration::from_millis(400),
        );
        for full in [100u64, 200, 400, 400] {
            let pause = backoff.next_delay();
            assert!(
                pause >= ::std::time::Duration::from_millis(full / 2),
                "{pause:?}"
            );
            assert!(
                pause <= ::std::time::Duration::from_millis(full),
                "{pause:?}"
            );
        }
    }
}
