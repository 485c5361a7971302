//! Checks of the webhook outbox: a delivery is written with the outcome it reports, claimed
//! under a lease by one worker at a time, retried at its time, and keeps its job alive until it
//! is final.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use runtime::job::{JobStatus, NewJob, Outcome};
use runtime::store::{
    ClaimedDelivery, DeliveryBatch, DeliveryClaimRequest, DeliveryStatus, DeliveryUpdate, Store,
};

use super::{at, claim, completed, get, insert_all, job, TTL};

const DELIVERY_LEASE: Duration = Duration::from_secs(30);

fn hooked(mut j: NewJob) -> NewJob {
    j.webhook = Some("results".into());
    j
}

async fn claim_deliveries(store: &dyn Store, now: DateTime<Utc>, limit: usize) -> DeliveryBatch {
    store
        .claim_deliveries(DeliveryClaimRequest {
            lease: DELIVERY_LEASE,
            limit,
            now,
        })
        .await
        .expect("claim deliveries")
}

/// Inserts `jobs`, claims them all at `at(1)` and finishes each with `outcome` at `at(100)`.
async fn finish_all(store: &dyn Store, jobs: &[NewJob], outcome: Outcome) {
    insert_all(store, jobs).await;
    for claimed in claim(store, at(1), jobs.len(), &[]).await {
        assert!(store
            .finish(&claimed.id, &claimed.lease_token, outcome.clone(), at(100))
            .await
            .expect("finish"));
    }
}

fn delivered(at: DateTime<Utc>) -> DeliveryUpdate {
    DeliveryUpdate::Delivered {
        status_code: 204,
        at,
    }
}

