//! Every use case that writes more than once is one transaction: a test makes its last write
//! fail (a trigger refuses it, as a full disk or a broken constraint would) and finds the
//! database as it was before, on SQLite and on PostgreSQL. Then the same call succeeds once
//! the write is allowed again, so the test cannot pass by the use case doing nothing.

use app::caseload::CardAction;
use app::db::Db;
use app::ids::{ClientId, DecisionId, WorkerId};
use app::money::FormState;
use app::people::PersonRef;
use app::relatives::Rights;
use app::session::repo::Place;
use app::sign_in::{cards, logins, pins};
use tests::faults::{allow, count, refuse, texts, Write};
use tests::{fresh_dbs, session_for};

struct World {
    client: ClientId,
    worker: WorkerId,
    worker_session: String,
}

async fn world(db: &Db) -> World {
    let mut conn = db.conn().await.expect("connection");
    let client = app::people::repo::create(&mut conn, "Aino")
        .await
        .expect("client")
        .client_id;
    let worker = logins::create(&mut conn, "Maria", false)
        .await
        .expect("worker");
    drop(conn);
    let worker_session = session_for(db, PersonRef::worker(worker), None, Place::Worker)
        .await
        .expect("session");
    World {
        client,
        worker,
        worker_session,
    }
}

fn client_ref(id: ClientId) -> PersonRef {
    PersonRef::client(id)
}

fn worker_ref(id: WorkerId) -> PersonRef {
    PersonRef::worker(id)
}

fn pin(text: &str) -> pins::Pin {
    pins::Pin::parse(text).expect("pin")
}

/// Gives the person a card and a picture PIN; returns the card's code.
async fn card_and_pin(db: &Db, person: PersonRef, pictures: &str) -> String {
    let code = cards::issue(&mut db.conn().await.expect("c"), person, None)
        .await
        .expect("card");
    pins::set(&mut db.conn().await.expect("c"), person, &pin(pictures))
        .await
        .expect("pin");
    code
}

#[tokio::test]
async fn adding_a_relative_is_all_or_nothing() {
    for db in fresh_dbs().await.expect("databases") {
        let w = world(&db).await;
        // The last write keeps the new card's code for the worker's next page.
        refuse(&db, "session", Write::Update)
            .await
            .expect("trigger");
        let added = app::relatives::service::add_relative(
            &db,
            w.client,
            "Liisa",
            worker_ref(w.worker),
            &w.worker_session,
            "relative-key",
        )
        .await;
        assert!(added.is_err(), "{:?}", db.backend);
        assert_eq!(count(&db, "relative").await, 0);
        assert_eq!(count(&db, "consent").await, 0);
        assert_eq!(count(&db, "sign_in_card").await, 0);
        allow(&db, "session", Write::Update).await.expect("drop");
        app::relatives::service::add_relative(
            &db,
            w.client,
            "Liisa",
            worker_ref(w.worker),
            &w.worker_session,
            "relative-key",
        )
        .await
        .expect("added");
        assert_eq!(count(&db, "relative").await, 1);
        assert_eq!(count(&db, "consent").await, 1);
        assert_eq!(count(&db, "sign_in_card").await, 1);
    }
}

#[tokio::test]
async fn changing_a_relatives_rights_is_all_or_nothing() {
    for db in fresh_dbs().await.expect("databases") {
        let w = world(&db).await;
        let relative =
            app::people::repo::create_relative(&mut db.conn().await.expect("c"), "Liisa")
                .await
                .expect("relative");
        let read = Rights {
            read_plan: true,
            ..Rights::default()
        };
        let by = client_ref(w.client);
        // Wider rights wait a day: a waiting row that the next change cancels first.
        app::relatives::service::change(&db, w.client, relative, read, by)
            .await
            .expect("waiting");
        let waiting = "select cast(consent_id as text) from consent where cancelled_at is null";
        let before = texts(&db, waiting).await;
        assert_eq!(before.len(), 1);
        refuse(&db, "consent", Write::Insert)
            .await
            .expect("trigger");
        let changed =
            app::relatives::service::change(&db, w.client, relative, Rights::default(), by).await;
        assert!(changed.is_err());
        assert_eq!(
            texts(&db, waiting).await,
            before,
            "the waiting change stays"
        );
        allow(&db, "consent", Write::Insert).await.expect("drop");
        app::relatives::service::change(&db, w.client, relative, Rights::default(), by)
            .await
            .expect("changed");
        assert_ne!(texts(&db, waiting).await, before);
    }
}

