// Talking mat and circle of support (issue 13): Helmi sorts a topic with Tab and Enter/Space
// only, as a switch user does, with the page's scripts on and off, and the mat is saved into
// her plan; Eero's circle of support and role map show his mother Liisa and his worker, in
// Finnish and in English.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, signIn } from "./harness.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function context(server, { scripts = true, lang = "fi" } = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1080, height: 1400 } });
  if (!scripts) await ctx.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
  await ctx.addCookies([{ name: "sopiva_lang", value: lang, url: server.url }]);
  return { ctx, page: await ctx.newPage() };
}

/** Presses Tab until the focused element matches `selector` (a switch user's scan). */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${selector} on ${page.url()}`);
}

/** Activates the focused control with a key and waits for the next page. */
async function pressKey(page, key) {
  await Promise.all([page.waitForNavigation(), page.keyboard.press(key)]);
}

for (const scripts of [true, false]) {
  test(`Helmi sorts her everyday life with Tab and Enter/Space only (scripts ${scripts ? "on" : "off"})`, async () => {
    const server = await startServer();
    try {
      const { ctx, page } = await context(server, { scripts });
      await signIn(page, server.url, "helmi-8642");
      await page.goto(server.url + "/mat/arkeni");
      const places = ["like", "unsure", "dislike"];
      for (let i = 0; i < 8; i++) {
        assert.ok(page.url().endsWith("/mat/arkeni"), `card ${i + 1}: ${page.url()}`);
        assert.match(await page.locator("p.step").innerText(), new RegExp(`${i + 1} / 8`));
        await tabTo(page, `button[name=place][value=${places[i % 3]}]`);
        await pressKey(page, i % 2 ? "Space" : "Enter");
      }
      assert.ok(page.url().endsWith("/mat/arkeni/whole"), page.url());
      // The whole mat: every card at its place; move the first card with one press.
      assert.equal(await page.locator(".mat-item").count(), 8);
      await tabTo(page, 'button[name=shift][value="cooking:dislike"]');
      await pressKey(page, "Space");
      assert.ok(page.url().endsWith("/mat/arkeni/whole"));
      const dislike = page.locator(".mat-column").nth(2);
      assert.ok((await dislike.innerText()).includes("Ruoan laitto"), "the moved card is under En pidä");
      await tabTo(page, `a[href="/mat/arkeni/finish"]`);
      await pressKey(page, "Enter");
      await tabTo(page, "#support_helped");
      await pressKey(page, "Space");
      assert.ok(page.url().endsWith("/mat?saved=mat"), page.url());
      // Saved into the plan: on the summary with the date and who was there.
      await page.goto(server.url + "/plan/summary");
      const summary = await page.locator("#mats").innerText();
      assert.ok(summary.includes("Arkeni") && summary.includes("Ruoan laitto"), summary);
      assert.ok(summary.includes("Helmi teki tämän. Joku auttoi häntä."), summary);
      await ctx.close();
    } finally {
      await server.stop();
    }
  });
}

for (const [lang, scripts, words] of [
  ["fi", true, { roles: "Kuka tekee mitä", close: "Läheiseni", worker: "Työntekijäni" }],
  ["en", false, { roles: "Who does what", close: "My close people", worker: "My worker" }],
]) {
  test(`Eero's circle of support and role map show Liisa and his worker (${lang})`, async () => {
    const server = await startServer();
    try {
      const { ctx, page } = await context(server, { scripts, lang });
      await signIn(page, server.url, "eero-1357");
      await page.goto(server.url + "/circle");
      assert.equal(await page.locator("svg.circle-picture text", { hasText: "Äiti Liisa" }).count(), 1);
      const family = await page.locator(".circle-ring-text").first().innerText();
      assert.ok(family.includes("Äiti Liisa"), family);
      await page.locator('a[href="/circle/roles"]').click();
      await page.waitForURL(/\/circle\/roles$/);
      const roles = await page.locator("main").innerText();
      for (const text of [words.roles, words.close, words.worker, "Äiti Liisa", "Maria Virtanen"]) {
        assert.ok(roles.includes(text), `${text} on the role map: ${roles}`);
      }
      await ctx.close();
    } finally {
      await server.stop();
    }
  });
}
