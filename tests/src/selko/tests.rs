//! Each rule of the lint finds what it should and leaves alone what it should.

use super::*;

fn failures(rules: Rules, audience: Audience, text: &str) -> Vec<String> {
    let mut report = Report::default();
    for sentence in sentences(text) {
        check_sentence(rules, audience, "x", &sentence, &mut report);
    }
    report.failures.into_iter().map(|f| f.problem).collect()
}

fn warnings(rules: Rules, text: &str) -> Vec<String> {
    let mut report = Report::default();
    for sentence in sentences(text) {
        check_sentence(rules, Audience::Client, "x", &sentence, &mut report);
        sentence::check_client_length("x", &sentence, &mut report);
    }
    report.warnings.into_iter().map(|f| f.problem).collect()
}

fn catalogue_failures(rules: Rules, source: &str) -> Vec<String> {
    lint_catalogue(rules, source)
        .failures
        .into_iter()
        .map(|f| f.problem)
        .collect()
}

#[test]
fn long_sentences_fail_and_short_ones_pass() {
    assert!(failures(
        Rules::Finnish,
        Audience::Client,
        "Kirjoita tähän yksi asia."
    )
    .is_empty());
    let long =
        "Tämä lause on aivan liian pitkä koska siinä on paljon sanoja ja vielä lisää sanoja.";
    assert_eq!(failures(Rules::Finnish, Audience::Worker, long).len(), 1);
    assert_eq!(
        warnings(
            Rules::Finnish,
            "Tässä lauseessa on yhdeksän sanaa ja se on pitkä."
        ),
        vec!["9 words; clients read at most 8"]
    );
}

#[test]
fn abbreviations_caps_percentages_and_double_negations_fail() {
    let fi = |t| failures(Rules::Finnish, Audience::Worker, t);
    assert_eq!(fi("Kirjoita esim. nimesi."), vec!["abbreviation \"esim.\""]);
    assert_eq!(fi("Tule klo 14."), vec!["abbreviation \"klo\""]);
    assert_eq!(fi("Paina TALLENNA."), vec!["all-caps word \"TALLENNA.\""]);
    assert_eq!(fi("Rahaa on 50 % jäljellä."), vec!["a percentage"]);
    assert_eq!(fi("En voi olla ei."), vec!["2 negations in one sentence"]);
    assert_eq!(
        failures(Rules::English, Audience::Worker, "Write e.g. your name."),
        vec!["abbreviation \"e.g.\""]
    );
    assert_eq!(
        failures(Rules::Swedish, Audience::Worker, "Skriv t.ex. ditt namn."),
        vec!["abbreviation \"t.ex.\""]
    );
    assert_eq!(
        failures(Rules::Swedish, Audience::Worker, "Du har inte inga pengar."),
        vec!["2 negations in one sentence"]
    );
}

#[test]
fn fractions_and_case_endings_on_digits_fail() {
    assert_eq!(
        failures(
            Rules::Finnish,
            Audience::Client,
            "Olet käyttänyt noin neljäsosan."
        ),
        vec!["a fraction \"neljäsosa\"; say the amount"]
    );
    assert_eq!(
        failures(
            Rules::English,
            Audience::Client,
            "You used a quarter of it."
        ),
        vec!["a fraction \"quarter\"; say the amount"]
    );
    assert_eq!(
        failures(Rules::Finnish, Audience::Client, "Kuukausi 2 6:sta."),
        vec!["a digit with a case ending; write the number alone"]
    );
}

#[test]
fn words_clients_never_meet_fail_only_in_client_text() {
    let text = "Asiakas näkee tämän.";
    assert_eq!(failures(Rules::Finnish, Audience::Client, text).len(), 1);
    assert!(failures(Rules::Finnish, Audience::Worker, text).is_empty());
    assert_eq!(
        failures(Rules::Swedish, Audience::Client, "Ett nytt lov börjar.").len(),
        1
    );
    assert!(failures(Rules::Swedish, Audience::Client, "Hon lovade det.").is_empty());
}

#[test]
fn passives_are_found_and_words_that_only_look_passive_are_not() {
    assert_eq!(
        warnings(Rules::Finnish, "Rahaa on käytetty."),
        vec!["passive \"käytetty\"; say who does it"]
    );
    assert_eq!(
        warnings(Rules::Finnish, "Se estettiin heti."),
        vec!["passive \"estettiin\"; say who does it"]
    );
    assert_eq!(
        warnings(Rules::Finnish, "Rivi on jo tuotu."),
        vec!["passive \"tuotu\"; say who does it"]
    );
    assert!(warnings(Rules::Finnish, "Kirjoita enintään 2 riviä.").is_empty());
    assert!(warnings(Rules::Finnish, "Kirjoita vähintään 8 merkkiä.").is_empty());
    assert_eq!(
        warnings(Rules::Swedish, "Stödet ordnas senare."),
        vec!["passive \"ordnas\"; say who does it"]
    );
    assert!(warnings(Rules::Swedish, "Det finns pengar.").is_empty());
    assert_eq!(
        warnings(Rules::English, "It was stopped."),
        vec!["passive \"was stopped\"; say who does it"]
    );
    assert!(warnings(Rules::English, "The door is open.").is_empty());
}

#[test]
fn select_variants_are_each_checked() {
    let source = "m = { $n ->\n    [one] Yksi.\n   *[other] Tämä ESIM on huono.\n}\n";
    let report = lint_catalogue(Rules::Finnish, source);
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].id, "m");
}

#[test]
fn a_count_needs_a_plural_selector_before_a_noun() {
    let bad = "m = Odota { $minutes } minuuttia.\n";
    assert_eq!(catalogue_failures(Rules::Finnish, bad).len(), 1);
    let good = "m = { $minutes ->\n    [one] Odota 1 minuutti.\n   *[other] Odota { $minutes } minuuttia.\n}\n";
    assert!(catalogue_failures(Rules::Finnish, good).is_empty());
    assert_eq!(
        catalogue_failures(Rules::English, "m = Wait { $minutes } minutes.\n").len(),
        1
    );
    assert_eq!(
        catalogue_failures(Rules::Swedish, "m = Vänta { $minutes } minuter.\n").len(),
        1
    );
    // A word that agrees with every number is fine: "3 päivän aikana".
    assert!(
        catalogue_failures(Rules::Finnish, "m = Valitse { $days } päivän aikana.\n").is_empty()
    );
    assert!(
        catalogue_failures(Rules::Finnish, "m = Kuukausi { $gone } { $total }:sta.\n")
            .contains(&"\"{ $total }:s\": a case ending on a number".to_owned())
    );
}

#[test]
fn variables_are_filled_before_words_are_counted_and_dates_do_not_end_sentences() {
    // 8 words in the source, 13 when the date and time are filled in: over the limit.
    let long = "m = Tapaat työntekijäsi ja läheisesi isossa talossa kello { $when }.\n";
    assert_eq!(lint_catalogue(Rules::Finnish, long).failures.len(), 1);
    // 5 words in the source: no warning, even though the filled text has 10.
    let short = "m = Tapaat työntekijäsi ja läheisesi { $when }.\n";
    let short = lint_catalogue(Rules::Finnish, short);
    assert!(
        short.warnings.is_empty() && short.failures.is_empty(),
        "{short:?}"
    );
    assert_eq!(
        sentences("Maanantaina 3. maaliskuuta tapaat hänet. Tule ajoissa."),
        vec!["Maanantaina 3. maaliskuuta tapaat hänet.", "Tule ajoissa."]
    );
}