pub async fn an_outcome_writes_its_delivery(store: Arc<dyn Store>) {
    let with = hooked(job("p", 0));
    let without = job("p", 1);
    let pending = get(
        &*store,
        &{
            insert_all(&*store, &[with.clone(), without.clone()]).await;
            with.id.clone()
        },
        at(2),
    )
    .await
    .expect("inserted");
    let webhook = pending.webhook.expect("the job names its endpoint");
    assert_eq!(webhook.endpoint, "results");
    assert_eq!(
        webhook.status,
        DeliveryStatus::Waiting,
        "nothing to deliver yet"
    );
    assert!(claim_deliveries(&*store, at(2), 10)
        .await
        .claimed
        .is_empty());

    for claimed in claim(&*store, at(3), 2, &[]).await {
        assert!(store
            .finish(
                &claimed.id,
                &claimed.lease_token,
                completed(r#"{"ok":1}"#),
                at(100)
            )
            .await
            .unwrap());
    }
    let record = get(&*store, &with.id, at(101)).await.unwrap();
    let webhook = record.webhook.expect("a delivery");
    assert_eq!(webhook.status, DeliveryStatus::Pending);
    assert_eq!(webhook.attempts, 0);
    assert_eq!(webhook.next_attempt_at, Some(at(100)));
    assert_eq!(
        get(&*store, &without.id, at(101)).await.unwrap().webhook,
        None
    );

    let batch = claim_deliveries(&*store, at(100), 10).await;
    assert_eq!(
        batch.claimed.len(),
        1,
        "only the job naming a webhook: {batch:?}"
    );
    let d = &batch.claimed[0];
    assert_eq!(d.job_id, with.id);
    assert_eq!(d.endpoint, "results");
    assert_eq!(d.event, "async_job.completed");
    assert_eq!(d.message_id, format!("msg_{}", with.id));
    assert_eq!(d.created_at, at(100));
    assert_eq!(d.attempts, 1);
    assert!(
        claim_deliveries(&*store, at(100), 10)
            .await
            .claimed
            .is_empty(),
        "a held delivery is not claimed twice"
    );
    let sending = get(&*store, &with.id, at(101))
        .await
        .unwrap()
        .webhook
        .unwrap();
    assert_eq!(sending.status, DeliveryStatus::Sending);

    assert!(!store
        .finish_delivery(&d.job_id, "not-the-token", delivered(at(150)))
        .await
        .unwrap());
    assert!(store
        .finish_delivery(&d.job_id, &d.lease_token, delivered(at(150)))
        .await
        .unwrap());
    let done = get(&*store, &with.id, at(200))
        .await
        .unwrap()
        .webhook
        .unwrap();
    assert_eq!(done.status, DeliveryStatus::Delivered);
    assert_eq!(done.attempts, 1);
    assert_eq!(done.last_status_code, Some(204));
    assert_eq!(done.delivered_at, Some(at(150)));
    let after = claim_deliveries(&*store, at(10_000), 10).await;
    assert!(after.claimed.is_empty());
    assert_eq!(after.next_due, None, "nothing is owed");
}

pub async fn cancels_and_failures_are_events_too(store: Arc<dyn Store>) {
    let failed = hooked(job("p", 0));
    finish_all(
        &*store,
        std::slice::from_ref(&failed),
        Outcome::Failed {
            status_code: 502,
            error: bytes::Bytes::from_static(br#"{"error":{"message":"x"}}"#),
        },
    )
    .await;
    let cancelled = hooked(job("p", 1));
    insert_all(&*store, std::slice::from_ref(&cancelled)).await;
    store
        .cancel(&cancelled.id, &cancelled.principal, cancelled.kind, at(100))
        .await
        .unwrap();
    let mut events: Vec<(String, String)> = claim_deliveries(&*store, at(100), 10)
        .await
        .claimed
        .into_iter()
        .map(|d| (d.job_id.to_string(), d.event))
        .collect();
    events.sort();
    let mut want = vec![
        (failed.id.to_string(), "async_job.failed".to_owned()),
        (cancelled.id.to_string(), "async_job.cancelled".to_owned()),
    ];
    want.sort();
    assert_eq!(events, want);
}

pub async fn a_retried_delivery_waits_for_its_time(store: Arc<dyn Store>) {
    let j = hooked(job("p", 0));
    finish_all(&*store, std::slice::from_ref(&j), completed("{}")).await;
    let first = claim_deliveries(&*store, at(100), 10)
        .await
        .claimed
        .remove(0);
    assert!(store
        .finish_delivery(
            &j.id,
            &first.lease_token,
            DeliveryUpdate::Retry {
                status_code: Some(503),
                error: "the receiver answered 503".into(),
                next_attempt_at: at(5_000),
            },
        )
        .await
        .unwrap());
    let shown = get(&*store, &j.id, at(200)).await.unwrap().webhook.unwrap();
    assert_eq!(shown.status, DeliveryStatus::Pending);
    assert_eq!(shown.last_status_code, Some(503));
    assert_eq!(
        shown.last_error.as_deref(),
        Some("the receiver answered 503")
    );
    assert_eq!(shown.next_attempt_at, Some(at(5_000)));

    let early = claim_deliveries(&*store, at(4_999), 10).await;
    assert!(early.claimed.is_empty());
    assert_eq!(early.next_due, Some(at(5_000)));
    let second = claim_deliveries(&*store, at(5_000), 10)
        .await
        .claimed
        .remove(0);
    assert_eq!(second.attempts, 2);
    assert_eq!(
        second.message_id, first.message_id,
        "the same webhook-id every time"
    );
    assert_ne!(second.lease_token, first.lease_token);
}

pub async fn a_lapsed_delivery_lease_is_reclaimed(store: Arc<dyn Store>) {
    let j = hooked(job("p", 0));
    finish_all(&*store, std::slice::from_ref(&j), completed("{}")).await;
    let lease_ms = DELIVERY_LEASE.as_millis() as i64;
    let first = claim_deliveries(&*store, at(100), 10)
        .await
        .claimed
        .remove(0);
    // The sender died: nothing is recorded.
    let held = claim_deliveries(&*store, at(100 + lease_ms - 1), 10).await;
    assert!(held.claimed.is_empty(), "held until the lease lapses");
    assert_eq!(held.next_due, Some(at(100 + lease_ms)));
    let again = claim_deliveries(&*store, at(100 + lease_ms + 1), 10)
        .await
        .claimed
        .remove(0);
    assert_eq!(again.attempts, 2);
    assert_eq!(again.message_id, first.message_id);
    assert!(
        !store
            .finish_delivery(&j.id, &first.lease_token, delivered(at(lease_ms + 200)))
            .await
            .unwrap(),
        "the first sender's late answer is refused"
    );
    assert!(store
        .finish_delivery(&j.id, &again.lease_token, delivered(at(lease_ms + 200)))
        .await
        .unwrap());
}

pub async fn an_owed_delivery_keeps_its_job_past_expiry(store: Arc<dyn Store>) {
    let j = hooked(job("p", 0));
    finish_all(
        &*store,
        std::slice::from_ref(&j),
        completed(r#"{"kept":true}"#),
    )
    .await;
    let expired = at(100 + TTL.as_millis() as i64 + 1);
    assert_eq!(store.delete_expired(expired, 100).await.unwrap(), 0);
    assert!(
        get(&*store, &j.id, expired).await.is_none(),
        "polls stop at expiry"
    );
    let kept = get(&*store, &j.id, DateTime::<Utc>::UNIX_EPOCH)
        .await
        .expect("the delivery can still read its job");
    assert_eq!(kept.status, JobStatus::Completed);
    assert!(kept.outcome.is_some());

    let d = claim_deliveries(&*store, expired, 10)
        .await
        .claimed
        .remove(0);
    assert!(store
        .finish_delivery(
            &j.id,
            &d.lease_token,
            DeliveryUpdate::Failed {
                status_code: Some(410),
                error: "gone".into()
            }
        )
        .await
        .unwrap());
    assert_eq!(store.delete_expired(expired, 100).await.unwrap(), 1);
    assert!(get(&*store, &j.id, DateTime::<Utc>::UNIX_EPOCH)
        .await
        .is_none());
    assert_eq!(claim_deliveries(&*store, expired, 10).await.next_due, None);
}

pub async fn concurrent_delivery_claims_never_share(store: Arc<dyn Store>) {
    let jobs: Vec<NewJob> = (0..24).map(|i| hooked(job("p", i))).collect();
    finish_all(&*store, &jobs, completed("{}")).await;
    let claimers = (0..4).map(|_| {
        let store = store.clone();
        tokio::spawn(async move {
            let mut mine: Vec<ClaimedDelivery> = Vec::new();
            loop {
                let batch = claim_deliveries(&*store, at(100), 3).await;
                if batch.claimed.is_empty() {
                    return mine;
                }
                mine.extend(batch.claimed);
            }
        })
    });
    let mut seen = HashSet::new();
    for claimer in claimers {
        for d in claimer.await.unwrap() {
            assert!(seen.insert(d.job_id.clone()), "{} claimed twice", d.job_id);
        }
    }
    assert_eq!(seen.len(), jobs.len());
}
