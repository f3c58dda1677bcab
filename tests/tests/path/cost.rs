//! The earlier arrangement next to the budget, for the worker only; earlier periods readable
//! for the client with what was used.

use super::{id_of, worker_opens, MARIA};
use app::money::amount::{format_number, Cents};
use app::money::repo::{self as money, DecisionInput, LineInput, NewSpending, Saved, Wish};
use chrono::{Duration, Utc};
use tests::{
    fresh_urls, hidden_field, location, page, post_form, sign_in_with_pictures, submit, TestApp,
};

fn fi(cents: i64) -> String {
    format_number(Cents(cents), false)
}

/// An earlier, ended decision for the client with one line and one spending of 123,45 euros.
async fn earlier_period(app: &TestApp, client: app::ids::ClientId) {
    let today = Utc::now().date_naive();
    let by = app::money::service::by_worker(app::ids::WorkerId(1), "Maria Virtanen");
    let mut conn = app.db.conn().await.expect("connection");
    let input = DecisionInput {
        period_start: today - Duration::days(300),
        period_end: today - Duration::days(120),
        granted_cents: Cents(250_000),
        reference: "HB-VANHA".to_owned(),
        next_follow_up: None,
    };
    let Saved::Saved(decision_id) = money::save_decision(&mut conn, client, None, 0, &input, &by)
        .await
        .expect("decision")
    else {
        panic!("decision");
    };
    let line = LineInput {
        name: "Vanha linja".to_owned(),
        amount_cents: Cents(250_000),
        arrangement: app::money::Arrangement::parse("self").expect("self"),
        wishes: vec![Wish {
            section: "important".to_owned(),
            item_id: "0".to_owned(),
            item_index: 0,
            item_text: "Ystäväni Sanna".to_owned(),
        }],
    };
    let Saved::Saved(line_id) = money::save_line(&mut conn, decision_id, None, 0, &line)
        .await
        .expect("line")
    else {
        panic!("line");
    };
    let entry = NewSpending {
        client_id: client,
        decision_id,
        line_id,
        spent_on: today - Duration::days(200),
        amount_cents: Cents(12_345),
        description: "Vanha kulu".to_owned(),
        source: "typed",
        import_ref: None,
        reverses: None,
        idem: None,
    };
    money::add_spending(&mut conn, &entry, &by)
        .await
        .expect("spending");
}

