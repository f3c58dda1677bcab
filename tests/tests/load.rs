//! Load (issue 16, proofs): simulated clients write at the same time through HTTP against a
//! real server, on SQLite and PostgreSQL: plan sections, the follow-up step "Mikä toimii?"
//! and, through their worker, spending entries, each after opening the form's page, with page
//! reads between. Afterwards the database is checked against the test's own model of what
//! each write was told: 0 lost writes, 0 answers 5xx (or problem pages), 0 "database is
//! locked". Each item has one writer here, so every write must be saved.
//!
//! `SOPIVA_LOAD_CLIENTS` (default 8) and `SOPIVA_LOAD_SAVES` (writes in all, default 160) set
//! the size; the full run (tests/proofs.sh) uses 50 and 1,000. `SOPIVA_LOAD_SEED` repeats a run.

use std::sync::Arc;
use tests::load::{people, run_person, Record, Tally};
use tests::random::{env_count, Random};
use tests::{fresh_urls, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_saves_are_all_kept_on_both_engines() {
    let clients = env_count("SOPIVA_LOAD_CLIENTS", 8).max(1);
    let saves = env_count("SOPIVA_LOAD_SAVES", 160);
    let (_, seed) = Random::from_env("SOPIVA_LOAD_SEED");
    for url in fresh_urls().await.expect("databases") {
        let engine = url.split(':').next().unwrap_or_default().to_owned();
        let app = Arc::new(TestApp::spawn(&url).await.expect("server"));
        let everyone = people(&app.db, &app.base, clients, "Kuorma")
            .await
            .expect("the simulated clients");
        let started = std::time::Instant::now();
        let mut tasks = Vec::new();
        for (i, person) in everyone.into_iter().enumerate() {
            let app = app.clone();
            // The writes shared out: the first ones get one more when it does not divide.
            let share = saves / clients + usize::from(i < saves % clients);
            tasks.push(tokio::spawn(async move {
                let mut record = Record::default();
                let tally = run_person(&person, &app.base, share, seed, &mut record).await;
                (person, record, tally)
            }));
        }
        let mut total = Tally::default();
        let mut lost = Vec::new();
        let mut told = 0;
        for task in tasks {
            let (person, mut record, tally) = task.await.expect("a simulated client");
            total.add(&tally);
            lost.extend(
                record
                    .check(&app.db, person.client_id)
                    .await
                    .expect("check"),
            );
            told += record.saved();
        }
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "load {engine} seed {seed}: {clients} clients, {} saves told saved and {} page \
             reads in {seconds:.1} s ({:.0} requests/s); {} lost, {} answers 5xx, {} problem \
             pages, {} 'database is locked', {} not saved, {} without answer; {told} items checked",
            total.saved,
            total.reads,
            (total.saved * 2 + total.reads) as f64 / seconds,
            lost.len(),
            total.status_5xx,
            total.problem_pages,
            total.locked,
            total.not_saved,
            total.no_answer,
        );
        assert_eq!(
            total.saved as usize, saves,
            "seed {seed}: {:?}",
            total.examples
        );
        assert!(lost.is_empty(), "seed {seed}: lost writes: {lost:#?}");
        assert_eq!(
            (total.status_5xx, total.problem_pages, total.locked),
            (0, 0, 0),
            "seed {seed}: {:?}",
            total.examples
        );
    }
}
