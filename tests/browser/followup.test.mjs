// Follow-up (issue 12) in a real browser. Helmi prepares her follow-up at the kiosk with
// JavaScript on, in Finnish: invited on her home page, the money of the period, one question
// per page with the three-point scale. Eero prepares his late one with JavaScript off, in
// Swedish. Maria completes Helmi's follow-up in English with an agreed change, which starts a
// new plan version, and the follow-up is readable in the history.
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

async function kioskContext() {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1600 } });
  const page = await context.newPage();
  await page.goto(server.url + "/kiosk");
  await page.locator("#kiosk-code").fill("omatori-kiosk");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Ota kioskitila käyttöön" }).click()]);
  return { context, page };
}

async function next(page) {
  await Promise.all([page.waitForNavigation(), page.locator("form.question button[type=submit]").click()]);
}

const mainText = async (page) => (await page.locator("main").innerText()).replace(/\u00a0/g, " ");

test("Helmi prepares her follow-up at the kiosk, JavaScript on, in Finnish", async () => {
  const { context, page } = await kioskContext();
  await signIn(page, server.url, "helmi-8642");
  assert.ok((await mainText(page)).includes("Seuranta on pian. Voit valmistautua nyt."));
  await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "Valmistaudu nyt" }).click()]);
  const start = await mainText(page);
  assert.ok(start.includes("Rahasi tällä jaksolla") && start.includes("Olet käyttänyt"), "the money of the period");
  await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "Aloita" }).click()]);

  // Each wish: the scale as radio inputs with words, then her own words.
  const ratings = ["Hyvin", "Siltä väliltä", "Huonosti"];
  for (const [i, rating] of ratings.entries()) {
    assert.equal(await page.locator("fieldset input[type=radio]").count(), 3);
    assert.ok((await page.title()).startsWith("Miten meni:"));
    assert.deepEqual(await customChecks(page, `kiosk step ${i + 1}`, { kiosk: true }), []);
    await page.getByLabel(rating).check();
    if (i === 0) await page.locator("#words").fill("Leivoin pullaa äidille.");
    await next(page);
  }
  for (const words of ["Avustaja tulee ajallaan.", "Kauppa on kaukana.", "Haluan oppia sukeltamaan."]) {
    await page.locator("#words").fill(words);
    await next(page);
  }
  assert.equal(new URL(page.url()).pathname, "/followup/check");
  const check = await mainText(page);
  for (const word of [...ratings, "Leivoin pullaa äidille.", "Haluan oppia sukeltamaan.", "Helmi kirjoitti tämän."]) {
    assert.ok(check.includes(word), `"${word}" missing on the check page`);
  }
  assert.deepEqual(await axeViolations(page, "kiosk check"), []);
  await context.close();
});

test("Eero prepares his late follow-up with JavaScript off, in Swedish", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies([{ name: "sopiva_lang", value: "sv", url: server.url }]);
  const page = await context.newPage();
  await signIn(page, server.url, "eero-1357");
  await page.goto(server.url + "/followup");
  assert.ok((await mainText(page)).includes("Den är inte gjord än."));
  await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "Börja" }).click()]);
  assert.ok((await page.title()).startsWith("Vad fungerar?"));
  for (const words of ["Gitarrlektionerna.", "Bussen.", "Spela i ett band."]) {
    await page.locator("#words").fill(words);
    await next(page);
  }
  const check = await mainText(page);
  assert.ok(check.includes("Dina svar är sparade.") && check.includes("Spela i ett band."));
  // The earlier follow-up is readable beside it.
  await page.goto(server.url + "/followup/history");
  assert.ok((await mainText(page)).includes("Kitaratunnit ovat kivoja."));
  await context.close();
});

async function workerOpens(page, name) {
  await signIn(page, server.url, "worker:maria:maria-demo-salasana");
  const open = page.locator(`section.caseload-client:has(h2:text-is("${name}")) form[action*="open_client"] button`);
  await Promise.all([page.waitForNavigation(), open.click()]);
  await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "Follow-up meeting" }).click()]);
}

test("the worker completes Helmi's follow-up with an agreed change, in English, JavaScript off", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies([{ name: "sopiva_lang", value: "en", url: server.url }]);
  const page = await context.newPage();
  await workerOpens(page, "Helmi");
  const meeting = await mainText(page);
  assert.ok(meeting.includes("Haluan oppia sukeltamaan.") && meeting.includes("Helmi wrote this."));
  await page.locator("#notes").fill("Helmi wants to keep swimming.");
  await page.locator("#change_section").selectOption("goals");
  await page.locator("#change_text").fill("Opettelen sukeltamaan");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Save the follow-up" }).click()]);
  assert.equal(new URL(page.url()).pathname, "/followup/history");
  const history = await mainText(page);
  assert.ok(history.includes("The follow-up is saved.") && history.includes("A new thing in the plan: Opettelen sukeltamaan"));
  await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: /See the new plan: version 3/ }).click()]);
  const version = await mainText(page);
  assert.ok(version.includes("Opettelen sukeltamaan"), "the new version has the change");
  assert.ok(version.includes("Ystäväni Sanna") && version.includes("Käyn uimassa"), "and carries the rest forward");
  await context.close();
});

test("the worker completes Eero's late follow-up without a change, JavaScript on", async () => {
  const context = await browser.newContext();
  await context.addCookies([{ name: "sopiva_lang", value: "en", url: server.url }]);
  const page = await context.newPage();
  await workerOpens(page, "Eero");
  assert.ok((await mainText(page)).includes("Spela i ett band."), "Eero's answers from his own session");
  await page.locator("#notes").fill("We talked about the bus.");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Save the follow-up" }).click()]);
  const history = await mainText(page);
  assert.ok(history.includes("We talked about the bus.") && !history.includes("A new thing in the plan"));
  await page.goto(server.url + "/worker");
  const eero = await page.locator('section.caseload-client:has(h2:text-is("Eero"))').innerText();
  assert.ok(!eero.includes("late"), "no longer late on the caseload");
  await context.close();
});
