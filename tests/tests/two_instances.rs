//! Two app instances on one PostgreSQL database behave as one (issue 16 in part, checklist
//! a session made on one is valid on the other and ends on both; a form sent to both
//! at once writes once; the picture-PIN throttle counts tries on both together; and the
//! access-log chain written through both still verifies.

use reqwest::StatusCode;
use tests::{
    card_sign_in, client_named, form_action, location, page, postgres_url, press_pictures, TestApp,
};

#[tokio::test]
async fn two_instances_on_one_database_behave_as_one() {
    let Some(url) = postgres_url().await.expect("postgres") else {
        return;
    };
    let a = TestApp::spawn(&url).await.expect("instance a");
    let b = TestApp::spawn(&url).await.expect("instance b");

    // Signed in on a, Helmi is signed in on b: the cookie is per host, the session in the
    // database. (Both listen on 127.0.0.1, so one cookie jar serves both, as behind a
    // balancer.)
    let helmi = a.client().expect("client");
    card_sign_in(&helmi, &a, "DEMO-HELMI-8642").await;
    let done = press_pictures(&helmi, &b, "flower,ball,star,bicycle").await;
    assert_eq!(
        location(&done),
        "/home",
        "the sign-in started on a ends on b"
    );
    assert!(page(&helmi, &a, "/home").await.contains("Helmi"));

    // One save-plan form sent to both at once: one new plan version.
    let client_id = client_named(&a, "Helmi").await;
    let versions = || async {
        sqlx::query_scalar::<_, i64>("select count(*) from plan_version where client_id = $1")
            .bind(client_id.0)
            .fetch_one(&a.db.pool)
            .await
            .expect("count")
    };
    let before = versions().await;
    let check = page(&helmi, &a, "/plan/check").await;
    let idem = tests::hidden_field(&check, "idem");
    let save = form_action(&helmi, &a, "/plan/check", "save_plan").await;
    let (first, second) = tokio::join!(
        helmi
            .post(a.url(&save))
            .form(&[("idem", idem.as_str())])
            .send(),
        helmi
            .post(b.url(&save))
            .form(&[("idem", idem.as_str())])
            .send(),
    );
    for answer in [first.expect("a"), second.expect("b")] {
        assert!(answer.status().as_u16() < 400, "{}", answer.status());
    }
    assert_eq!(
        versions().await,
        before + 1,
        "a double tap on two instances saves once"
    );

    // Signing out on b ends the session on a too.
    let sign_out = form_action(&helmi, &b, "/home", "sign_out").await;
    helmi.post(b.url(&sign_out)).send().await.expect("sign out");
    let after = helmi.get(a.url("/home")).send().await.expect("home");
    assert!(
        after.status() == StatusCode::SEE_OTHER || location(&after).starts_with('/'),
        "signed out on both"
    );
    assert!(!page(&helmi, &a, "/home").await.contains("Helmi"));

    // Wrong pictures on a and b in turn: the throttle counts them together, so the wait
    // comes after as many tries as on one instance.
    let eero = a.client().expect("client");
    card_sign_in(&eero, &a, "DEMO-EERO-1357").await;
    let mut tries = 0;
    let mut waited = false;
    for i in 0..12 {
        let on = if i % 2 == 0 { &a } else { &b };
        let to = location(&press_pictures(&eero, on, "dog,cat,sun,house").await);
        tries += 1;
        if to.contains("error=wait-") || to.contains("error=locked") {
            waited = true;
            break;
        }
    }
    assert!(
        waited && tries <= 5,
        "the wait came after {tries} tries on two instances"
    );

    // Reads through both instances are in one chain, and it verifies.
    let head = std::env::temp_dir().join(format!("two-instances-head-{}", std::process::id()));
    let _ = std::fs::remove_file(&head);
    let verified = server::admin::verify_log(&b.db, &head)
        .await
        .expect("the log chain verifies");
    assert!(verified.contains("every row is as written"), "{verified}");
}
