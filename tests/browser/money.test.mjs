// "Minun rahani" in a real browser, with JavaScript on and off, in Finnish, Swedish and
// English: the three numbers with their words, the bar with its amounts, the pace sentence
// and the support lines with the wishes they serve (Helmi's demo budget). A relative without
// the money right is refused.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, signIn } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));

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

const WORDS = {
  fi: ["Saat", "Olet käyttänyt", "Jäljellä", "3 000 euroa", "1 005 euroa", "1 995 euroa", "Raha riittää hyvin.", "Raha on tähän:", "Käyn uimassa"],
  sv: ["Du får", "Du har använt", "Kvar", "3 000 euro", "1 005 euro", "1 995 euro", "Pengarna räcker bra.", "Pengarna är till:", "Käyn uimassa"],
  en: ["You get", "You have used", "Left", "3,000 euros", "1,005 euros", "1,995 euros", "The money is enough.", "The money is for:", "Käyn uimassa"],
};

for (const js of [true, false]) {
  test(`my money, JavaScript ${js ? "on" : "off"}, in three languages`, async () => {
    for (const [lang, words] of Object.entries(WORDS)) {
      const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 800, height: 1200 } });
      await context.addCookies([{ name: "sopiva_lang", value: lang, url: server.url }]);
      const page = await context.newPage();
      await signIn(page, server.url, "helmi-8642");
      await page.goto(server.url + "/money");
      const text = (await page.locator("main").innerText()).replace(/\u00a0/g, " ");
      for (const word of words) assert.ok(text.includes(word), `${lang}: "${word}" missing`);
      assert.ok(!/\d\s*%/.test(text), `${lang}: no percentage in the text`);
      const bar = await page.locator(".money-bar").getAttribute("aria-label");
      assert.ok(bar && bar.replace(/\u00a0/g, " ").includes(words[4]), `${lang}: the bar names the amount used`);
      // The wish links to its place in the plan summary.
      await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "Käyn uimassa" }).click()]);
      assert.equal(new URL(page.url()).pathname, "/plan/summary");
      assert.ok(await page.locator("section#goals .summary-money").isVisible(), `${lang}: money beside the wish`);
      if (js && lang === "fi") {
        await page.goto(server.url + "/money");
        mkdirSync(join(here, "readme"), { recursive: true });
        await page.screenshot({ path: join(here, "readme", "my-money.png") });
      }
      await context.close();
    }
  });
}

test("a relative without the money right cannot see the money", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.url, "liisa");
  const response = await page.goto(server.url + "/money");
  assert.equal(new URL(page.url()).pathname, "/forbidden");
  assert.equal(response.status(), 403);
  assert.ok(!(await page.locator("main").innerText()).includes("euroa"));
  await context.close();
});
