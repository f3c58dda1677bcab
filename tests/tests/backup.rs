//! Backup and restore (issue 16, checklist ): a copy taken while clients write
//! opens, passes its integrity check, and a server started on it shows every client's plan as
//! the source has it. SQLite through `server admin backup` (VACUUM INTO); PostgreSQL through
//! pg_dump and pg_restore, the commands the README gives.

use app::people::PersonRef;
use app::session::repo::Place;
use std::path::PathBuf;
use tests::{client_named, page_as, postgres_url, session_for, sqlite_url, TestApp};

/// Every saved plan version, as (client, version, content): versions are never changed, so a
/// restored copy must hold each one exactly.
async fn plan_versions(app: &TestApp) -> Vec<(i64, i64, String)> {
    sqlx::query_as(
        "select client_id, version_no, content from plan_version order by client_id, version_no",
    )
    .fetch_all(&app.db.pool)
    .await
    .expect("plan versions")
}

fn copy_path(name: &str) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/test-dbs");
    std::fs::create_dir_all(&dir).expect("dir");
    dir.join(format!(
        "{name}-{}-{}.db",
        std::process::id(),
        app::db::now_ms()
    ))
}

/// Helmi's plan summary on a server, as Helmi sees it.
async fn helmi_summary(app: &TestApp) -> String {
    let helmi = client_named(app, "Helmi").await;
    let session = session_for(&app.db, PersonRef::client(helmi), Some(helmi), Place::Home)
        .await
        .expect("session");
    page_as(app, &session, "/plan/summary").await
}

#[tokio::test]
async fn a_sqlite_copy_taken_while_clients_write_restores_every_plan() {
    let source = TestApp::spawn(&sqlite_url().await.expect("url"))
        .await
        .expect("app");
    let helmi = client_named(&source, "Helmi").await;
    // Writers go on during the copy: each new session is a write.
    let db = source.db.clone();
    let writer = tokio::spawn(async move {
        for _ in 0..300 {
            session_for(&db, PersonRef::client(helmi), Some(helmi), Place::Kiosk)
                .await
                .expect("a write during the backup");
        }
    });
    let path = copy_path("backup");
    let facts = server::backup::backup(&source.db, &path)
        .await
        .expect("backup");
    writer.await.expect("writer");
    let clients: i64 = sqlx::query_scalar("select count(*) from client")
        .fetch_one(&source.db.pool)
        .await
        .expect("count");
    assert_eq!(facts.clients, clients);
    assert!(facts.plan_versions >= 1, "{facts:?}");

    // The same file again is refused, and nothing is overwritten.
    let again = server::backup::backup(&source.db, &path).await;
    assert!(again.is_err_and(|e| e.to_string().contains("exists")));

    let restored = TestApp::spawn(&format!("sqlite://{}?mode=rw", path.display()))
        .await
        .expect("a server starts on the copy");
    assert_eq!(plan_versions(&restored).await, plan_versions(&source).await);
    let summary = helmi_summary(&restored).await;
    assert!(summary.contains("Käyn uimassa"), "{summary}");
}

#[tokio::test]
async fn a_postgres_dump_restores_every_plan() {
    let Some(url) = postgres_url().await.expect("postgres") else {
        return;
    };
    let source = TestApp::spawn(&url).await.expect("app");
    let dump = copy_path("pg-dump");
    let status = std::process::Command::new("pg_dump")
        .args(["--format=custom", "--file"])
        .arg(&dump)
        .arg(&url)
        .status()
        .expect("pg_dump runs");
    assert!(status.success(), "pg_dump failed");
    let target = postgres_url()
        .await
        .expect("target")
        .expect("a second database");
    let status = std::process::Command::new("pg_restore")
        .args([
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--dbname",
        ])
        .arg(&target)
        .arg(&dump)
        .status()
        .expect("pg_restore runs");
    assert!(status.success(), "pg_restore failed");
    let restored = TestApp::spawn(&target)
        .await
        .expect("a server starts on the copy");
    assert_eq!(plan_versions(&restored).await, plan_versions(&source).await);
    let summary = helmi_summary(&restored).await;
    assert!(summary.contains("Käyn uimassa"), "{summary}");
    // A PostgreSQL database is backed up with pg_dump, never a file copy.
    let refused = server::backup::backup(&source.db, &copy_path("no")).await;
    assert!(refused.is_err_and(|e| e.to_string().contains("pg_dump")));
}
