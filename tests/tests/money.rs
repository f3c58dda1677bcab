//! Money, on both databases: a worker enters a decision with three support lines linked to
//! wishes, refused input is kept, a spending file is previewed (bad rows named and skipped)
//! and imported once only, a correction is a new entry, and the client sees the three
//! numbers, the bar, the pace sentence and the lines, in three languages. Also: no float
//! type anywhere in the money path.

use app::ids::SpendingId;
use chrono::{Duration, Utc};
use reqwest::multipart::{Form, Part};
use reqwest::{Client, Response};
use tests::{
    form_action as action, fresh_urls, location, page, sign_in_with_pictures as sign_in_card,
    submit as post, TestApp,
};

async fn send(http: &Client, app: &TestApp, name: &str, fields: &[(&str, &str)]) -> Response {
    let to = action(http, app, "/worker/money", name).await;
    let mut form = Form::new();
    for (k, v) in fields {
        form = form.text((*k).to_owned(), (*v).to_owned());
    }
    // The form's own key, as the page rendered it, unless the test sends one.
    if !fields.iter().any(|(k, _)| *k == "idem") {
        if let Some(key) = form_key(&page(http, app, "/worker/money").await, &to) {
            form = form.text("idem", key);
        }
    }
    http.post(app.url(&to))
        .multipart(form)
        .send()
        .await
        .expect("post")
}

/// The `idem` field of the form that posts to `to`, on this page.
fn form_key(html: &str, to: &str) -> Option<String> {
    // The form that posts there and carries a key: a new line's form, not an existing one's.
    let form = html
        .split("<form")
        .map(|f| f.split("</form>").next().unwrap_or_default())
        .find(|f| f.contains(&format!("action=\"{to}\"")) && f.contains("name=\"idem\""))?;
    let rest = form.split("name=\"idem\" value=\"").nth(1)?;
    rest.split('"').next().map(str::to_owned)
}

async fn upload(http: &Client, app: &TestApp, csv: &str) -> Response {
    let to = action(http, app, "/worker/money", "upload_spending").await;
    let part = Part::text(csv.to_owned())
        .file_name("spending.csv")
        .mime_str("text/csv")
        .expect("mime");
    http.post(app.url(&to))
        .multipart(Form::new().part("file", part))
        .send()
        .await
        .expect("upload")
}

fn day(offset: i64) -> String {
    (Utc::now().date_naive() + Duration::days(offset))
        .format("%Y-%m-%d")
        .to_string()
}

