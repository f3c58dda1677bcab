//! Picture answers (issue 13), on both databases: a client answers by choosing cards and
//! mixing them with own words, puts them in order with "Ylös" / "Alas", and every card and
//! line keeps a stable id, so a money line stays linked to its wish after the plan is put in
//! a new order. A double tap writes once, another editor's save is not overwritten, and plans
//! saved before cards still load and keep their money links.

use app::plan::content::{Answer, PlanItem};
use app::plan::repo as plans;
use app::plan::section::Section;
use reqwest::Client;
use tests::{client_named, fresh_urls, hidden_field, location, page, submit, TestApp};

/// Sends the section form of `slug` as the page shows it, with these fields added.
async fn send_section(
    http: &Client,
    app: &TestApp,
    slug: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let path = format!("/plan/step/{slug}");
    let html = page(http, app, &path).await;
    let (version, idem) = (hidden_field(&html, "version"), hidden_field(&html, "idem"));
    let mut all = vec![
        ("section", slug),
        ("version", version.as_str()),
        ("idem", idem.as_str()),
    ];
    all.extend_from_slice(fields);
    submit(http, app, &path, "save_section", &all).await
}

async fn entries(app: &TestApp, name: &str, section: Section) -> Vec<PlanItem> {
    let client = client_named(app, name).await;
    let draft = plans::load_draft(&mut *app.db.conn().await.expect("connection"), client)
        .await
        .expect("draft");
    draft
        .content
        .answer(section)
        .map(Answer::entries)
        .unwrap_or_default()
}

fn shown(items: &[PlanItem]) -> Vec<String> {
    items
        .iter()
        .map(|i| i.card.clone().unwrap_or_else(|| i.text.clone()))
        .collect()
}

#[tokio::test]
async fn cards_mix_with_own_words_and_keep_their_ids_in_a_new_order() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let aino = app.client().expect("client");
        tests::sign_in_with_pictures(&aino, &app, "DEMO-AINO-2468", "dog,cat,sun,house").await;

        let question = page(&aino, &app, "/plan/step/need-help").await;
        assert!(
            question.contains("name=\"card[]\" value=\"shopping\""),
            "cards offered"
        );
        assert!(question.contains("Kaupassa käynti") && question.contains("Jokin muu"));
        let helpers = page(&aino, &app, "/plan/step/helpers").await;
        assert!(
            !helpers.contains("name=\"card[]\""),
            "helpers is left as it was"
        );

        // Cards only, then a card the question does not offer is ignored.
        let saved = send_section(
            &aino,
            &app,
            "need-help",
            &[
                ("card[]", "shopping"),
                ("card[]", "cooking"),
                ("card[]", "family"),
                ("answer", ""),
            ],
        )
        .await;
        assert_eq!(location(&saved), "/plan/step/support");
        let first = entries(&app, "Aino", Section::NeedHelp).await;
        assert_eq!(shown(&first), vec!["shopping", "cooking"]);

        // Own words mixed in; "Alas" on shopping saves and stays on the page.
        let shopping = first[0].id.clone();
        let moved = send_section(
            &aino,
            &app,
            "need-help",
            &[
                ("card[]", "shopping"),
                ("card[]", "cooking"),
                ("answer", "Bussilla kulkeminen"),
                ("shift", &format!("down:{shopping}")),
            ],
        )
        .await;
        assert_eq!(location(&moved), "/plan/step/need-help#order");
        let second = entries(&app, "Aino", Section::NeedHelp).await;
        assert_eq!(
            shown(&second),
            vec!["cooking", "shopping", "Bussilla kulkeminen"]
        );
        assert_eq!(second[1].id, shopping, "the card kept its id");
        assert_eq!(second[0].id, first[1].id);
        let again = page(&aino, &app, "/plan/step/need-help").await;
        assert!(again.contains("Tärkein ensin") && again.contains("Alas: Kaupassa käynti"));

        // The check page and the read-aloud text say the cards' words, with pictures.
        let check = page(&aino, &app, "/plan/check").await;
        assert!(check.contains("data-card=\"shopping\"") && check.contains("Ruoanlaitto"));
        assert!(check.contains("Ruoanlaitto. Kaupassa käynti. Bussilla kulkeminen"));

        // A double tap writes once: the same form sent twice is one new version.
        let html = page(&aino, &app, "/plan/step/important").await;
        let (version, idem) = (hidden_field(&html, "version"), hidden_field(&html, "idem"));
        let form = [
            ("section", "important"),
            ("version", version.as_str()),
            ("idem", idem.as_str()),
            ("card[]", "music"),
        ];
        for _ in 0..2 {
            submit(&aino, &app, "/plan/step/important", "save_section", &form).await;
        }
        let client = client_named(&app, "Aino").await;
        let draft = plans::load_draft(&mut *app.db.conn().await.expect("conn"), client)
            .await
            .expect("draft");
        assert_eq!(draft.version(Section::Important), 1, "written once");

        // Someone else saved the section meanwhile: refused, Aino's choice kept on the page.
        let stale = [
            ("section", "important"),
            ("version", "0"),
            ("idem", "a-fresh-key-for-a-stale-form"),
            ("card[]", "pet"),
        ];
        let refused = submit(&aino, &app, "/plan/step/important", "save_section", &stale).await;
        assert_eq!(location(&refused), "/plan/step/important");
        let kept = page(&aino, &app, "/plan/step/important").await;
        assert!(kept.contains("error-summary"), "the page says it changed");
        assert_eq!(
            shown(&entries(&app, "Aino", Section::Important).await),
            vec!["music"],
            "no silent overwrite"
        );
    }
}

