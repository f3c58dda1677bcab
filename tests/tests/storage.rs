//! Storage on both engines: drafts, conflicts, double sending, versions and the SQLite settings.

use app::db::{Backend, Db};
use app::people::repo as clients;
use app::plan::content::{Answer, FieldError, FieldErrorKind, SectionInput};
use app::plan::repo::{self as plans, Actor, ActorRole, Pending, SaveOutcome, VersionOutcome};
use app::plan::section::Section;
use sqlx::Row;
use tests::fresh_dbs;

fn me() -> Actor {
    Actor {
        role: ActorRole::Client,
        name: "Aino".into(),
    }
}

fn text(value: &str) -> Answer {
    Answer::Text(value.into())
}

async fn client(db: &Db, _label: &str) -> app::ids::ClientId {
    clients::create(&mut db.conn().await.expect("connection"), "Aino")
        .await
        .expect("client")
        .client_id
}

#[tokio::test]
async fn a_section_is_saved_and_read_back() {
    for db in fresh_dbs().await.expect("databases") {
        let id = client(&db, "a-1").await;
        let outcome = plans::save_section(
            &mut db.conn().await.expect("connection"),
            id,
            Section::Important,
            &text("Kissa"),
            0,
            "k1",
            "/next",
            &me(),
        )
        .await;
        assert_eq!(
            outcome.expect("save"),
            SaveOutcome::Saved,
            "{:?}",
            db.backend
        );
        let draft = plans::load_draft(&mut db.conn().await.expect("connection"), id)
            .await
            .expect("load");
        assert_eq!(
            draft.content.answer(Section::Important),
            Some(&text("Kissa"))
        );
        assert_eq!(draft.version(Section::Important), 1);
        assert_eq!(draft.version(Section::Goals), 0);
    }
}

#[tokio::test]
async fn a_second_editor_is_told_instead_of_overwriting() {
    for db in fresh_dbs().await.expect("databases") {
        let id = client(&db, "a-2").await;
        plans::save_section(
            &mut db.conn().await.expect("connection"),
            id,
            Section::Important,
            &text("Eka"),
            0,
            "k1",
            "/n",
            &me(),
        )
        .await
        .expect("first");
        // Two editors opened version 1; the first one saves.
        let first = plans::save_section(
            &mut db.conn().await.expect("connection"),
            id,
            Section::Important,
            &text("Toka"),
            1,
            "k2",
            "/n",
            &me(),
        )
        .await;
        assert_eq!(first.expect("second"), SaveOutcome::Saved);
        // The second one still has version 1: refused, nothing overwritten.
        let second = plans::save_section(
            &mut db.conn().await.expect("connection"),
            id,
            Section::Important,
            &text("Kolmas"),
            1,
            "k3",
            "/n",
            &me(),
        )
        .await;
        assert_eq!(
            second.expect("third"),
            SaveOutcome::Conflict { current_version: 2 },
            "{:?}",
            db.backend
        );
        let draft = plans::load_draft(&mut db.conn().await.expect("connection"), id)
            .await
            .expect("load");
        assert_eq!(
            draft.content.answer(Section::Important),
            Some(&text("Toka"))
        );
        // Another section does not collide.
        let other = plans::save_section(
            &mut db.conn().await.expect("connection"),
            id,
            Section::GoodAt,
            &text("Leipominen"),
            0,
            "k4",
            "/n",
            &me(),
        )
        .await;
        assert_eq!(other.expect("other"), SaveOutcome::Saved);
        // Two editors both creating the first answer of a section: the second is told.
        let late = plans::save_section(
            &mut db.conn().await.expect("connection"),
            id,
            Section::GoodAt,
            &text("Laulu"),
            0,
            "k5",
            "/n",
            &me(),
        )
        .await;
        assert_eq!(
            late.expect("late"),
            SaveOutcome::Conflict { current_version: 1 }
        );
    }
}

