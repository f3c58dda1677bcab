// Supported decision-making (issue 13) in a real browser. Maria signs in beside Aino and starts
// a supported session (JavaScript on, Finnish): three answers marked three ways with one press
// each, the plan saved, Aino disagrees with Maria's note on the summary, the printed summary
// shows it, and the session ends by a press. The same with Eero, JavaScript off, in Swedish,
// disagreeing on the check page and ending the help. A follow-up answer is marked the same
// way: Eero with Maria, JavaScript on, Finnish; Helmi with Maria, JavaScript off, English.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, signIn, axeViolations, customChecks } from "./harness.mjs";

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const mainText = async (page) => (await page.locator("main").innerText()).replace(/\u00a0/g, " ");

async function press(page, selector) {
  await Promise.all([page.waitForNavigation(), page.locator(selector).first().click()]);
}

/** Signs the client in, then Maria beside them, then starts a supported session. */
async function sessionWithMaria(page, client) {
  await signIn(page, server.url, client);
  await page.goto(server.url + "/assist");
  await page.locator("#user_name").fill("maria");
  await page.locator("#secret").fill("maria-demo-salasana");
  await press(page, 'form[action*="start_assist"] button[type=submit]');
  await press(page, 'form[action*="start_supported"] button[type=submit]');
}

/** Writes one section's answer with whose words they are (one press on the radio). */
async function answer(page, section, text, said) {
  await page.goto(`${server.url}/plan/step/${section}`);
  await page.locator("#answer").fill(text);
  await page.locator(`#said-${said}`).check();
  await press(page, "form.question button[type=submit]");
}

test("a session with Maria beside Aino: three marks and a disagreement, JavaScript on, Finnish", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await sessionWithMaria(page, "aino-2468");
  assert.ok((await mainText(page)).includes("Keskustelu tuen kanssa on nyt käynnissä."));

  await page.goto(server.url + "/plan/step/important");
  assert.ok(await page.getByLabel("Hänen omat sanansa").isChecked(), "in a session her own words come first");
  assert.deepEqual(await axeViolations(page, "section with the choice"), []);
  assert.deepEqual(await customChecks(page, "section with the choice"), []);
  // Keyboard: the group is one Tab stop, and the arrow keys choose.
  await page.locator("#said-own").focus();
  await page.keyboard.press("ArrowDown");
  assert.ok(await page.locator("#said-pictures").isChecked());

  await answer(page, "important", "Koirani Musti", "own");
  await answer(page, "good-at", "Osaan piirtää.", "pictures");
  await answer(page, "need-help", "Aino tarvitsee apua kaupassa.", "note");
  await page.goto(server.url + "/plan/check");
  const check = await mainText(page);
  for (const words of ["Omat sanasi.", "Kerroit tämän kuvien avulla.", "Maria Virtanen kirjoitti tämän. Se on hänen oma huomionsa."]) {
    assert.ok(check.includes(words), `"${words}" on the check page`);
  }
  await press(page, 'form[action*="save_plan"] button[type=submit]');
  await page.goto(server.url + "/plan/summary");

  await press(page, 'a[href^="/plan/disagree/v1/need-help"]');
  assert.deepEqual(await axeViolations(page, "disagree"), []);
  await page.locator("#words").fill("Käyn kaupassa itse.");
  await press(page, 'form[action*="disagree"] button[type=submit]');
  assert.equal(new URL(page.url()).pathname, "/plan/summary");
  const summary = await mainText(page);
  assert.ok(summary.includes("Ei samaa mieltä:") && summary.includes("Käyn kaupassa itse."));

  // In print the marks and the disagreement stay; the link to disagree does not.
  await page.emulateMedia({ media: "print" });
  const printed = await page.locator("article.summary").innerText();
  assert.ok(printed.includes("Kerroit tämän kuvien avulla.") && printed.includes("Käyn kaupassa itse."));
  assert.equal(await page.locator("a.disagree-link").first().isVisible(), false);
  await page.emulateMedia({ media: "screen" });

  await page.goto(server.url + "/home");
  await press(page, 'form[action*="end_supported"] button[type=submit]');
  const record = await mainText(page);
  assert.ok(record.includes("Mukana oli Maria Virtanen.") && record.includes("Keskustelussa tuli 3 vastausta."));
  assert.ok(record.includes("Joku lopetti keskustelun napilla."));
  await context.close();
});