#[tokio::test]
async fn money_stays_linked_after_an_old_plan_is_put_in_a_new_order() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        let helmi = app.client().expect("client");
        tests::sign_in_with_pictures(&helmi, &app, "DEMO-HELMI-8642", "flower,ball,star,bicycle")
            .await;
        // Helmi's demo plan is from before cards: one text, linked to money by place.
        let before = entries(&app, "Helmi", Section::NeedHelp).await;
        assert_eq!(
            shown(&before),
            vec!["Kaupassa käynti", "Laskujen maksaminen"]
        );
        assert_eq!(before[0].id, "0", "an old item's id is its place");
        let page_html = page(&helmi, &app, "/plan/step/need-help").await;
        assert!(page_html.contains("Kaupassa käynti\nLaskujen maksaminen"));

        // She adds a card and moves her first wish down, twice.
        let mut form_answer = "Kaupassa käynti\nLaskujen maksaminen".to_owned();
        for _ in 0..2 {
            send_section(
                &helmi,
                &app,
                "need-help",
                &[
                    ("card[]", "cleaning"),
                    ("answer", &form_answer),
                    ("shift", "down:0"),
                ],
            )
            .await;
            form_answer = "Laskujen maksaminen\nKaupassa käynti".to_owned();
        }
        let after = entries(&app, "Helmi", Section::NeedHelp).await;
        assert_eq!(
            shown(&after),
            vec!["Laskujen maksaminen", "cleaning", "Kaupassa käynti"]
        );
        assert_eq!(after[2].id, "0", "the linked wish kept its id");

        // The summary still puts the money beside "Kaupassa käynti".
        let check = page(&helmi, &app, "/plan/check").await;
        let idem = hidden_field(&check, "idem");
        submit(&helmi, &app, "/plan/check", "save_plan", &[("idem", &idem)]).await;
        let summary = page(&helmi, &app, "/plan/summary").await;
        assert!(
            summary.contains("Saat 900 euroa tähän: Kaupassa käynti."),
            "{summary}"
        );
        assert!(
            summary.contains("data-card=\"cleaning\""),
            "the card as a picture"
        );
        let money = page(&helmi, &app, "/money").await;
        assert!(money.contains("Kaupassa käynti"));
    }
}

#[tokio::test]
async fn a_link_from_before_item_ids_is_read_by_its_place() {
    for url in fresh_urls().await.expect("databases") {
        let app = TestApp::spawn(&url).await.expect("server");
        // A row as it was before migration 0009 gave links an item id.
        sqlx::query("update support_line_wish set item_id = null")
            .execute(&mut *app.db.conn().await.expect("conn"))
            .await
            .expect("old rows");
        let helmi = client_named(&app, "Helmi").await;
        let funded = app::money::view::funded_wishes(&app.db, helmi)
            .await
            .expect("funded");
        assert!(
            funded
                .iter()
                .any(|f| f.section == "need-help" && f.item_id == "0"),
            "{funded:?}"
        );
    }
}