#[tokio::test]
async fn a_double_tap_writes_once_and_leads_to_the_same_page() {
    for db in fresh_dbs().await.expect("databases") {
        let id = client(&db, "a-3").await;
        let first = plans::save_section(
            &mut db.conn().await.expect("connection"),
            id,
            Section::Important,
            &text("Kissa"),
            0,
            "same",
            "/plan/step/good-at",
            &me(),
        )
        .await;
        assert_eq!(first.expect("first"), SaveOutcome::Saved);
        let again = plans::save_section(
            &mut db.conn().await.expect("connection"),
            id,
            Section::Important,
            &text("Kissa"),
            0,
            "same",
            "/other",
            &me(),
        )
        .await;
        assert_eq!(
            again.expect("again"),
            SaveOutcome::Replayed("/plan/step/good-at".into())
        );
        assert_eq!(
            plans::load_draft(&mut db.conn().await.expect("connection"), id)
                .await
                .expect("load")
                .version(Section::Important),
            1
        );

        let v1 = plans::save_version(
            &mut db.conn().await.expect("connection"),
            id,
            &plans::load_draft(&mut db.conn().await.expect("connection"), id)
                .await
                .expect("d")
                .content,
            &me(),
            "v",
            |n| format!("/saved/{n}"),
        )
        .await;
        assert_eq!(v1.expect("v1"), VersionOutcome::Saved(1));
        let v1_again = plans::save_version(
            &mut db.conn().await.expect("connection"),
            id,
            &Default::default(),
            &me(),
            "v",
            |n| format!("/saved/{n}"),
        )
        .await;
        assert_eq!(
            v1_again.expect("replay"),
            VersionOutcome::Replayed("/saved/1".into())
        );
        assert_eq!(
            plans::list_versions(&mut db.conn().await.expect("connection"), id)
                .await
                .expect("list")
                .len(),
            1
        );
    }
}

#[tokio::test]
async fn versions_are_numbered_per_client_and_kept() {
    for db in fresh_dbs().await.expect("databases") {
        let aino = client(&db, "a-4").await;
        let eero = clients::create(&mut db.conn().await.expect("connection"), "Eero")
            .await
            .expect("eero")
            .client_id;
        let mut content = app::plan::content::PlanContent::default();
        content.set(Section::Important, text("Kissa"));
        for key in ["a", "b"] {
            plans::save_version(
                &mut db.conn().await.expect("connection"),
                aino,
                &content,
                &me(),
                key,
                |_| String::new(),
            )
            .await
            .expect("aino");
        }
        let worker = Actor {
            role: ActorRole::Worker,
            name: "Maria".into(),
        };
        let eero_v = plans::save_version(
            &mut db.conn().await.expect("connection"),
            eero,
            &content,
            &worker,
            "c",
            |_| String::new(),
        )
        .await
        .expect("eero");
        assert_eq!(eero_v, VersionOutcome::Saved(1));
        let list = plans::list_versions(&mut db.conn().await.expect("connection"), aino)
            .await
            .expect("list");
        assert_eq!(
            list.iter().map(|v| v.version_no).collect::<Vec<_>>(),
            vec![2, 1]
        );
        let newest = plans::get_version(&mut db.conn().await.expect("connection"), eero, None)
            .await
            .expect("get")
            .expect("exists");
        assert_eq!(newest.info.saved_by, worker);
        assert_eq!(newest.content, content);
        assert!(
            plans::get_version(&mut db.conn().await.expect("connection"), aino, Some(3))
                .await
                .expect("get")
                .is_none()
        );
    }
}

