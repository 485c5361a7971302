//! `--wait`'s printing and spinner; copied into `cli.rs` when the spec has async-job pairs.

use super::{print_body, report, AnswerBody, Answered, Failure, JobState, WaitError};

/// The outcome of `--wait`: the final job on standard output, exit 1 unless it succeeded.
fn finish_wait<J, R>(
    outcome: ::std::result::Result<J, WaitError<J, R>>,
) -> ::std::result::Result<::std::process::ExitCode, Failure>
where
    J: JobState + ::serde::Serialize,
    R: Answered,
{
    let job_json = |job: &J| AnswerBody::Json(::serde_json::to_value(job).unwrap_or_default());
    match outcome {
        ::std::result::Result::Ok(job) => {
            print_body(&job_json(&job));
            ::std::result::Result::Ok(::std::process::ExitCode::SUCCESS)
        }
        ::std::result::Result::Err(WaitError::Failed(job)) => {
            let body = job_json(&job);
            print_body(&body);
            let reason = match &body {
                AnswerBody::Json(v) => v
                    .pointer("/error/error/message")
                    .or_else(|| v.pointer("/error/message"))
                    .and_then(|m| m.as_str())
                    .unwrap_or("no reason given")
                    .to_owned(),
                _ => ::std::string::String::new(),
            };
            ::std::eprintln!("error: job {} failed: {reason}", job.job_id());
            ::std::result::Result::Ok(::std::process::ExitCode::from(1))
        }
        ::std::result::Result::Err(WaitError::Answer(answer)) => {
            ::std::result::Result::Ok(report(&answer, ::std::option::Option::None))
        }
        ::std::result::Result::Err(WaitError::TimedOut(last)) => {
            match &last {
                ::std::option::Option::Some(job) => {
                    print_body(&job_json(job));
                    ::std::eprintln!(
                        "error: gave up waiting; job {} is still {}",
                        job.job_id(),
                        job.status_text()
                    );
                }
                ::std::option::Option::None => {
                    ::std::eprintln!("error: gave up waiting before the server answered")
                }
            }
            ::std::result::Result::Ok(::std::process::ExitCode::from(1))
        }
        ::std::result::Result::Err(WaitError::Client(e)) => {
            ::std::result::Result::Err(Failure::Client(e))
        }
    }
}

/// A spinner with the job's status and the time spent, on standard error when it is a
/// terminal; nothing at all otherwise, so piped output stays clean.
struct Spinner(::std::option::Option<::indicatif::ProgressBar>);

impl Spinner {
    fn start() -> Self {
        use ::std::io::IsTerminal as _;
        if !::std::io::stderr().is_terminal() {
            return Self(::std::option::Option::None);
        }
        let bar = ::indicatif::ProgressBar::new_spinner();
        if let ::std::result::Result::Ok(style) =
            ::indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
        {
            bar.set_style(style);
        }
        bar.set_message("submitted");
        bar.enable_steady_tick(::std::time::Duration::from_millis(100));
        Self(::std::option::Option::Some(bar))
    }

    fn show(&self, job: &dyn JobState) {
        if let ::std::option::Option::Some(bar) = &self.0 {
            bar.set_message(::std::format!(
                "job {}: {}",
                job.job_id(),
                job.status_text()
            ));
        }
    }

    fn stop(self) {
        if let ::std::option::Option::Some(bar) = self.0 {
            bar.finish_and_clear();
        }
    }
}
