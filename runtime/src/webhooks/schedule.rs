//! When a failed delivery is tried again.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// The delays before each attempt (see `webhook_delivery.retry_schedule_secs`).
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    delays: Vec<Duration>,
}

/// A `Retry-After` longer than this is cut to it: a receiver cannot park a delivery for days.
const LONGEST_RETRY_AFTER: Duration = Duration::from_secs(86_400);

impl Schedule {
    pub fn from_secs(delays: &[f64]) -> Schedule {
        Schedule {
            delays: delays
                .iter()
                .map(|s| Duration::try_from_secs_f64(*s).unwrap_or(Duration::ZERO))
                .collect(),
        }
    }

    /// Attempts in all.
    pub fn attempts(&self) -> u32 {
        u32::try_from(self.delays.len()).unwrap_or(u32::MAX)
    }

    /// After attempt number `made` (1-based) failed at `now`: when to try again, or `None`
    /// when the schedule is used up. A `Retry-After` asking for longer than the schedule's
    /// delay is honoured.
    pub fn next(
        &self,
        made: u32,
        now: DateTime<Utc>,
        retry_after: Option<Duration>,
    ) -> Option<DateTime<Utc>> {
        let delay = *self.delays.get(usize::try_from(made).ok()?)?;
        let delay = delay.max(
            retry_after
                .unwrap_or(Duration::ZERO)
                .min(LONGEST_RETRY_AFTER),
        );
        let delay = chrono::Duration::from_std(delay).ok()?;
        now.checked_add_signed(delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schedule_runs_out() {
        let s = Schedule::from_secs(&[0.0, 5.0, 300.0]);
        let now = Utc::now();
        assert_eq!(s.attempts(), 3);
        assert_eq!(
            s.next(1, now, None),
            Some(now + chrono::Duration::seconds(5))
        );
        assert_eq!(
            s.next(2, now, None),
            Some(now + chrono::Duration::seconds(300))
        );
        assert_eq!(s.next(3, now, None), None);
        assert_eq!(
            s.next(1, now, Some(Duration::from_secs(60))),
            Some(now + chrono::Duration::seconds(60)),
            "a longer Retry-After wins"
        );
        assert_eq!(
            s.next(2, now, Some(Duration::from_secs(1))),
            Some(now + chrono::Duration::seconds(300)),
            "a shorter one does not"
        );
    }
}
