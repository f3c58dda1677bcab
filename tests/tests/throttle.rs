//! Parallel sign-in tries cannot pass the throttle together: each try is reserved (counted)
//! in the database before the slow check, so 50 wrong PINs or passwords sent at the same
//! moment are checked at most as many times as the rules allow, and the counter says so.

use app::access::identity::{self, Proof, WorkerSignIn};
use app::people::PersonRef;
use app::sign_in::{cards, logins, pins, worker_tries};
use tests::fresh_dbs;

/// Tries that are checked before the first wait: three free, and the fourth that starts it.
const CHECKED_IN_A_BURST: i64 = pins::FREE_TRIES + 1;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_parallel_wrong_pins_are_checked_only_as_often_as_allowed() {
    for db in fresh_dbs().await.expect("databases") {
        let client = app::people::repo::create(&mut db.conn().await.expect("c"), "Aino")
            .await
            .expect("client");
        let person = PersonRef::client(client.client_id);
        let code = cards::issue(&mut db.conn().await.expect("c"), person, None)
            .await
            .expect("card");
        let right = pins::Pin::parse("dog,cat,sun,house").expect("pin");
        pins::set(&mut db.conn().await.expect("c"), person, &right)
            .await
            .expect("set");
        let card = cards::find(&mut db.conn().await.expect("c"), &code)
            .await
            .expect("find")
            .expect("card");
        let wrong = pins::Pin::parse("car,tree,apple,fish").expect("pin");
        let tries: Vec<_> = (0..50)
            .map(|_| {
                let (db, card, wrong) = (db.clone(), card, wrong.clone());
                tokio::spawn(
                    async move { app::sign_in::service::check_pin(&db, &card, &wrong).await },
                )
            })
            .collect();
        let mut checked = 0;
        for try_ in tries {
            match try_.await.expect("task").expect("check") {
                pins::PinCheck::Wrong => checked += 1,
                pins::PinCheck::Wait(_) | pins::PinCheck::Locked => {}
                other => panic!("a wrong PIN gave {other:?}"),
            }
        }
        assert_eq!(checked, CHECKED_IN_A_BURST, "{:?}", db.backend);
        let failures = pins::failures(&mut db.conn().await.expect("c"), person)
            .await
            .expect("failures");
        assert_eq!(failures, checked, "the counter equals the checked tries");
        let card = cards::find(&mut db.conn().await.expect("c"), &code)
            .await
            .expect("find")
            .expect("card");
        assert_eq!(card.failures, checked, "the card counts the same tries");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_parallel_wrong_passwords_are_checked_only_as_often_as_allowed() {
    for db in fresh_dbs().await.expect("databases") {
        let worker = logins::create(&mut db.conn().await.expect("c"), "Maria", false)
            .await
            .expect("worker");
        logins::set_password(
            &mut db.conn().await.expect("c"),
            worker,
            "maria",
            "maria-oikea-salasana",
        )
        .await
        .expect("password");
        let tries: Vec<_> = (0..50)
            .map(|n| {
                let db = db.clone();
                tokio::spawn(async move {
                    let secret = format!("vaara-salasana-{n}");
                    let proof = Proof {
                        user_name: "maria",
                        secret: &secret,
                    };
                    identity::sign_in(&db, proof).await
                })
            })
            .collect();
        let mut checked = 0;
        for try_ in tries {
            match try_.await.expect("task").expect("sign-in") {
                WorkerSignIn::Wrong => checked += 1,
                WorkerSignIn::Wait => {}
                WorkerSignIn::Worker(_) => panic!("a wrong password signed in"),
            }
        }
        assert_eq!(checked, CHECKED_IN_A_BURST, "{:?}", db.backend);
        let (failures, _) = worker_tries::throttle(&mut db.conn().await.expect("c"), worker)
            .await
            .expect("throttle");
        assert_eq!(failures, checked, "the counter equals the checked tries");
        // The right password during the wait is not even checked.
        let proof = Proof {
            user_name: "maria",
            secret: "maria-oikea-salasana",
        };
        assert!(matches!(
            identity::sign_in(&db, proof).await.expect("sign-in"),
            WorkerSignIn::Wait
        ));
    }
}

/// Security review F6: knowing a user name must not keep a worker out for hours. The wait
/// stops growing at fifteen minutes, and an admin can end it at once.
#[tokio::test]
async fn a_workers_wait_is_at_most_fifteen_minutes_and_an_admin_can_end_it() {
    for db in fresh_dbs().await.expect("databases") {
        let worker = logins::create(&mut db.conn().await.expect("c"), "Maria", false)
            .await
            .expect("worker");
        let mut now = app::db::now_ms();
        let mut last_wait = 0;
        for n in 0..20 {
            let reserved = worker_tries::reserve_try(&mut db.conn().await.expect("c"), worker, now)
                .await
                .expect("reserve");
            assert!(reserved.is_some(), "try {n} is taken once the wait is over");
            let (_, wait_until) = worker_tries::throttle(&mut db.conn().await.expect("c"), worker)
                .await
                .expect("throttle");
            assert!(
                wait_until - now <= worker_tries::MAX_WAIT_MS,
                "{:?}: after {} wrong tries the wait is {} ms",
                db.backend,
                n + 1,
                wait_until - now
            );
            last_wait = wait_until - now;
            now = wait_until.max(now);
        }
        assert_eq!(
            last_wait,
            worker_tries::MAX_WAIT_MS,
            "without the cap the 20th wait would be hours"
        );
        assert!(app::admin::service::unlock_worker(&db, worker)
            .await
            .expect("unlock"));
        let (failures, wait_until) =
            worker_tries::throttle(&mut db.conn().await.expect("c"), worker)
                .await
                .expect("throttle");
        assert_eq!((failures, wait_until), (0, 0), "the admin ended the wait");
    }
}
