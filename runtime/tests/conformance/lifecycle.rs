//! Checks of cancel, delayed retries, listing, idempotency keys and the wake-ups a store sends.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use runtime::events::Wake;
use runtime::job::{IdempotencyKey, JobId, JobStatus, NewJob, Outcome};
use runtime::kind::JobKind;
use runtime::store::{Cancelled, Inserted, ListFilter, Store};

use super::{at, claim, completed, get, insert_all, insert_one, job, TTL};

/// Long enough for any wake-up to arrive, short enough to fail a test that misses one.
const WAKE: Duration = Duration::from_secs(5);

async fn cancel(store: &dyn Store, j: &NewJob, now: DateTime<Utc>) -> Cancelled {
    store
        .cancel(&j.id, &j.principal, j.kind, now)
        .await
        .expect("cancel")
}

fn keyed(mut j: NewJob, key: &str, hash: &str, not_before: DateTime<Utc>) -> NewJob {
    j.idempotency = Some(IdempotencyKey {
        key: key.into(),
        request_hash: hash.into(),
        not_before,
    });
    j
}

pub async fn cancel_stops_pending_and_processing_jobs(store: Arc<dyn Store>) {
    let pending = job("p", 0);
    let running = job("p", 1);
    insert_all(&*store, &[pending.clone(), running.clone()]).await;
    let claimed = claim(&*store, at(5), 1, &[]).await.remove(0);
    assert_eq!(claimed.id, pending.id, "oldest first");
    // The claimed one is the first; swap roles so `running` names the processing job.
    let (running, pending) = (pending, running);

    let events = store.events().clone();
    let mut waiter = events.subscribe(&pending.id).expect("a waiter slot");
    let mut registered = events.register_running(&running.id);

    match cancel(&*store, &pending, at(100)).await {
        Cancelled::Cancelled(r) => {
            assert_eq!(r.status, JobStatus::Cancelled);
            assert_eq!(r.completed_at, Some(at(100)));
            assert_eq!(r.expires_at, Some(at(100 + TTL.as_millis() as i64)));
            assert_eq!(r.outcome, None);
        }
        other => panic!("expected a cancel, got {other:?}"),
    }
    assert_eq!(
        tokio::time::timeout(WAKE, waiter.woken())
            .await
            .expect("waiter woken"),
        Wake::Changed
    );
    // A cancelled pending job is never claimed.
    assert!(claim(&*store, at(200), 10, &[]).await.is_empty());

    assert!(matches!(
        cancel(&*store, &running, at(300)).await,
        Cancelled::Cancelled(_)
    ));
    tokio::time::timeout(WAKE, registered.cancelled())
        .await
        .expect("the running job was told");
    // Its worker's late writes are refused.
    let late = completed(r#"{"late":true}"#);
    assert!(!store
        .finish(&running.id, &claimed.lease_token, late, at(400))
        .await
        .unwrap());
    assert!(!store
        .heartbeat(&running.id, &claimed.lease_token, super::LEASE, at(400))
        .await
        .unwrap());
    assert!(!store
        .reschedule(&running.id, &claimed.lease_token, at(500))
        .await
        .unwrap());
    assert_eq!(
        get(&*store, &running.id, at(400)).await.unwrap().status,
        JobStatus::Cancelled
    );

    // Final now: a second cancel changes nothing and names the state.
    match cancel(&*store, &running, at(500)).await {
        Cancelled::AlreadyFinal(r) => assert_eq!(r.status, JobStatus::Cancelled),
        other => panic!("expected already final, got {other:?}"),
    }
    let counts = store.counts().await.unwrap();
    assert_eq!(
        (counts.cancelled, counts.pending, counts.processing),
        (2, 0, 0)
    );

    // Another principal, another kind, an unknown id, an expired job: not found alike.
    let other = job("p", 2);
    insert_one(&*store, &other).await;
    let cases = [
        store
            .cancel(&other.id, "mallory", other.kind, at(600))
            .await,
        store
            .cancel(&other.id, &other.principal, JobKind::Embeddings, at(600))
            .await,
        store
            .cancel(&JobId::new_random(), &other.principal, other.kind, at(600))
            .await,
        store
            .cancel(
                &pending.id,
                &pending.principal,
                pending.kind,
                at(100 + TTL.as_millis() as i64),
            )
            .await,
    ];
    for case in cases {
        assert_eq!(case.unwrap(), Cancelled::NotFound);
    }
    assert_eq!(
        get(&*store, &other.id, at(600)).await.unwrap().status,
        JobStatus::Pending
    );
}

/// A cancel and a finish of the same job, at once, many times: one of them wins each time, and
/// the loser sees the winner's state.
pub async fn cancel_racing_finish_ends_in_one_state(store: Arc<dyn Store>) {
    let mut finished_first = 0;
    for round in 0..40 {
        let j = job("p", round);
        insert_one(&*store, &j).await;
        let c = claim(&*store, at(round + 1), 1, &[]).await.remove(0);
        let finish = {
            let store = Arc::clone(&store);
            let token = c.lease_token.clone();
            let id = j.id.clone();
            tokio::spawn(async move {
                store
                    .finish(&id, &token, completed(r#"{"ok":1}"#), at(1_000))
                    .await
                    .unwrap()
            })
        };
        let cancelled = cancel(&*store, &j, at(1_000)).await;
        let finished = finish.await.unwrap();
        let status = get(&*store, &j.id, at(1_001)).await.unwrap().status;
        match cancelled {
            Cancelled::Cancelled(_) => {
                assert!(!finished, "round {round}: both took effect");
                assert_eq!(status, JobStatus::Cancelled);
            }
            Cancelled::AlreadyFinal(r) => {
                assert!(finished, "round {round}: neither took effect");
                assert_eq!(r.status, JobStatus::Completed);
                assert_eq!(status, JobStatus::Completed);
                finished_first += 1;
            }
            Cancelled::NotFound => panic!("round {round}: the job vanished"),
        }
    }
    eprintln!("finish won {finished_first} of 40 races");
}

pub async fn rescheduled_jobs_wait_for_their_time(store: Arc<dyn Store>) {
    let j = job("slow", 0);
    insert_one(&*store, &j).await;
    let first = claim(&*store, at(10), 1, &[]).await.remove(0);
    assert!(!store
        .reschedule(&j.id, "not-the-token", at(5_000))
        .await
        .unwrap());
    assert!(store
        .reschedule(&j.id, &first.lease_token, at(5_000))
        .await
        .unwrap());
    let waiting = get(&*store, &j.id, at(20)).await.unwrap();
    assert_eq!(waiting.status, JobStatus::Pending);
    assert_eq!(waiting.run_after, Some(at(5_000)));
    assert_eq!(waiting.attempts, 1);

    // A younger job is claimed past it; it is not claimed before its time, by either query.
    let other = job("fast", 1);
    insert_one(&*store, &other).await;
    let got = claim(&*store, at(4_999), 10, &[]).await;
    assert_eq!(super::ids(&got), vec![other.id.clone()]);
    assert!(claim(&*store, at(4_999), 10, &[("fast", 0)])
        .await
        .is_empty());

    let again = claim(&*store, at(5_000), 10, &[("fast", 0)]).await;
    assert_eq!(super::ids(&again), vec![j.id.clone()]);
    assert_eq!(again[0].attempts, 2);
    assert_eq!(
        get(&*store, &j.id, at(5_001)).await.unwrap().run_after,
        None
    );
}

pub async fn listing_pages_newest_first(store: Arc<dyn Store>) {
    let mut mine = Vec::new();
    for i in 0..25 {
        let mut j = job("p", i);
        if i % 5 == 0 {
            j.kind = JobKind::Embeddings;
        }
        mine.push(j);
    }
    let mut theirs = job("p", 100);
    theirs.principal = "bob".into();
    insert_all(&*store, &mine).await;
    insert_one(&*store, &theirs).await;
    // One finished, one finished and expired since.
    for _ in 0..2 {
        let c = claim(&*store, at(200), 1, &[]).await.remove(0);
        assert!(store
            .finish(&c.id, &c.lease_token, completed("{}"), at(300))
            .await
            .unwrap());
    }
    let mut short = job("p", 150);
    short.ttl = Duration::from_millis(10);
    insert_one(&*store, &short).await;
    let c = claim(&*store, at(400), 30, &[]).await;
    let short_claim = c.iter().find(|c| c.id == short.id).unwrap();
    assert!(store
        .finish(
            &short.id,
            &short_claim.lease_token,
            completed("{}"),
            at(400)
        )
        .await
        .unwrap());

    let mut expected: Vec<JobId> = mine.iter().map(|j| j.id.clone()).collect();
    expected.sort();
    expected.reverse();
    let now = at(1_000);
    let filter = |before, status, kind, limit| ListFilter {
        principal: "alice",
        before,
        status,
        kind,
        limit,
        now,
    };

    // Pages of 10 walk the principal's jobs without repeats or gaps; the expired job is hidden.
    let mut seen = Vec::new();
    let mut before: Option<JobId> = None;
    loop {
        let page = store
            .list(ListFilter {
                principal: "alice",
                before: before.as_ref(),
                status: None,
                kind: None,
                limit: 10,
                now,
            })
            .await
            .unwrap();
        assert!(page
            .iter()
            .all(|r| r.principal == "alice" && r.outcome.is_none()));
        if page.is_empty() {
            break;
        }
        before = page.last().map(|r| r.id.clone());
        seen.extend(page.into_iter().map(|r| r.id));
    }
    assert_eq!(seen, expected);

    let embeddings = store
        .list(filter(None, None, Some(JobKind::Embeddings), 100))
        .await
        .unwrap();
    assert_eq!(embeddings.len(), 5);
    assert!(embeddings.iter().all(|r| r.kind == JobKind::Embeddings));
    let done = store
        .list(filter(None, Some(JobStatus::Completed), None, 100))
        .await
        .unwrap();
    assert_eq!(done.len(), 2);
    assert!(done.iter().all(|r| r.status == JobStatus::Completed));
    let after_third = store
        .list(filter(
            Some(&expected[2]),
            Some(JobStatus::Processing),
            None,
            100,
        ))
        .await
        .unwrap();
    assert!(after_third.iter().all(|r| r.id < expected[2]));

    let bobs = store
        .list(ListFilter {
            principal: "bob",
            ..filter(None, None, None, 100)
        })
        .await
        .unwrap();
    assert_eq!(
        bobs.iter().map(|r| &r.id).collect::<Vec<_>>(),
        vec![&theirs.id]
    );
}

pub async fn idempotency_keys_return_the_holder(store: Arc<dyn Store>) {
    let since = at(0);
    let first = keyed(job("p", 10), "k1", "h1", since);
    assert_eq!(
        store.insert(first.clone()).await.unwrap(),
        Inserted::Created
    );

    // The same key again: nothing new, the first job back with its hash.
    match store
        .insert(keyed(job("p", 20), "k1", "h2", since))
        .await
        .unwrap()
    {
        Inserted::Existing {
            record,
            request_hash,
        } => {
            assert_eq!(record.id, first.id);
            assert_eq!(request_hash, "h1");
        }
        other => panic!("expected the holder, got {other:?}"),
    }
    assert_eq!(store.counts().await.unwrap().pending, 1);

    // Keys are per principal.
    let mut bobs = keyed(job("p", 30), "k1", "h1", since);
    bobs.principal = "bob".into();
    assert_eq!(store.insert(bobs).await.unwrap(), Inserted::Created);

    // A holder older than the key's window gives it up to the new job, which then holds it.
    let later = keyed(job("p", 40), "k1", "h3", at(11));
    assert_eq!(
        store.insert(later.clone()).await.unwrap(),
        Inserted::Created
    );
    match store
        .insert(keyed(job("p", 50), "k1", "h3", at(11)))
        .await
        .unwrap()
    {
        Inserted::Existing { record, .. } => assert_eq!(record.id, later.id),
        other => panic!("expected the new holder, got {other:?}"),
    }
    // The first job is still there, only without its key.
    assert!(get(&*store, &first.id, at(60)).await.is_some());

    // An expired holder gives it up too.
    let mut brief = keyed(job("p", 60), "k2", "h", since);
    brief.ttl = Duration::from_millis(5);
    insert_one(&*store, &brief).await;
    let c = claim(&*store, at(70), 10, &[])
        .await
        .into_iter()
        .find(|c| c.id == brief.id)
        .unwrap();
    assert!(store
        .finish(&brief.id, &c.lease_token, completed("{}"), at(80))
        .await
        .unwrap());
    let replacement = keyed(job("p", 85), "k2", "h", since);
    assert_eq!(store.insert(replacement).await.unwrap(), Inserted::Created);

    // Reaped with its job: the key is free again.
    assert!(store.delete_expired(at(100), 100).await.unwrap() >= 1);
}

pub async fn concurrent_duplicate_keys_create_one_job(store: Arc<dyn Store>) {
    let inserts: Vec<_> = (0..100)
        .map(|i| {
            let store = Arc::clone(&store);
            let j = keyed(job("p", i), "same", "hash", at(0));
            tokio::spawn(async move { (j.id.clone(), store.insert(j).await.unwrap()) })
        })
        .collect();
    let mut created = Vec::new();
    let mut returned = HashSet::new();
    for insert in inserts {
        match insert.await.unwrap() {
            (id, Inserted::Created) => created.push(id),
            (_, Inserted::Existing { record, .. }) => {
                returned.insert(record.id);
            }
        }
    }
    assert_eq!(created.len(), 1, "{created:?}");
    assert!(returned.iter().all(|id| *id == created[0]), "{returned:?}");
    assert_eq!(store.counts().await.unwrap().pending, 1);
}

pub async fn finishing_wakes_waiters(store: Arc<dyn Store>) {
    let j = job("p", 0);
    insert_one(&*store, &j).await;
    let c = claim(&*store, at(1), 1, &[]).await.remove(0);
    let events = store.events().clone();
    let mut waiters: Vec<_> = (0..3)
        .map(|_| events.subscribe(&j.id).expect("a waiter slot"))
        .collect();
    let mut unrelated = events.subscribe(&JobId::new_random()).unwrap();
    let failure = Outcome::Failed {
        status_code: 500,
        error: bytes::Bytes::from_static(b"{}"),
    };
    assert!(store
        .finish(&j.id, &c.lease_token, failure, at(2))
        .await
        .unwrap());
    for w in &mut waiters {
        assert_eq!(
            tokio::time::timeout(WAKE, w.woken()).await.expect("woken"),
            Wake::Changed
        );
    }
    assert!(
        tokio::time::timeout(Duration::from_millis(200), unrelated.woken())
            .await
            .is_err(),
        "a waiter of another job was woken"
    );
    drop(waiters);
    drop(unrelated);
    assert_eq!(events.waiting(), 0);
}
