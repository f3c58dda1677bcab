// The service view (issue 14) in a real browser, JavaScript on and off, in Finnish and
// English: the team lead signs in and lands on the figures, chooses a period with the plain
// form, sees a refused period explained beside the field, finds the downloads and the form
// for their own password; signed out, the service view leads to the staff sign-in. The demo
// has too few people in each group, so every block says it is hidden instead of a number.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, signIn } from "./harness.mjs";

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

test("opening the service view signed out leads to the staff sign-in", async () => {
  const page = await browser.newPage();
  await page.goto(server.url + "/service");
  assert.equal(new URL(page.url()).pathname, "/worker/sign-in");
  await page.close();
});

const WORDS = {
  fi: { title: "Palvelun luvut", hidden: "Siksi lukuja ei näytetä", error: "Kirjoita ensimmäinen päivä näin", show: "Näytä luvut" },
  en: { title: "The service's figures", hidden: "So no numbers are shown", error: "Write the first day like this", show: "Show the figures" },
};

for (const js of [true, false]) {
  for (const [lang, words] of Object.entries(WORDS)) {
    test(`the team lead sees the figures, ${lang}, JavaScript ${js ? "on" : "off"}`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: js });
      await context.addCookies([{ name: "sopiva_lang", value: lang, url: server.url }]);
      const page = await context.newPage();
      await signIn(page, server.url, "worker:tiina:tiina-demo-salasana");
      assert.equal(new URL(page.url()).pathname, "/service", "a team lead lands on the figures");
      assert.equal(await page.locator("h1").innerText(), words.title);
      assert.ok((await page.locator("main").innerText()).includes(words.hidden));
      assert.ok(await page.locator('a[href^="/service/figures.csv"]').count());
      assert.ok(await page.locator('a[href^="/service/figures.json"]').count());
      // The period form is a plain GET form.
      await page.locator("#from").fill("1.1.2025");
      await page.locator("#to").fill("31.12.2026");
      await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: words.show }).click()]);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get("from"), "1.1.2025");
      assert.equal(await page.locator("#from").inputValue(), "1.1.2025");
      // A day that does not parse: the error beside the field and in the summary, text kept.
      await page.locator("#from").fill("eilen");
      await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: words.show }).click()]);
      const main = await page.locator("main").innerText();
      assert.ok(main.includes(words.error), main);
      assert.equal(await page.locator("#from").inputValue(), "eilen");
      assert.ok(await page.locator(".error-summary a[href='#from']").count());
      // The team lead's own password, as on a worker's page: too short is said beside the
      // field and in the summary (the current one is right, so nothing counts as a wrong try).
      await page.locator("#current").fill("tiina-demo-salasana");
      await page.locator("#password").fill("lyhyt");
      await Promise.all([page.waitForNavigation(), page.locator("#password").press("Enter")]);
      assert.equal(new URL(page.url()).pathname, "/service");
      assert.ok(await page.locator(".error-summary a[href='#password']").count());
      assert.equal(await page.locator("#password").getAttribute("aria-invalid"), "true");
      // No person's page opens for a team lead.
      await page.goto(server.url + "/worker");
      assert.equal(new URL(page.url()).pathname, "/forbidden");
      await context.close();
    });
  }
}