test("a session with Maria beside Eero, JavaScript off, Swedish", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies([{ name: "sopiva_lang", value: "sv", url: server.url }]);
  const page = await context.newPage();
  await sessionWithMaria(page, "eero-1357");
  assert.ok((await mainText(page)).includes("Ett samtal med stöd pågår nu."));
  await answer(page, "important", "Min katt Miisu", "own");
  await answer(page, "good-at", "Jag spelar gitarr.", "questions");
  await answer(page, "support", "Eero behöver en assistent på kvällen.", "note");
  await page.goto(server.url + "/plan/check");
  const check = await mainText(page);
  for (const words of ["Dina egna ord.", "Du svarade på frågor.", "Maria Virtanen skrev det här. Det är hens egen anteckning."]) {
    assert.ok(check.includes(words), `"${words}" on the check page`);
  }
  await press(page, 'a[href^="/plan/disagree/draft/support"]');
  await page.locator("#words").fill("Jag klarar mig själv.");
  await press(page, 'form[action*="disagree"] button[type=submit]');
  assert.equal(new URL(page.url()).pathname, "/plan/check");
  assert.ok((await mainText(page)).includes("Håller inte med:"));
  await press(page, 'form[action*="save_plan"] button[type=submit]');
  await page.goto(server.url + "/plan/summary");
  const summary = await mainText(page);
  assert.ok(summary.includes("Du svarade på frågor.") && summary.includes("Jag klarar mig själv."));

  // Ending the help ends the session too, as a press.
  await page.goto(server.url + "/home");
  await press(page, 'form[action*="end_assist"] button[type=submit]');
  await page.goto(server.url + "/plan/sessions");
  const record = await mainText(page);
  assert.ok(record.includes("Maria Virtanen var med.") && record.includes("3 svar i samtalet."));
  await context.close();
});

/** Answers follow-up step `no` with whose words they are; lands on the next page. */
async function followUpAnswer(page, no, text, said) {
  await page.goto(`${server.url}/followup/step/${no}`);
  await page.locator("#words").fill(text);
  await page.locator(`#said-${said}`).check();
  await press(page, "form.question button[type=submit]");
}

test("a follow-up answer marked in a session, disagreed with: JavaScript on, Finnish", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await sessionWithMaria(page, "eero-1357");
  await page.goto(server.url + "/followup/step/1");
  assert.ok(await page.getByLabel("Hänen omat sanansa").isChecked(), "in a session his own words come first");
  assert.deepEqual(await axeViolations(page, "follow-up step with the choice"), []);
  await followUpAnswer(page, 1, "Kitaratunnit.", "pictures");
  assert.equal(new URL(page.url()).pathname, "/followup/step/2");
  await page.goto(server.url + "/followup/check");
  const check = await mainText(page);
  assert.ok(check.includes("Kitaratunnit.") && check.includes("Kerroit tämän kuvien avulla."), check);
  await press(page, 'a[href^="/plan/disagree/followup:"]');
  assert.ok((await mainText(page)).includes("Mikä toimii?"));
  await page.locator("#words").fill("Laulu on tärkeämpää.");
  await press(page, 'form[action*="disagree"] button[type=submit]');
  assert.equal(new URL(page.url()).pathname, "/followup/check");
  const after = await mainText(page);
  assert.ok(after.includes("Ei samaa mieltä:") && after.includes("Laulu on tärkeämpää."));
  await page.goto(server.url + "/plan/sessions");
  assert.ok((await mainText(page)).includes("Mikä toimii?"), "the record lists the answer");
  await context.close();
});

test("a follow-up answer marked in a session: JavaScript off, English", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies([{ name: "sopiva_lang", value: "en", url: server.url }]);
  const page = await context.newPage();
  await sessionWithMaria(page, "helmi-8642");
  await followUpAnswer(page, 1, "Swimming went well.", "questions");
  assert.equal(new URL(page.url()).pathname, "/followup/step/2");
  await page.goto(server.url + "/followup/check");
  const check = await mainText(page);
  assert.ok(check.includes("Swimming went well.") && check.includes("You answered questions. Maria Virtanen wrote this."), check);
  assert.ok((await page.locator('a[href^="/plan/disagree/followup:"]').count()) > 0, "she may disagree");
  await context.close();
});