#[tokio::test]
async fn refused_input_is_kept_for_its_session_until_the_section_is_saved() {
    use app::plan::service::{submit_section, SectionForm, Writer};
    for db in fresh_dbs().await.expect("databases") {
        let id = client(&db, "a-5").await;
        let pending = Pending {
            input: SectionInput {
                answer: "liian pitkä".into(),
                ..SectionInput::default()
            },
            errors: vec![FieldError {
                field: "answer".into(),
                kind: FieldErrorKind::TooLong { max: 1, actual: 11 },
            }],
            base_version: 0,
            said: None,
        };
        let kept = |session: &'static str| {
            let db = db.clone();
            async move {
                plans::pending(
                    &mut db.conn().await.expect("connection"),
                    session,
                    id,
                    Section::Important,
                )
                .await
                .expect("get")
            }
        };
        plans::set_pending(
            &mut db.conn().await.expect("connection"),
            "session-1",
            id,
            Section::Important,
            &pending,
        )
        .await
        .expect("set");
        assert_eq!(kept("session-1").await, Some(pending));
        assert_eq!(
            kept("session-2").await,
            None,
            "another editor of the plan does not see it"
        );
        let on = Writer {
            client_id: id,
            author: me(),
        };
        let form = SectionForm {
            version: 0,
            idem: "k".into(),
            from_check: false,
            input: SectionInput {
                answer: "lyhyt".into(),
                ..SectionInput::default()
            },
            mark: None,
        };
        submit_section(&db, &on, "session-1", Section::Important, form)
            .await
            .expect("save");
        assert_eq!(kept("session-1").await, None, "saved, so forgotten");
    }
}

#[tokio::test]
async fn cards_find_only_their_owner_and_are_stored_as_hashes() {
    use app::people::PersonRef;
    use app::sign_in::cards;
    for db in fresh_dbs().await.expect("databases") {
        let id = client(&db, "").await;
        let owner = PersonRef::client(id);
        let code = cards::issue(&mut db.conn().await.expect("connection"), owner, None)
            .await
            .expect("issue");
        let found = cards::find(
            &mut db.conn().await.expect("connection"),
            &code.to_lowercase().replace('-', " "),
        )
        .await
        .expect("find");
        assert_eq!(found.map(|c| c.owner), Some(owner));
        assert!(cards::find(&mut db.conn().await.expect("connection"), "  ")
            .await
            .expect("find")
            .is_none());
        let stored: String = sqlx::query("select token_hash from sign_in_card where owner_id = $1")
            .bind(id)
            .fetch_one(&db.pool)
            .await
            .expect("row")
            .try_get("token_hash")
            .expect("hash");
        assert_eq!(stored.len(), 64, "a SHA-256 hash, never the code");
        assert!(!stored.contains(&code.replace('-', "")));
        // A new card revokes the old one.
        let newer = cards::issue(&mut db.conn().await.expect("connection"), owner, None)
            .await
            .expect("issue");
        assert!(
            cards::find(&mut db.conn().await.expect("connection"), &code)
                .await
                .expect("find")
                .is_none()
        );
        assert!(
            cards::find(&mut db.conn().await.expect("connection"), &newer)
                .await
                .expect("find")
                .is_some()
        );
        cards::revoke(&mut db.conn().await.expect("connection"), owner)
            .await
            .expect("revoke");
        assert!(
            cards::find(&mut db.conn().await.expect("connection"), &newer)
                .await
                .expect("find")
                .is_none()
        );
    }
}

async fn pragma_number(conn: &mut sqlx::AnyConnection, pragma: &'static str) -> i64 {
    let row = sqlx::query(pragma).fetch_one(conn).await.expect(pragma);
    row.try_get::<i64, _>(0).expect(pragma)
}

#[tokio::test]
async fn sqlite_runs_in_wal_with_full_sync_on_a_safe_version() {
    let db = server::db::connect(&tests::sqlite_url().await.expect("url"))
        .await
        .expect("db");
    assert_eq!(db.backend, Backend::Sqlite);
    // Every connection of the pool, held at once so that none is reused (checklist R-3).
    let mut held = Vec::new();
    for _ in 0..4 {
        held.push(db.pool.acquire().await.expect("conn"));
    }
    for conn in &mut held {
        assert_eq!(
            pragma_number(conn, "pragma synchronous").await,
            2,
            "FULL (2)"
        );
        assert_eq!(pragma_number(conn, "pragma foreign_keys").await, 1);
        assert!(pragma_number(conn, "pragma busy_timeout").await >= 5000);
        let mode: String = sqlx::query("pragma journal_mode")
            .fetch_one(&mut **conn)
            .await
            .expect("mode")
            .try_get(0)
            .expect("v");
        assert_eq!(mode, "wal");
    }
    let mut conn = held.pop().expect("one");
    let version: String = sqlx::query("select sqlite_version()")
        .fetch_one(&mut *conn)
        .await
        .expect("v")
        .try_get(0)
        .expect("v");
    assert!(
        server::db::sqlite_version_is_safe(&version),
        "SQLite {version} has the WAL-reset bug; need 3.51.3 or newer"
    );
    assert!(!server::db::sqlite_version_is_safe("3.40.1"));
    assert!(!server::db::sqlite_version_is_safe("3.51.2"));
    assert!(!server::db::sqlite_version_is_safe("not a version"));
    assert!(server::db::sqlite_version_is_safe("3.52.0"));
}