#[tokio::test]
async fn every_card_action_is_all_or_nothing() {
    for db in fresh_dbs().await.expect("databases") {
        let w = world(&db).await;
        let person = client_ref(w.client);
        let act = |action| {
            let db = db.clone();
            let session = w.worker_session.clone();
            async move {
                app::caseload::service::card_action(&db, action, person, w.worker, &session).await
            }
        };
        let code = card_and_pin(&db, person, "dog,cat,sun,house").await;
        let card_works = |code: String| {
            let db = db.clone();
            async move {
                cards::find(&mut db.conn().await.expect("c"), &code)
                    .await
                    .expect("find")
                    .is_some()
            }
        };

        // Issue: revoke the old card, add a new one, keep its code for the worker's page.
        refuse(&db, "session", Write::Update)
            .await
            .expect("trigger");
        assert!(act(CardAction::Issue).await.is_err());
        assert!(card_works(code.clone()).await, "the old card still works");
        assert_eq!(count(&db, "sign_in_card").await, 1);
        allow(&db, "session", Write::Update).await.expect("drop");

        // Reset: forget the PIN, end the person's sessions.
        session_for(
            &db,
            PersonRef::client(w.client),
            Some(w.client),
            Place::Home,
        )
        .await
        .expect("session");
        refuse(&db, "session", Write::Delete)
            .await
            .expect("trigger");
        assert!(act(CardAction::Reset).await.is_err());
        assert_eq!(count(&db, "picture_pin").await, 1, "the PIN is kept");
        allow(&db, "session", Write::Delete).await.expect("drop");

        // Unlock: both failure counts go back to 0, or neither.
        sqlx::query("update picture_pin set failures = 10")
            .execute(&db.pool)
            .await
            .expect("locked");
        sqlx::query("update sign_in_card set failures = 10")
            .execute(&db.pool)
            .await
            .expect("locked");
        refuse(&db, "sign_in_card", Write::Update)
            .await
            .expect("trigger");
        assert!(act(CardAction::Unlock).await.is_err());
        let failures = "select cast(failures as text) from picture_pin";
        assert_eq!(texts(&db, failures).await, vec!["10"]);

        // Revoke: end the card's sessions and mark it revoked, or neither.
        assert!(act(CardAction::Revoke).await.is_err());
        assert!(card_works(code.clone()).await, "the card was not revoked");
        allow(&db, "sign_in_card", Write::Update)
            .await
            .expect("drop");

        // Allowed again, every action goes through.
        act(CardAction::Unlock).await.expect("unlock");
        assert_eq!(texts(&db, failures).await, vec!["0"]);
        act(CardAction::Revoke).await.expect("revoke");
        assert!(!card_works(code.clone()).await);
        act(CardAction::Issue).await.expect("issue");
        act(CardAction::Reset).await.expect("reset");
        assert_eq!(count(&db, "picture_pin").await, 0);
    }
}

#[tokio::test]
async fn adding_a_worker_is_all_or_nothing() {
    for db in fresh_dbs().await.expect("databases") {
        let w = world(&db).await;
        let (workers, logins_before) =
            (count(&db, "worker").await, count(&db, "worker_login").await);
        refuse(&db, "session", Write::Update)
            .await
            .expect("trigger");
        let added =
            app::admin::service::add_worker(&db, "Pekka", "pekka", false, Some(&w.worker_session))
                .await;
        assert!(added.is_err());
        assert_eq!(count(&db, "worker").await, workers);
        assert_eq!(count(&db, "worker_login").await, logins_before);
        assert_eq!(count(&db, "worker_code").await, 0);
        allow(&db, "session", Write::Update).await.expect("drop");
        app::admin::service::add_worker(&db, "Pekka", "pekka", false, Some(&w.worker_session))
            .await
            .expect("added");
        assert_eq!(count(&db, "worker").await, workers + 1);
        assert_eq!(count(&db, "worker_code").await, 1);
    }
}