#[tokio::test]
async fn the_worker_sees_the_cost_next_to_the_earlier_arrangement_and_the_client_never() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let helmi = id_of(&app, "Helmi").await;
        earlier_period(&app, helmi).await;
        let maria = worker_opens(&app, MARIA, helmi).await;
        let path = page(&maria, &app, "/worker/path").await;
        assert!(
            path.contains("Aiempaa järjestelyä ei ole vielä kirjattu"),
            "{path}"
        );

        // Two rows for Helmi's current decision (the newest, first on the page).
        let decision = hidden_field(&path, "decision_id");
        let to = tests::form_action(&maria, &app, "/worker/path", "save_arrangement").await;
        for (what, kind, monthly) in [
            ("Palveluasuminen", "before", "1500"),
            ("Kuljetus", "estimate", "250,50"),
        ] {
            let page_now = page(&maria, &app, "/worker/path").await;
            let idem = page_now
                .split(&format!("id=\"arrangement-new-{decision}\""))
                .nth(1)
                .map(|f| hidden_field(f, "idem"))
                .expect("the new row's form");
            let fields = [
                ("decision_id", decision.as_str()),
                ("version", "0"),
                ("what", what),
                ("kind", kind),
                ("monthly", monthly),
                ("idem", idem.as_str()),
            ];
            for _ in 0..2 {
                let saved = post_form(&maria, &app, &to, &fields).await;
                assert!(
                    location(&saved).contains("saved=arrangement"),
                    "{}",
                    location(&saved)
                );
            }
        }
        let rows: i64 =
            sqlx::query_scalar("select count(*) from earlier_arrangement where client_id = $1")
                .bind(helmi)
                .fetch_one(&app.db.pool)
                .await
                .expect("count");
        assert_eq!(rows, 2, "a double tap writes once");

        // Helmi's period is 182 days: six months of 30.44 days. An independent computation.
        let (start, end): (String, String) = sqlx::query_as(
            "select period_start, period_end from budget_decision where decision_id = $1",
        )
        .bind(decision.parse::<i64>().expect("id"))
        .fetch_one(&app.db.pool)
        .await
        .expect("period");
        let parse = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let days = (parse(&end) - parse(&start)).num_days() + 1;
        let months = (days as f64 / 30.44).round() as i64;
        assert_eq!(months, 6);
        let granted = 300_000;
        let earlier_month = 150_000 + 25_050;
        let budget_month = granted / months;
        let path = page(&maria, &app, "/worker/path").await;
        for cents in [
            budget_month,
            granted,
            earlier_month,
            earlier_month * months,
            budget_month - earlier_month,
            granted - earlier_month * months,
        ] {
            assert!(path.contains(&fi(cents)), "{} missing:\n{path}", fi(cents));
        }
        assert!(path.contains("−1\u{a0}250,50") && path.contains("−7\u{a0}503"));

        // Changing a row from an old version is refused and the text stays.
        let row_id: i64 = sqlx::query_scalar(
            "select arrangement_id from earlier_arrangement where what = 'Kuljetus' and client_id = $1",
        )
        .bind(helmi)
        .fetch_one(&app.db.pool)
        .await
        .expect("row");
        let id = row_id.to_string();
        let change = |what: &'static str, version: &'static str| {
            vec![
                ("decision_id", decision.clone()),
                ("arrangement_id", id.clone()),
                ("version", version.to_owned()),
                ("what", what.to_owned()),
                ("kind", "estimate".to_owned()),
                ("monthly", "300".to_owned()),
            ]
        };
        let ok = post_form(
            &maria,
            &app,
            &to,
            &as_pairs(&change("Kuljetus, taksi", "1")),
        )
        .await;
        assert!(location(&ok).contains("saved=arrangement"));
        let stale = post_form(
            &maria,
            &app,
            &to,
            &as_pairs(&change("Kuljetus, bussi", "1")),
        )
        .await;
        assert_eq!(
            location(&stale),
            format!("/worker/path?error=arrangement-{id}#arrangement-{id}")
        );
        let shown = page(&maria, &app, "/worker/path?error=x").await;
        assert!(shown.contains("Kuljetus, bussi") && shown.contains("Joku muutti tätä"));

        // Helmi reads both periods with what was used, and never the comparison.
        let client = app.client().expect("client");
        sign_in_with_pictures(&client, &app, "DEMO-HELMI-8642", "flower,ball,star,bicycle").await;
        let money = page(&client, &app, "/money").await;
        assert!(
            money.contains("href=\"/money/periods\"") && money.contains("href=\"/about/budget\"")
        );
        let periods = page(&client, &app, "/money/periods").await;
        assert_eq!(periods.matches("class=\"period\"").count(), 2, "{periods}");
        assert!(
            periods.contains(&format!("Käytit {} euroa.", fi(12_345))),
            "{periods}"
        );
        assert!(
            periods.contains(&format!("Käytit {} euroa.", fi(100_500))),
            "{periods}"
        );
        assert!(periods.contains(&format!("Sait {} euroa.", fi(250_000))));
        for html in [&money, &periods] {
            for hidden in [
                "Palveluasuminen",
                "Kuljetus",
                "Aiempi järjestely",
                &fi(earlier_month),
            ] {
                assert!(!html.contains(hidden), "{hidden} shows to the client");
            }
        }
        let explained = page(&client, &app, "/about/budget").await;
        assert!(explained.contains("Mikä on henkilökohtainen budjetti?"));
        assert_eq!(explained.matches("class=\"path-step\"").count(), 7);
        let _ = submit;
    }
}

fn as_pairs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}
