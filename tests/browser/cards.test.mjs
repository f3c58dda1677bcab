// Picture answers and the kiosk screen (issue 13): Aino makes her whole plan at the kiosk by
// choosing cards only, with JavaScript on and off, and prints it with pictures; a switch user
// finishes a picture answer with Tab and Space/Enter only; the kiosk page uses the whole
// portrait screen with the main action in its lower part. Screenshots go to a temporary
// folder (printed), never into the repository.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launchBrowser, signIn } from "./harness.mjs";

const shots = mkdtempSync(join(tmpdir(), "sopiva-cards-"));
let browser;
before(async () => {
  browser = await launchBrowser();
  console.log(`screenshots in ${shots}`);
});
after(async () => {
  await browser?.close();
});

/** A kiosk context at the given size, with or without the page's scripts, in a language. */
async function kiosk(server, { width = 1080, height = 1920, scripts = true, lang = "fi" } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  if (!scripts) await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(server.url + "/kiosk");
  await page.locator("#kiosk-code").fill("omatori-kiosk");
  await Promise.all([page.waitForNavigation(), page.getByRole("button", { name: "Ota kioskitila käyttöön" }).click()]);
  await context.addCookies([{ name: "sopiva_lang", value: lang, url: server.url }]);
  return { context, page };
}

async function pressAndWait(page, locator) {
  await Promise.all([page.waitForNavigation(), locator.click()]);
}

const CHOICES = {
  important: ["family", "music", "nature"],
  "good-at": ["cooking", "helping"],
  "need-help": ["shopping", "money-matters", "getting-around"],
  support: ["assistant", "transport"],
  goals: ["work", "travel"],
};

for (const [lang, scripts] of [
  ["fi", true],
  ["sv", false],
  ["en", false],
]) {
  test(`Aino makes her plan at the kiosk with cards only (${lang}, scripts ${scripts ? "on" : "off"})`, async () => {
    const server = await startServer();
    try {
      const { context, page } = await kiosk(server, { scripts, lang });
      await signIn(page, server.url, "aino-2468");
      await page.goto(server.url + "/plan/step/important");
      for (const slug of ["important", "good-at", "helpers", "need-help", "support", "goals"]) {
        assert.ok(page.url().endsWith(`/plan/step/${slug}`), `at ${slug}: ${page.url()}`);
        for (const card of CHOICES[slug] ?? []) await page.locator(`label[for="card-${card}"]`).click();
        if (slug === "need-help") {
          // Save, then "most important first": move money matters up one place.
          await pressAndWait(page, page.locator(".main-actions button"));
          await page.goto(server.url + "/plan/step/need-help");
          await pressAndWait(page, page.locator('button[name=shift][value^="up:"]').first());
          assert.ok(page.url().includes("/plan/step/need-help"), "the same page again");
          const order = await page.locator(".order-list .card-symbol").evaluateAll((els) => els.map((e) => e.dataset.card));
          assert.deepEqual(order, ["money-matters", "shopping", "getting-around"]);
        }
        await pressAndWait(page, page.locator(".main-actions button"));
      }
      assert.ok(page.url().endsWith("/plan/check"));
      const pictures = await page.locator("#answers .card-symbol").evaluateAll((els) => els.map((e) => e.dataset.card));
      assert.equal(pictures.length, 12, `every chosen card on the check page: ${pictures}`);
      await pressAndWait(page, page.locator("main form button[type=submit]").last());
      assert.match(page.url(), /\/plan\/saved\/1$/);

      // The printable plan shows the pictures.
      await page.goto(server.url + "/plan/summary");
      await page.emulateMedia({ media: "print" });
      const printed = await page.locator(".card-face .card-symbol").evaluateAll((els) =>
        els.filter((e) => e.complete && e.naturalWidth > 0 && e.getBoundingClientRect().width >= 32).length,
      );
      assert.equal(printed, 12, "twelve pictures in print");
      await page.screenshot({ path: join(shots, `print-${lang}.png`), fullPage: true });
      await context.close();
    } finally {
      await server.stop();
    }
  });
}

test("a switch user chooses a card and goes on with Tab and Space/Enter only", async () => {
  const server = await startServer();
  try {
    const { context, page } = await kiosk(server);
    await signIn(page, server.url, "aino-2468");
    await page.goto(server.url + "/plan/step/good-at");
    const focusedId = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || "");
    let steps = 0;
    while ((await focusedId()) !== "card-music" && steps++ < 40) await page.keyboard.press("Tab");
    assert.equal(await focusedId(), "card-music");
    await page.keyboard.press("Space");
    assert.ok(await page.locator("#card-music").isChecked());
    steps = 0;
    while (!(await page.evaluate(() => !!document.activeElement?.closest(".main-actions"))) && steps++ < 60) {
      await page.keyboard.press("Tab");
    }
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    assert.ok(page.url().endsWith("/plan/step/helpers"));
    await page.goto(server.url + "/plan/check");
    assert.equal(await page.locator('#answer-good-at .card-symbol[data-card="music"]').count(), 1);
    await context.close();
  } finally {
    await server.stop();
  }
});

test("the kiosk page uses the whole portrait screen; a phone still works", async () => {
  const server = await startServer();
  try {
    const { context, page } = await kiosk(server);
    await signIn(page, server.url, "aino-2468");
    await page.goto(server.url + "/plan/step/important");
    await page.screenshot({ path: join(shots, "kiosk-1080x1920.png") });
    const main = await page.locator("main").boundingBox();
    assert.ok(main.width >= 900, `main is ${main.width}px wide on a 1080px screen`);
    const go = await page.locator(".main-actions .button").boundingBox();
    assert.ok(go.y > 1920 / 2 && go.y + go.height <= 1920, `Jatka in the lower half: ${JSON.stringify(go)}`);
    assert.ok(go.height >= 64, "a large main button");
    const card = await page.locator('label[for="card-family"]').boundingBox();
    assert.ok(card.width >= 180 && card.height >= 180, `a large card: ${JSON.stringify(card)}`);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(size >= 26, `larger type at the kiosk: ${size}px`);
    await context.close();

    const phone = await kiosk(server, { width: 360, height: 740 });
    await signIn(phone.page, server.url, "aino-2468");
    await phone.page.goto(server.url + "/plan/step/important");
    await phone.page.screenshot({ path: join(shots, "kiosk-360x740.png") });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, "no sideways scrolling on a phone");
    await phone.context.close();
  } finally {
    await server.stop();
  }
});