#[tokio::test]
async fn a_new_pin_or_password_replaces_the_old_one_or_nothing() {
    for db in fresh_dbs().await.expect("databases") {
        let w = world(&db).await;
        let person = client_ref(w.client);
        card_and_pin(&db, person, "dog,cat,sun,house").await;
        let hash = "select pin_hash from picture_pin";
        let old = texts(&db, hash).await;
        // Setting a PIN: delete the old, add the new, clear the card's failures.
        refuse(&db, "sign_in_card", Write::Update)
            .await
            .expect("trigger");
        let set = pins::set(
            &mut db.conn().await.expect("c"),
            person,
            &pin("car,tree,apple,fish"),
        )
        .await;
        assert!(set.is_err());
        assert_eq!(texts(&db, hash).await, old, "the old PIN is kept");
        allow(&db, "sign_in_card", Write::Update)
            .await
            .expect("drop");
        pins::set(
            &mut db.conn().await.expect("c"),
            person,
            &pin("car,tree,apple,fish"),
        )
        .await
        .expect("set");
        assert_ne!(texts(&db, hash).await, old);

        // A worker's password: delete the old login, add the new one.
        let password = "maria-vanha-salasana";
        logins::set_password(
            &mut db.conn().await.expect("c"),
            w.worker,
            "maria",
            password,
        )
        .await
        .expect("password");
        let login = "select secret_hash from worker_login";
        let old = texts(&db, login).await;
        refuse(&db, "worker_login", Write::Insert)
            .await
            .expect("trigger");
        let set = logins::set_password(
            &mut db.conn().await.expect("c"),
            w.worker,
            "maria",
            "maria-uusi-salasana",
        )
        .await;
        assert!(set.is_err());
        assert_eq!(texts(&db, login).await, old, "the old password still works");
    }
}

#[tokio::test]
async fn a_right_pin_clears_both_counters_or_neither() {
    for db in fresh_dbs().await.expect("databases") {
        let w = world(&db).await;
        let person = client_ref(w.client);
        let code = card_and_pin(&db, person, "dog,cat,sun,house").await;
        let right = pin("dog,cat,sun,house");
        sqlx::query("update picture_pin set failures = 2")
            .execute(&db.pool)
            .await
            .expect("two wrong");
        let card = cards::find(&mut db.conn().await.expect("c"), &code)
            .await
            .expect("find")
            .expect("card");
        refuse(&db, "sign_in_card", Write::Update)
            .await
            .expect("trigger");
        assert!(app::sign_in::service::check_pin(&db, &card, &right)
            .await
            .is_err());
        // The try itself was counted before the check; clearing did not happen.
        let failures = "select cast(failures as text) from picture_pin";
        assert_eq!(texts(&db, failures).await, vec!["3"]);
        allow(&db, "sign_in_card", Write::Update)
            .await
            .expect("drop");
        assert_eq!(
            app::sign_in::service::check_pin(&db, &card, &right)
                .await
                .expect("check"),
            pins::PinCheck::Right
        );
        assert_eq!(texts(&db, failures).await, vec!["0"]);
    }
}

