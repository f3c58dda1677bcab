// Wellbeing (issue 12) in a real browser, with JavaScript on and off: Eero sees his change
// from the start to the end in words and symbols in Finnish, Swedish and English; Aino
// answers the satisfaction survey and the start wellbeing one question per page, each saved
// and attributed to her, and a finished round cannot be opened again to change it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, signIn } from "./harness.mjs";

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  // The worker gives Aino a budget period that ends in ten days: every round is open.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.url, "worker:maria:maria-demo-salasana");
  const open = page.locator('section.caseload-client:has(h2:text-is("Aino")) form[action*="open_client"] button');
  await Promise.all([page.waitForNavigation(), open.click()]);
  await page.goto(server.url + "/worker/money");
  const day = (n) => {
    const d = new Date(Date.now() + n * 86_400_000);
    return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
  };
  await page.locator("#decision-period_start").fill(day(-150));
  await page.locator("#decision-period_end").fill(day(10));
  await page.locator("#decision-granted").fill("1000");
  await page.locator("#decision-reference").fill("HB-TEST");
  await Promise.all([page.waitForNavigation(), page.locator("#decision button[type=submit]").click()]);
  await context.close();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const CHANGE = {
  fi: ["Oma olo: parempi kuin alussa", "Omat päätökset: nyt vaikeampaa kuin alussa", "Terveys ja keho: sama kuin alussa", "Alussa: Huonosti", "Lopussa: Hyvin"],
  sv: ["Hur jag mår: bättre än i början", "Att bestämma själv: svårare nu än i början", "Hälsa och kropp: samma som i början", "I början: Dåligt", "I slutet: Bra"],
  en: ["How I feel: better than at the start", "Deciding about my life: harder now than at the start", "Health and body: the same as at the start", "At the start: Badly", "At the end: Well"],
};

async function newPage(js, lang) {
  const context = await browser.newContext({ javaScriptEnabled: js });
  await context.addCookies([{ name: "sopiva_lang", value: lang, url: server.url }]);
  return [context, await context.newPage()];
}

for (const js of [true, false]) {
  test(`Eero sees his change in words and symbols, JavaScript ${js ? "on" : "off"}`, async () => {
    for (const [lang, words] of Object.entries(CHANGE)) {
      const [context, page] = await newPage(js, lang);
      await signIn(page, server.url, "eero-1357");
      await Promise.all([page.waitForNavigation(), page.locator('main a[href="/wellbeing/change"]').first().click()]);
      const text = await page.locator("main").innerText();
      for (const word of words) assert.ok(text.includes(word), `${lang}: "${word}" missing`);
      // Every picture is beside the words that say the same, and is hidden from screen readers.
      const pictures = page.locator("main .change-area img.symbol");
      assert.ok((await pictures.count()) >= 24, `${lang}: four pictures per area`);
      for (const img of await pictures.all()) assert.equal(await img.getAttribute("alt"), "");
      assert.equal(await page.locator("main table").count(), 0, `${lang}: no table of numbers`);
      await context.close();
    }
  });
}

/** Answers the open question page by choosing the point `value` and pressing the button. */
async function choose(page, value) {
  await page.locator(`label[for="choice-${value}"]`).click();
  assert.ok(await page.locator(`#choice-${value}`).isChecked());
  await Promise.all([page.waitForNavigation(), page.locator("form.question button[type=submit]").click()]);
}

test("Aino answers the survey with JavaScript on, and it is attributed to her", async () => {
  const [context, page] = await newPage(true, "en");
  await signIn(page, server.url, "aino-2468");
  await page.goto(server.url + "/wellbeing");
  await Promise.all([page.waitForNavigation(), page.locator('main a[href="/wellbeing/survey/heard"]').click()]);
  // Nothing chosen: the error summary takes focus and says what to do.
  await Promise.all([page.waitForNavigation(), page.locator("form.question button[type=submit]").click()]);
  assert.ok((await page.locator(".error-summary").innerText()).includes("Choose one picture."));
  for (const value of [5, 4, 4, 3]) await choose(page, value);
  assert.equal(new URL(page.url()).pathname, "/wellbeing/survey/comment");
  await page.locator("#comment").fill("The swimming was good.");
  await Promise.all([page.waitForNavigation(), page.locator("form.question button[type=submit]").click()]);
  const answers = await page.locator("main .wellbeing-answers").innerText();
  assert.ok(answers.includes("Very well") && answers.includes("In between"), answers);
  await page.locator('label[for="support_helped"]').click();
  await Promise.all([page.waitForNavigation(), page.locator("form.question button[type=submit]").click()]);
  assert.equal(new URL(page.url()).pathname, "/wellbeing");
  const text = await page.locator("main").innerText();
  assert.ok(text.includes("Thank you! Your answers are saved."), text);
  assert.ok(text.includes("Aino answered. Someone helped."), text);
  await context.close();
});

test("Aino answers the start wellbeing with JavaScript off; the finished round stays locked", async () => {
  const [context, page] = await newPage(false, "fi");
  await signIn(page, server.url, "aino-2468");
  await page.goto(server.url + "/home");
  await Promise.all([page.waitForNavigation(), page.locator('main a[href="/wellbeing/start/feel"]').click()]);
  for (const value of [3, 4, 2, 5, 1, 4]) await choose(page, value);
  assert.equal(new URL(page.url()).pathname, "/wellbeing/start/finish");
  await page.locator('label[for="support_alone"]').click();
  await Promise.all([page.waitForNavigation(), page.locator("form.question button[type=submit]").click()]);
  assert.ok((await page.locator("main").innerText()).includes("Aino vastasi yksin."));
  await page.goto(server.url + "/wellbeing/start/health");
  const locked = await page.locator("main").innerText();
  assert.ok(locked.includes("Olet jo vastannut tähän. Vastauksia ei voi enää muuttaa."), locked);
  assert.equal(await page.locator("form.question").count(), 0);
  await context.close();
});
