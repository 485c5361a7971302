//! One conformance suite for the `Store` trait, run against every backend.
//!
//! The checks in [`conformance`] see only `dyn Store` (and, for the reopen check, a
//! [`Backend`] that can close and open the same database again). A backend joins by
//! implementing [`Backend`] and invoking [`conformance_suite!`] in its own module, which makes
//! one `#[tokio::test]` per check; the SQLite module below is the example. Checks that only
//! make sense for one backend (its file format, its schema versions) live in that module.
//!
//! The PostgreSQL module runs when `GATEWAY_TEST_POSTGRES_URL` names a server its user may
//! create databases on (`postgres://postgres@127.0.0.1:5432/test`); each test gets a database
//! of its own, dropped at the end, so they run in parallel. Without the variable its tests
//! print that they were skipped.
//!
//! Times are fixed millisecond instants (stores keep milliseconds), never the wall clock, so
//! every expiry and lease boundary is tested exactly.

use std::sync::Arc;

use async_trait::async_trait;
use runtime::store::Store;

/// A store implementation under test: how to get a fresh empty one, and how to close it so
/// the same database can be opened again.
#[async_trait]
pub trait Backend: Send + Sync + Sized + 'static {
    type S: Store;
    /// A new backend on a new, empty database.
    async fn create() -> Self;
    /// Opens a store on this backend's database.
    async fn open(&self) -> Arc<Self::S>;
    /// Closes a store after everything it accepted is committed.
    async fn close(&self, store: Arc<Self::S>);
    /// Why this backend cannot be tested here (say, no database server configured); its
    /// checks then print that and pass without running.
    fn skip_reason() -> Option<String> {
        None
    }
}

/// Makes one `#[tokio::test]` per conformance check for a [`Backend`] type.
macro_rules! conformance_suite {
    ($backend:ty) => {
        conformance_suite!(@store $backend;
            insert_then_get,
            unknown_id_is_none,
            expired_job_is_invisible,
            concurrent_claimers_never_share_a_job,
            claim_takes_oldest_first,
            claim_skips_providers,
            claim_takes_no_more_than_a_providers_room,
            claim_respects_limit,
            lapsed_lease_is_reclaimed,
            stale_token_cannot_overwrite_newer_outcome,
            heartbeat_extends_lease,
            release_returns_job_to_queue,
            finish_records_outcome_and_drops_payload,
            delete_expired_only_deletes_expired,
            counts_follow_operations,
            multipart_payload_round_trips,
            concurrent_inserts_are_all_visible,
            concurrent_finishes_each_take_once,
            duplicate_insert_fails_alone,
            wait_for_work_wakes_on_new_work,
            cancel_stops_pending_and_processing_jobs,
            cancel_racing_finish_ends_in_one_state,
            rescheduled_jobs_wait_for_their_time,
            listing_pages_newest_first,
            idempotency_keys_return_the_holder,
            concurrent_duplicate_keys_create_one_job,
            finishing_wakes_waiters,
            an_outcome_writes_its_delivery,
            cancels_and_failures_are_events_too,
            a_retried_delivery_waits_for_its_time,
            a_lapsed_delivery_lease_is_reclaimed,
            an_owed_delivery_keeps_its_job_past_expiry,
            concurrent_delivery_claims_never_share,
        );
        conformance_suite!(@backend $backend; data_survives_reopen);
    };
    (@store $backend:ty; $($check:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn $check() {
                if let Some(why) = <$backend as $crate::Backend>::skip_reason() {
                    eprintln!("skipped {}: {why}", stringify!($check));
                    return;
                }
                let backend = <$backend as $crate::Backend>::create().await;
                let store = $crate::Backend::open(&backend).await;
                $crate::conformance::$check(store.clone()).await;
                $crate::Backend::close(&backend, store).await;
            }
        )*
    };
    (@backend $backend:ty; $($check:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn $check() {
                if let Some(why) = <$backend as $crate::Backend>::skip_reason() {
                    eprintln!("skipped {}: {why}", stringify!($check));
                    return;
                }
                let backend = <$backend as $crate::Backend>::create().await;
                $crate::conformance::$check(&backend).await;
            }
        )*
    };
}

pub mod conformance {
    mod lifecycle;
    mod webhooks;
    pub use lifecycle::*;
    pub use webhooks::*;

    use std::collections::{BTreeSet, HashSet};
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use bytes::Bytes;
    use chrono::{DateTime, Utc};
    use runtime::job::{ClaimedJob, JobId, JobRecord, JobStatus, NewJob, Outcome, Part, Payload};
    use runtime::kind::JobKind;
    use runtime::store::{ClaimRequest, ProviderRoom, StatusCounts, Store, StoreError};

    use super::Backend;

    /// The suite's epoch: 2023-11-14T22:13:20Z.
    const T0_MS: i64 = 1_700_000_000_000;
    const LEASE: Duration = Duration::from_secs(30);
    const TTL: Duration = Duration::from_secs(3600);