#[tokio::test]
async fn a_migration_that_fails_stops_start_up() {
    // A database where a table of the first migration already exists, made by hand: the
    // migration fails, and so must the start.
    let url = tests::sqlite_url().await.expect("url");
    sqlx::any::install_default_drivers();
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&url)
        .await
        .expect("connect");
    sqlx::query("create table client (x integer)")
        .execute(&mut conn)
        .await
        .expect("table");
    drop(conn);
    let result = server::db::connect(&url).await;
    let message = format!("{:#}", result.expect_err("start-up must fail"));
    assert!(message.contains("migrations"), "{message}");
}

#[tokio::test]
async fn a_failing_migration_stops_start_up() {
    let result = server::db::connect("sqlite:///nonexistent-dir/x/y.db").await;
    assert!(result.is_err());
    let result = server::db::connect("mysql://nobody").await;
    assert!(result.is_err());
}

/// Security review F16: what has run out is deleted, not kept for ever: ended sessions with
/// the forms and imports they kept, sign-ins in progress, used and old one-time codes, and
/// form keys older than a day. What still works is kept.
#[tokio::test]
async fn a_purge_deletes_what_has_run_out_and_keeps_the_rest() {
    use app::people::PersonRef;
    use app::session::repo::Place;
    for db in fresh_dbs().await.expect("databases") {
        let aino = client(&db, "a").await;
        let mut sessions = Vec::new();
        for _ in 0..2 {
            sessions.push(
                tests::session_for(&db, PersonRef::client(aino), Some(aino), Place::Home)
                    .await
                    .expect("session"),
            );
        }
        for session in &sessions {
            app::forms::refused::put_refused(
                &mut db.conn().await.expect("c"),
                session,
                aino,
                "decision",
                "{}",
            )
            .await
            .expect("refused");
        }
        let now = app::db::now_ms();
        // The first session was last seen two hours ago (home idle limit: 30 minutes).
        sqlx::query("update session set last_seen_at = $1 where session_hash = $2")
            .bind(now - 2 * 3600 * 1000)
            .bind(app::session::repo::hash_id(&sessions[0]))
            .execute(&db.pool)
            .await
            .expect("age");
        sqlx::query(
            "insert into form_submission (idem_key, client_id, outcome, created_at) \
             values ('old', $1, '', $2), ('new', $1, '', $3)",
        )
        .bind(aino)
        .bind(now - 2 * app::session::purge::FORM_KEY_MS)
        .bind(now)
        .execute(&db.pool)
        .await
        .expect("keys");
        let purged = app::session::purge::purge(&db, now, 180)
            .await
            .expect("purge");
        assert_eq!(purged.sessions, 1, "{:?}", db.backend);
        assert_eq!(purged.kept_by_sessions, 1, "the old session's refused form");
        assert_eq!(purged.form_keys, 1);
        let count = |table: &'static str| {
            let pool = db.pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(format!(
                    "select count(*) from {table}"
                )))
                .fetch_one(&pool)
                .await
                .expect("count")
            }
        };
        assert_eq!(count("session").await, 1, "the live session stays");
        assert_eq!(count("refused_form").await, 1);
        assert_eq!(count("form_submission").await, 1);
    }
}
