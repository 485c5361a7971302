//! Column values every backend stores the same way: durations in milliseconds, counters, and
//! the error a job gets when its stored request cannot be read back.

use std::time::Duration;

use crate::store::StoreError;

/// Longest TTL or lease kept, in milliseconds (about 100 years). Clamping keeps
/// `now + duration` far from `i64` overflow and inside the range of every timestamp type.
pub(crate) const MAX_DURATION_MS: i64 = 100 * 366 * 24 * 60 * 60 * 1000;

/// A duration as stored: whole milliseconds, clamped to [`MAX_DURATION_MS`].
pub(crate) fn duration_ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis())
        .unwrap_or(MAX_DURATION_MS)
        .min(MAX_DURATION_MS)
}

/// A row that does not hold what was written.
pub(crate) fn corrupt(id: &str, what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("job {id}: {what}"))
}

/// A stored TTL back as a duration.
pub(crate) fn ttl(id: &str, ms: i64) -> Result<Duration, StoreError> {
    u64::try_from(ms)
        .map(Duration::from_millis)
        .map_err(|_| corrupt(id, format!("ttl_ms {ms} is negative")))
}

/// A stored counter (attempts) back as `u32`, whatever integer width the backend reads.
pub(crate) fn count<N>(id: &str, column: &str, n: N) -> Result<u32, StoreError>
where
    N: TryInto<u32> + std::fmt::Display + Copy,
{
    n.try_into()
        .map_err(|_| corrupt(id, format!("{column} {n} is out of range")))
}

/// Error body stored on a job whose stored request cannot be read back. Failing it (instead of
/// returning an error from `claim`) keeps one damaged row from blocking the queue for good,
/// since it would otherwise stay the oldest claimable job forever.
pub(crate) fn corrupt_job_error(detail: &str) -> Vec<u8> {
    use crate::bifrost_error::{code, BifrostError, ErrorField, ErrorType};
    let field = ErrorField::gateway(
        ErrorType::Server,
        code::STORED_JOB_DAMAGED,
        format!("the stored request could not be read: {detail}"),
    );
    BifrostError::gateway(500, field).to_bytes().to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_clamped() {
        assert_eq!(duration_ms(Duration::from_millis(1500)), 1500);
        assert_eq!(duration_ms(Duration::MAX), MAX_DURATION_MS);
    }

    #[test]
    fn bad_counters_and_ttls_are_corrupt() {
        assert_eq!(count("j", "attempts", 3_i64).unwrap(), 3);
        assert!(
            matches!(count("j", "attempts", -1_i32), Err(StoreError::Corrupt(m)) if m.contains("attempts -1"))
        );
        assert!(matches!(ttl("j", -5), Err(StoreError::Corrupt(m)) if m.contains("ttl_ms -5")));
    }
}