    /// `ms` milliseconds after the suite's epoch.
    fn at(ms: i64) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(T0_MS + ms).expect("valid test time")
    }

    fn json(text: &str) -> Payload {
        Payload::Json(Bytes::copy_from_slice(text.as_bytes()))
    }

    fn job(provider: &str, created_ms: i64) -> NewJob {
        NewJob {
            id: JobId::new_random(),
            kind: JobKind::ChatCompletions,
            principal: "alice".into(),
            provider: provider.into(),
            payload: json(&format!(r#"{{"model":"{provider}/m","n":{created_ms}}}"#)),
            ttl: TTL,
            created_at: at(created_ms),
            idempotency: None,
            webhook: None,
        }
    }

    async fn insert_all(store: &dyn Store, jobs: &[NewJob]) {
        for j in jobs {
            store.insert(j.clone()).await.expect("insert");
        }
    }

    async fn insert_one(store: &dyn Store, job: &NewJob) {
        store.insert(job.clone()).await.expect("insert");
    }

    /// Claims at most `limit` jobs, and at most the given room of the providers named.
    async fn claim(
        store: &dyn Store,
        now: DateTime<Utc>,
        limit: usize,
        room: &[(&str, usize)],
    ) -> Vec<ClaimedJob> {
        let room: Vec<ProviderRoom> = room.iter().map(|&(p, n)| ProviderRoom::new(p, n)).collect();
        store
            .claim(ClaimRequest {
                worker: "test-worker",
                lease: LEASE,
                limit,
                provider_room: &room,
                now,
            })
            .await
            .expect("claim")
    }

    async fn get(store: &dyn Store, id: &JobId, now: DateTime<Utc>) -> Option<JobRecord> {
        store.get(id, now).await.expect("get")
    }

    fn ids<'a>(jobs: impl IntoIterator<Item = &'a ClaimedJob>) -> Vec<JobId> {
        jobs.into_iter().map(|j| j.id.clone()).collect()
    }

    fn completed(body: &'static str) -> Outcome {
        Outcome::Completed {
            status_code: 200,
            result: Bytes::from_static(body.as_bytes()),
        }
    }

    pub async fn insert_then_get(store: Arc<dyn Store>) {
        let mut a = job("openai", 0);
        a.kind = JobKind::Embeddings;
        a.principal = "principal with spaces and ünïcode".into();
        a.ttl = Duration::from_millis(90_500);
        let mut b = job("echo", 5);
        b.kind = JobKind::ImagesVariations;
        insert_all(&*store, &[a.clone(), b.clone()]).await;

        for new in [&a, &b] {
            let got = get(&*store, &new.id, at(10))
                .await
                .expect("inserted job is visible");
            let want = JobRecord {
                id: new.id.clone(),
                kind: new.kind,
                principal: new.principal.clone(),
                provider: new.provider.clone(),
                status: JobStatus::Pending,
                ttl: new.ttl,
                created_at: new.created_at,
                completed_at: None,
                expires_at: None,
                attempts: 0,
                run_after: None,
                outcome: None,
                webhook: None,
            };
            assert_eq!(got, want);
        }
        // A pending job never expires, however late it is read.
        assert!(get(&*store, &a.id, at(10 * 365 * 86_400_000))
            .await
            .is_some());
    }

    pub async fn unknown_id_is_none(store: Arc<dyn Store>) {
        insert_all(&*store, &[job("echo", 0)]).await;
        assert_eq!(get(&*store, &JobId::new_random(), at(1)).await, None);
    }

    pub async fn expired_job_is_invisible(store: Arc<dyn Store>) {
        let mut j = job("echo", 0);
        j.ttl = Duration::from_secs(60);
        insert_one(&*store, &j).await;
        let c = claim(&*store, at(1_000), 1, &[]).await;
        assert!(store
            .finish(&j.id, &c[0].lease_token, completed("{}"), at(2_000))
            .await
            .unwrap());
        let expires = 2_000 + 60_000;
        let before = get(&*store, &j.id, at(expires - 1)).await;
        assert_eq!(before.and_then(|r| r.expires_at), Some(at(expires)));
        assert_eq!(
            get(&*store, &j.id, at(expires)).await,
            None,
            "at expires_at"
        );
        assert_eq!(get(&*store, &j.id, at(expires + 1)).await, None, "after");
        assert_eq!(get(&*store, &j.id, at(expires + 86_400_000)).await, None);
    }

    pub async fn concurrent_claimers_never_share_a_job(store: Arc<dyn Store>) {
        let jobs: Vec<NewJob> = (0..200)
            .map(|i| job(["a", "b", "c"][i % 3], i as i64))
            .collect();
        insert_all(&*store, &jobs).await;

        let mut tasks = tokio::task::JoinSet::new();
        for worker in 0..8 {
            let store = Arc::clone(&store);
            tasks.spawn(async move {
                let name = format!("worker-{worker}");
                let mut mine = Vec::new();
                loop {
                    let got = store
                        .claim(ClaimRequest {
                            worker: &name,
                            lease: LEASE,
                            limit: 1 + worker % 4,
                            provider_room: &[],
                            now: at(1_000),
                        })
                        .await
                        .expect("claim");
                    if got.is_empty() {
                        return mine;
                    }
                    mine.extend(got.into_iter().map(|j| j.id));
                    tokio::task::yield_now().await;
                }
            });
        }
        let mut all = Vec::new();
        let mut busy_workers = 0;
        while let Some(mine) = tasks.join_next().await {
            let mine = mine.expect("claimer task");
            busy_workers += usize::from(!mine.is_empty());
            all.extend(mine);
        }
        let unique: HashSet<&JobId> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "a job was handed out twice");
        let want: HashSet<&JobId> = jobs.iter().map(|j| &j.id).collect();
        assert_eq!(unique, want, "every job is claimed exactly once");
        assert!(busy_workers > 1, "claims were not concurrent");
        assert!(claim(&*store, at(2_000), 10, &[]).await.is_empty());
    }

    pub async fn claim_takes_oldest_first(store: Arc<dyn Store>) {
        // Inserted out of order, with two jobs created in the same millisecond.
        let mut jobs: Vec<NewJob> = [50, 10, 40, 20, 20, 30]
            .iter()
            .map(|&t| job("p", t))
            .collect();
        insert_all(&*store, &jobs).await;
        jobs.sort_by(|x, y| (x.created_at, x.id.as_str()).cmp(&(y.created_at, y.id.as_str())));

        let first = claim(&*store, at(100), 2, &[]).await;
        assert_eq!(ids(&first), ids_of(&jobs[..2]));
        let mut rest = Vec::new();
        for _ in 0..4 {
            rest.extend(claim(&*store, at(100), 1, &[]).await);
        }
        assert_eq!(ids(&rest), ids_of(&jobs[2..]));

        // A lapsed job competes by age with pending ones: the oldest of both comes first.
        let newer = job("p", 60);
        insert_one(&*store, &newer).await;
        let lapsed = at(100 + LEASE.as_millis() as i64 + 1);
        let next = claim(&*store, lapsed, 2, &[]).await;
        assert_eq!(ids(&next), ids_of(&jobs[..2]));
        let last = claim(&*store, lapsed, 10, &[]).await;
        let want: Vec<JobId> = ids_of(&jobs[2..]).into_iter().chain([newer.id]).collect();
        assert_eq!(ids(&last), want);
    }

    fn ids_of(jobs: &[NewJob]) -> Vec<JobId> {
        jobs.iter().map(|j| j.id.clone()).collect()
    }

    pub async fn claim_skips_providers(store: Arc<dyn Store>) {
        let a = job("a", 0);
        let b = job("b", 1);
        let c1 = job("c", 2);
        let c2 = job("c", 3);
        let d = job("d", 4);
        insert_all(
            &*store,
            &[a.clone(), b.clone(), c1.clone(), c2.clone(), d.clone()],
        )
        .await;

        let got = claim(&*store, at(10), 10, &[("a", 0), ("b", 0)]).await;
        assert_eq!(ids(&got), vec![c1.id.clone(), c2.id.clone(), d.id.clone()]);

        // Skipped providers' jobs are still there for a claim that does not skip them, and a
        // skipped provider's lapsed job is not reclaimed either.
        let only_a = claim(&*store, at(10), 1, &[("b", 0)]).await;
        assert_eq!(ids(&only_a), vec![a.id.clone()]);
        let lapsed = at(10 + LEASE.as_millis() as i64 + 1);
        let got = claim(&*store, lapsed, 10, &[("a", 0), ("c", 0), ("d", 0)]).await;
        assert_eq!(ids(&got), vec![b.id.clone()]);
        let got = claim(&*store, lapsed, 10, &[("c", 0), ("d", 0), ("b", 0)]).await;
        assert_eq!(ids(&got), vec![a.id.clone()]);
    }

    /// A provider with room for a few more jobs gets no more than that, oldest first, and the
    /// rest of the claim goes to other providers' jobs, even newer ones; a lapsed job counts
    /// against its provider's room like a pending one.
    pub async fn claim_takes_no_more_than_a_providers_room(store: Arc<dyn Store>) {
        let busy: Vec<NewJob> = (0..6).map(|i| job("busy", i)).collect();
        let other: Vec<NewJob> = (10..13).map(|i| job("other", i)).collect();
        insert_all(&*store, &busy).await;
        insert_all(&*store, &other).await;

        let got = claim(&*store, at(100), 4, &[("busy", 2)]).await;
        let want: Vec<JobId> = ids_of(&busy[..2])
            .into_iter()
            .chain(ids_of(&other[..2]))
            .collect();
        assert_eq!(ids(&got), want);

        // Room for one: the job whose lease lapsed is older than every pending one of its
        // provider, so it is the one taken.
        let lapsed = at(100 + LEASE.as_millis() as i64 + 1);
        let got = claim(&*store, lapsed, 10, &[("busy", 1), ("other", 0)]).await;
        assert_eq!(ids(&got), ids_of(&busy[..1]));
        let got = claim(&*store, lapsed, 10, &[("busy", 3)]).await;
        let want: Vec<JobId> = ids_of(&busy[1..4])
            .into_iter()
            .chain(ids_of(&other))
            .collect();
        assert_eq!(ids(&got), want);
    }

    pub async fn claim_respects_limit(store: Arc<dyn Store>) {
        let jobs: Vec<NewJob> = (0..10).map(|i| job("p", i)).collect();
        insert_all(&*store, &jobs).await;
        assert!(claim(&*store, at(100), 0, &[]).await.is_empty());
        assert_eq!(claim(&*store, at(100), 3, &[]).await.len(), 3);
        assert_eq!(claim(&*store, at(100), 1, &[]).await.len(), 1);
        assert_eq!(claim(&*store, at(100), 100, &[]).await.len(), 6);
        assert!(claim(&*store, at(100), 100, &[]).await.is_empty());
        // With providers skipped, too.
        let more: Vec<NewJob> = (0..6)
            .map(|i| job(["x", "y"][i % 2], 200 + i as i64))
            .collect();
        insert_all(&*store, &more).await;
        let got = claim(&*store, at(300), 2, &[("nobody", 0), ("x", 5)]).await;
        assert_eq!(ids(&got), ids_of(&more[..2]));
    }

    pub async fn lapsed_lease_is_reclaimed(store: Arc<dyn Store>) {
        let j = job("p", 0);
        insert_one(&*store, &j).await;
        let first = claim(&*store, at(1_000), 1, &[]).await;
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].attempts, 1);
        let expiry = 1_000 + LEASE.as_millis() as i64;
        assert!(claim(&*store, at(expiry - 1), 1, &[]).await.is_empty());
        assert!(
            claim(&*store, at(expiry), 1, &[]).await.is_empty(),
            "a lease is held up to its expiry"
        );
        let second = claim(&*store, at(expiry + 1), 1, &[]).await;
        assert_eq!(ids(&second), vec![j.id.clone()]);
        assert_eq!(second[0].attempts, 2);
        assert_ne!(second[0].lease_token, first[0].lease_token);
        assert_eq!(second[0].payload, j.payload);
        let rec = get(&*store, &j.id, at(expiry + 2)).await.unwrap();
        assert_eq!((rec.status, rec.attempts), (JobStatus::Processing, 2));
    }

    pub async fn stale_token_cannot_overwrite_newer_outcome(store: Arc<dyn Store>) {
        let j = job("p", 0);
        insert_one(&*store, &j).await;
        let old = claim(&*store, at(0), 1, &[]).await.remove(0);
        let later = at(LEASE.as_millis() as i64 + 1);
        let new = claim(&*store, later, 1, &[]).await.remove(0);

        // While the new holder works, the old one can do nothing.
        let failed = Outcome::Failed {
            status_code: 502,
            error: Bytes::from_static(br#"{"error":{"message":"old"}}"#),
        };
        assert!(!store
            .finish(&j.id, &old.lease_token, failed.clone(), later)
            .await
            .unwrap());
        assert!(!store
            .heartbeat(&j.id, &old.lease_token, LEASE, later)
            .await
            .unwrap());
        assert!(!store.release(&j.id, &old.lease_token).await.unwrap());
        let rec = get(&*store, &j.id, later).await.unwrap();
        assert_eq!((rec.status, rec.outcome), (JobStatus::Processing, None));

        assert!(store
            .finish(&j.id, &new.lease_token, completed(r#"{"new":1}"#), later)
            .await
            .unwrap());
        // Nor after the new holder finished.
        assert!(!store
            .finish(&j.id, &old.lease_token, failed, later)
            .await
            .unwrap());
        assert!(!store
            .finish(&j.id, "not-a-token", completed("{}"), later)
            .await
            .unwrap());
        let rec = get(&*store, &j.id, later).await.unwrap();
        assert_eq!(rec.status, JobStatus::Completed);
        assert_eq!(rec.outcome, Some(completed(r#"{"new":1}"#)));
        assert_eq!(rec.completed_at, Some(later));
    }

    pub async fn heartbeat_extends_lease(store: Arc<dyn Store>) {
        let j = job("p", 0);
        insert_one(&*store, &j).await;
        let c = claim(&*store, at(0), 1, &[]).await.remove(0);
        // Lease ran to 30 s; a heartbeat at 20 s moves it to 50 s.
        assert!(store
            .heartbeat(&j.id, &c.lease_token, LEASE, at(20_000))
            .await
            .unwrap());
        assert!(
            claim(&*store, at(40_000), 1, &[]).await.is_empty(),
            "heartbeat did not extend"
        );
        assert!(claim(&*store, at(50_000), 1, &[]).await.is_empty());
        let again = claim(&*store, at(50_001), 1, &[]).await;
        assert_eq!(ids(&again), vec![j.id.clone()]);
        // The token still worked for the heartbeat, not after the reclaim.
        assert!(!store
            .heartbeat(&j.id, &c.lease_token, LEASE, at(50_002))
            .await
            .unwrap());
        // Unknown job or token.
        assert!(!store
            .heartbeat(&JobId::new_random(), &c.lease_token, LEASE, at(1))
            .await
            .unwrap());
    }

    pub async fn release_returns_job_to_queue(store: Arc<dyn Store>) {
        let j = job("p", 0);
        insert_one(&*store, &j).await;
        let c = claim(&*store, at(0), 1, &[]).await.remove(0);
        assert!(!store.release(&j.id, "wrong-token").await.unwrap());
        assert!(store.release(&j.id, &c.lease_token).await.unwrap());
        let rec = get(&*store, &j.id, at(1)).await.unwrap();
        assert_eq!(rec.status, JobStatus::Pending);
        assert!(
            !store.release(&j.id, &c.lease_token).await.unwrap(),
            "released twice"
        );
        assert!(!store
            .finish(&j.id, &c.lease_token, completed("{}"), at(1))
            .await
            .unwrap());

        // Claimable again at once, well before the old lease would have lapsed.
        let again = claim(&*store, at(2), 1, &[]).await;
        assert_eq!(ids(&again), vec![j.id.clone()]);
        assert_ne!(again[0].lease_token, c.lease_token);
        assert_eq!(again[0].payload, j.payload);
        assert!(store
            .finish(&j.id, &again[0].lease_token, completed("{}"), at(3))
            .await
            .unwrap());
        assert!(
            !store.release(&j.id, &again[0].lease_token).await.unwrap(),
            "released after finish"
        );
    }

    pub async fn finish_records_outcome_and_drops_payload(store: Arc<dyn Store>) {
        let mut ok = job("p", 0);
        ok.ttl = Duration::from_secs(120);
        let mut bad = job("p", 1);
        bad.ttl = Duration::from_millis(1_500);
        insert_all(&*store, &[ok.clone(), bad.clone()]).await;
        let claimed = claim(&*store, at(10), 2, &[]).await;
        let token = |id: &JobId| {
            claimed
                .iter()
                .find(|c| &c.id == id)
                .unwrap()
                .lease_token
                .clone()
        };

        let result = completed(r#"{"choices":[]}"#);
        assert!(store
            .finish(&ok.id, &token(&ok.id), result.clone(), at(5_000))
            .await
            .unwrap());
        let error = Outcome::Failed {
            status_code: 429,
            error: Bytes::from_static(br#"{"is_bifrost_error":false,"status_code":429}"#),
        };
        assert!(store
            .finish(&bad.id, &token(&bad.id), error.clone(), at(6_000))
            .await
            .unwrap());
        assert!(
            !store
                .finish(&ok.id, &token(&ok.id), completed("{}"), at(7_000))
                .await
                .unwrap(),
            "finished twice"
        );

        let rec = get(&*store, &ok.id, at(7_000)).await.unwrap();
        assert_eq!(rec.status, JobStatus::Completed);
        assert_eq!(rec.completed_at, Some(at(5_000)));
        assert_eq!(rec.expires_at, Some(at(5_000 + 120_000)));
        assert_eq!(rec.outcome, Some(result));
        assert_eq!(rec.attempts, 1);
        assert_eq!(rec.created_at, ok.created_at);
        let rec = get(&*store, &bad.id, at(7_000 - 1)).await.unwrap();
        assert_eq!(rec.status, JobStatus::Failed);
        assert_eq!(rec.expires_at, Some(at(6_000 + 1_500)));
        assert_eq!(rec.outcome, Some(error));

        // Terminal jobs are never handed out again, whatever the time.
        assert!(claim(&*store, at(8_000), 10, &[]).await.is_empty());
        assert!(claim(&*store, at(86_400_000), 10, &[]).await.is_empty());
    }

    pub async fn delete_expired_only_deletes_expired(store: Arc<dyn Store>) {
        // Three jobs finished with a 10 s TTL at 1 s, 2 s, 3 s; one finished with 1 h TTL; one
        // pending; one processing.
        let jobs: Vec<NewJob> = (0..6)
            .map(|i| {
                let mut j = job("p", i);
                j.ttl = if i == 3 { TTL } else { Duration::from_secs(10) };
                j
            })
            .collect();
        insert_all(&*store, &jobs).await;
        let claimed = claim(&*store, at(100), 5, &[]).await;
        for (i, c) in claimed.iter().take(4).enumerate() {
            let when = at(1_000 * (i as i64 + 1));
            assert!(store
                .finish(&c.id, &c.lease_token, completed("{}"), when)
                .await
                .unwrap());
        }
        // Nothing has expired yet at 10.999 s.
        assert_eq!(store.delete_expired(at(10_999), 100).await.unwrap(), 0);
        assert_eq!(store.delete_expired(at(60_000), 0).await.unwrap(), 0);
        // At 13 s, the three 10 s jobs have (the last exactly now); the limit holds.
        assert_eq!(store.delete_expired(at(13_000), 2).await.unwrap(), 2);
        assert_eq!(store.delete_expired(at(13_000), 2).await.unwrap(), 1);
        assert_eq!(store.delete_expired(at(13_000), 2).await.unwrap(), 0);

        // Deleted jobs are gone even for a read "in the past"; the others remain.
        for j in &jobs[..3] {
            assert_eq!(get(&*store, &j.id, at(0)).await, None);
        }
        for j in &jobs[3..] {
            assert!(get(&*store, &j.id, at(13_000)).await.is_some(), "{}", j.id);
        }
        // Far in the future only the finished one goes; pending and processing jobs stay.
        assert_eq!(
            store
                .delete_expired(at(10 * 86_400_000), 100)
                .await
                .unwrap(),
            1
        );
        assert!(get(&*store, &jobs[4].id, at(10 * 86_400_000))
            .await
            .is_some());
        assert!(get(&*store, &jobs[5].id, at(10 * 86_400_000))
            .await
            .is_some());
    }

    pub async fn counts_follow_operations(store: Arc<dyn Store>) {
        let counts = |p, r, c, f| StatusCounts {
            pending: p,
            processing: r,
            completed: c,
            failed: f,
            cancelled: 0,
        };
        assert_eq!(store.counts().await.unwrap(), counts(0, 0, 0, 0));
        let jobs: Vec<NewJob> = (0..7).map(|i| job("p", i)).collect();
        insert_all(&*store, &jobs).await;
        assert_eq!(store.counts().await.unwrap(), counts(7, 0, 0, 0));

        let c = claim(&*store, at(10), 4, &[]).await;
        assert_eq!(store.counts().await.unwrap(), counts(3, 4, 0, 0));
        assert!(store
            .finish(&c[0].id, &c[0].lease_token, completed("{}"), at(20))
            .await
            .unwrap());
        let failed = Outcome::Failed {
            status_code: 500,
            error: Bytes::from_static(b"{}"),
        };
        assert!(store
            .finish(&c[1].id, &c[1].lease_token, failed, at(20))
            .await
            .unwrap());
        assert!(store.release(&c[2].id, &c[2].lease_token).await.unwrap());
        assert!(store
            .heartbeat(&c[3].id, &c[3].lease_token, LEASE, at(20))
            .await
            .unwrap());
        // Refused operations change nothing.
        assert!(!store
            .finish(&c[0].id, &c[0].lease_token, completed("{}"), at(20))
            .await
            .unwrap());
        assert_eq!(store.counts().await.unwrap(), counts(4, 1, 1, 1));

        // The released job goes back by age; the lapsed one is reclaimed without being counted
        // twice.
        let lapsed = at(20 + LEASE.as_millis() as i64 + 1);
        let re = claim(&*store, lapsed, 2, &[]).await;
        assert_eq!(ids(&re), vec![c[2].id.clone(), c[3].id.clone()]);
        assert_eq!(store.counts().await.unwrap(), counts(3, 2, 1, 1));

        assert_eq!(
            store.delete_expired(at(86_400_000 * 2), 10).await.unwrap(),
            2
        );
        assert_eq!(store.counts().await.unwrap(), counts(3, 2, 0, 0));
    }

    pub async fn multipart_payload_round_trips(store: Arc<dyn Store>) {
        let every_byte: Vec<u8> = (0..=255u8).cycle().take(256 * 4 + 3).collect();
        let big: Vec<u8> = (0..(3 << 20))
            .map(|i: u32| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let payload = Payload::Multipart(vec![
            Part {
                name: "model".into(),
                file_name: None,
                content_type: None,
                data: Bytes::from_static(b"echo/whisper-1"),
            },
            Part {
                name: "file".into(),
                file_name: Some("tone \"A\" ✓.wav".into()),
                content_type: Some("audio/wav".into()),
                data: Bytes::from(every_byte),
            },
            Part {
                name: "image[]".into(),
                file_name: Some(String::new()),
                content_type: Some("image/png".into()),
                data: Bytes::new(),
            },
            Part {
                name: "image[]".into(),
                file_name: Some("big.png".into()),
                content_type: None,
                data: Bytes::from(big),
            },
        ]);
        let mut j = job("echo", 0);
        j.kind = JobKind::ImagesEdits;
        j.payload = payload.clone();
        let mut empty = job("echo", 1);
        empty.payload = Payload::Json(Bytes::new());
        let mut large_json = job("echo", 2);
        let text = format!(r#"{{"model":"echo/m","input":"{}"}}"#, "ü".repeat(300_000));
        large_json.payload = Payload::Json(Bytes::from(text));
        insert_all(&*store, &[j.clone(), empty.clone(), large_json.clone()]).await;

        let got = claim(&*store, at(10), 3, &[]).await;
        assert_eq!(got.len(), 3);
        assert!(
            got[2].payload == large_json.payload,
            "a large JSON payload changed in the store"
        );
        assert_eq!(got[0].id, j.id);
        assert_eq!(got[0].kind, JobKind::ImagesEdits);
        assert_eq!(got[0].principal, j.principal);
        assert_eq!(got[0].provider, j.provider);
        assert_eq!(got[0].ttl, j.ttl);
        assert!(
            got[0].payload == payload,
            "multipart payload changed in the store"
        );
        assert_eq!(got[1].payload, Payload::Json(Bytes::new()));
    }

    pub async fn concurrent_inserts_are_all_visible(store: Arc<dyn Store>) {
        const N: usize = 1_000;
        let jobs: Vec<NewJob> = (0..N).map(|i| job("p", i as i64)).collect();
        let started = Instant::now();
        let mut tasks = tokio::task::JoinSet::new();
        for j in jobs.iter().cloned() {
            let store = Arc::clone(&store);
            tasks.spawn(async move { store.insert(j).await });
        }
        while let Some(done) = tasks.join_next().await {
            done.expect("insert task").expect("insert");
        }
        let took = started.elapsed();
        eprintln!("{N} concurrent inserts in {} ms", took.as_millis());

        for j in &jobs {
            let rec = get(&*store, &j.id, at(N as i64)).await;
            assert_eq!(rec.map(|r| r.created_at), Some(j.created_at), "{}", j.id);
        }
        assert_eq!(store.counts().await.unwrap().pending, N as u64);
        let claimed = claim(&*store, at(N as i64), N + 1, &[]).await;
        assert_eq!(
            ids(&claimed),
            ids_of(&jobs),
            "claimed oldest first, all of them"
        );
    }

    /// Outcomes recorded at once (which a store may write in one statement) each land on their
    /// own job; a second finish of a job in the same burst, or one with a wrong token, is
    /// refused without disturbing the others.
    pub async fn concurrent_finishes_each_take_once(store: Arc<dyn Store>) {
        const N: usize = 200;
        let jobs: Vec<NewJob> = (0..N).map(|i| job("p", i as i64)).collect();
        for j in &jobs {
            insert_one(&*store, j).await;
        }
        let claimed = claim(&*store, at(N as i64), N, &[]).await;
        assert_eq!(claimed.len(), N);
        let mut tasks = tokio::task::JoinSet::new();
        for (i, c) in claimed.iter().enumerate() {
            let tries = [
                (c.lease_token.clone(), 2),
                (format!("{}-wrong", c.lease_token), 1),
            ];
            for (token, copies) in tries {
                for _ in 0..copies {
                    let store = Arc::clone(&store);
                    let (id, token) = (c.id.clone(), token.clone());
                    let body = Bytes::from(format!(r#"{{"job":{i}}}"#));
                    tasks.spawn(async move {
                        let outcome = Outcome::Completed {
                            status_code: 200,
                            result: body,
                        };
                        let taken = store.finish(&id, &token, outcome, at(10_000)).await;
                        (id, taken.expect("finish"))
                    });
                }
            }
        }
        let mut taken = std::collections::HashMap::new();
        while let Some(done) = tasks.join_next().await {
            let (id, was_taken) = done.expect("finish task");
            *taken.entry(id).or_insert(0) += usize::from(was_taken);
        }
        assert_eq!(taken.len(), N);
        assert!(taken.values().all(|&n| n == 1), "{taken:?}");
        for (i, c) in claimed.iter().enumerate() {
            let rec = get(&*store, &c.id, at(10_001)).await.expect("finished job");
            let expected = Bytes::from(format!(r#"{{"job":{i}}}"#));
            assert_eq!(
                rec.outcome,
                Some(Outcome::Completed {
                    status_code: 200,
                    result: expected
                }),
                "{}",
                c.id
            );
        }
        assert_eq!(store.counts().await.unwrap().completed, N as u64);
    }

    pub async fn duplicate_insert_fails_alone(store: Arc<dyn Store>) {
        let original = job("p", 0);
        insert_one(&*store, &original).await;
        let mut dup = job("q", 5);
        dup.id = original.id.clone();
        let others: Vec<NewJob> = (1..20).map(|i| job("p", i)).collect();

        // The duplicate travels with other inserts; only it fails.
        let mut tasks = tokio::task::JoinSet::new();
        for j in others.iter().cloned().chain([dup]) {
            let store = Arc::clone(&store);
            tasks.spawn(async move { (j.id.clone(), j.provider.clone(), store.insert(j).await) });
        }
        let mut failures = 0;
        while let Some(done) = tasks.join_next().await {
            let (id, provider, result) = done.expect("insert task");
            if provider == "q" {
                assert!(result.is_err(), "a second job with id {id} was accepted");
                failures += 1;
            } else {
                result.expect("an insert next to the duplicate failed");
            }
        }
        assert_eq!(failures, 1);
        let kept = get(&*store, &original.id, at(1)).await.unwrap();
        assert_eq!(
            (kept.provider.as_str(), kept.created_at),
            ("p", original.created_at)
        );
        for j in &others {
            assert!(get(&*store, &j.id, at(100)).await.is_some());
        }
        assert_eq!(store.counts().await.unwrap().pending, 20);
    }

    pub async fn wait_for_work_wakes_on_new_work(store: Arc<dyn Store>) {
        // Nothing happens: it waits out the timeout.
        let started = Instant::now();
        store.wait_for_work(Duration::from_millis(300)).await;
        assert!(
            started.elapsed() >= Duration::from_millis(250),
            "returned without work"
        );

        // An insert while waiting wakes the waiter long before its timeout.
        let waiter = {
            let store = Arc::clone(&store);
            tokio::spawn(async move {
                let started = Instant::now();
                store.wait_for_work(Duration::from_secs(30)).await;
                started.elapsed()
            })
        };
        // Whether the waiter is already waiting or not yet, the insert must wake it: a wake-up
        // that finds no waiter is kept for the next one.
        let j = job("p", 0);
        insert_one(&*store, &j).await;
        let waited = tokio::time::timeout(Duration::from_secs(10), waiter)
            .await
            .expect("insert did not wake the waiter")
            .unwrap();
        assert!(waited < Duration::from_secs(10));

        // So does a release.
        let c = claim(&*store, at(1), 1, &[]).await.remove(0);
        // Drain any wake-up left over from the insert.
        store.wait_for_work(Duration::from_millis(50)).await;
        let waiter = {
            let store = Arc::clone(&store);
            tokio::spawn(async move { store.wait_for_work(Duration::from_secs(30)).await })
        };
        assert!(store.release(&j.id, &c.lease_token).await.unwrap());
        tokio::time::timeout(Duration::from_secs(10), waiter)
            .await
            .expect("release did not wake the waiter")
            .unwrap();
    }

    pub async fn data_survives_reopen<B: Backend>(backend: &B) {
        let store = backend.open().await;
        let done = job("p", 0);
        let pending: Vec<NewJob> = (1..4).map(|i| job("p", i)).collect();
        let mut multipart = job("p", 10);
        multipart.payload = Payload::Multipart(vec![Part {
            name: "file".into(),
            file_name: Some("a.bin".into()),
            content_type: None,
            data: Bytes::from_static(&[0, 255, 1, 254]),
        }]);
        insert_one(&*store, &done).await;
        insert_all(&*store, &pending).await;
        insert_one(&*store, &multipart).await;
        let c = claim(&*store, at(100), 1, &[]).await.remove(0);
        assert!(store
            .finish(&c.id, &c.lease_token, completed(r#"{"ok":true}"#), at(200))
            .await
            .unwrap());
        let held = claim(&*store, at(300), 1, &[]).await.remove(0);
        backend.close(store).await;

        let store = backend.open().await;
        let rec = get(&*store, &done.id, at(400))
            .await
            .expect("finished job after reopen");
        assert_eq!(rec.outcome, Some(completed(r#"{"ok":true}"#)));
        assert_eq!(rec.expires_at, Some(at(200 + TTL.as_millis() as i64)));
        assert_eq!(
            store.counts().await.unwrap(),
            StatusCounts {
                pending: 3,
                processing: 1,
                completed: 1,
                failed: 0,
                cancelled: 0,
            }
        );
        // The lease survives too: the holder can still finish, nobody else can take it early.
        assert!(store
            .heartbeat(&held.id, &held.lease_token, LEASE, at(400))
            .await
            .unwrap());
        let got = claim(&*store, at(500), 10, &[]).await;
        let want: BTreeSet<JobId> = pending[1..]
            .iter()
            .chain([&multipart])
            .map(|j| j.id.clone())
            .collect();
        assert_eq!(
            got.iter().map(|j| j.id.clone()).collect::<BTreeSet<_>>(),
            want
        );
        let mp = got.iter().find(|j| j.id == multipart.id).unwrap();
        assert_eq!(mp.payload, multipart.payload);
        backend.close(store).await;
    }

    /// For backend modules, after they damaged two rows by hand (`bad_kind` names no known
    /// kind, `bad_payload` cannot be decoded): reading the first is a `Corrupt` error naming
    /// it, a claim hands out `good` and fails the unreadable job instead of returning it
    /// forever, and the counts say so. `now` is the backend module's clock.
    pub async fn assert_damaged_rows_are_contained<S: Store + ?Sized>(
        store: &S,
        [bad_kind, bad_payload, good]: [&NewJob; 3],
        now: DateTime<Utc>,
    ) {
        match store.get(&bad_kind.id, now).await {
            Err(StoreError::Corrupt(msg)) => {
                assert!(msg.contains(bad_kind.id.as_str()), "{msg}");
                assert!(msg.contains("teleport"), "{msg}");
            }
            other => panic!("expected Corrupt, got {other:?}"),
        }
        let claimed = store
            .claim(ClaimRequest {
                worker: "w",
                lease: LEASE,
                limit: 10,
                provider_room: &[],
                now,
            })
            .await
            .unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].id, good.id);
        let rec = store.get(&bad_payload.id, now).await.unwrap().unwrap();
        assert_eq!(rec.status, JobStatus::Failed);
        match rec.outcome {
            Some(Outcome::Failed { status_code, error }) => {
                assert_eq!(status_code, 500);
                let body: serde_json::Value = serde_json::from_slice(&error).unwrap();
                assert!(body["error"]["message"]
                    .as_str()
                    .unwrap()
                    .contains("could not be read"));
            }
            other => panic!("{other:?}"),
        }
        let counts = store.counts().await.unwrap();
        assert_eq!(
            (counts.pending, counts.processing, counts.failed),
            (0, 1, 2)
        );
    }

    /// For backend modules: asserts an error is `Unavailable`, with a useful message.
    pub fn assert_unavailable<T: std::fmt::Debug>(result: Result<T, StoreError>) {
        match result {
            Err(StoreError::Unavailable(msg)) => assert!(!msg.is_empty()),
            other => panic!("expected StoreError::Unavailable, got {other:?}"),
        }
    }
}

/// Helpers the backend modules share for their own tests.
mod support {
    use std::time::Duration;

    use bytes::Bytes;
    use chrono::{DateTime, Utc};
    use runtime::job::{JobId, NewJob, Payload};
    use runtime::kind::JobKind;
    use runtime::store::{ClaimRequest, StoreError};

    /// The backend tests' clock: a fixed instant.
    pub fn now() -> DateTime<Utc> {
        DateTime::from_timestamp_millis(1_700_000_000_000).unwrap()
    }

    /// A small JSON job created `created_ms` after [`now`].
    pub fn new_job(created_ms: i64) -> NewJob {
        NewJob {
            id: JobId::new_random(),
            kind: JobKind::Completions,
            principal: "bob".into(),
            provider: "echo".into(),
            payload: Payload::Json(Bytes::from_static(br#"{"model":"echo/x"}"#)),
            ttl: Duration::from_secs(60),
            created_at: DateTime::from_timestamp_millis(1_700_000_000_000 + created_ms).unwrap(),
            idempotency: None,
            webhook: None,
        }
    }

    /// A claim of up to `limit` jobs at [`now`].
    pub fn claim_request(limit: usize) -> ClaimRequest<'static> {
        ClaimRequest {
            worker: "w",
            lease: Duration::from_secs(30),
            limit,
            provider_room: &[],
            now: now(),
        }
    }

    /// The message of an `Open` error; panics on anything else.
    pub fn open_error<T: std::fmt::Debug>(result: Result<T, StoreError>) -> String {
        match result {
            Err(StoreError::Open(msg)) => msg,
            other => panic!("expected StoreError::Open, got {other:?}"),
        }
    }
}

mod sqlite {
    use std::path::{Path, PathBuf};
    use std::sync::Arc;
    use std::task::Poll;
    use std::time::Duration;

    use async_trait::async_trait;
    use bytes::Bytes;

    use runtime::job::{JobId, JobStatus, NewJob, Outcome, Payload};

    use runtime::store::sqlite::{SqliteStore, LATEST_SCHEMA_VERSION};
    use runtime::store::{Cancelled, ClaimRequest, Store};

    use crate::conformance::{assert_damaged_rows_are_contained, assert_unavailable};
    use crate::support::{claim_request, new_job, now, open_error};
    use crate::Backend;

    /// A store in a temporary folder, in a subfolder that does not exist yet, so every test also
    /// checks that `open` creates it.
    pub struct SqliteBackend {
        _dir: tempfile::TempDir,
        path: PathBuf,
    }

    #[async_trait]
    impl Backend for SqliteBackend {
        type S = SqliteStore;

        async fn create() -> Self {
            let dir = tempfile::tempdir().expect("tempdir");
            let path = dir.path().join("data").join("jobs.sqlite3");
            SqliteBackend { _dir: dir, path }
        }

        async fn open(&self) -> Arc<SqliteStore> {
            Arc::new(
                SqliteStore::open(&self.path)
                    .await
                    .expect("open sqlite store"),
            )
        }

        async fn close(&self, store: Arc<SqliteStore>) {
            store.close().await;
        }
    }

    conformance_suite!(SqliteBackend);

    fn raw(path: &Path) -> rusqlite::Connection {
        rusqlite::Connection::open(path).expect("raw connection")
    }

    #[tokio::test]
    async fn future_schema_version_is_refused() {
        let backend = SqliteBackend::create().await;
        let store = backend.open().await;
        store.insert(new_job(0)).await.unwrap();
        backend.close(store).await;
        let future = LATEST_SCHEMA_VERSION + 1;
        raw(&backend.path)
            .pragma_update(None, "user_version", future)
            .unwrap();

        let msg = open_error(SqliteStore::open(&backend.path).await);
        assert!(msg.contains(&backend.path.display().to_string()), "{msg}");
        assert!(msg.contains(&format!("schema version {future}")), "{msg}");
        assert!(msg.contains("newer"), "{msg}");
        // Refused without touching the file.
        let version: u32 = raw(&backend.path)
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, future);
    }

    #[tokio::test]
    async fn new_database_is_at_latest_version_in_wal_mode() {
        let backend = SqliteBackend::create().await;
        let store = backend.open().await;
        assert_eq!(store.path(), backend.path.as_path());
        let conn = raw(&backend.path);
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, LATEST_SCHEMA_VERSION);
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        drop(conn);
        backend.close(store).await;
        // Opening an up-to-date database applies nothing and works.
        let store = backend.open().await;
        store.insert(new_job(0)).await.unwrap();
        backend.close(store).await;
    }

    #[tokio::test]
    async fn unopenable_paths_are_named_in_the_error() {
        let dir = tempfile::tempdir().unwrap();
        // A file where a folder should be.
        let blocker = dir.path().join("blocker");
        std::fs::write(&blocker, b"not a folder").unwrap();
        let path = blocker.join("jobs.sqlite3");
        let msg = open_error(SqliteStore::open(&path).await);
        assert!(msg.contains(&path.display().to_string()), "{msg}");

        // A file that is not a database.
        let junk = dir.path().join("junk.sqlite3");
        std::fs::write(&junk, vec![b'x'; 8192]).unwrap();
        let msg = open_error(SqliteStore::open(&junk).await);
        assert!(msg.contains(&junk.display().to_string()), "{msg}");
        assert_eq!(std::fs::read(&junk).unwrap(), vec![b'x'; 8192]);

        // A bad URL.
        let msg = open_error(SqliteStore::open_url("sqlite::memory:").await);
        assert!(msg.contains("sqlite::memory:"), "{msg}");
    }

    #[tokio::test]
    async fn open_url_takes_absolute_paths() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join("j.sqlite3");
        let url = format!("sqlite://{}", path.display());
        assert!(url.starts_with("sqlite:///"));
        let store = SqliteStore::open_url(&url).await.unwrap();
        store.insert(new_job(0)).await.unwrap();
        store.close().await;
        assert!(path.is_file());
    }

    #[tokio::test]
    async fn corrupt_rows_are_errors_not_panics_and_do_not_block_the_queue() {
        let backend = SqliteBackend::create().await;
        let store = backend.open().await;
        let bad_kind = new_job(0);
        let bad_payload = new_job(1);
        let good = new_job(2);
        for j in [&bad_kind, &bad_payload, &good] {
            store.insert(j.clone()).await.unwrap();
        }
        {
            let conn = raw(&backend.path);
            conn.execute(
                "UPDATE jobs SET kind = 'teleport' WHERE id = ?1",
                [bad_kind.id.as_str()],
            )
            .unwrap();
            conn.execute(
                "UPDATE jobs SET payload = x'4d05000000' WHERE id = ?1",
                [bad_payload.id.as_str()],
            )
            .unwrap();
        }

        // The payload is not read by `get`, so that job still polls fine until it is claimed.
        assert!(store.get(&bad_payload.id, now()).await.unwrap().is_some());
        assert_damaged_rows_are_contained(&*store, [&bad_kind, &bad_payload, &good], now()).await;
        // And the store keeps working.
        store.insert(new_job(3)).await.unwrap();
        backend.close(store).await;
    }

    #[tokio::test]
    async fn a_failing_op_is_undone_alone() {
        let backend = SqliteBackend::create().await;
        let store = backend.open().await;
        let first = new_job(0);
        let doomed = new_job(1);
        for j in [&first, &doomed] {
            store.insert(j.clone()).await.unwrap();
        }
        // Make the claim fail half way: `first` is already updated when `doomed` refuses.
        raw(&backend.path)
            .execute_batch(&format!(
                "CREATE TRIGGER boom BEFORE UPDATE OF status ON jobs \
                 WHEN NEW.id = '{}' AND NEW.status = 'processing' \
                 BEGIN SELECT RAISE(ABORT, 'boom'); END;",
                doomed.id
            ))
            .unwrap();
        let request = || ClaimRequest {
            worker: "w",
            lease: Duration::from_secs(30),
            limit: 2,
            provider_room: &[],
            now: now(),
        };
        let (claimed, inserted) = tokio::join!(store.claim(request()), store.insert(new_job(2)));
        assert_unavailable(claimed);
        inserted.expect("an insert next to the failed claim");
        let rec = store.get(&first.id, now()).await.unwrap().unwrap();
        assert_eq!(
            (rec.status, rec.attempts),
            (JobStatus::Pending, 0),
            "the failed claim left a half-done change behind"
        );
        assert_eq!(store.counts().await.unwrap().pending, 3);

        raw(&backend.path)
            .execute_batch("DROP TRIGGER boom")
            .unwrap();
        let claimed = store.claim(request()).await.unwrap();
        assert_eq!(claimed.len(), 2);
        assert_eq!(claimed[0].id, first.id);
        assert_eq!(claimed[0].attempts, 1);
        backend.close(store).await;
    }

    #[tokio::test]
    async fn finish_erases_the_stored_request() {
        let backend = SqliteBackend::create().await;
        let store = backend.open().await;
        let j = new_job(0);
        store.insert(j.clone()).await.unwrap();
        let payload_is_null = || -> bool {
            raw(&backend.path)
                .query_row(
                    "SELECT payload IS NULL FROM jobs WHERE id = ?1",
                    [j.id.as_str()],
                    |r| r.get(0),
                )
                .unwrap()
        };
        assert!(!payload_is_null());
        let c = store
            .claim(ClaimRequest {
                worker: "w",
                lease: Duration::from_secs(30),
                limit: 1,
                provider_room: &[],
                now: now(),
            })
            .await
            .unwrap()
            .remove(0);
        let outcome = Outcome::Completed {
            status_code: 200,
            result: Bytes::from_static(b"{}"),
        };
        assert!(store
            .finish(&j.id, &c.lease_token, outcome, now())
            .await
            .unwrap());
        assert!(payload_is_null(), "the request body outlived the job");
        backend.close(store).await;
    }

    /// A payload too large for the job's row lives in `job_payloads`: the row holds none of
    /// it, the claim reads it back whole, and it goes once the job is final by any path (an
    /// outcome, a cancel, a job failed at claim time). Small payloads stay in the row.
    #[tokio::test]
    async fn large_payloads_live_beside_the_row_until_the_job_is_final() {
        let backend = SqliteBackend::create().await;
        let store = backend.open().await;
        let sized = |input: usize, created_ms: i64| {
            let mut j = new_job(created_ms);
            let text = format!(
                r#"{{"model":"echo/x","input":"{}"}}"#,
                "é".repeat(input / 2)
            );
            j.payload = Payload::Json(Bytes::from(text));
            j
        };
        let small = sized(100, 0);
        let finished = sized(4_000, 1);
        let cancelled = sized(50_000, 2);
        let unreadable = sized(10_000, 3);
        let upload = sized(3 << 20, 4);
        let jobs = [&small, &finished, &cancelled, &unreadable, &upload];
        for j in jobs {
            store.insert(j.clone()).await.unwrap();
        }
        // (in the row, beside it)
        let kept = |j: &NewJob| -> (bool, bool) {
            raw(&backend.path)
                .query_row(
                    "SELECT payload IS NOT NULL, \
                     EXISTS (SELECT 1 FROM job_payloads WHERE job_id = ?1) \
                     FROM jobs WHERE id = ?1",
                    [j.id.as_str()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap()
        };
        assert_eq!(kept(&small), (true, false));
        for j in &jobs[1..] {
            assert_eq!(kept(j), (false, true), "{} bytes", j.payload.len());
        }

        let gone = store
            .cancel(&cancelled.id, "bob", cancelled.kind, now())
            .await
            .unwrap();
        assert!(matches!(gone, Cancelled::Cancelled(_)), "{gone:?}");
        assert_eq!(kept(&cancelled), (false, false));

        raw(&backend.path)
            .execute(
                "UPDATE job_payloads SET payload = x'4d05000000' WHERE job_id = ?1",
                [unreadable.id.as_str()],
            )
            .unwrap();
        let claimed = store.claim(claim_request(10)).await.unwrap();
        let got: Vec<(&JobId, &Payload)> = claimed.iter().map(|c| (&c.id, &c.payload)).collect();
        assert_eq!(
            got,
            [&small, &finished, &upload].map(|j| (&j.id, &j.payload)),
            "the payloads read back are not those stored"
        );
        let failed = store.get(&unreadable.id, now()).await.unwrap().unwrap();
        assert_eq!(failed.status, JobStatus::Failed);
        assert_eq!(kept(&unreadable), (false, false));

        for c in &claimed {
            assert!(store
                .heartbeat(&c.id, &c.lease_token, Duration::from_secs(30), now())
                .await
                .unwrap());
            let outcome = Outcome::Completed {
                status_code: 200,
                result: Bytes::from_static(b"{}"),
            };
            assert!(store
                .finish(&c.id, &c.lease_token, outcome, now())
                .await
                .unwrap());
        }
        for j in jobs {
            assert_eq!(kept(j), (false, false), "{} bytes", j.payload.len());
        }
        let left: i64 = raw(&backend.path)
            .query_row("SELECT count(*) FROM job_payloads", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0);
        backend.close(store).await;
    }

    #[tokio::test]
    async fn closed_store_answers_unavailable_instead_of_hanging() {
        let backend = SqliteBackend::create().await;
        let store = backend.open().await;
        let j = new_job(0);
        store.insert(j.clone()).await.unwrap();
        store.close().await;
        let calls = async {
            assert_unavailable(store.insert(new_job(1)).await);
            assert_unavailable(store.get(&j.id, now()).await);
            assert_unavailable(store.counts().await);
            assert_unavailable(store.release(&j.id, "t").await);
            assert_unavailable(store.delete_expired(now(), 10).await);
            assert_unavailable(
                store
                    .claim(ClaimRequest {
                        worker: "w",
                        lease: Duration::from_secs(1),
                        limit: 1,
                        provider_room: &[],
                        now: now(),
                    })
                    .await,
            );
        };
        tokio::time::timeout(Duration::from_secs(10), calls)
            .await
            .expect("a call on a closed store hung");
        // Closing twice is harmless.
        store.close().await;
    }

    #[tokio::test]
    async fn dropping_the_store_commits_what_was_queued() {
        let backend = SqliteBackend::create().await;
        let store = backend.open().await;
        let jobs: Vec<NewJob> = (0..50).map(new_job).collect();
        // Each insert is polled once (which queues it for the writer) and then abandoned, so
        // the store is dropped with work still queued.
        for j in &jobs {
            let mut insert = store.insert(j.clone());
            let first = std::future::poll_fn(|cx| Poll::Ready(insert.as_mut().poll(cx))).await;
            assert!(
                first.is_pending(),
                "the insert finished within its first poll"
            );
        }
        drop(store);

        // The old writer finishes on its own; a new store sees every job once it has.
        let store = backend.open().await;
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let mut missing = 0;
            for j in &jobs {
                missing += usize::from(store.get(&j.id, now()).await.unwrap().is_none());
            }
            if missing == 0 {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{missing} queued jobs were lost when the store was dropped"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        backend.close(store).await;
    }

    /// A database written by the first release (schema version 1) is brought up to date at
    /// open with its jobs intact, and they can then be cancelled, listed and retried; a large
    /// payload moves out of its row and is claimed whole.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_version_1_database_migrates_with_its_jobs() {
        let backend = SqliteBackend::create().await;
        std::fs::create_dir_all(backend.path.parent().unwrap()).unwrap();
        let old = new_job(0);
        let done = new_job(1);
        let mut large = new_job(2);
        large.payload = Payload::Json(Bytes::from(format!(
            r#"{{"model":"echo/x","prompt":"{}"}}"#,
            "y".repeat(100_000)
        )));
        {
            let conn = rusqlite::Connection::open(&backend.path).unwrap();
            conn.execute_batch(include_str!("../migrations/sqlite/0001_jobs.sql"))
                .unwrap();
            conn.pragma_update(None, "user_version", 1).unwrap();
            for (j, status) in [(&old, "pending"), (&done, "completed"), (&large, "pending")] {
                conn.execute(
                    "INSERT INTO jobs (id, kind, principal, provider, status, payload, ttl_ms, \
                     created_at, attempts, status_code, result, completed_at, expires_at) \
                     VALUES (?1, 'completions', 'bob', 'echo', ?2, ?3, 60000, ?4, 0, \
                     CASE WHEN ?2 = 'completed' THEN 200 END, \
                     CASE WHEN ?2 = 'completed' THEN X'7B7D' END, \
                     CASE WHEN ?2 = 'completed' THEN ?4 END, \
                     CASE WHEN ?2 = 'completed' THEN ?4 + 60000 END)",
                    rusqlite::params![
                        j.id.as_str(),
                        status,
                        j.payload.encode(),
                        j.created_at.timestamp_millis()
                    ],
                )
                .unwrap();
            }
        }
        let store = backend.open().await;
        let version: u32 = raw(&backend.path)
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, LATEST_SCHEMA_VERSION);
        let counts = store.counts().await.unwrap();
        assert_eq!(
            (counts.pending, counts.completed, counts.cancelled),
            (2, 1, 0)
        );
        let moved: (bool, i64) = raw(&backend.path)
            .query_row(
                "SELECT payload IS NULL, (SELECT length(payload) FROM job_payloads \
                 WHERE job_id = ?1) FROM jobs WHERE id = ?1",
                [large.id.as_str()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(moved, (true, large.payload.encoded_len() as i64));
        let got = store.get(&done.id, now()).await.unwrap().unwrap();
        assert_eq!(got.status, JobStatus::Completed);
        let listed = store
            .list(runtime::store::ListFilter {
                principal: "bob",
                before: None,
                status: None,
                kind: None,
                limit: 10,
                now: now(),
            })
            .await
            .unwrap();
        assert_eq!(listed.len(), 3);
        let cancelled = store.cancel(&old.id, "bob", old.kind, now()).await.unwrap();
        assert!(
            matches!(cancelled, runtime::store::Cancelled::Cancelled(_)),
            "{cancelled:?}"
        );
        let counts = store.counts().await.unwrap();
        assert_eq!((counts.pending, counts.cancelled), (1, 1));
        let claimed = store.claim(claim_request(10)).await.unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(
            (&claimed[0].id, &claimed[0].payload),
            (&large.id, &large.payload)
        );
        backend.close(store).await;
    }
}

mod postgres {
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use async_trait::async_trait;
    use bytes::Bytes;

    use runtime::job::Outcome;

    use runtime::store::postgres::{PostgresStore, LATEST_SCHEMA_VERSION};
    use runtime::store::{Store, StoreError};
    use tokio_postgres::NoTls;

    use crate::conformance::{assert_damaged_rows_are_contained, assert_unavailable};
    use crate::support::{claim_request, new_job, now, open_error};
    use crate::Backend;

    const URL_VAR: &str = "GATEWAY_TEST_POSTGRES_URL";

    fn server_url() -> Option<String> {
        std::env::var(URL_VAR).ok().filter(|u| !u.is_empty())
    }

    fn skipped(test: &str) -> bool {
        match <PgBackend as Backend>::skip_reason() {
            Some(why) => {
                eprintln!("skipped {test}: {why}");
                true
            }
            None => false,
        }
    }

    /// `url` with its database replaced by `database`; query options are kept.
    fn with_database(url: &str, database: &str) -> String {
        let (base, query) = match url.split_once('?') {
            Some((b, q)) => (b, Some(q)),
            None => (url, None),
        };
        let after_scheme = base.find("://").map_or(0, |i| i + 3);
        let host_end = base[after_scheme..]
            .find('/')
            .map_or(base.len(), |i| after_scheme + i);
        let mut out = format!("{}/{database}", &base[..host_end]);
        if let Some(q) = query {
            out.push('?');
            out.push_str(q);
        }
        out
    }

    /// Runs SQL on the server's admin database.
    async fn admin(sql: &str) {
        let url = server_url().expect("the server URL is set");
        let (client, connection) = tokio_postgres::connect(&url, NoTls)
            .await
            .unwrap_or_else(|e| panic!("cannot connect to {URL_VAR}: {e}"));
        let task = tokio::spawn(connection);
        client
            .batch_execute(sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        drop(client);
        let _ = task.await;
    }

    /// A database of its own, dropped (with any connection left to it) when the backend is.
    pub struct PgBackend {
        name: String,
        url: String,
    }

    impl PgBackend {
        /// A plain connection to this backend's database, to look at or damage rows.
        async fn raw(&self) -> tokio_postgres::Client {
            let (client, connection) = tokio_postgres::connect(&self.url, NoTls)
                .await
                .expect("raw connection");
            tokio::spawn(connection);
            client
        }
    }

    #[async_trait]
    impl Backend for PgBackend {
        type S = PostgresStore;

        async fn create() -> Self {
            let name = format!("gateway_test_{}", uuid::Uuid::new_v4().simple());
            admin(&format!("CREATE DATABASE {name}")).await;
            let url = with_database(&server_url().expect("the server URL is set"), &name);
            PgBackend { name, url }
        }

        async fn open(&self) -> Arc<PostgresStore> {
            Arc::new(
                PostgresStore::open_url(&self.url)
                    .await
                    .expect("open postgres store"),
            )
        }

        async fn close(&self, store: Arc<PostgresStore>) {
            store.close().await;
        }

        fn skip_reason() -> Option<String> {
            server_url().is_none().then(|| {
                format!("{URL_VAR} is not set (e.g. postgres://postgres@127.0.0.1:5432/test)")
            })
        }
    }

    impl Drop for PgBackend {
        fn drop(&mut self) {
            // On a thread of its own: this may run inside the test's runtime, which cannot
            // block on another.
            let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
            let dropped = std::thread::spawn(move || {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime")
                    .block_on(admin(&sql));
            })
            .join();
            if dropped.is_err() {
                eprintln!("could not drop test database {}", self.name);
            }
        }
    }

    conformance_suite!(PgBackend);

    /// Needs no server: nothing listens on port 1.
    #[tokio::test]
    async fn unreachable_server_is_named_without_the_password() {
        let msg = open_error(
            PostgresStore::open_url("postgres://app:hunter2@127.0.0.1:1/jobs?connect_timeout=5")
                .await,
        );
        assert!(msg.contains("127.0.0.1:1"), "{msg}");
        assert!(msg.contains("\"jobs\""), "{msg}");
        assert!(!msg.contains("hunter2"), "the password leaked: {msg}");
        let msg = open_error(PostgresStore::open_url("postgres://app:hunter2@/jobs").await);
        assert!(!msg.contains("hunter2"), "the password leaked: {msg}");
    }

    #[tokio::test]
    async fn unknown_database_is_named() {
        if skipped("unknown_database_is_named") {
            return;
        }
        let url = with_database(&server_url().unwrap(), "gateway_no_such_database");
        let msg = open_error(PostgresStore::open_url(&url).await);
        assert!(msg.contains("gateway_no_such_database"), "{msg}");
        assert!(msg.contains("does not exist"), "{msg}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn replicas_starting_together_migrate_once() {
        if skipped("replicas_starting_together_migrate_once") {
            return;
        }
        let backend = PgBackend::create().await;
        let tasks: Vec<_> = (0..4)
            .map(|_| {
                let url = backend.url.clone();
                tokio::spawn(async move { PostgresStore::open_url(&url).await })
            })
            .collect();
        let mut stores = Vec::new();
        for t in tasks {
            stores.push(t.await.expect("open task").expect("concurrent open"));
        }
        let applied: i64 = backend
            .raw()
            .await
            .query_one("SELECT count(*) FROM gateway_schema_migrations", &[])
            .await
            .unwrap()
            .get(0);
        assert_eq!(applied, i64::from(LATEST_SCHEMA_VERSION));
        for s in &stores {
            s.insert(new_job(0)).await.unwrap();
            s.close().await;
        }
    }

    #[tokio::test]
    async fn future_schema_version_is_refused() {
        if skipped("future_schema_version_is_refused") {
            return;
        }
        let backend = PgBackend::create().await;
        let store = backend.open().await;
        backend.close(store).await;
        let future = LATEST_SCHEMA_VERSION + 1;
        backend
            .raw()
            .await
            .execute(
                "INSERT INTO gateway_schema_migrations (version, name) VALUES ($1, 'future')",
                &[&future],
            )
            .await
            .unwrap();
        let msg = open_error(PostgresStore::open_url(&backend.url).await);
        assert!(msg.contains(&format!("schema version {future}")), "{msg}");
        assert!(msg.contains("newer"), "{msg}");
        assert!(msg.contains(&backend.name), "{msg}");
    }

    /// A second store on the same database stands for another replica: its idle workers are
    /// woken by work inserted elsewhere, and again after its LISTEN connection was cut.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn other_replicas_are_woken_and_listening_survives_a_cut() {
        if skipped("other_replicas_are_woken_and_listening_survives_a_cut") {
            return;
        }
        let backend = PgBackend::create().await;
        let a = backend.open().await;
        let b = backend.open().await;
        let wait_on_b = |b: Arc<PostgresStore>| {
            tokio::spawn(async move {
                let started = Instant::now();
                b.wait_for_work(Duration::from_secs(30)).await;
                started.elapsed()
            })
        };
        let waiter = wait_on_b(b.clone());
        a.insert(new_job(0)).await.unwrap();
        let waited = tokio::time::timeout(Duration::from_secs(10), waiter)
            .await
            .expect("an insert on A did not wake B")
            .unwrap();
        assert!(waited < Duration::from_secs(10));

        // Cut every LISTEN connection; B's comes back by itself.
        let raw = backend.raw().await;
        let find =
            "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN gateway_jobs%'";
        let before: Vec<i32> = raw
            .query(find, &[&backend.name])
            .await
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        assert_eq!(before.len(), 2, "one LISTEN connection per store");
        raw.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = $1 AND query LIKE 'LISTEN gateway_jobs%'",
            &[&backend.name],
        )
        .await
        .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let now: Vec<i32> = raw
                .query(find, &[&backend.name])
                .await
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            if now.len() == 2 && now.iter().all(|p| !before.contains(p)) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the listeners did not come back: {now:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // Drain the wake-up a reconnect gives, then a new insert must wake B again.
        b.wait_for_work(Duration::from_millis(200)).await;
        let waiter = wait_on_b(b.clone());
        a.insert(new_job(1)).await.unwrap();
        tokio::time::timeout(Duration::from_secs(10), waiter)
            .await
            .expect("after the cut, an insert on A did not wake B")
            .unwrap();
        backend.close(a).await;
        backend.close(b).await;
    }

    /// A database migrated by the first release (schema version 1) is brought up to date at
    /// open with its jobs intact, and they can then be cancelled.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_version_1_database_migrates_with_its_jobs() {
        if skipped("a_version_1_database_migrates_with_its_jobs") {
            return;
        }
        let backend = PgBackend::create().await;
        let old = new_job(0);
        {
            let raw = backend.raw().await;
            raw.batch_execute(include_str!("../migrations/postgres/0001_jobs.sql"))
                .await
                .unwrap();
            raw.batch_execute(
                "CREATE TABLE gateway_schema_migrations (version integer NOT NULL PRIMARY KEY, \
                 name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()); \
                 INSERT INTO gateway_schema_migrations (version, name) VALUES (1, '0001_jobs')",
            )
            .await
            .unwrap();
            raw.execute(
                "INSERT INTO jobs (id, kind, principal, provider, status, payload, ttl_ms, \
                 created_at, attempts) VALUES ($1, 'completions', 'bob', 'echo', 'pending', $2, \
                 60000, $3, 0)",
                &[&old.id.as_str(), &old.payload.encode(), &old.created_at],
            )
            .await
            .unwrap();
        }
        let store = backend.open().await;
        let version: i32 = backend
            .raw()
            .await
            .query_one("SELECT max(version) FROM gateway_schema_migrations", &[])
            .await
            .unwrap()
            .get(0);
        assert_eq!(version, LATEST_SCHEMA_VERSION);
        assert_eq!(store.counts().await.unwrap().pending, 1);
        let cancelled = store.cancel(&old.id, "bob", old.kind, now()).await.unwrap();
        assert!(
            matches!(cancelled, runtime::store::Cancelled::Cancelled(_)),
            "{cancelled:?}"
        );
        assert_eq!(store.counts().await.unwrap().cancelled, 1);
        backend.close(store).await;
    }

    /// A second store stands for another replica: a job finished on A wakes a caller waiting on
    /// B, and a cancel made on B stops the job where it runs, on A.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn waiters_and_running_jobs_hear_of_other_replicas() {
        if skipped("waiters_and_running_jobs_hear_of_other_replicas") {
            return;
        }
        let backend = PgBackend::create().await;
        let a = backend.open().await;
        let b = backend.open().await;
        let done = new_job(0);
        let cancelled = new_job(1);
        a.insert(done.clone()).await.unwrap();
        a.insert(cancelled.clone()).await.unwrap();
        let claimed = a.claim(claim_request(2)).await.unwrap();
        assert_eq!(claimed.len(), 2);

        let mut waiter = b.events().subscribe(&done.id).expect("a waiter slot");
        let token = &claimed
            .iter()
            .find(|c| c.id == done.id)
            .unwrap()
            .lease_token;
        let outcome = Outcome::Completed {
            status_code: 200,
            result: bytes::Bytes::from_static(b"{}"),
        };
        assert!(a.finish(&done.id, token, outcome, now()).await.unwrap());
        tokio::time::timeout(Duration::from_secs(5), waiter.woken())
            .await
            .expect("a finish on A did not wake a waiter on B");

        let mut running = a.events().register_running(&cancelled.id);
        let answer = b
            .cancel(&cancelled.id, &cancelled.principal, cancelled.kind, now())
            .await
            .unwrap();
        assert!(
            matches!(answer, runtime::store::Cancelled::Cancelled(_)),
            "{answer:?}"
        );
        let started = Instant::now();
        tokio::time::timeout(Duration::from_secs(1), running.cancelled())
            .await
            .expect("a cancel on B did not reach the job running on A within a second");
        eprintln!(
            "cancel reached the other replica in {:?}",
            started.elapsed()
        );
        backend.close(a).await;
        backend.close(b).await;
    }

    /// Every pooled connection killed (as a database restart does): calls fail as unavailable
    /// for a moment, then the store works again without being reopened.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn the_pool_recovers_after_its_connections_are_killed() {
        if skipped("the_pool_recovers_after_its_connections_are_killed") {
            return;
        }
        let backend = PgBackend::create().await;
        let store = backend.open().await;
        let j = new_job(0);
        store.insert(j.clone()).await.unwrap();
        // Several connections in the pool.
        let gets = (0..8).map(|_| store.get(&j.id, now()));
        for got in futures_join(gets).await {
            assert!(got.unwrap().is_some());
        }
        let raw = backend.raw().await;
        let killed: i64 = raw
            .query_one(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE datname = $1 AND pid <> pg_backend_pid()) t",
                &[&backend.name],
            )
            .await
            .unwrap()
            .get(0);
        assert!(killed >= 2, "killed {killed}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut failures = 0;
        loop {
            match store.get(&j.id, now()).await {
                Ok(Some(_)) => break,
                Ok(None) => panic!("the job vanished"),
                Err(e) => {
                    failures += 1;
                    assert!(matches!(e, StoreError::Unavailable(_)), "{e:?}");
                }
            }
            assert!(Instant::now() < deadline, "the store did not recover");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        eprintln!("{failures} call(s) failed while the pool replaced its connections");
        let claimed = store.claim(claim_request(5)).await.unwrap();
        assert_eq!(claimed.len(), 1);
        backend.close(store).await;
    }

    async fn futures_join<F, T>(futures: impl Iterator<Item = F>) -> Vec<T>
    where
        F: std::future::Future<Output = T>,
    {
        let mut out = Vec::new();
        let pinned: Vec<_> = futures.map(Box::pin).collect();
        // Polled together so several connections are checked out at once.
        let mut pending: Vec<_> = pinned.into_iter().map(Some).collect();
        let mut results: Vec<Option<T>> = (0..pending.len()).map(|_| None).collect();
        std::future::poll_fn(|cx| {
            let mut all = true;
            for (i, f) in pending.iter_mut().enumerate() {
                if let Some(fut) = f {
                    match fut.as_mut().poll(cx) {
                        std::task::Poll::Ready(v) => {
                            results[i] = Some(v);
                            *f = None;
                        }
                        std::task::Poll::Pending => all = false,
                    }
                }
            }
            if all {
                std::task::Poll::Ready(())
            } else {
                std::task::Poll::Pending
            }
        })
        .await;
        for r in results {
            out.push(r.expect("every future finished"));
        }
        out
    }

    #[tokio::test]
    async fn corrupt_rows_are_errors_not_panics_and_do_not_block_the_queue() {
        if skipped("corrupt_rows_are_errors_not_panics_and_do_not_block_the_queue") {
            return;
        }
        let backend = PgBackend::create().await;
        let store = backend.open().await;
        let bad_kind = new_job(0);
        let bad_payload = new_job(1);
        let good = new_job(2);
        for j in [&bad_kind, &bad_payload, &good] {
            store.insert(j.clone()).await.unwrap();
        }
        let raw = backend.raw().await;
        raw.execute(
            "UPDATE jobs SET kind = 'teleport' WHERE id = $1",
            &[&bad_kind.id.as_str()],
        )
        .await
        .unwrap();
        raw.execute(
            "UPDATE jobs SET payload = '\\x4d05000000'::bytea WHERE id = $1",
            &[&bad_payload.id.as_str()],
        )
        .await
        .unwrap();

        assert_damaged_rows_are_contained(&*store, [&bad_kind, &bad_payload, &good], now()).await;
        backend.close(store).await;
    }

    #[tokio::test]
    async fn finish_erases_the_stored_request() {
        if skipped("finish_erases_the_stored_request") {
            return;
        }
        let backend = PgBackend::create().await;
        let store = backend.open().await;
        let j = new_job(0);
        store.insert(j.clone()).await.unwrap();
        let raw = backend.raw().await;
        let payload_is_null = || async {
            raw.query_one(
                "SELECT payload IS NULL FROM jobs WHERE id = $1",
                &[&j.id.as_str()],
            )
            .await
            .unwrap()
            .get::<_, bool>(0)
        };
        assert!(!payload_is_null().await);
        let c = store.claim(claim_request(1)).await.unwrap().remove(0);
        let outcome = Outcome::Completed {
            status_code: 200,
            result: Bytes::from_static(b"{}"),
        };
        assert!(store
            .finish(&j.id, &c.lease_token, outcome, now())
            .await
            .unwrap());
        assert!(payload_is_null().await, "the request body outlived the job");
        backend.close(store).await;
    }

    #[tokio::test]
    async fn closed_store_answers_unavailable_instead_of_hanging() {
        if skipped("closed_store_answers_unavailable_instead_of_hanging") {
            return;
        }
        let backend = PgBackend::create().await;
        let store = backend.open().await;
        let j = new_job(0);
        store.insert(j.clone()).await.unwrap();
        store.close().await;
        let calls = async {
            assert_unavailable(store.insert(new_job(1)).await);
            assert_unavailable(store.get(&j.id, now()).await);
            assert_unavailable(store.counts().await);
            assert_unavailable(store.release(&j.id, "t").await);
            assert_unavailable(store.delete_expired(now(), 10).await);
            assert_unavailable(store.claim(claim_request(1)).await);
        };
        tokio::time::timeout(Duration::from_secs(10), calls)
            .await
            .expect("a call on a closed store hung");
        store.close().await;
    }
}
