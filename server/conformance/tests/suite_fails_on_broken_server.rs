//! The suite must be able to fail: against a test server broken on purpose
//! (`--fault ignore-namespace:RPC`: that RPC finds resources of any
//! namespace), the isolation scenario of that RPC fails, for every RPC the
//! fault can break; against one with a `break:WHAT` fault (a promise of the
//! v1.2.0 schema broken), the scenario that checks that promise fails. Each
//! scenario passes against the intact server.

use kagzi_testserver::{Faults, Store, faults::NAMESPACED_LOOKUPS};

/// Serves `store` on a free loopback port; the server stops when the
/// returned sender is dropped (also when an assertion fails).
async fn serve(store: Store) -> (String, tokio::sync::oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(kagzi_testserver::serve(listener, store, async {
        let _ = stopped.await;
    }));
    (url, stop)
}

async fn verdict(store: Store, scenario: &str) -> Result<(), String> {
    let (url, _stop) = serve(store).await;
    let verdicts = kagzi_server_conformance::run(&url, Some(scenario))
        .await
        .unwrap();
    assert_eq!(verdicts.len(), 1, "{scenario} is not one scenario");
    verdicts.into_iter().next().unwrap().1
}

#[tokio::test]
async fn each_ignored_namespace_fails_its_isolation_scenario() {
    for rpc in NAMESPACED_LOOKUPS {
        let scenario = format!("isolation/{rpc}");
        verdict(Store::default(), &scenario)
            .await
            .unwrap_or_else(|e| panic!("{scenario} fails on the intact server: {e}"));
        let mut faults = Faults::default();
        faults.add(&format!("ignore-namespace:{rpc}")).unwrap();
        let broken = verdict(Store::new(faults), &scenario).await;
        assert!(
            broken.is_err(),
            "{scenario} passed against a server that ignores namespace_id in {rpc}"
        );
    }
}

/// Each `break:` fault and the scenario it must fail.
const BREAKS: &[(&str, &str)] = &[
    ("pause", "schedules/paused-fires-nothing"),
    ("catchup", "schedules/resume-catches-up-max-catchup"),
    ("trigger", "schedules/trigger-starts-exactly-one-run"),
    ("retry", "lifecycle/retry-starts-new-attempt"),
    ("retry-unfinished", "idempotency/retry-twice"),
    ("terminate", "lifecycle/terminate-is-final"),
    (
        "disabled-namespace",
        "lifecycle/disabled-namespace-refuses-start",
    ),
    ("drain", "lifecycle/drain-worker-gets-no-task"),
    (
        "schedule-runs-order",
        "paging/ListScheduleRuns-newest-first",
    ),
    ("namespace-update", "namespaces/create-get-update"),
    ("stats-namespace", "isolation/GetStats"),
    ("types-offline", "admin/workflow-types-of-live-workers"),
];

#[tokio::test]
async fn each_broken_promise_fails_its_scenario() {
    // Every `break:` fault is paired with a scenario.
    let mut paired: Vec<&str> = BREAKS.iter().map(|(f, _)| *f).collect();
    paired.sort();
    let mut all = kagzi_testserver::faults::BREAKABLE.to_vec();
    all.sort();
    assert_eq!(paired, all, "a break: fault without its scenario");
    let mut set = tokio::task::JoinSet::new();
    for (fault, scenario) in BREAKS {
        set.spawn(async move {
            verdict(Store::default(), scenario)
                .await
                .unwrap_or_else(|e| panic!("{scenario} fails on the intact server: {e}"));
            let mut faults = Faults::default();
            faults.add(&format!("break:{fault}")).unwrap();
            let broken = verdict(Store::new(faults), scenario).await;
            assert!(
                broken.is_err(),
                "{scenario} passed against a server with --fault break:{fault}"
            );
        });
    }
    while let Some(joined) = set.join_next().await {
        joined.unwrap();
    }
}

#[tokio::test]
async fn unknown_fault_is_refused() {
    let mut faults = Faults::default();
    let err = faults.add("ignore-namespace:NoSuchRpc").unwrap_err();
    assert!(err.contains("NoSuchRpc"), "{err}");
    assert!(faults.add("flip-bits").is_err());
    let err = faults.add("break:everything").unwrap_err();
    assert!(err.contains("pause"), "{err}");
}