#[tokio::test]
async fn a_worker_enters_money_and_the_client_sees_it_in_plain_words() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let worker = app.client().expect("client");
        post(
            &worker,
            &app,
            "/worker/sign-in",
            "worker_sign_in",
            &[("user_name", "maria"), ("secret", "maria-demo-salasana")],
        )
        .await;
        let eero = app::people::repo::list(&mut app.db.conn().await.expect("connection"))
            .await
            .expect("clients")[1]
            .clone();
        assert_eq!(eero.display_name, "Eero");
        let eero_id = eero.client_id.to_string();
        // Wellbeing (issue 12): Eero's demo period has ended, with his wellbeing in it. This
        // test enters a decision where none is, so it starts from Eero without that period.
        for sql in [
            "delete from wellbeing_answer where round_id in \
             (select round_id from wellbeing_round where client_id = $1)",
            "delete from wellbeing_round where client_id = $1",
            // The service view's stored wellbeing change of that period (migration 0015).
            "delete from wellbeing_change where client_id = $1",
            // Follow-up (issue 12): the dates that decision made (none has a follow-up).
            "delete from follow_up_date where decision_id in \
             (select decision_id from budget_decision where client_id = $1)",
            "delete from budget_decision where client_id = $1",
        ] {
            sqlx::query(sql)
                .bind(eero.client_id)
                .execute(&mut *app.db.conn().await.expect("connection"))
                .await
                .expect("Eero without a period");
        }
        let opened = post(
            &worker,
            &app,
            "/worker",
            "open_client",
            &[("client_id", &eero_id)],
        )
        .await;
        assert_eq!(location(&opened), "/home");

        // Bad input: each field says what to do, and the worker's text stays.
        let (start, end) = (day(-60), day(120));
        let refused = send(
            &worker,
            &app,
            "save_decision",
            &[
                ("period_start", &start),
                ("period_end", &day(-61)),
                ("granted", "12,345"),
                ("reference", ""),
            ],
        )
        .await;
        assert_eq!(location(&refused), "/worker/money?error=decision#decision");
        let shown = page(&worker, &app, "/worker/money").await;
        assert!(shown.contains("Loppupäivä on ennen alkupäivää."));
        assert!(shown.contains("Kirjoita enintään 2 desimaalia."));
        assert!(shown.contains("Kirjoita tähän jotain."));
        assert!(
            shown.contains("value=\"12,345\""),
            "the worker's input is kept"
        );
        assert!(shown.contains("<title>Virhe: "));

        // Security review F12: the refused form belongs to Eero's page, not to the next client
        // the worker opens.
        let aino_id = app::people::repo::list(&mut app.db.conn().await.expect("connection"))
            .await
            .expect("clients")[0]
            .client_id
            .to_string();
        post(
            &worker,
            &app,
            "/worker",
            "open_client",
            &[("client_id", &aino_id)],
        )
        .await;
        let other = page(&worker, &app, "/worker/money").await;
        assert!(
            !other.contains("value=\"12,345\""),
            "not on another client's page"
        );
        assert!(!other.contains("<title>Virhe: "));
        post(
            &worker,
            &app,
            "/worker",
            "open_client",
            &[("client_id", &eero_id)],
        )
        .await;
        assert!(page(&worker, &app, "/worker/money")
            .await
            .contains("value=\"12,345\""));
        for (amount, message) in [
            ("-5", "ilman miinusta"),
            ("satanen", "numeroina"),
            ("99999999999", "liian suuri"),
        ] {
            send(
                &worker,
                &app,
                "save_decision",
                &[
                    ("period_start", &start),
                    ("period_end", &end),
                    ("granted", amount),
                    ("reference", "HB-1"),
                ],
            )
            .await;
            assert!(
                page(&worker, &app, "/worker/money").await.contains(message),
                "{amount}"
            );
        }

        // A new decision sent twice with its key (a double tap) is written once.
        let to = action(&worker, &app, "/worker/money", "save_decision").await;
        let key = form_key(&page(&worker, &app, "/worker/money").await, &to).expect("key");
        for _ in 0..2 {
            let saved = send(
                &worker,
                &app,
                "save_decision",
                &[
                    ("idem", &key),
                    ("period_start", &start),
                    ("period_end", &end),
                    ("granted", "1 500"),
                    ("reference", "HB-2026-17"),
                    ("next_follow_up", &day(30)),
                ],
            )
            .await;
            assert_eq!(location(&saved), "/worker/money?saved=decision#decision");
        }
        let decisions: i64 =
            sqlx::query_scalar("select count(*) from budget_decision where client_id = $1")
                .bind(eero.client_id)
                .fetch_one(&app.db.pool)
                .await
                .expect("count");
        assert_eq!(decisions, 1, "one decision for a double tap");

        // Three support lines, each serving a wish of Eero's plan; a line without a wish is refused.
        let no_wish = send(
            &worker,
            &app,
            "save_line",
            &[
                ("name", "Kuntosali"),
                ("amount", "50"),
                ("arrangement", "self"),
            ],
        )
        .await;
        assert_eq!(location(&no_wish), "/worker/money?error=line-new#line-new");
        for (name, amount, arrangement, wish) in [
            ("Musiikkitunnit", "600", "voucher", "important:1"),
            ("Avustaja kotiin", "600", "self", "good-at:1"),
            ("Oma aamurauha", "300", "other", "important:2"),
        ] {
            let done = send(
                &worker,
                &app,
                "save_line",
                &[
                    ("name", name),
                    ("amount", amount),
                    ("arrangement", arrangement),
                    ("wishes", wish),
                ],
            )
            .await;
            assert_eq!(location(&done), "/worker/money?saved=line#lines", "{name}");
        }

        // The file: preview every row, two wrong ones named, nothing written yet.
        let csv = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/spending.csv"
        ))
        .expect("fixture")
        .replace("{D1}", &day(-50))
        .replace("{D2}", &day(-30))
        .replace("{D3}", &day(-10));
        upload(&worker, &app, &csv).await;
        let preview = page(&worker, &app, "/worker/money").await;
        assert!(
            preview.contains("Tiedostossa on 5 riviä. Niistä 3 on kunnossa."),
            "{preview}"
        );
        assert!(preview.contains("Tukiriviä ei löydy."));
        assert!(preview.contains("Summa on väärin."));
        let count = || async {
            sqlx::query("select count(*) as n from spending where client_id = $1")
                .bind(eero.client_id)
                .fetch_one(&app.db.pool)
                .await
                .map(|r| {
                    use sqlx::Row;
                    r.try_get::<i64, _>("n").unwrap_or(-1)
                })
                .expect("count")
        };
        assert_eq!(count().await, 0, "nothing is written before confirming");
        let confirmed = post(&worker, &app, "/worker/money", "confirm_import", &[]).await;
        assert_eq!(location(&confirmed), "/worker/money?imported=3#import");
        assert_eq!(count().await, 3);

        // The same file again writes nothing.
        upload(&worker, &app, &csv).await;
        assert!(page(&worker, &app, "/worker/money")
            .await
            .contains("Niistä 0 on kunnossa."));
        let again = post(&worker, &app, "/worker/money", "confirm_import", &[]).await;
        assert_eq!(location(&again), "/worker/money?imported=0#import");
        assert_eq!(count().await, 3);

        // A typed entry sent twice (double tap) is written once; a correction is a new entry.
        let form = page(&worker, &app, "/worker/money").await;
        let to = action(&worker, &app, "/worker/money", "add_spending").await;
        let idem = form_key(&form, &to).expect("idem");
        let line_id = form
            .split("id=\"spending-line_id\"")
            .nth(1)
            .expect("line choice")
            .split("<option value=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("line")
            .to_owned();
        // Security review F18: a typed date outside the decision's period is refused at the
        // field, like an imported one, and the typed text is kept.
        let outside = send(
            &worker,
            &app,
            "add_spending",
            &[
                ("idem", &idem),
                ("spent_on", &day(-400)),
                ("amount", "100"),
                ("line_id", &line_id),
                ("description", "Kitarakielet"),
            ],
        )
        .await;
        assert_eq!(location(&outside), "/worker/money?error=spending#spending");
        assert_eq!(count().await, 3, "nothing was written");
        let refused = page(&worker, &app, "/worker/money").await;
        assert!(refused.contains("Päivä ei ole päätöksen aikana."));
        assert!(refused.contains("Kitarakielet"), "the typed text is kept");
        for _ in 0..2 {
            send(
                &worker,
                &app,
                "add_spending",
                &[
                    ("idem", &idem),
                    ("spent_on", &day(-5)),
                    ("amount", "100"),
                    ("line_id", &line_id),
                    ("description", "Kitarakielet"),
                ],
            )
            .await;
        }
        assert_eq!(count().await, 4);
        // Security review F13: the same key with another amount is refused, never "saved".
        let changed = send(
            &worker,
            &app,
            "add_spending",
            &[
                ("idem", &idem),
                ("spent_on", &day(-5)),
                ("amount", "200"),
                ("line_id", &line_id),
                ("description", "Kitarakielet"),
            ],
        )
        .await;
        assert_eq!(location(&changed), "/worker/money?error=spending#spending");
        assert_eq!(count().await, 4, "nothing more was written");
        assert!(page(&worker, &app, "/worker/money")
            .await
            .contains("Lähetit tämän lomakkeen jo."));
        let spending_id: SpendingId = {
            use sqlx::Row;
            sqlx::query("select spending_id from spending where description = 'Kitarakielet'")
                .fetch_one(&app.db.pool)
                .await
                .expect("row")
                .try_get("spending_id")
                .expect("id")
        };
        for _ in 0..2 {
            post(
                &worker,
                &app,
                "/worker/money",
                "reverse_spending",
                &[("spending_id", &spending_id.to_string())],
            )
            .await;
        }
        assert_eq!(count().await, 5, "corrected once, history kept");
        // The running total the service view reads (migration 0015) equals the rows after
        // the import, the double tap, the refused resend and the correction sent twice.
        let off: Vec<(i64, i64, i64)> = sqlx::query_as(
            "select d.decision_id, d.used_cents, cast(coalesce((select sum(s.amount_cents) \
             from spending s where s.decision_id = d.decision_id), 0) as bigint) \
             from budget_decision d",
        )
        .fetch_all(&app.db.pool)
        .await
        .expect("totals");
        assert!(off.iter().any(|(_, used, _)| *used == 50_000), "{off:?}");
        assert!(off.iter().all(|(_, used, sum)| used == sum), "{off:?}");

        // Eero sees: 1 500 granted, 500 used, 1 000 left, the pace, each line and its wish.
        for (lang, words) in [
            (
                "fi",
                [
                    "Saat",
                    "1\u{a0}500 euroa",
                    "Olet käyttänyt",
                    "500 euroa",
                    "Jäljellä",
                    "1\u{a0}000 euroa",
                    "Aikaa on mennyt 2 kuukautta. Koko aika on 6 kuukautta.",
                    "Olet käyttänyt 500 euroa. Sinulla on vielä 1\u{a0}000 euroa.",
                    "Raha riittää hyvin.",
                ],
            ),
            (
                "sv",
                [
                    "Du får",
                    "1\u{a0}500 euro",
                    "Du har använt",
                    "500 euro",
                    "Kvar",
                    "1\u{a0}000 euro",
                    "Det har gått 2 månader. Hela tiden är 6 månader.",
                    "Du har använt 500 euro. Du har 1\u{a0}000 euro kvar.",
                    "Pengarna räcker bra.",
                ],
            ),
            (
                "en",
                [
                    "You get",
                    "1,500 euros",
                    "You have used",
                    "500 euros",
                    "Left",
                    "1,000 euros",
                    "2 months have passed. The whole time is 6 months.",
                    "You have used 500 euros. You still have 1,000 euros.",
                    "The money is enough.",
                ],
            ),
        ] {
            let client = app.client().expect("client");
            let to = action(&client, &app, "/", "set_language").await;
            client
                .post(app.url(&to))
                .form(&[("lang", lang), ("back", "/")])
                .send()
                .await
                .expect("lang");
            sign_in_card(&client, &app, "DEMO-EERO-1357", "car,tree,apple,fish").await;
            let money = page(&client, &app, "/money").await;
            for word in words {
                assert!(money.contains(word), "{lang}: {word} missing in\n{money}");
            }
            assert!(
                money.contains("role=\"img\""),
                "the bar has a text equivalent"
            );
            assert!(
                !money.contains('%') || money.contains("width:"),
                "no percentages in the text"
            );
            assert!(money.contains("href=\"/plan/summary#important\""));
            assert!(money.contains("Musiikkitunnit") && money.contains("Musiikki"));
        }
        let eero_browser = app.client().expect("client");
        sign_in_card(&eero_browser, &app, "DEMO-EERO-1357", "car,tree,apple,fish").await;
        let money = page(&eero_browser, &app, "/money").await;
        assert!(money.contains("Korjaus. Tämä raha tuli takaisin."));
        assert!(money.contains("Kitaratunnit syyskuu"));
        // Eero's log says in plain words that his worker wrote down spending.
        let log = page(&eero_browser, &app, "/log").await;
        assert!(log.contains("Maria Virtanen kirjasi rahan käytön"), "{log}");
        // The plan summary shows the money beside the wishes (Eero saves his plan first).
        let check = page(&eero_browser, &app, "/plan/check").await;
        let idem = tests::hidden_field(&check, "idem");
        post(
            &eero_browser,
            &app,
            "/plan/check",
            "save_plan",
            &[("idem", &idem)],
        )
        .await;
        let summary = page(&eero_browser, &app, "/plan/summary").await;
        assert!(
            summary.contains("Saat 600 euroa tähän:")
                && summary.contains("Raha on tähän apuun: Musiikkitunnit."),
            "{summary}"
        );
        assert!(summary.contains("id=\"important\""));
        // Liisa may read and write Eero's plan but not see his money.
        let liisa = app.client().expect("client");
        sign_in_card(&liisa, &app, "DEMO-LIISA-1111", "sun,sun,dog,dog").await;
        let refused = liisa.get(app.url("/money")).send().await.expect("get");
        assert_eq!(location(&refused), "/forbidden");
        // And Eero cannot reach the worker's money page.
        let refused = eero_browser
            .get(app.url("/worker/money"))
            .send()
            .await
            .expect("get");
        assert_eq!(location(&refused), "/forbidden");
    }
}

#[test]
fn no_float_type_in_the_money_path() {
    // The whole money path lives in one folder: its SQL, service, forms, views and pages.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src/money");
    let mut files = Vec::new();
    let mut folders = vec![root];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).expect("money module") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(
        files.len() >= 12,
        "the money folder looks incomplete: {files:?}"
    );
    for file in files {
        let text = std::fs::read_to_string(&file).expect("source");
        for bad in ["f32", "f64", "as_f", "parse::<f"] {
            assert!(!text.contains(bad), "{} uses {bad}", file.display());
        }
    }
}