#[tokio::test]
async fn money_forms_are_all_or_nothing() {
    use app::money::service;
    for db in fresh_dbs().await.expect("databases") {
        let w = world(&db).await;
        let by = service::by_worker(w.worker, "Maria");
        let today = chrono::Utc::now().date_naive();
        let start = (today - chrono::Days::new(30))
            .format("%Y-%m-%d")
            .to_string();
        let end = (today + chrono::Days::new(60))
            .format("%Y-%m-%d")
            .to_string();
        let decision = |granted: &str| {
            FormState::from_pairs(&[
                ("period_start", start.as_str()),
                ("period_end", end.as_str()),
                ("granted", granted),
                ("reference", "HB-1"),
                ("next_follow_up", ""),
                ("idem", "decision-key"),
            ])
        };
        let session = w.worker_session.as_str();
        // A refused form is kept; saving the decision clears it: that is the last write.
        service::submit_decision(&db, session, w.client, &by, None, 0, decision("satanen"))
            .await
            .expect("refused");
        assert_eq!(count(&db, "refused_form").await, 1);
        refuse(&db, "refused_form", Write::Delete)
            .await
            .expect("trigger");
        let saved =
            service::submit_decision(&db, session, w.client, &by, None, 0, decision("1500")).await;
        assert!(saved.is_err());
        assert_eq!(
            count(&db, "budget_decision").await,
            0,
            "no decision without the rest"
        );
        allow(&db, "refused_form", Write::Delete)
            .await
            .expect("drop");
        service::submit_decision(&db, session, w.client, &by, None, 0, decision("1500"))
            .await
            .expect("saved");
        assert_eq!(count(&db, "budget_decision").await, 1);
        assert_eq!(count(&db, "refused_form").await, 0);

        // Spending: the entry and clearing the refused form go together.
        let decision_id: DecisionId =
            texts(&db, "select cast(decision_id as text) from budget_decision").await[0]
                .parse()
                .expect("id");
        let line = app::money::repo::LineInput {
            name: "Uinti".to_owned(),
            amount_cents: app::money::amount::Cents(50_000),
            arrangement: app::money::Arrangement::Voucher,
            wishes: Vec::new(),
        };
        let saved = app::money::repo::save_line(
            &mut db.conn().await.expect("c"),
            decision_id,
            None,
            0,
            &line,
        )
        .await
        .expect("line");
        let app::money::repo::Saved::Saved(line_id) = saved else {
            panic!("line not saved");
        };
        let line_id = line_id.to_string();
        let today = today.format("%Y-%m-%d").to_string();
        let spending = |amount: &str| {
            FormState::from_pairs(&[
                ("spent_on", today.as_str()),
                ("amount", amount),
                ("description", "Uimahalli"),
                ("line_id", line_id.as_str()),
            ])
        };
        service::submit_spending(&db, session, w.client, &by, "key-1", spending("-5"))
            .await
            .expect("refused");
        assert_eq!(count(&db, "refused_form").await, 1);
        refuse(&db, "refused_form", Write::Delete)
            .await
            .expect("trigger");
        let added =
            service::submit_spending(&db, session, w.client, &by, "key-2", spending("12,50")).await;
        assert!(added.is_err());
        assert_eq!(count(&db, "spending").await, 0);
        allow(&db, "refused_form", Write::Delete)
            .await
            .expect("drop");
        service::submit_spending(&db, session, w.client, &by, "key-2", spending("12,50"))
            .await
            .expect("added");
        assert_eq!(count(&db, "spending").await, 1);

        // A support line and its wishes change together.
        refuse(&db, "support_line_wish", Write::Delete)
            .await
            .expect("trigger");
        sqlx::query("insert into support_line_wish (line_id, section, item_index, item_text) values ($1, 'goals', 0, 'Uida')")
            .bind(line_id.parse::<i64>().expect("id"))
            .execute(&db.pool)
            .await
            .expect("wish");
        let renamed = app::money::repo::LineInput {
            name: "Uinti ja kuntosali".to_owned(),
            ..line
        };
        let id = line_id.parse::<app::ids::LineId>().ok();
        assert!(app::money::repo::save_line(
            &mut db.conn().await.expect("c"),
            decision_id,
            id,
            1,
            &renamed
        )
        .await
        .is_err());
        assert_eq!(
            texts(&db, "select name from support_line").await,
            vec!["Uinti"]
        );
    }
}

/// Security review F13: a double tap on "add relative" adds one relative (the first card's
/// code is not lost), and the same key with another name adds nothing.
#[tokio::test]
async fn adding_a_relative_twice_with_one_key_adds_one() {
    use app::relatives::service::{add_relative, Added};
    for db in fresh_dbs().await.expect("databases") {
        let w = world(&db).await;
        let add = |name: &'static str| {
            let (db, session) = (db.clone(), w.worker_session.clone());
            let (client, worker) = (w.client, w.worker);
            async move {
                add_relative(&db, client, name, worker_ref(worker), &session, "one-key")
                    .await
                    .expect("add")
            }
        };
        assert!(matches!(add("Liisa").await, Added::Added(_)));
        assert_eq!(add("Liisa").await, Added::Repeated);
        assert_eq!(add("Matti").await, Added::Different);
        assert_eq!(count(&db, "relative").await, 1, "{:?}", db.backend);
    }
}
