//! A saved decision gets follow-up dates at most three months apart, the worker's date among
//! them; a changed period is followed; a worker's date is added once.

use app::followup::dates;
use app::money::amount::Cents;
use app::money::repo::{self as money, DecisionInput, EnteredBy, Saved};
use chrono::{Duration, Months, NaiveDate, Utc};
use tests::fresh_dbs;

fn gaps_ok(start: NaiveDate, end: NaiveDate, list: &[NaiveDate]) -> bool {
    let mut all = vec![start];
    all.extend(list.iter().copied().filter(|d| *d > start && *d <= end));
    all.sort();
    all.push(end);
    all.windows(2).all(|w| {
        w[0].checked_add_months(Months::new(3))
            .is_some_and(|limit| limit >= w[1])
    })
}

#[tokio::test]
async fn a_saved_decision_gets_dates_at_most_three_months_apart() {
    for db in fresh_dbs().await.expect("databases") {
        let mut conn = db.conn().await.expect("connection");
        let client = app::people::repo::create(&mut conn, "Saara")
            .await
            .expect("client");
        let worker = app::sign_in::logins::create(&mut conn, "Maria", false)
            .await
            .expect("worker");
        let by = EnteredBy {
            kind: app::people::PersonKind::Worker,
            id: worker.0,
            name: "Maria".into(),
        };
        let today = Utc::now().date_naive();
        let worker_date = today + Duration::days(20);
        let mut input = DecisionInput {
            period_start: today - Duration::days(30),
            period_end: today + Duration::days(330),
            granted_cents: Cents(500_000),
            reference: "HB-1".into(),
            next_follow_up: Some(worker_date),
        };
        let id = client.client_id;
        let Saved::Saved(decision) = money::save_decision(&mut conn, id, None, 0, &input, &by)
            .await
            .expect("decision")
        else {
            panic!("decision not saved");
        };
        let made: Vec<NaiveDate> = dates::dates(&mut conn, id)
            .await
            .expect("dates")
            .iter()
            .map(|d| d.due_on)
            .collect();
        assert!(made.contains(&worker_date), "{made:?}");
        assert!(made.len() >= 4, "a year needs four follow-ups: {made:?}");
        assert!(
            gaps_ok(input.period_start, input.period_end, &made),
            "{made:?}"
        );

        // A shorter period: dates after its end go, and the gaps still hold.
        input.period_end = today + Duration::days(150);
        let saved = money::save_decision(&mut conn, id, Some(decision), 1, &input, &by)
            .await
            .expect("change");
        assert_eq!(saved, Saved::Saved(decision));
        let made: Vec<NaiveDate> = dates::dates(&mut conn, id)
            .await
            .expect("dates")
            .iter()
            .map(|d| d.due_on)
            .collect();
        assert!(made.iter().all(|d| *d <= input.period_end), "{made:?}");
        assert!(made.contains(&worker_date));
        assert!(
            gaps_ok(input.period_start, input.period_end, &made),
            "{made:?}"
        );

        // A worker's date twice is one date.
        let extra = today + Duration::days(40);
        assert!(dates::add_by_worker(&mut conn, id, Some(decision), extra)
            .await
            .expect("add"));
        assert!(!dates::add_by_worker(&mut conn, id, Some(decision), extra)
            .await
            .expect("again"));
        let count = dates::dates(&mut conn, id)
            .await
            .expect("dates")
            .iter()
            .filter(|d| d.due_on == extra)
            .count();
        assert_eq!(count, 1);
    }
}
